"""Announcements, their drafts, and their progress counted from the outbox (SQL only).

A draft is its author's open question of kind "announcement" (through QuestionRepository).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bot.domain.clock import iso
from bot.domain.messages import OutgoingText
from bot.domain.progress import SendCounts
from bot.domain.questions import OpenQuestion
from bot.domain.sends import SendKind
from bot.storage.audit import add_audit
from bot.storage.db import Database, Transaction
from bot.storage.outbox import drop_unsent_in, enqueue
from bot.storage.question_drafts import DraftStore
from bot.storage.questions import QuestionRepository

KEY_PREFIX = "ann"
DRAFT_KIND = "announcement"
# An unfinished announcement is dropped after this: later typed text is not taken for it.
DRAFT_KEEP = timedelta(hours=1)
BLOCKED_ERROR = "Forbidden"  # what the outbox records when a member blocked the bot


def key_prefix(announcement_id: int) -> str:
    """The dedup key prefix of one announcement's copies: 'ann:<id>:'."""
    return f"{KEY_PREFIX}:{announcement_id}:"


def dedup_key(announcement_id: int, user_id: int) -> str:
    """The outbox key of one member's copy: 'ann:<id>:<user_id>'."""
    return f"{key_prefix(announcement_id)}{user_id}"


def _key_range(announcement_id: int) -> tuple[str, str]:
    """Bounds of the announcement's keys ('ann:ID:' <= key < 'ann:ID;'), for the UNIQUE index."""
    return key_prefix(announcement_id), f"{KEY_PREFIX}:{announcement_id};"


@dataclass(frozen=True)
class Announcement:
    """An announcement as stored (its text is None once sending has finished)."""

    id: int
    group_id: int
    author_id: int | None
    text: str | None
    created_at: str
    total: int
    status: str
    progress_chat_id: int | None
    progress_message_id: int | None
    finished_at: str | None


@dataclass(frozen=True)
class AnnouncementDraft:
    """A person's unfinished announcement: the group, the step, and the text once given."""

    user_id: int
    group_id: int
    step: str
    text: str | None


@dataclass(frozen=True)
class Recipient:
    """A member who will get the announcement, with their language."""

    user_id: int
    language: str


_COLUMNS = (
    "id, group_id, author_id, text, created_at, total, status, progress_chat_id,"
    " progress_message_id, finished_at"
)


