"""Meeting reminders: subscriptions, the plan of due reminders, RSVPs (SQL only), and the
facilitators' meeting conversations (kept as their open questions)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bot.meetings.models import MeetingDraft
from bot.storage.db import Database, Transaction
from bot.storage.question_drafts import DraftStore
from bot.storage.questions import QuestionRepository


@dataclass(frozen=True)
class Subscription:
    """A member's reminder for one meeting or for every meeting of a group."""

    user_id: int
    meeting_id: int | None
    group_id: int | None
    offset_minutes: int


@dataclass(frozen=True)
class Recipient:
    """A member to remind: where to write, in which language and zone, and when not to."""

    user_id: int
    language: str
    timezone: str
    quiet_start: str | None
    quiet_end: str | None
    clock: str | None = None  # their 12/24-hour choice (None: their locale's way)


@dataclass(frozen=True)
class Slot:
    """One planned reminder: an occurrence, how long before it, and for whom."""

    meeting_id: int
    original_date: str
    offset_minutes: int
    audience: str  # "members" or "group"
    starts_at: str
    fire_at: str


class SubscriptionRepository:
    """Who wants which reminders, and who answered "I'll be there"."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def replace(
        self, user_id: int, meeting_id: int | None, group_id: int | None, offsets: Iterable[int]
    ) -> None:
        """Set the member's reminder offsets for one meeting or one group (none: unsubscribe)."""
        async with self.db.transaction() as tx:
            await tx.execute(
                "DELETE FROM meeting_subscriptions WHERE user_id = ? AND meeting_id IS ?"
                " AND group_id IS ?",
                (user_id, meeting_id, group_id),
            )
            await tx.executemany(
                "INSERT OR IGNORE INTO meeting_subscriptions (user_id, meeting_id, group_id,"
                " offset_minutes, created_at) VALUES (?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ'))",
                [(user_id, meeting_id, group_id, offset) for offset in sorted(set(offsets))],
            )

    async def of_member(self, user_id: int) -> list[Subscription]:
        """Return the member's subscriptions."""
        rows = await self.db.fetch_all(
            "SELECT user_id, meeting_id, group_id, offset_minutes FROM meeting_subscriptions"
            " WHERE user_id = ? ORDER BY meeting_id, group_id, offset_minutes DESC",
            (user_id,),
        )
        return [Subscription(*row) for row in rows]

    async def recipients(self, meeting_id: int, group_id: int, offset: int) -> list[Recipient]:
        """Return the reachable members who asked for this reminder (by meeting or group)."""
        rows = await self.db.fetch_all(
            "SELECT m.user_id, m.language, m.timezone, m.quiet_start, m.quiet_end, m.clock"
            " FROM members m"
            " WHERE m.scheduled_stopped = 0 AND m.unreachable_at IS NULL AND m.user_id IN"
            " (SELECT user_id FROM meeting_subscriptions WHERE meeting_id = ?"
            " AND offset_minutes = ? UNION SELECT user_id FROM meeting_subscriptions"
            " WHERE group_id = ? AND offset_minutes = ?) ORDER BY m.user_id",
            (meeting_id, offset, group_id, offset),
        )
        return [Recipient(*row) for row in rows]

    async def subscribers(self, meeting_id: int, group_id: int) -> list[Recipient]:
        """Return the reachable members with any reminder for this meeting (for news of it)."""
        rows = await self.db.fetch_all(
            "SELECT m.user_id, m.language, m.timezone, m.quiet_start, m.quiet_end, m.clock"
            " FROM members m"
            " WHERE m.scheduled_stopped = 0 AND m.unreachable_at IS NULL AND m.user_id IN"
            " (SELECT user_id FROM meeting_subscriptions WHERE meeting_id = ?"
            " UNION SELECT user_id FROM meeting_subscriptions WHERE group_id = ?)"
            " ORDER BY m.user_id",
            (meeting_id, group_id),
        )
        return [Recipient(*row) for row in rows]

    async def offsets_in_use(self) -> set[int]:
        """Return every distinct reminder offset members chose."""
        rows = await self.db.fetch_all("SELECT DISTINCT offset_minutes FROM meeting_subscriptions")
        return {int(row[0]) for row in rows}

    async def set_rsvp(
        self, meeting_id: int, original_date: str, user_id: int, answer: str, now: str
    ) -> None:
        """Record (or change) a member's answer for one occurrence."""
        await self.db.write(
            "INSERT OR REPLACE INTO meeting_rsvps (meeting_id, original_date, user_id, answer,"
            " answered_at) VALUES (?, ?, ?, ?, ?)",
            (meeting_id, original_date, user_id, answer, now),
        )

    async def rsvp_of(self, meeting_id: int, original_date: str, user_id: int) -> str | None:
        """Return a member's answer for one occurrence, if any."""
        row = await self.db.fetch_one(
            "SELECT answer FROM meeting_rsvps WHERE meeting_id = ? AND original_date = ?"
            " AND user_id = ?",
            (meeting_id, original_date, user_id),
        )
        return str(row[0]) if row else None

    async def rsvp_counts(self, meeting_id: int, original_date: str) -> dict[str, int]:
        """Return how many answered each way for one occurrence."""
        rows = await self.db.fetch_all(
            "SELECT answer, COUNT(*) FROM meeting_rsvps WHERE meeting_id = ? AND original_date = ?"
            " GROUP BY answer",
            (meeting_id, original_date),
        )
        return {str(row[0]): int(row[1]) for row in rows}

    async def export(self, user_id: int) -> dict[str, Any] | None:
        """Return the member's reminders and answers, for /mydata."""
        subscriptions = await self.db.fetch_all(
            "SELECT s.offset_minutes, mt.name, g.title FROM meeting_subscriptions s"
            " LEFT JOIN meetings mt ON mt.id = s.meeting_id"
            " LEFT JOIN groups g ON g.chat_id = s.group_id WHERE s.user_id = ?",
            (user_id,),
        )
        answers = await self.db.fetch_all(
            "SELECT mt.name, r.original_date, r.answer FROM meeting_rsvps r"
            " JOIN meetings mt ON mt.id = r.meeting_id WHERE r.user_id = ?",
            (user_id,),
        )
        if not subscriptions and not answers:
            return None
        return {
            "reminders": [
                {"minutes_before": row[0], "meeting": row[1], "group": row[2]}
                for row in subscriptions
            ],
            "answers": [{"meeting": row[0], "date": row[1], "answer": row[2]} for row in answers],
        }


