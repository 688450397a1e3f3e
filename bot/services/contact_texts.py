"""What facilitators read about a request to reach out: the message, its one button, edits."""

from __future__ import annotations

from dataclasses import dataclass

from bot.delivery.pacing import Priority
from bot.domain.buttons.contact_requests import ClaimContact
from bot.domain.messages import Button, Keyboard, OutgoingText, TextEdit
from bot.domain.models import Member
from bot.domain.sends import SendContext, SendKind
from bot.i18n import Texts
from bot.storage.contact_requests import ContactRequest, add_copy
from bot.storage.db import Transaction
from bot.storage.members import MemberRepository
from bot.storage.outbox import enqueue_message

COPY_PREFIX = "sr"  # sr:<request>:<reader> (first round), sr:<request>:<reader>:<step> (reminders)
EDIT_PREFIX = "sre"  # sre:<request>:<reader>:<message>:<version | w for withdrawn>


def copy_key(request_id: int, reader_id: int, step: int) -> str:
    """The outbox key of one round's message to one reader (the first keeps its old form)."""
    key = f"{COPY_PREFIX}:{request_id}:{reader_id}"
    return key if step == 0 else f"{key}:{step}"


@dataclass(frozen=True)
class ContactCopy(SendContext):
    """The request a copy's send belongs to (a copy delivered after /forget is withdrawn)."""

    request_id: int


class ContactWriter:
    """Writes each message in its reader's language and queues sends and edits."""

    def __init__(self, texts: Texts, members: MemberRepository, language: str = "en") -> None:
        """Use the texts, the members (languages and names) and the bot's default language."""
        self.texts = texts
        self.members = members
        self.default_language = language

    async def language_of(self, user_id: int) -> str:
        """A reader's language (the bot's default when they never started it)."""
        member = await self.members.get(user_id)
        return member.language if member else self.default_language

    async def first_name(self, user_id: int | None) -> str | None:
        """Someone's first name, if they are (still) a member."""
        member = await self.members.get(user_id) if user_id is not None else None
        return member.first_name if member is not None and member.first_name else None

    async def message(
        self, request: ContactRequest, member: Member, reader_id: int, step: int
    ) -> OutgoingText:
        """One copy: a reminder line after the first round, the request, its one button."""
        language = await self.language_of(reader_id)
        t = self.texts
        lines = [t.get(language, "contact-reminder")] if step > 0 else []
        lines.append(
            t.get(
                language,
                f"checkin-request-{request.kind}",
                name=member.first_name,
                id=str(member.user_id),
            )
        )
        keyboard = await self.buttons(request, reader_id, language)
        return OutgoingText("\n".join(lines), keyboard)

    async def buttons(self, request: ContactRequest, reader_id: int, language: str) -> Keyboard:
        """One button, always in the same place: 'I'll reach out', then who is reaching out."""
        t = self.texts
        if request.claimed_by is None:
            text = t.get(language, "btn-contact-take")
        elif request.claimed_by == reader_id:
            text = t.get(language, "btn-contact-taken-you")
        else:
            name = await self.first_name(request.claimed_by) or t.get(language, "contact-someone")
            text = t.get(language, "btn-contact-taken", name=name)
        return Keyboard.of([[Button.of_html(text, ClaimContact(request.id).pack())]])

    async def queue_copy(
        self,
        tx: Transaction,
        request: ContactRequest,
        member: Member,
        reader: int,
        step: int,
        now: str,
    ) -> None:
        """Record and queue one round's message to one reader (SCHEDULED, idempotent key)."""
        key = copy_key(request.id, reader, step)
        await add_copy(tx, request.id, reader, step, key, request.version, now)
        await enqueue_message(
            tx,
            await self.message(request, member, reader, step),
            kind=SendKind.CONTACT_COPY,
            context=ContactCopy(request.id),
            dedup_key=key,
            chat_id=reader,
            user_id=member.user_id,  # /forget of the member drops it while unsent
            priority=Priority.SCHEDULED,
            now=now,
        )

    async def edit(
        self,
        tx: Transaction,
        request: ContactRequest,
        member: Member,
        reader: int,
        message_id: int,
        step: int,
        now: str,
    ) -> None:
        """Queue an edit of a delivered message to show where the request stands now."""
        message = await self.message(request, member, reader, step)
        await enqueue_message(
            tx,
            TextEdit(message_id, message),
            kind=SendKind.CONTACT_EDIT,
            dedup_key=f"{EDIT_PREFIX}:{request.id}:{reader}:{message_id}:{request.version}",
            chat_id=reader,
            user_id=member.user_id,
            priority=Priority.INTERACTIVE,
            now=now,
        )

    async def withdraw(
        self, tx: Transaction, request_id: int, reader: int, message_id: int, now: str
    ) -> None:
        """Queue an edit saying the request was withdrawn: no name, nothing about the member.

        Queued with no user id, so the member's outbox eraser never drops it.
        """
        language = await self.language_of(reader)
        withdrawn = OutgoingText(self.texts.get(language, "contact-withdrawn"))
        await enqueue_message(
            tx,
            TextEdit(message_id, withdrawn),
            kind=SendKind.CONTACT_EDIT,
            dedup_key=f"{EDIT_PREFIX}:{request_id}:{reader}:{message_id}:w",
            chat_id=reader,
            user_id=None,
            priority=Priority.INTERACTIVE,
            now=now,
        )
