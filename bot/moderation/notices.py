"""What moderation tells people, queued in the outbox with the change that caused it.

Every text is in its reader's language; a member's words and a reason are escaped by
`Texts.get`. Rows about a member carry their id (`/forget` drops what is unsent).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.delivery.pacing import Priority
from bot.domain.clock import parse_iso
from bot.domain.messages import Button, Keyboard, OutgoingText
from bot.domain.sends import SendContext, SendKind
from bot.formats.formatting import reader_for, stamp_text
from bot.i18n import Texts
from bot.moderation.model import (
    AppealButton,
    CardAction,
    CardButton,
    duration_parts,
)
from bot.services.groups import GroupService
from bot.storage.db import Transaction
from bot.storage.members import MemberRepository
from bot.storage.outbox import enqueue, enqueue_message

# Every right a member has in a group once a mute is lifted.
ALL_PERMISSIONS = {
    name: True
    for name in (
        "can_send_messages",
        "can_send_audios",
        "can_send_documents",
        "can_send_photos",
        "can_send_videos",
        "can_send_video_notes",
        "can_send_voice_notes",
        "can_send_polls",
        "can_send_other_messages",
        "can_add_web_page_previews",
        "can_react_to_messages",
        "can_edit_tag",
        "can_change_info",
        "can_invite_users",
        "can_pin_messages",
        "can_manage_topics",
    )
}


class Notices:
    """Words texts for their readers and queues them, and Telegram actions, in the outbox."""

    def __init__(
        self,
        *,
        texts: Texts,
        members: MemberRepository,
        groups: GroupService,
        language: str,
        timezone: str,
    ) -> None:
        """Use the texts, the members (language, zone, name), groups and the bot's defaults."""
        self.texts = texts
        self.groups = groups
        self.members = members
        self.language = language
        self.timezone = timezone

    async def language_of(self, user_id: int) -> str:
        """The person's language (the bot's default when they never opened the bot)."""
        member = await self.members.get(user_id)
        return member.language if member else self.language

    async def name_of(self, user_id: int, known: str | None = None) -> str:
        """A member's first name as the bot knows it (or as given), else a kind word."""
        member = await self.members.get(user_id)
        name = member.first_name if member and member.first_name else known
        return name or self.texts.get(self.language, "mod-someone")

    async def reachable(self, user_id: int) -> bool:
        """Tell whether the bot can write to the person privately (they opened it, agreed, and
        have not blocked it)."""
        member = await self.members.get(user_id)
        return member is not None and member.unreachable_at is None

    async def group_title(self, chat_id: int) -> str:
        """A group's title (a kind word when the bot does not know it)."""
        group = await self.groups.get(chat_id)
        return (
            group.title if group and group.title else self.texts.get(self.language, "mod-a-group")
        )

    async def group_language(self, chat_id: int) -> str:
        """The language a group chat is written to in."""
        group = await self.groups.get(chat_id)
        return group.language if group else self.language

    async def text(self, user_id: int, message_id: str, /, **args: object) -> str:
        """A text in the person's language."""
        return self.texts.get(await self.language_of(user_id), message_id, **args)

    async def length_and_end(
        self, user_id: int, length: timedelta | None, until: str | None
    ) -> dict[str, Any]:
        """How long, and until when in the reader's zone (empty words when not timed)."""
        if length is None or until is None:
            return {"length": "", "until": ""}
        member = await self.members.get(user_id)
        language = member.language if member else self.language
        zone = member.timezone if member else self.timezone
        reader = reader_for(language, zone, member.clock if member else None)
        unit, count = duration_parts(length)
        words = self.texts.get(language, "mod-length", unit=unit, count=count)
        return {"length": words, "until": stamp_text(reader, _local(until, zone))}

    async def length_words(self, user_id: int, length: timedelta | None) -> str:
        """A duration in the person's language ("" when there is none)."""
        if length is None:
            return ""
        unit, count = duration_parts(length)
        return await self.text(user_id, "mod-length", unit=unit, count=count)

    async def send(
        self,
        tx: Transaction,
        *,
        to: int,
        text: str,
        key: str,
        about: int | None,
        now: str,
        keyboard: Keyboard | None = None,
        kind: SendKind = SendKind.MODERATION_NOTICE,
        priority: Priority = Priority.INTERACTIVE,
    ) -> None:
        """Queue a text to a chat (a person, or a group)."""
        await enqueue_message(
            tx,
            OutgoingText(text, keyboard=keyboard, link_previews=False),
            kind=kind,
            dedup_key=key,
            chat_id=to,
            priority=priority,
            now=now,
            user_id=about,
        )

    async def appeal_keyboard(self, user_id: int, action_id: int) -> Keyboard:
        """The member's "Appeal" button under a notice."""
        label = await self.text(user_id, "btn-mod-appeal")
        return Keyboard.of([[Button.of_html(label, AppealButton(action_id).pack())]])

    async def telegram(
        self,
        tx: Transaction,
        *,
        method: str,
        chat_id: int,
        params: dict[str, Any],
        key: str,
        now: str,
        about: int,
        context: SendContext | None = None,
    ) -> None:
        """Queue a Telegram action on a group (delete a message, lift a mute or a ban); its
        `context` is what the action's observer hears with its outcome."""
        await enqueue(
            tx,
            kind=SendKind.MODERATION_ACTION,
            dedup_key=key,
            chat_id=chat_id,
            method=method,
            params=params,
            priority=Priority.ALERT,
            now=now,
            user_id=about,
            context=context,
        )

    def card_buttons(
        self, language: str, chat_id: int, message_id: int, author_id: int
    ) -> tuple[Button, ...]:
        """Warn / Mute 1h / Hold for a report card about one message (in the reader's language)."""
        labels = (
            (CardAction.WARN, "btn-mod-warn"),
            (CardAction.MUTE, "btn-mod-mute-hour"),
            (CardAction.HOLD, "btn-mod-hold"),
        )
        return tuple(
            Button.of_html(
                self.texts.get(language, label),
                CardButton(action, chat_id, message_id, author_id).pack(),
            )
            for action, label in labels
        )


def _local(moment: str, zone: str) -> datetime:
    """A stored UTC time in a zone."""
    return parse_iso(moment).astimezone(ZoneInfo(zone))
