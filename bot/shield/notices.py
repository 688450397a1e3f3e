"""What the shield tells people: the member privately, and the group's facilitators.

Every notice goes through the outbox (sent after a crash too) with a key that makes a burst
of messages one notice, and names the person it is about (erased by their /forget).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from bot.delivery.pacing import Priority
from bot.domain.clock import Clock, iso
from bot.domain.messages import Button, Keyboard, OutgoingText
from bot.domain.sends import SendKind
from bot.i18n import Texts
from bot.services.groups import GroupService
from bot.services.outbox_link import OutboxLink
from bot.services.roles import RoleService
from bot.storage.db import Database
from bot.storage.members import MemberRepository
from bot.storage.outbox import enqueue_message

PREFIX = "shield"
# A button labelled in the reader's language.
ButtonMaker = Callable[[str], Button]


class ShieldNotices:
    """Queues the shield's private notices in each reader's language."""

    def __init__(
        self,
        *,
        db: Database,
        texts: Texts,
        members: MemberRepository,
        groups: GroupService,
        roles: RoleService,
        clock: Clock,
        outbox: OutboxLink,
        language: str,
    ) -> None:
        """Use the database, texts, members (languages, reachability), groups and roles."""
        self.db = db
        self.texts = texts
        self.members = members
        self.groups = groups
        self.roles = roles
        self.clock = clock
        self.outbox = outbox
        self.language = language

    async def title(self, chat_id: int) -> str:
        """The group's name as the bot knows it."""
        group = await self.groups.get(chat_id)
        return group.title if group is not None else str(chat_id)

    async def group_language(self, chat_id: int) -> str:
        """The language the group chat is written to in (its reviewers share it)."""
        group = await self.groups.get(chat_id)
        return group.language if group is not None else self.language

    async def to_member(self, user_id: int, key: str, text_id: str, **args: str | int) -> bool:
        """Tell the person privately, if the bot can reach them; False when it cannot."""
        member = await self.members.get(user_id)
        if member is None or member.unreachable_at is not None:
            return False
        body = self.texts.get(member.language, text_id, **args)
        return await self._queue([(user_id, body)], key, user_id)

    async def to_staff(
        self, chat_id: int, subject_id: int, key: str, text_id: str, **args: str | int
    ) -> bool:
        """Tell the group's facilitators (the admins when it has none), once per key."""
        staff = await self.roles.facilitators_of(chat_id) or await self.roles.all_admin_ids()
        sends = []
        for recipient in dict.fromkeys(staff):
            member = await self.members.get(recipient)
            language = member.language if member is not None else self.language
            sends.append((recipient, self.texts.get(language, text_id, **args)))
        return await self._queue(sends, key, subject_id)

    async def to_admins(
        self, subject_id: int, key: str, text_id: str, button: ButtonMaker, **args: str | int
    ) -> bool:
        """Tell the bot's admins, each in their language with a button, once per key."""
        sends = []
        for recipient in dict.fromkeys(await self.roles.all_admin_ids()):
            member = await self.members.get(recipient)
            language = member.language if member is not None else self.language
            keyboard = Keyboard.of([[button(language)]])
            sends.append((recipient, self.texts.get(language, text_id, **args), keyboard))
        return await self._queue(sends, key, subject_id)

    async def _queue(
        self,
        sends: Sequence[tuple[int, str] | tuple[int, str, Keyboard]],
        key: str,
        subject_id: int,
    ) -> bool:
        """Queue each (recipient, text[, keyboard]) under key:<recipient> in one transaction."""
        now = iso(self.clock())
        queued = False
        async with self.db.transaction() as tx:
            for recipient, body, *keyboard in sends:
                queued |= await enqueue_message(
                    tx,
                    OutgoingText(body, keyboard[0] if keyboard else None, link_previews=False),
                    kind=SendKind.OTHER,
                    dedup_key=f"{PREFIX}:{key}:{recipient}",
                    chat_id=recipient,
                    priority=Priority.INTERACTIVE,
                    now=now,
                    user_id=subject_id,
                )
        if queued:
            self.outbox.ready()
        return queued


def hour_of(moment: datetime) -> str:
    """The hour a notice belongs to (one notice of a kind per person and hour): YYYYMMDDHH."""
    return moment.strftime("%Y%m%d%H")
