"""Who may do what: checked on the server for every privileged command and button."""

from __future__ import annotations

from bot.domain.clock import Clock, iso
from bot.domain.models import Role
from bot.storage.roles import RoleRepository


class RoleService:
    """Answers role questions from the configured admins and the roles tables."""

    def __init__(self, roles: RoleRepository, admin_ids: tuple[int, ...], clock: Clock) -> None:
        """Use the repository and the ADMIN_IDS setting."""
        self.roles = roles
        self.admin_ids = frozenset(admin_ids)
        self.clock = clock

    async def seed(self) -> None:
        """Store the configured admins (run at every start)."""
        await self.roles.seed_admins(tuple(sorted(self.admin_ids)), iso(self.clock()))

    async def is_admin(self, user_id: int) -> bool:
        """Tell whether the user is an admin of the bot."""
        return user_id in self.admin_ids or await self.roles.is_admin(user_id)

    async def is_facilitator(self, chat_id: int, user_id: int) -> bool:
        """Tell whether the user facilitates the group (admins count as facilitators)."""
        return await self.is_admin(user_id) or await self.roles.is_facilitator(chat_id, user_id)

    async def role_of(self, user_id: int) -> Role:
        """Return the highest role the user holds anywhere."""
        if await self.is_admin(user_id):
            return Role.ADMIN
        if await self.roles.facilitated_groups(user_id):
            return Role.FACILITATOR
        return Role.MEMBER

    async def export(self, user_id: int) -> dict[str, object] | None:
        """Return the groups the user facilitates and whether they are an admin, for /mydata."""
        groups = await self.roles.facilitated_groups(user_id)
        admin = await self.roles.is_admin(user_id)
        return {"facilitator_of": groups, "admin": admin} if groups or admin else None

    async def all_admin_ids(self) -> list[int]:
        """Return every admin: configured ones first, then those added in the bot."""
        stored = await self.roles.admin_ids()
        return list(dict.fromkeys([*sorted(self.admin_ids), *stored]))

    async def facilitated_groups(self, user_id: int) -> list[int]:
        """Return the groups the user facilitates (not counting admin rights)."""
        return await self.roles.facilitated_groups(user_id)

    async def facilitators_of(self, chat_id: int) -> list[int]:
        """Return a group's facilitators in the order they were added."""
        return await self.roles.facilitators_of(chat_id)

    async def staff_ids(self) -> dict[int, Role]:
        """Return every admin and facilitator with their highest role (for command menus)."""
        staff = {user_id: Role.FACILITATOR for user_id in await self.roles.all_facilitator_ids()}
        for user_id in {*self.admin_ids, *await self.roles.admin_ids()}:
            staff[user_id] = Role.ADMIN
        return staff
