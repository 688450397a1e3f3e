"""Groups: registered when the bot is added, forgotten when it is removed."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass

from bot.domain.clock import Clock, iso
from bot.domain.models import Group
from bot.domain.text import clean_name
from bot.storage.groups import GroupRepository

PRESENT_STATUSES = frozenset({"member", "administrator"})


@dataclass(frozen=True)
class GroupSummary:
    """A group with how many members joined it through the bot."""

    group: Group
    members: int


def _new_invite_code() -> str:
    """A fresh unguessable invite code (the payload of the group's t.me link)."""
    return secrets.token_urlsafe(9)


class GroupService:
    """Keeps the list of groups in step with where the bot is."""

    def __init__(self, groups: GroupRepository, clock: Clock, timezone: str, language: str) -> None:
        """Use the repository; new groups get the default time zone and language."""
        self.groups = groups
        self.clock = clock
        self.timezone = timezone
        self.language = language
        # Makes a new group's invite code (the shell's scripted runs make a fixed one).
        self.invite_codes: Callable[[], str] = _new_invite_code
        # Every `table.column` naming a group by chat id: the features' declarations.
        self.group_columns: tuple[str, ...] = ()

    def follow_columns(self, columns: tuple[str, ...]) -> None:
        """Take the columns the features declared as naming a group (the composition root)."""
        self.group_columns = columns

    async def bot_status_changed(
        self,
        chat_id: int,
        title: str | None,
        chat_type: str,
        status: str,
        by_user: int | None,
        *,
        language: str | None = None,
    ) -> Group | None:
        """Register or update a group when the bot is in it; forget it when the bot left.

        A new group takes `language` (its adder's) or the default; a known group keeps its own.
        """
        if status not in PRESENT_STATUSES:
            await self.groups.remove(chat_id)
            return None
        group = Group(
            chat_id=chat_id,
            title=clean_name(title, fallback="Group"),
            chat_type=chat_type,
            invite_code=self.invite_codes(),
            timezone=self.timezone,
            language=language or self.language,
            added_by=by_user,
            bot_status=status,
            created_at=iso(self.clock()),
        )
        return await self.groups.upsert(group)

    async def mark_unreachable(self, chat_id: int) -> bool:
        """Remember that the bot can no longer post in the group (kicked, 403)."""
        return await self.groups.set_bot_status(chat_id, "unreachable")

    async def migrated(self, old_id: int, new_id: int) -> bool:
        """Follow a group that became a supergroup with a new chat id."""
        return await self.groups.migrate(old_id, new_id, self.group_columns)

    async def get(self, chat_id: int) -> Group | None:
        """Return a registered group."""
        return await self.groups.get(chat_id)

    async def all(self) -> list[Group]:
        """Return every group the bot knows."""
        return await self.groups.all()

    async def summaries(self) -> list[GroupSummary]:
        """Return every group with its member count."""
        return [
            GroupSummary(group, await self.groups.member_count(group.chat_id))
            for group in await self.groups.all()
        ]
