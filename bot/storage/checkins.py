"""Daily check-ins: members' plans, their answers and notes, support requests (SQL only)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from bot.checkins.models import Checkin, CheckinPlan
from bot.storage.db import Database, Transaction


@dataclass(frozen=True)
class DuePlan:
    """A plan whose next check-in (or weekly summary) is due, with how to write to the member."""

    plan: CheckinPlan
    due_at: str
    language: str
    reachable: bool


def _days_text(days: frozenset[int]) -> str:
    """Store weekdays as digits, e.g. '01234' for Monday to Friday."""
    return "".join(str(day) for day in sorted(days))


def _optional_date(value: str | None) -> date | None:
    """Read an optional ISO date column."""
    return date.fromisoformat(value) if value else None


def plan_of(row: sqlite3.Row) -> CheckinPlan:
    """Turn a checkin_plans row (joined with the member's zone) into a CheckinPlan."""
    return CheckinPlan(
        user_id=row["user_id"],
        at=time.fromisoformat(row["at"]),
        days=frozenset(int(day) for day in row["days"]),
        timezone=row["timezone"],
        enabled=bool(row["enabled"]),
        paused_until=_optional_date(row["paused_until"]),
        skip_date=_optional_date(row["skip_date"]),
        weekly_summary=bool(row["weekly_summary"]),
        share_low_mood=bool(row["share_low_mood"]),
    )


_PLAN = (
    "SELECT p.*, m.timezone, m.language, (m.scheduled_stopped = 0 AND m.unreachable_at IS NULL)"
    " AS reachable FROM checkin_plans p JOIN members m ON m.user_id = p.user_id"
)


class CheckinRepository:
    """Reads and writes check-in plans and check-ins."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def plan(self, user_id: int) -> CheckinPlan | None:
        """Return the member's plan, if they ever opted in."""
        row = await self.db.fetch_one(f"{_PLAN} WHERE p.user_id = ?", (user_id,))
        return plan_of(row) if row else None

    async def save_plan(
        self, plan: CheckinPlan, next_due: str | None, next_summary: str | None, now: str
    ) -> None:
        """Store the plan with its next due times; consent to share is time-stamped."""
        await self.db.write(
            "INSERT INTO checkin_plans (user_id, enabled, at, days, paused_until, skip_date,"
            " weekly_summary, share_low_mood, share_consent_at, next_due_at, next_summary_at,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN ? THEN ? END,"
            " ?, ?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET enabled = excluded.enabled,"
            " at = excluded.at, days = excluded.days, paused_until = excluded.paused_until,"
            " skip_date = excluded.skip_date, weekly_summary = excluded.weekly_summary,"
            " share_consent_at = CASE WHEN excluded.share_low_mood = 0 THEN NULL"
            " WHEN checkin_plans.share_low_mood = 1 THEN checkin_plans.share_consent_at"
            " ELSE excluded.share_consent_at END, share_low_mood = excluded.share_low_mood,"
            " next_due_at = excluded.next_due_at, next_summary_at = excluded.next_summary_at,"
            " updated_at = excluded.updated_at",
            (
                plan.user_id,
                int(plan.enabled),
                plan.at.strftime("%H:%M"),
                _days_text(plan.days),
                plan.paused_until.isoformat() if plan.paused_until else None,
                plan.skip_date.isoformat() if plan.skip_date else None,
                int(plan.weekly_summary),
                int(plan.share_low_mood),
                int(plan.share_low_mood),
                now,
                next_due,
                next_summary,
                now,
                now,
            ),
        )

    async def due(self, now: str, limit: int) -> list[DuePlan]:
        """Return plans whose next check-in is due by `now`, oldest first."""
        rows = await self.db.fetch_all(
            f"{_PLAN} WHERE p.next_due_at IS NOT NULL AND p.next_due_at <= ?"
            " ORDER BY p.next_due_at LIMIT ?",
            (now, limit),
        )
        return [DuePlan(plan_of(row), row["next_due_at"], row["language"], bool(row["reachable"]))
                for row in rows]  # fmt: skip

    async def due_summaries(self, now: str, limit: int) -> list[DuePlan]:
        """Return plans whose weekly summary is due by `now`."""
        rows = await self.db.fetch_all(
            f"{_PLAN} WHERE p.next_summary_at IS NOT NULL AND p.next_summary_at <= ?"
            " ORDER BY p.next_summary_at LIMIT ?",
            (now, limit),
        )
        return [
            DuePlan(plan_of(row), row["next_summary_at"], row["language"], bool(row["reachable"]))
            for row in rows
        ]

    async def set_next_due(self, tx: Transaction, user_id: int, next_due: str | None) -> None:
        """Move a plan's next check-in (None: none planned)."""
        await tx.execute(
            "UPDATE checkin_plans SET next_due_at = ? WHERE user_id = ?", (next_due, user_id)
        )

    async def set_next_summary(self, tx: Transaction, user_id: int, when: str | None) -> None:
        """Move a plan's next weekly summary."""
        await tx.execute(
            "UPDATE checkin_plans SET next_summary_at = ? WHERE user_id = ?", (when, user_id)
        )

    async def ask(
        self, tx: Transaction, user_id: int, local_date: date, now: str, expires_at: str
    ) -> bool:
        """Record that the day's check-in was asked; False when it was asked before."""
        cursor = await tx.execute(
            "INSERT OR IGNORE INTO checkins (user_id, local_date, asked_at, expires_at)"
            " VALUES (?, ?, ?, ?)",
            (user_id, local_date.isoformat(), now, expires_at),
        )
        return cursor.rowcount > 0

    async def answer(self, user_id: int, local_date: date, mood: int, now: str) -> bool:
        """Record the mood of an open check-in; False when it is unknown or has expired."""
        return (
            await self.db.write(
                "UPDATE checkins SET mood = ?, answered_at = ? WHERE user_id = ?"
                " AND local_date = ? AND expires_at > ?",
                (mood, now, user_id, local_date.isoformat(), now),
            )
            > 0
        )

    async def takes_note(self, user_id: int, local_date: date, now: str) -> bool:
        """Whether the day's check-in is answered and still open at `now` (a note may follow)."""
        row = await self.db.fetch_one(
            "SELECT 1 FROM checkins WHERE user_id = ? AND local_date = ?"
            " AND mood IS NOT NULL AND expires_at > ?",
            (user_id, local_date.isoformat(), now),
        )
        return row is not None

    async def save_note(self, user_id: int, local_date: date, note: str, now: str) -> bool:
        """Store the note of an answered check-in; False when there is none that day."""
        return (
            await self.db.write(
                "UPDATE checkins SET note = ?, note_at = ? WHERE user_id = ? AND local_date = ?"
                " AND mood IS NOT NULL",
                (note, now, user_id, local_date.isoformat()),
            )
            > 0
        )

    async def mark(self, user_id: int, local_date: date, column: str, now: str) -> bool:
        """Set a flag column ('wants_contact' or 'followed_up') of a check-in still open, once."""
        if column not in {"wants_contact", "followed_up"}:
            raise ValueError(f"column {column} cannot be marked")
        return (
            await self.db.write(
                f"UPDATE checkins SET {column} = 1 WHERE user_id = ? AND local_date = ?"
                f" AND {column} = 0 AND expires_at > ?",
                (user_id, local_date.isoformat(), now),
            )
            > 0
        )

    async def followed_up_between(self, user_id: int, first: date, last: date) -> bool:
        """Whether a low run was already followed up on any day from `first` to `last`."""
        row = await self.db.fetch_one(
            "SELECT 1 FROM checkins WHERE user_id = ? AND local_date BETWEEN ? AND ?"
            " AND followed_up = 1 LIMIT 1",
            (user_id, first.isoformat(), last.isoformat()),
        )
        return row is not None

    async def get(self, user_id: int, local_date: date) -> Checkin | None:
        """One day's check-in."""
        row = await self.db.fetch_one(
            "SELECT local_date, mood, note, wants_contact FROM checkins WHERE user_id = ?"
            " AND local_date = ?",
            (user_id, local_date.isoformat()),
        )
        return _checkin(row) if row else None

    async def history(self, user_id: int, since: date) -> list[Checkin]:
        """The member's check-ins from `since` on, oldest first."""
        rows = await self.db.fetch_all(
            "SELECT local_date, mood, note, wants_contact FROM checkins WHERE user_id = ?"
            " AND local_date >= ? ORDER BY local_date",
            (user_id, since.isoformat()),
        )
        return [_checkin(row) for row in rows]

    async def erase_notes_before(self, cutoff: str) -> int:
        """Delete notes written before `cutoff` (the retention period); return how many."""
        return await self.db.write(
            "UPDATE checkins SET note = NULL, note_at = NULL WHERE note IS NOT NULL"
            " AND note_at < ?",
            (cutoff,),
        )

    async def add_request(self, tx: Transaction, user_id: int, kind: str, now: str) -> int:
        """Record that a member asked (or agreed) to be contacted; return its id."""
        cursor = await tx.execute(
            "INSERT INTO support_requests (user_id, kind, created_at) VALUES (?, ?, ?)",
            (user_id, kind, now),
        )
        return int(cursor.lastrowid or 0)

    async def export(self, user_id: int) -> dict[str, Any] | None:
        """The member's plan and check-ins, for /mydata."""
        plan = await self.plan(user_id)
        checkins = await self.history(user_id, date.min)
        consent = await self.db.fetch_one(
            "SELECT share_consent_at FROM checkin_plans WHERE user_id = ?", (user_id,)
        )
        requests = await self.db.fetch_all(
            "SELECT kind, created_at FROM support_requests WHERE user_id = ? ORDER BY id",
            (user_id,),
        )
        if plan is None and not checkins and not requests:
            return None
        return {
            "plan": None
            if plan is None
            else {
                "on": plan.enabled,
                "time": plan.at.strftime("%H:%M"),
                "days": sorted(plan.days),
                "paused_until": plan.paused_until.isoformat() if plan.paused_until else None,
                "weekly_summary": plan.weekly_summary,
                "tell_a_facilitator_on_low_days": plan.share_low_mood,
                "agreed_at": consent[0] if consent else None,
            },
            "checkins": [
                {
                    "date": c.local_date.isoformat(),
                    "mood": c.mood,
                    "note": c.note,
                    "asked_for_contact": c.wants_contact,
                }
                for c in checkins
            ],
            "requests_to_reach_out": [{"kind": row[0], "at": row[1]} for row in requests],
        }


def _checkin(row: sqlite3.Row) -> Checkin:
    """Turn a checkins row into a Checkin."""
    return Checkin(date.fromisoformat(row[0]), row[1], row[2], bool(row[3]))


async def erase_checkins(tx: Transaction, user_id: int) -> None:
    """/forget: drop the member's plan, check-ins and support requests."""
    await tx.execute("DELETE FROM checkin_plans WHERE user_id = ?", (user_id,))
    await tx.execute("DELETE FROM checkins WHERE user_id = ?", (user_id,))
    await tx.execute("DELETE FROM support_requests WHERE user_id = ?", (user_id,))
