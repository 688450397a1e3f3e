"""Feedback (SQL only): occurrences asked about, who was asked (briefly), anonymous answers."""

from __future__ import annotations

from dataclasses import dataclass

from bot.feedback.model import ASK_KEY, ask_key
from bot.storage.db import Database, Transaction


@dataclass(frozen=True)
class Attendee:
    """A member who said they would come to an occurrence, and how to reach them."""

    user_id: int
    language: str
    timezone: str
    quiet_start: str | None
    quiet_end: str | None


class FeedbackRepository:
    """Reads and writes feedback rounds, asks and answers."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def candidates(self, first: str, last: str) -> list[tuple[int, str]]:
        """Occurrences (meeting id, original date) between two dates with a "yes" answer and
        not yet asked about."""
        rows = await self.db.fetch_all(
            "SELECT DISTINCT r.meeting_id, r.original_date FROM meeting_rsvps r"
            " WHERE r.answer = 'yes' AND r.original_date BETWEEN ? AND ?"
            " AND NOT EXISTS (SELECT 1 FROM feedback_rounds f WHERE f.meeting_id = r.meeting_id"
            " AND f.original_date = r.original_date) ORDER BY r.meeting_id, r.original_date",
            (first, last),
        )
        return [(int(row[0]), str(row[1])) for row in rows]

    async def attendees(self, meeting_id: int, original_date: str) -> list[Attendee]:
        """Members who said "yes" to the occurrence, reachable and not stopped."""
        rows = await self.db.fetch_all(
            "SELECT m.user_id, m.language, m.timezone, m.quiet_start, m.quiet_end"
            " FROM meeting_rsvps r JOIN members m ON m.user_id = r.user_id"
            " WHERE r.meeting_id = ? AND r.original_date = ? AND r.answer = 'yes'"
            " AND m.scheduled_stopped = 0 AND m.unreachable_at IS NULL ORDER BY m.user_id",
            (meeting_id, original_date),
        )
        return [Attendee(int(r[0]), str(r[1]), str(r[2]), r[3], r[4]) for r in rows]

    async def start_round(
        self, tx: Transaction, meeting_id: int, original_date: str, now: str
    ) -> bool:
        """Record that the occurrence is being asked about; False when it already was."""
        cursor = await tx.execute(
            "INSERT OR IGNORE INTO feedback_rounds (meeting_id, original_date, asked_at)"
            " VALUES (?, ?, ?)",
            (meeting_id, original_date, now),
        )
        return cursor.rowcount > 0

    async def add_ask(
        self, tx: Transaction, user_id: int, meeting_id: int, original_date: str, now: str
    ) -> None:
        """Remember, for a few days, that the member was asked about the occurrence."""
        await tx.execute(
            "INSERT OR IGNORE INTO feedback_asks (user_id, meeting_id, original_date, asked_at)"
            " VALUES (?, ?, ?, ?)",
            (user_id, meeting_id, original_date, now),
        )

    async def was_asked(self, user_id: int, meeting_id: int, original_date: str) -> bool:
        """Whether the member was asked about the occurrence and has not answered yet."""
        row = await self.db.fetch_one(
            "SELECT 1 FROM feedback_asks WHERE user_id = ? AND meeting_id = ?"
            " AND original_date = ?",
            (user_id, meeting_id, original_date),
        )
        return row is not None

    async def answer(
        self,
        user_id: int,
        meeting_id: int,
        original_date: str,
        week: str,
        scores: tuple[int, int] | None,
    ) -> bool:
        """Forget that the member was asked and, with `scores`, keep the answer without them;
        False when they were not asked (or already answered)."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "DELETE FROM feedback_asks WHERE user_id = ? AND meeting_id = ?"
                " AND original_date = ?",
                (user_id, meeting_id, original_date),
            )
            if cursor.rowcount == 0:
                return False
            # The question's delivery record would say who was asked: it goes too once sent.
            await tx.execute(
                "DELETE FROM outbox WHERE dedup_key = ?"
                " AND (sent_at IS NOT NULL OR failed_at IS NOT NULL)",
                (ask_key(meeting_id, original_date, user_id),),
            )
            if scores is not None:
                await tx.execute(
                    "INSERT INTO feedback_answers (meeting_id, week, felt_safe, felt_heard)"
                    " VALUES (?, ?, ?, ?)",
                    (meeting_id, week, *scores),
                )
            return True

    async def forget_old_asks(self, before: str) -> int:
        """Delete who was asked before a moment, answered or not, with the questions' delivery
        records; return how many asks."""
        old = await self.db.fetch_one(
            "SELECT 1 FROM feedback_asks WHERE asked_at < ? LIMIT 1", (before,)
        )
        if old is None:
            return 0  # the usual case: no write at all
        async with self.db.transaction() as tx:
            cursor = await tx.execute("DELETE FROM feedback_asks WHERE asked_at < ?", (before,))
            await tx.execute(
                "DELETE FROM outbox WHERE dedup_key >= ? AND dedup_key < ? AND created_at < ?",
                (ASK_KEY, ASK_KEY[:-1] + ";", before),
            )
            return cursor.rowcount

    async def answers_of_group(
        self, group_id: int, first_week: str
    ) -> list[tuple[int, str, int, int]]:
        """The answers (meeting, week, safe, heard) of a group's meetings since a week."""
        rows = await self.db.fetch_all(
            "SELECT a.meeting_id, a.week, a.felt_safe, a.felt_heard FROM feedback_answers a"
            " JOIN meetings m ON m.id = a.meeting_id WHERE m.group_id = ? AND a.week >= ?",
            (group_id, first_week),
        )
        return [(int(r[0]), str(r[1]), int(r[2]), int(r[3])) for r in rows]

    async def asks_of(self, user_id: int) -> list[dict[str, object]]:
        """The occurrences the member was asked about and has not answered (for /mydata)."""
        rows = await self.db.fetch_all(
            "SELECT mt.name, a.original_date FROM feedback_asks a"
            " JOIN meetings mt ON mt.id = a.meeting_id WHERE a.user_id = ?"
            " ORDER BY a.original_date",
            (user_id,),
        )
        return [{"meeting": str(r[0]), "date": str(r[1])} for r in rows]


async def erase_feedback_asks(tx: Transaction, user_id: int) -> None:
    """/forget: who was asked goes; the answers never named anyone and stay."""
    await tx.execute("DELETE FROM feedback_asks WHERE user_id = ?", (user_id,))
