"""Facilitators' actions on members: recorded, audited, told to the member, lifted in time.

A mute or ban is written down first (`intend`), then done in Telegram by the handler, then
recorded (`act`, which deletes what was written down in the same transaction); a stop in
between leaves an intent that `interrupted` hands to a job to carry out. What must happen
later (a timed lift) is queued in the outbox in the same transaction that records it, so a
restart loses nothing. Held messages are in `holds.py`, appeals in `appeals.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.domain.clock import Clock, iso
from bot.moderation.intent_storage import Intent, add_intent, drop_intent, stale_intents
from bot.moderation.model import Kind, ModAction, Target
from bot.moderation.notices import ALL_PERMISSIONS, Notices
from bot.moderation.storage import (
    ModerationRepository,
    add_action,
    lift_action,
    lift_in_force,
)
from bot.services.groups import GroupService
from bot.services.outbox_link import OutboxLink
from bot.services.roles import RoleService
from bot.storage.audit import add_audit
from bot.storage.db import Database, Transaction

# How long an intent may wait for its record before a job takes it as interrupted (a
# Telegram call times out well within this).
INTERRUPTED_AFTER = timedelta(minutes=1)
# What a member is told, by action.
_TOLD = {
    Kind.WARN: "mod-told-warn",
    Kind.MUTE: "mod-told-mute",
    Kind.BAN: "mod-told-ban",
}


@dataclass(frozen=True)
class Done:
    """An action recorded: its id, and the words for the facilitator's confirmation."""

    action_id: int
    name: str
    group: str


