"""Who may read and change a group's agreement, and the changes themselves."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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

    async def agreement(self, chat_id: int, language: str | None = None) -> Agreement | None:
        """Return a group's agreement (in `language` when written in it), if it has one."""
        return await self.repo.get(chat_id, language)

    async def languages(self, chat_id: int) -> list[str]:
        """The other languages the group's agreement is written in."""
        return await self.repo.languages(chat_id)

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

    async def save_translation(
        self, user_id: int, chat_id: int, language: str, text: str
    ) -> str | None:
        """Store the agreement in another language; the text id of the problem, if any."""
        if not await self.may_edit(user_id, chat_id):
            return "rules-not-allowed"
        problem = agreement_problem(text)
        if problem is None:
            now = iso(self.clock())
            if not await self.repo.save_translation(chat_id, language, text.strip(), user_id, now):
                return "rules-write-first"
        return problem

    async def accept(self, user_id: int, chat_id: int, version: int) -> bool:
        """Record that the person accepted this version; False when it is not the current one."""
        current = await self.repo.get(chat_id)
        if current is None or current.version != version:
            return False
        await self.repo.accept(chat_id, user_id, version, iso(self.clock()))
        return True

    async def has_accepted(self, user_id: int, chat_id: int) -> bool:
        """Whether the person accepted the group's current agreement (True when it has none)."""
        current = await self.repo.get(chat_id)
        if current is None:
            return True
        accepted, _asked = await self.repo.accepted_version(chat_id, user_id)
        return accepted >= current.version

    async def to_ask(self, user_id: int, chat_id: int) -> Agreement | None:
        """The agreement to ask the person to accept, once per version: None when they
        accepted it, were already asked, or the group has none."""
        current = await self.repo.get(chat_id)
        if current is None:
            return None
        accepted, asked = await self.repo.accepted_version(chat_id, user_id)
        if accepted >= current.version or asked >= current.version:
            return None
        if not await self.repo.mark_asked(chat_id, user_id, current.version):
            return None
        return current

    async def pinned(self, chat_id: int) -> int | None:
        """The message pinned in the group to show its agreement, if any."""
        return await self.repo.pinned(chat_id)

    async def set_pinned(self, chat_id: int, message_id: int | None) -> None:
        """Remember the message pinned in the group to show its agreement."""
        await self.repo.set_pinned(chat_id, message_id)

    async def clear(self, user_id: int, chat_id: int) -> bool:
        """Remove the group's agreement; False when not allowed or there was none."""
        if not await self.may_edit(user_id, chat_id):
            return False
        return await self.repo.clear(chat_id, user_id, iso(self.clock()))

    async def export(self, user_id: int) -> dict[str, list[Any]] | None:
        """/mydata: the groups whose agreement the person changed last."""
        written = await self.repo.written_by(user_id)
        accepted = await self.repo.acceptances(user_id)
        found: dict[str, list[Any]] = {}
        if written:
            found["agreements_you_wrote"] = list(written)
        if accepted:
            found["agreements_you_accepted"] = list(accepted)
        return found or None


def rules_service(services: Services) -> RulesService:
    """The feature's service over the shared storage, groups, memberships and roles."""
    return RulesService(
        repo=AgreementRepository(services.db),
        groups=services.groups,
        members=services.members.members,
        roles=services.roles,
        clock=services.clock,
    )
