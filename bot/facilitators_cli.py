"""`peerbot facilitators list|add|remove`: manage facilitators from the server's command line."""

from __future__ import annotations

import argparse
import asyncio

from bot.config import load_storage_settings
from bot.domain.clock import iso, system_clock
from bot.storage.audit import add_audit
from bot.storage.db import Database
from bot.storage.groups import GroupRepository
from bot.storage.members import MemberRepository
from bot.storage.roles import RoleRepository


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `facilitators` subcommands."""
    parser = commands.add_parser("facilitators", help="list, add or remove group facilitators")
    actions = parser.add_subparsers(title="actions", required=True)
    listing = actions.add_parser("list", help="groups with their ids and facilitators")
    listing.set_defaults(func=lambda args: asyncio.run(_list()))
    for name, verb in (("add", "make"), ("remove", "stop being")):
        action = actions.add_parser(name, help=f"{verb} a facilitator of a group")
        action.add_argument("group", type=int, help="the group's chat id (see `list`)")
        action.add_argument("user", type=int, help="the person's numeric Telegram user id")
        action.set_defaults(func=lambda args, name=name: asyncio.run(_change(name, args)))


async def _named(members: MemberRepository, user_id: int) -> str:
    """A facilitator as "4242 (Fran)", or the bare id for someone who never opened the bot."""
    member = await members.get(user_id)
    return f"{user_id} ({member.first_name})" if member is not None else str(user_id)


async def _list() -> int:
    """Print every group with its id and facilitators."""
    db = Database(load_storage_settings().database_path)
    await db.open()
    try:
        groups, roles, members = GroupRepository(db), RoleRepository(db), MemberRepository(db)
        known = await groups.all()
        if not known:
            print("The bot is in no group yet.")
        for group in known:
            people = await roles.facilitators_of(group.chat_id)
            listed = ", ".join([await _named(members, person) for person in people]) or "none"
            print(f"{group.chat_id}  {group.title}  facilitators: {listed}")
    finally:
        await db.close()
    return 0


async def _change(action: str, args: argparse.Namespace) -> int:
    """Add or remove one facilitator, recording it in the audit trail."""
    db = Database(load_storage_settings().database_path)
    await db.open()
    try:
        group = await GroupRepository(db).get(args.group)
        if group is None:
            print(f"peerbot: no group with id {args.group}; see `peerbot facilitators list`")
            return 1
        roles, now = RoleRepository(db), iso(system_clock())
        if action == "add":
            changed = await roles.add_facilitator(group.chat_id, args.user, None, now)
        else:
            changed = await roles.remove_facilitator(group.chat_id, args.user)
        async with db.transaction() as tx:
            await add_audit(tx, None, f"role.{action}", now, group.chat_id, str(args.user))
        state = "done" if changed else "nothing to change"
        print(f"{action} {args.user} in {group.title}: {state}")
    finally:
        await db.close()
    return 0