class ModerationService:
    """Records warnings, mutes and bans, lifts them, and tells the member each time."""

    def __init__(
        self,
        *,
        db: Database,
        repo: ModerationRepository,
        notices: Notices,
        roles: RoleService,
        groups: GroupService,
        clock: Clock,
        outbox: OutboxLink,
        retention: timedelta,
    ) -> None:
        """Use the database, the records, the notices, roles, groups, clock and outbox."""
        self.db = db
        self.repo = repo
        self.notices = notices
        self.roles = roles
        self.groups = groups
        self.clock = clock
        self.outbox = outbox
        self.retention = retention

    async def may_moderate(self, chat_id: int, user_id: int) -> bool:
        """Tell whether the person facilitates the group (admins count)."""
        return await self.roles.is_facilitator(chat_id, user_id)

    async def target(
        self, chat_id: int, user_id: int, *, is_person: bool, chat_admin: bool
    ) -> Target:
        """The person a facilitator means to act on, with their standing in the group."""
        staff = is_person and await self.roles.is_facilitator(chat_id, user_id)
        return Target(user_id, is_person, staff, chat_admin)

    async def act(
        self,
        *,
        chat_id: int,
        user_id: int,
        actor_id: int,
        kind: Kind,
        reason: str,
        length: timedelta | None = None,
        name: str | None = None,
        intent_id: int | None = None,
        until_at: datetime | None = None,
    ) -> Done:
        """Record a warning, mute or ban (done in Telegram already), audit it, tell the member;
        the intent written before Telegram was asked goes in the same transaction. `until_at`
        (an interrupted intent's end) stands instead of now + `length`."""
        now = self.clock()
        end = until_at if until_at is not None else now + length if length is not None else None
        until = iso(end) if end is not None else None
        if until_at is not None:
            length = until_at - now
        group = await self.notices.group_title(chat_id)
        words = await self.notices.length_and_end(user_id, length, until)
        text_id = _TOLD[kind] if not (kind is Kind.BAN and until) else "mod-told-ban-until"
        async with self.db.transaction() as tx:
            if intent_id is not None:
                await drop_intent(tx, intent_id)
            action_id = await add_action(
                tx,
                chat_id=chat_id,
                user_id=user_id,
                actor_id=actor_id,
                kind=kind,
                reason=reason,
                now=iso(now),
                until=until,
            )
            await add_audit(
                tx, actor_id, f"moderation.{kind.value}", iso(now), chat_id, str(user_id)
            )
            text = await self.notices.text(user_id, text_id, group=group, reason=reason, **words)
            await self.notices.send(
                tx,
                to=user_id,
                text=text,
                key=f"moderation:told:{action_id}",
                about=user_id,
                now=iso(now),
                keyboard=await self.notices.appeal_keyboard(user_id, action_id),
            )
        self.outbox.ready()
        return Done(action_id, await self.notices.name_of(user_id, name), group)

    async def intend(
        self,
        *,
        chat_id: int,
        user_id: int,
        actor_id: int,
        kind: Kind,
        reason: str,
        length: timedelta | None,
    ) -> int:
        """Write a mute or ban down before Telegram is asked for it (its id for `act`)."""
        now = self.clock()
        until = iso(now + length) if length is not None else None
        async with self.db.transaction() as tx:
            return await add_intent(
                tx,
                chat_id=chat_id,
                user_id=user_id,
                actor_id=actor_id,
                kind=kind,
                reason=reason,
                until=until,
                now=iso(now),
            )

    async def abandon(self, intent_id: int) -> None:
        """Telegram refused the mute or ban: nothing is left to do for it."""
        async with self.db.transaction() as tx:
            await drop_intent(tx, intent_id)

    async def interrupted(self) -> list[Intent]:
        """Mutes and bans written down and never recorded: the bot stopped in between."""
        return await stale_intents(self.db, iso(self.clock() - INTERRUPTED_AFTER))

    async def tell_actor(self, intent: Intent, text_id: str, key: str, **args: object) -> None:
        """Queue a word to the facilitator who asked for an interrupted mute or ban."""
        group = await self.notices.group_title(intent.chat_id)
        name = await self.notices.name_of(intent.user_id)
        text = await self.notices.text(
            intent.actor_id, text_id, group=group, name=name, kind=intent.kind.value, **args
        )
        async with self.db.transaction() as tx:
            await self.notices.send(
                tx, to=intent.actor_id, text=text, key=key, about=None, now=iso(self.clock())
            )
        self.outbox.ready()

    async def lift(self, *, chat_id: int, user_id: int, actor_id: int, kind: Kind) -> list[int]:
        """A facilitator's /unmute or /unban (done in Telegram already): records lifted, the
        member told, audited; the ids of the records it lifted (none: done by hand before)."""
        now = iso(self.clock())
        group = await self.notices.group_title(chat_id)
        action = "unmute" if kind is Kind.MUTE else "unban"
        async with self.db.transaction() as tx:
            lifted = await lift_in_force(tx, chat_id, user_id, kind, now, actor_id)
            await add_audit(tx, actor_id, f"moderation.{action}", now, chat_id, str(user_id))
            await self.notices.send(
                tx,
                to=user_id,
                text=await self.notices.text(user_id, f"mod-told-{action}", group=group),
                key=f"moderation:{action}:{chat_id}:{user_id}:{now}",
                about=user_id,
                now=now,
            )
        self.outbox.ready()
        return lifted

    async def lift_due(self) -> int:
        """Lift every timed mute and ban whose time is up (Telegram told through the outbox)."""
        due = await self.repo.due(iso(self.clock()))
        for action in due:
            async with self.db.transaction() as tx:
                await self.end(tx, action, by=None, audit="moderation.expired")
        if due:
            self.outbox.ready()
        return len(due)

    async def end(self, tx: Transaction, action: ModAction, *, by: int | None, audit: str) -> bool:
        """Lift one action in the caller's transaction: Telegram and the member told."""
        now = iso(self.clock())
        if not await lift_action(tx, action.id, now, by):
            return False
        await add_audit(tx, by, audit, now, action.chat_id, str(action.user_id))
        if action.kind not in (Kind.MUTE, Kind.BAN):
            return True
        unmute = action.kind is Kind.MUTE
        await self.notices.telegram(
            tx,
            method="restrictChatMember" if unmute else "unbanChatMember",
            chat_id=action.chat_id,
            params={"user_id": action.user_id, "permissions": ALL_PERMISSIONS}
            if unmute
            else {"user_id": action.user_id, "only_if_banned": True},
            key=f"moderation:lift:{action.id}",
            now=now,
            about=action.user_id,
        )
        group = await self.notices.group_title(action.chat_id)
        text_id = "mod-told-unmute" if unmute else "mod-told-unban"
        await self.notices.send(
            tx,
            to=action.user_id,
            text=await self.notices.text(action.user_id, text_id, group=group),
            key=f"moderation:lifted:{action.id}",
            about=action.user_id,
            now=now,
        )
        return True

    async def export(self, user_id: int) -> list[dict[str, object]] | None:
        """/mydata: what was done about the member, why and when, and their appeals (never
        who did it)."""
        history = await self.repo.history(user_id)
        held = await self.repo.held_of(user_id)
        found: list[dict[str, object]] = [
            {
                "group": action.chat_id,
                "action": action.kind.value,
                "reason": action.reason,
                "at": action.created_at,
                "until": action.until_at,
                "lifted_at": action.lifted_at,
                "appeal": action.appeal,
                "appeal_state": action.appeal_state,
            }
            for action in history
        ]
        found.extend(
            {"group": copy.chat_id, "held_message": copy.text, "at": copy.held_at} for copy in held
        )
        return found or None

    async def erase_expired(self) -> int:
        """Erase records older than the retention period (timed ones once lifted)."""
        return await self.repo.erase_old(iso(self.clock() - self.retention))
