"""Admins add and remove group facilitators; each change is audited in the same transaction."""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.clock import Clock, iso
from bot.domain.models import Group, Member, Role
from bot.services.groups import GroupService
from bot.services.members import MemberService
from bot.services.roles import RoleService
from bot.storage.audit import add_audit
from bot.storage.db import Database
from bot.storage.role_changes import (
    add_facilitator_in,
    facilitator_count_in,
    remove_facilitator_in,
)


@dataclass(frozen=True)
class RoleChange:
    """What an add or remove did: changed or not, who the person is, what the group has left."""

    group: Group
    user_id: int
    added: bool
    changed: bool
    # The person's member record when they have started the bot (name, language), else None.
    member: Member | None
    facilitators_left: int
    # The highest role the person holds now, for their command menu.
    role: Role

    @property
    def leaves_group_without_facilitator(self) -> bool:
        """Tell whether a removal left the group with no facilitator."""
        return not self.added and self.changed and self.facilitators_left == 0


@dataclass(frozen=True)
class Roster:
    """A group with its facilitators, each with their member record when they have one."""

    group: Group
    facilitators: tuple[tuple[int, Member | None], ...]


class FacilitatorAdmin:
    """Changes who facilitates a group; callers check that the actor is an admin."""

    def __init__(
        self,
        db: Database,
        roles: RoleService,
        groups: GroupService,
        members: MemberService,
        clock: Clock,
    ) -> None:
        """Use the database (for transactions), the role, group and member services, a clock."""
        self.db = db
        self.roles = roles
        self.groups = groups
        self.members = members
        self.clock = clock

    async def add(self, group_id: int, user_id: int, by: int | None) -> RoleChange | None:
        """Make the person a facilitator of the group; None when the bot does not know it."""
        return await self._change(group_id, user_id, by, add=True)

    async def remove(self, group_id: int, user_id: int, by: int | None) -> RoleChange | None:
        """Stop the person facilitating the group; None when the bot does not know it."""
        return await self._change(group_id, user_id, by, add=False)

    async def _change(
        self, group_id: int, user_id: int, by: int | None, *, add: bool
    ) -> RoleChange | None:
        """Apply one change and its audit row (only when something changed) in one transaction."""
        group = await self.groups.get(group_id)
        if group is None:
            return None
        now = iso(self.clock())
        async with self.db.transaction() as tx:
            if add:
                changed = await add_facilitator_in(tx, group_id, user_id, by, now)
            else:
                changed = await remove_facilitator_in(tx, group_id, user_id)
            if changed:
                action = "role.add" if add else "role.remove"
                await add_audit(tx, by, action, now, group_id, str(user_id))
            left = await facilitator_count_in(tx, group_id)
        member = await self.members.get(user_id)
        role = await self.roles.role_of(user_id)
        return RoleChange(group, user_id, add, changed, member, left, role)

    async def is_facilitator(self, group_id: int, user_id: int) -> bool:
        """Tell whether the person facilitates the group (admins are not counted)."""
        return user_id in await self.roles.facilitators_of(group_id)

    async def rosters(self) -> list[Roster]:
        """Return every group the bot knows with its facilitators (for admins)."""
        rosters = []
        for group in await self.groups.all():
            people = [
                (user_id, await self.members.get(user_id))
                for user_id in await self.roles.facilitators_of(group.chat_id)
            ]
            rosters.append(Roster(group, tuple(people)))
        return rosters

    async def member(self, user_id: int) -> Member | None:
        """Return the person's member record, or None when they have not started the bot."""
        return await self.members.get(user_id)
