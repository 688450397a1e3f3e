"""A facilitator or admin erasing their data: told first what goes, admins told after."""

from __future__ import annotations

from dataclasses import dataclass

from bot.delivery.pacing import Priority
from bot.domain.clock import Clock, iso
from bot.domain.messages import OutgoingText
from bot.domain.sends import SendKind
from bot.services.alerts import AlertWriter
from bot.services.groups import GroupService
from bot.services.roles import RoleService
from bot.storage.db import Transaction
from bot.storage.flags import FlagRepository
from bot.storage.outbox import enqueue_message

LEFT_PREFIX = "staff-left"


@dataclass(frozen=True)
class StaffRoles:
    """What a person's /forget removes beyond their own data: roles and alerts they hold."""

    groups: tuple[str, ...]
    admin: bool
    held_flags: tuple[int, ...]

    @property
    def any(self) -> bool:
        """Tell whether there is anything to warn about."""
        return bool(self.groups or self.admin or self.held_flags)


class StaffDeparture:
    """Says what a staff member's erasure removes, and tells admins of groups left alone."""

    def __init__(
        self,
        roles: RoleService,
        groups: GroupService,
        flags: FlagRepository,
        writer: AlertWriter,
        clock: Clock,
    ) -> None:
        """Use roles, groups, flags, the alert writer (readers' languages) and a clock."""
        self.roles = roles
        self.groups = groups
        self.flags = flags
        self.writer = writer
        self.clock = clock

    async def roles_of(self, user_id: int) -> StaffRoles:
        """Return the groups this person facilitates, whether they are an admin, and the
        flags they took and have not closed."""
        titles = []
        for group_id in await self.roles.roles.facilitated_groups(user_id):
            group = await self.groups.get(group_id)
            titles.append(group.title if group is not None else str(group_id))
        held = await self.flags.held_by(user_id)
        return StaffRoles(tuple(titles), await self.roles.is_admin(user_id), tuple(held))

    async def erase(self, tx: Transaction, user_id: int) -> None:
        """Before the roles go: tell the other admins of each group left with no facilitator.

        The message does not name the person who left (they erased their data).
        """
        now = iso(self.clock())
        admins = [admin for admin in await self.roles.all_admin_ids() if admin != user_id]
        for group_id in await self.roles.roles.facilitated_groups(user_id):
            others = [f for f in await self.roles.facilitators_of(group_id) if f != user_id]
            group = await self.groups.get(group_id)
            if others or group is None:
                continue
            for admin in admins:
                reader = await self.writer.reader(admin)
                text = self.writer.texts.get(reader.language, "staff-left-group", title=group.title)
                await enqueue_message(
                    tx,
                    OutgoingText(text),
                    kind=SendKind.STAFF_LEFT,
                    dedup_key=f"{LEFT_PREFIX}:{group_id}:{admin}:{now}",
                    chat_id=admin,
                    priority=Priority.ALERT,
                    now=now,
                )
