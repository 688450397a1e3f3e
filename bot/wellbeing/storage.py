"""The wellbeing check (SQL only): each member's own consent and answers."""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.db import Database, Transaction


@dataclass(frozen=True)
class Participant:
    """A member to send the check to, and how to reach them."""

    user_id: int
    language: str
    timezone: str
    quiet_start: str | None
    quiet_end: str | None


@dataclass(frozen=True)
class Consent:
    """A member's answer to the check's own consent, and the last wave they were sent."""

    status: str  # asked, yes, no
    asked_wave: int | None


_REACHABLE = "m.scheduled_stopped = 0 AND m.unreachable_at IS NULL"
_PARTICIPANT = "m.user_id, m.language, m.timezone, m.quiet_start, m.quiet_end"


class WellbeingRepository:
    """Reads and writes the wellbeing check's consents and answers."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def consent_of(self, user_id: int) -> Consent | None:
        """The member's answer to the check's consent, if they were ever asked."""
        row = await self.db.fetch_one(
            "SELECT status, asked_wave FROM wellbeing_consents WHERE user_id = ?", (user_id,)
        )
        if row is None:
            return None
        return Consent(str(row[0]), int(row[1]) if row[1] is not None else None)

    async def to_offer(self, joined_from: str, joined_until: str) -> list[Participant]:
        """Members of a group who agreed between two moments, reachable, not stopped, never
        asked."""
        rows = await self.db.fetch_all(
            f"SELECT {_PARTICIPANT} FROM members m WHERE m.consented_at BETWEEN ? AND ?"
            f" AND {_REACHABLE}"
            " AND NOT EXISTS (SELECT 1 FROM wellbeing_consents c WHERE c.user_id = m.user_id)"
            " AND EXISTS (SELECT 1 FROM group_members g WHERE g.user_id = m.user_id)"
            " ORDER BY m.user_id",
            (joined_from, joined_until),
        )
        return [Participant(int(r[0]), str(r[1]), str(r[2]), r[3], r[4]) for r in rows]

    async def mark_offered(self, tx: Transaction, user_id: int, now: str) -> bool:
        """Record that the member is asked for the check's consent; False when they were."""
        cursor = await tx.execute(
            "INSERT OR IGNORE INTO wellbeing_consents (user_id, status, changed_at)"
            " VALUES (?, 'asked', ?)",
            (user_id, now),
        )
        return cursor.rowcount > 0

    async def set_consent(self, user_id: int, given: bool, now: str) -> None:
        """Record consent given, or declined/withdrawn: then the answers are deleted too."""
        async with self.db.transaction() as tx:
            await tx.execute(
                "INSERT INTO wellbeing_consents (user_id, status, changed_at) VALUES (?, ?, ?)"
                " ON CONFLICT (user_id) DO UPDATE SET status = excluded.status,"
                " changed_at = excluded.changed_at",
                (user_id, "yes" if given else "no", now),
            )
            if not given:
                await tx.execute("DELETE FROM wellbeing_answers WHERE user_id = ?", (user_id,))

    async def set_asked_wave(self, tx: Transaction, user_id: int, wave: int) -> None:
        """Record the last wave the member was sent."""
        await tx.execute(
            "UPDATE wellbeing_consents SET asked_wave = ? WHERE user_id = ?", (wave, user_id)
        )

    async def save_answers(
        self, user_id: int, wave: int, answers: tuple[int, ...], now: str
    ) -> bool:
        """Keep one wave's four answers, only with consent; False when not kept (no consent,
        or the wave already answered)."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "INSERT OR IGNORE INTO wellbeing_answers (user_id, wave, answered_at, interest,"
                " down, nervous, worrying) SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1"
                " FROM wellbeing_consents WHERE user_id = ? AND status = 'yes')",
                (user_id, wave, now, *answers, user_id),
            )
            return cursor.rowcount > 0

    async def answers_of(self, user_id: int) -> dict[int, tuple[str, tuple[int, ...]]]:
        """The member's answers by wave: when, and the four values."""
        rows = await self.db.fetch_all(
            "SELECT wave, answered_at, interest, down, nervous, worrying FROM wellbeing_answers"
            " WHERE user_id = ? ORDER BY wave",
            (user_id,),
        )
        return {int(r[0]): (str(r[1]), (int(r[2]), int(r[3]), int(r[4]), int(r[5]))) for r in rows}

    async def taking_part(
        self, eight_weeks_ago: str, twelve_weeks_ago: str
    ) -> list[tuple[Participant, str, int | None, set[int]]]:
        """Consenting members, reachable and not stopped, whose next wave may be due (first
        answers 8 weeks ago and not sent the 8-week one, or 12 weeks ago and not the 12-week
        one), with their first answers' time, the last wave sent and the waves answered."""
        rows = await self.db.fetch_all(
            f"SELECT {_PARTICIPANT}, b.answered_at, c.asked_wave,"
            " (SELECT group_concat(a.wave) FROM wellbeing_answers a WHERE a.user_id = m.user_id)"
            " FROM wellbeing_consents c JOIN members m ON m.user_id = c.user_id"
            " JOIN wellbeing_answers b ON b.user_id = c.user_id AND b.wave = 0"
            " WHERE c.status = 'yes' AND ((b.answered_at <= ? AND coalesce(c.asked_wave, 0) < 8)"
            " OR (b.answered_at <= ? AND coalesce(c.asked_wave, 0) < 12))"
            f" AND {_REACHABLE} ORDER BY m.user_id",
            (eight_weeks_ago, twelve_weeks_ago),
        )
        return [
            (
                Participant(int(r[0]), str(r[1]), str(r[2]), r[3], r[4]),
                str(r[5]),
                int(r[6]) if r[6] is not None else None,
                {int(wave) for wave in str(r[7] or "").split(",") if wave},
            )
            for r in rows
        ]

    async def cohort(self, group_id: int, wave: int) -> list[tuple[int, int]]:
        """The group's members' totals at their first answers and at a later wave."""
        rows = await self.db.fetch_all(
            "SELECT f.interest + f.down + f.nervous + f.worrying,"
            " l.interest + l.down + l.nervous + l.worrying"
            " FROM group_members g JOIN wellbeing_answers f ON f.user_id = g.user_id"
            " AND f.wave = 0 JOIN wellbeing_answers l ON l.user_id = g.user_id AND l.wave = ?"
            " WHERE g.chat_id = ?",
            (wave, group_id),
        )
        return [(int(r[0]), int(r[1])) for r in rows]


async def erase_wellbeing(tx: Transaction, user_id: int) -> None:
    """/forget: the member's consent and every answer go."""
    await tx.execute("DELETE FROM wellbeing_answers WHERE user_id = ?", (user_id,))
    await tx.execute("DELETE FROM wellbeing_consents WHERE user_id = ?", (user_id,))
