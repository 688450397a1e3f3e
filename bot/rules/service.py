"""Who may read and change a group's agreement, and the changes themselves."""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.clock import Clock, iso
from bot.domain.models import Group
from bot.rules.model import Agreement, agreement_problem
from bot.rules.storage import AgreementRepository
from bot.services.container import Services
from bot.services.groups import GroupService
from bot.services.roles import RoleService
from bot.storage.members import MemberRepository


@dataclass(frozen=True)
class GroupRules:
    """One group as a person sees it in /rules: its agreement and whether they may edit it."""

    group: Group
    agreement: Agreement | None
    editable: bool


class RulesService:
    """Reads agreements for members and changes them for the group's facilitators."""

    def __init__(
        self,
        *,
        repo: AgreementRepository,
        groups: GroupService,
        members: MemberRepository,
        roles: RoleService,
        clock: Clock,
    ) -> None:
        """Use the agreements, groups, memberships, roles and the clock."""
        self.repo = repo
        self.groups = groups
        self.members = members
        self.roles = roles
        self.clock = clock

    async def agreement(self, chat_id: int) -> Agreement | None:
        """Return a group's agreement, if it has one."""
        return await self.repo.get(chat_id)

    async def groups_of(self, user_id: int) -> list[GroupRules]:
        """The groups the person belongs to or facilitates (every group for an admin)."""
        if await self.roles.is_admin(user_id):
            chat_ids = [group.chat_id for group in await self.groups.all()]
        else:
            joined = await self.members.group_ids(user_id)
            facilitated = await self.roles.roles.facilitated_groups(user_id)
            chat_ids = list(dict.fromkeys([*joined, *facilitated]))
        found = []
        for chat_id in chat_ids:
            group = await self.groups.get(chat_id)
            if group is not None:
                editable = await self.roles.is_facilitator(chat_id, user_id)
                agreement = await self.repo.get(chat_id)
                found.append(GroupRules(group=group, agreement=agreement, editable=editable))
        return found

    async def may_read(self, user_id: int, chat_id: int) -> bool:
        """Tell whether the person may see the group's agreement (its members and staff)."""
        if chat_id in await self.members.group_ids(user_id):
            return True
        return await self.roles.is_facilitator(chat_id, user_id)

    async def may_edit(self, user_id: int, chat_id: int) -> bool:
        """Tell whether the person may change the group's agreement (its facilitators, admins)."""
        return await self.groups.get(chat_id) is not None and await self.roles.is_facilitator(
            chat_id, user_id
        )

    async def save(self, user_id: int, chat_id: int, text: str) -> str | None:
        """Store a new agreement; return the text id of the problem when it was not saved."""
        if not await self.may_edit(user_id, chat_id):
            return "rules-not-allowed"
        problem = agreement_problem(text)
        if problem is None:
            await self.repo.save(chat_id, text.strip(), user_id, iso(self.clock()))
        return problem

    async def clear(self, user_id: int, chat_id: int) -> bool:
        """Remove the group's agreement; False when not allowed or there was none."""
        if not await self.may_edit(user_id, chat_id):
            return False
        return await self.repo.clear(chat_id, user_id, iso(self.clock()))

    async def export(self, user_id: int) -> dict[str, list[int]] | None:
        """/mydata: the groups whose agreement the person changed last."""
        written = await self.repo.written_by(user_id)
        return {"agreements_you_wrote": written} if written else None


def rules_service(services: Services) -> RulesService:
    """The feature's service over the shared storage, groups, memberships and roles."""
    return RulesService(
        repo=AgreementRepository(services.db),
        groups=services.groups,
        members=services.members.members,
        roles=services.roles,
        clock=services.clock,
    )