class AnnouncementRepository:
    """Reads and writes announcements and drafts; counts their outbox rows."""

    def __init__(self, db: Database, questions: QuestionRepository) -> None:
        """Use the given database; keep drafts as open questions of kind "announcement"."""
        self.db = db
        self.drafts = DraftStore(questions, DRAFT_KIND, DRAFT_KEEP)

    async def recipients(self, group_id: int) -> list[Recipient]:
        """The group's members who have not /stop'ped messages the bot sends on its own."""
        rows = await self.db.fetch_all(
            "SELECT m.user_id, m.language FROM group_members gm"
            " JOIN members m ON m.user_id = gm.user_id"
            " WHERE gm.chat_id = ? AND m.scheduled_stopped = 0 ORDER BY gm.joined_at, m.user_id",
            (group_id,),
        )
        return [Recipient(int(row[0]), str(row[1])) for row in rows]

    async def create(
        self,
        group_id: int,
        author_id: int,
        text: str,
        recipients: list[Recipient],
        render: Callable[[str], OutgoingText],
        priority: int,
        now: str,
    ) -> Announcement:
        """In one transaction: the announcement, one outbox row per recipient, the audit row.

        `render(language)` gives the copy in that language (rendered once per language).
        The author's draft is dropped in the same transaction.
        """
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "INSERT INTO announcements (group_id, author_id, text, created_at, total, status,"
                " progress_chat_id) VALUES (?, ?, ?, ?, ?, 'sending', ?)",
                (group_id, author_id, text, now, len(recipients), author_id),
            )
            announcement_id = int(cursor.lastrowid or 0)
            rendered: dict[str, dict[str, Any]] = {}
            for recipient in recipients:
                language = recipient.language
                if language not in rendered:
                    rendered[language] = render(language).to_params()
                await enqueue(
                    tx,
                    kind=SendKind.ANNOUNCEMENT,
                    dedup_key=dedup_key(announcement_id, recipient.user_id),
                    chat_id=recipient.user_id,
                    user_id=recipient.user_id,
                    method=OutgoingText.method,
                    params=rendered[language],
                    priority=priority,
                    now=now,
                )
            await add_audit(tx, author_id, "announce.send", now, group_id, str(announcement_id))
            await self.drafts.drop_in(tx, author_id)
        found = await self.get(announcement_id)
        assert found is not None
        return found

    async def get(self, announcement_id: int) -> Announcement | None:
        """Return one announcement, if it exists."""
        row = await self.db.fetch_one(
            f"SELECT {_COLUMNS} FROM announcements WHERE id = ?", (announcement_id,)
        )
        return Announcement(*row) if row is not None else None

    async def sending(self) -> list[Announcement]:
        """Every announcement still sending (after a restart too), oldest first."""
        rows = await self.db.fetch_all(
            f"SELECT {_COLUMNS} FROM announcements WHERE status = 'sending' ORDER BY id"
        )
        return [Announcement(*row) for row in rows]

    async def counts(self, announcement: Announcement) -> SendCounts:
        """Delivered, blocked, failed and pending copies, read from the outbox by key range."""
        low, high = _key_range(announcement.id)
        row = await self.db.fetch_one(
            "SELECT COUNT(*), COUNT(sent_at),"
            " SUM(failed_at IS NOT NULL AND last_error = ?),"
            " SUM(failed_at IS NOT NULL AND last_error IS NOT ?)"
            " FROM outbox WHERE dedup_key >= ? AND dedup_key < ?",
            (BLOCKED_ERROR, BLOCKED_ERROR, low, high),
        )
        queued, delivered, blocked, failed = (int(value or 0) for value in (row or (0, 0, 0, 0)))
        pending = queued - delivered - blocked - failed
        return SendCounts(announcement.total, delivered, blocked, failed, pending)

    async def set_progress_message(
        self, announcement_id: int, chat_id: int, message_id: int
    ) -> None:
        """Remember the author's progress message, to edit it as sending goes."""
        await self.db.write(
            "UPDATE announcements SET progress_chat_id = ?, progress_message_id = ? WHERE id = ?",
            (chat_id, message_id, announcement_id),
        )

    async def finish(self, announcement_id: int, now: str) -> bool:
        """Mark a sending announcement done and drop its text; False if it was not sending."""
        changed = await self.db.write(
            "UPDATE announcements SET status = 'done', finished_at = ?, text = NULL"
            " WHERE id = ? AND status = 'sending'",
            (now, announcement_id),
        )
        return changed > 0

    async def cancel(self, announcement_id: int, actor_id: int, now: str) -> bool:
        """In one transaction: drop unsent copies, mark cancelled, drop the text, audit."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "UPDATE announcements SET status = 'cancelled', finished_at = ?, text = NULL"
                " WHERE id = ? AND status = 'sending' RETURNING group_id",
                (now, announcement_id),
            )
            row = await cursor.fetchone()
            if row is None:
                return False
            await drop_unsent_in(tx, key_prefix(announcement_id))
            await add_audit(tx, actor_id, "announce.cancel", now, int(row[0]), str(announcement_id))
        return True

    async def draft(self, user_id: int, since: str = "") -> AnnouncementDraft | None:
        """Return the person's unfinished announcement touched at or after `since`, if any;
        an older one is deleted (its text is not kept, nor taken for later typed text)."""
        question = await self.drafts.load(user_id)
        if question is None:
            return None
        draft = _draft_of(user_id, question)
        if draft is None or iso(question.asked_at) < since:
            await self.delete_draft(user_id)
            return None
        return draft

    async def save_draft(self, draft: AnnouncementDraft, now: str) -> None:
        """Store (or replace) the person's draft; it replaces any other open question."""
        data = {"group_id": draft.group_id, "text": draft.text}
        await self.drafts.save(draft.user_id, draft.step, data, now)

    async def delete_draft(self, user_id: int) -> bool:
        """Drop the person's draft; False when there was none."""
        return await self.drafts.drop(user_id)


def _draft_of(user_id: int, question: OpenQuestion) -> AnnouncementDraft | None:
    """The draft a stored question holds; None when it names no group."""
    group_id, text = question.data.get("group_id"), question.data.get("text")
    if not isinstance(group_id, int) or isinstance(group_id, bool):
        return None
    return AnnouncementDraft(
        user_id, group_id, question.step, text if isinstance(text, str) else None
    )


async def erase_announcement_author(tx: Transaction, user_id: int) -> None:
    """/forget: the person is no longer named as an author (their draft is their question)."""
    await tx.execute(
        "UPDATE announcements SET author_id = NULL, progress_chat_id = NULL,"
        " progress_message_id = NULL WHERE author_id = ? OR progress_chat_id = ?",
        (user_id, user_id),
    )