class SlotRepository:
    """The plan of reminders, read by due time only."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def replace_future(
        self, tx: Transaction, meeting_id: int, slots: list[Slot], now: str
    ) -> None:
        """Re-plan a meeting: drop reminders not yet due, plan these instead.

        Reminders already due but not yet handled stay (they are checked when handled). A
        reminder handled for an occurrence that now starts at another time (moved) is
        forgotten, so the new time gets its own.
        """
        await tx.execute(
            "DELETE FROM reminder_slots WHERE meeting_id = ? AND done_at IS NULL AND fire_at > ?",
            (meeting_id, now),
        )
        await tx.executemany(
            "DELETE FROM reminder_slots WHERE meeting_id = ? AND original_date = ?"
            " AND offset_minutes = ? AND audience = ? AND starts_at <> ?",
            [(s.meeting_id, s.original_date, s.offset_minutes, s.audience, s.starts_at)
             for s in slots],
        )  # fmt: skip
        await self.add(tx, slots)

    async def add(self, tx: Transaction, slots: list[Slot]) -> None:
        """Plan reminders not planned before (a slot done or pending stays as it is)."""
        await tx.executemany(
            "INSERT OR IGNORE INTO reminder_slots (meeting_id, original_date, offset_minutes,"
            " audience, starts_at, fire_at) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    s.meeting_id,
                    s.original_date,
                    s.offset_minutes,
                    s.audience,
                    s.starts_at,
                    s.fire_at,
                )
                for s in slots
            ],
        )

    async def due(self, now: str, limit: int = 50) -> list[Slot]:
        """Return pending reminders due by `now`, oldest first."""
        rows = await self.db.fetch_all(
            "SELECT meeting_id, original_date, offset_minutes, audience, starts_at, fire_at"
            " FROM reminder_slots WHERE done_at IS NULL AND fire_at <= ? ORDER BY fire_at"
            " LIMIT ?",
            (now, limit),
        )
        return [Slot(*row) for row in rows]

    async def next_fire_at(self) -> str | None:
        """Return when the next pending reminder is due."""
        row = await self.db.fetch_one(
            "SELECT MIN(fire_at) FROM reminder_slots WHERE done_at IS NULL"
        )
        return str(row[0]) if row and row[0] is not None else None

    async def mark_done(self, tx: Transaction, slot: Slot, now: str) -> None:
        """Record that a reminder was handled (sent or skipped)."""
        await tx.execute(
            "UPDATE reminder_slots SET done_at = ? WHERE meeting_id = ? AND original_date = ?"
            " AND offset_minutes = ? AND audience = ?",
            (now, slot.meeting_id, slot.original_date, slot.offset_minutes, slot.audience),
        )

    async def prune(self, before: str) -> int:
        """Forget handled reminders of occurrences that started before `before`."""
        return await self.db.write(
            "DELETE FROM reminder_slots WHERE done_at IS NOT NULL AND starts_at < ?", (before,)
        )

    async def pending_count(self) -> int:
        """Return how many reminders are planned and not yet handled."""
        row = await self.db.fetch_one("SELECT COUNT(*) FROM reminder_slots WHERE done_at IS NULL")
        return int(row[0]) if row else 0


# A meeting conversation is kept this long after its last answer (then it lapses).
MEETING_DRAFT_LIFETIME = timedelta(days=7)


class MeetingDraftRepository:
    """One meeting conversation per facilitator, kept across restarts as their open question."""

    def __init__(self, questions: QuestionRepository) -> None:
        """Keep the conversations as open questions of kind "meeting"."""
        self.store = DraftStore(questions, "meeting", MEETING_DRAFT_LIFETIME)

    async def get(self, user_id: int) -> MeetingDraft | None:
        """Return the person's conversation, if their open question is one."""
        question = await self.store.load(user_id)
        return MeetingDraft(user_id, question.step, dict(question.data)) if question else None

    async def save(self, draft: MeetingDraft, now: str) -> None:
        """Store the person's conversation at its step, replacing whatever they were asked."""
        await self.store.save(draft.user_id, draft.step, draft.data, now)

    async def delete(self, user_id: int) -> bool:
        """Drop the person's conversation; False when there was none."""
        return await self.store.drop(user_id)


async def erase_meeting_member(tx: Transaction, user_id: int) -> None:
    """/forget: drop the member's reminders and answers (their meeting draft is a question)."""
    await tx.execute("DELETE FROM meeting_subscriptions WHERE user_id = ?", (user_id,))
    await tx.execute("DELETE FROM meeting_rsvps WHERE user_id = ?", (user_id,))
