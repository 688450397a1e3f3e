"""Members: consent, profile, settings, joining groups, export."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from bot.domain.clock import Clock, iso
from bot.domain.models import Group, Member, Person
from bot.domain.text import clean_name
from bot.storage.groups import GroupRepository
from bot.storage.members import MemberRepository

# Bump when what /start says about storage and safety changes; members re-consent then.
CONSENT_VERSION = 1


@dataclass(frozen=True)
class JoinResult:
    """The outcome of following a group's invite link."""

    group: Group
    newly_joined: bool


class MemberService:
    """Everything about a member that is not a feature of its own."""

    def __init__(self, members: MemberRepository, groups: GroupRepository, clock: Clock) -> None:
        """Use the given repositories and clock."""
        self.members = members
        self.groups = groups
        self.clock = clock

    async def get(self, user_id: int) -> Member | None:
        """Return the member, or None when they have not consented."""
        return await self.members.get(user_id)

    async def consent(self, person: Person, language: str, timezone: str) -> Member:
        """Record the person's consent with their language and time zone."""
        now = iso(self.clock())
        member = Member(
            user_id=person.user_id,
            first_name=clean_name(person.first_name),
            username=clean_name(person.username) or None,
            language=language,
            timezone=timezone,
            consented_at=now,
            consent_version=CONSENT_VERSION,
            scheduled_stopped=False,
            unreachable_at=None,
            created_at=now,
            updated_at=now,
        )
        await self.members.add(member)
        stored = await self.members.get(person.user_id)
        assert stored is not None
        return stored

    async def refresh_profile(self, person: Person) -> None:
        """Keep the stored first name and username in step with Telegram."""
        await self.members.update_profile(
            person.user_id,
            clean_name(person.first_name),
            clean_name(person.username) or None,
            iso(self.clock()),
        )

    async def mark_reachable(self, user_id: int) -> bool:
        """Clear the 'blocked the bot' mark once the member writes again; True if it was set."""
        member = await self.members.get(user_id)
        if member is None or member.unreachable_at is None:
            return False
        return await self.members.set_unreachable(user_id, None)

    async def mark_unreachable(self, user_id: int) -> bool:
        """Remember that the member blocked the bot, so scheduled sends skip them."""
        return await self.members.set_unreachable(user_id, iso(self.clock()))

    async def set_language(self, user_id: int, language: str) -> bool:
        """Change the member's language."""
        return await self.members.set_language(user_id, language, iso(self.clock()))

    async def set_timezone(self, user_id: int, timezone: str) -> bool:
        """Change the member's time zone."""
        return await self.members.set_timezone(user_id, timezone, iso(self.clock()))

    async def set_clock(self, user_id: int, clock: str | None) -> bool:
        """Write times to the member on a 12- or 24-hour clock, or (None) as their locale does."""
        return await self.members.set_clock(user_id, clock, iso(self.clock()))

    async def set_country(self, user_id: int, country: str | None) -> bool:
        """Remember the member's country for crisis lines and resources."""
        return await self.members.set_country(user_id, country, iso(self.clock()))

    async def stop_scheduled(self, user_id: int) -> bool:
        """Mark the member as wanting no scheduled messages at all."""
        return await self.members.set_scheduled_stopped(user_id, True, iso(self.clock()))

    async def join_by_code(self, user_id: int, code: str) -> JoinResult | None:
        """Join the member to the group behind an invite code; None for an unknown code."""
        group = await self.groups.by_invite_code(code)
        if group is None:
            return None
        newly = await self.members.join_group(user_id, group.chat_id, iso(self.clock()))
        return JoinResult(group, newly)

    async def export(self, user_id: int) -> dict[str, Any] | None:
        """Return the member's own record and groups for /mydata."""
        member = await self.members.get(user_id)
        if member is None:
            return None
        record = asdict(member)
        record["groups"] = await self.members.memberships(user_id)
        return record
