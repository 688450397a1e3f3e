"""Members' active days and the plain records group statistics are computed from (SQL only)."""

from __future__ import annotations

from datetime import date, timedelta

from bot.domain.clock import parse_iso
from bot.stats.models import FlagRecord, MemberRecord, Period, StatsData
from bot.storage.db import Database, Transaction


def _bounds(period: Period) -> tuple[str, str]:
    """The period as timestamps: its first moment and the first moment after it."""
    after = period.end + timedelta(days=1)
    return f"{period.start.isoformat()}T00:00:00Z", f"{after.isoformat()}T00:00:00Z"


class ActivityRepository:
    """Records one row per member and UTC day they used the bot; never what they said."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def known(self, user_id: int, day: date) -> tuple[bool, bool]:
        """Return (is a member, day already recorded), read without taking the write lock."""
        row = await self.db.fetch_one(
            "SELECT EXISTS (SELECT 1 FROM members WHERE user_id = ?),"
            " EXISTS (SELECT 1 FROM member_activity WHERE user_id = ? AND day = ?)",
            (user_id, user_id, day.isoformat()),
        )
        return (bool(row[0]), bool(row[1])) if row is not None else (False, False)

    async def record(self, user_id: int, day: date) -> bool:
        """Record the day for a consented member; False when not a member or already there."""
        changed = await self.db.write(
            "INSERT OR IGNORE INTO member_activity (user_id, day)"
            " SELECT ?, ? WHERE EXISTS (SELECT 1 FROM members WHERE user_id = ?)",
            (user_id, day.isoformat(), user_id),
        )
        return changed > 0

    async def prune(self, before: date) -> int:
        """Delete every day older than `before`; return how many rows went."""
        return await self.db.write(
            "DELETE FROM member_activity WHERE day < ?", (before.isoformat(),)
        )

    async def export(self, user_id: int) -> list[str]:
        """Return the member's recorded days, oldest first, for /mydata."""
        rows = await self.db.fetch_all(
            "SELECT day FROM member_activity WHERE user_id = ? ORDER BY day", (user_id,)
        )
        return [str(row["day"]) for row in rows]


async def erase_activity(tx: Transaction, user_id: int) -> None:
    """/forget: delete every day recorded for the member."""
    await tx.execute("DELETE FROM member_activity WHERE user_id = ?", (user_id,))


class StatsRepository:
    """Reads what one group's figures are computed from, as plain records."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def data(self, group_id: int, period: Period) -> StatsData:
        """Every record of the group the figures for the period need."""
        return StatsData(
            members=await self.members(group_id, period),
            checkins_on=await self.checkins_on(group_id),
            answers=await self.answers(group_id, period),
            rsvps=await self.rsvps(group_id, period),
            flags=await self.flags(group_id, period),
        )

    async def members(self, group_id: int, period: Period) -> tuple[MemberRecord, ...]:
        """Members who joined by the period end, with their last active day up to that end."""
        _, after = _bounds(period)
        rows = await self.db.fetch_all(
            "SELECT gm.user_id, gm.joined_at, (SELECT MAX(a.day) FROM member_activity a"
            " WHERE a.user_id = gm.user_id AND a.day <= ?) AS last_active"
            " FROM group_members gm WHERE gm.chat_id = ? AND gm.joined_at < ?",
            (period.end.isoformat(), group_id, after),
        )
        return tuple(
            MemberRecord(
                row["user_id"],
                parse_iso(row["joined_at"]).date(),
                date.fromisoformat(row["last_active"]) if row["last_active"] else None,
            )
            for row in rows
        )

    async def checkins_on(self, group_id: int) -> frozenset[int]:
        """Group members whose daily check-ins are on now."""
        rows = await self.db.fetch_all(
            "SELECT p.user_id FROM group_members gm JOIN checkin_plans p"
            " ON p.user_id = gm.user_id WHERE gm.chat_id = ? AND p.enabled = 1",
            (group_id,),
        )
        return frozenset(row["user_id"] for row in rows)

    async def answers(self, group_id: int, period: Period) -> tuple[tuple[int, int], ...]:
        """(member, mood) of the check-ins group members answered in the period."""
        start, after = _bounds(period)
        rows = await self.db.fetch_all(
            "SELECT c.user_id, c.mood FROM group_members gm JOIN checkins c"
            " ON c.user_id = gm.user_id WHERE gm.chat_id = ? AND c.mood IS NOT NULL"
            " AND c.answered_at >= ? AND c.answered_at < ?",
            (group_id, start, after),
        )
        return tuple((row["user_id"], row["mood"]) for row in rows)

    async def rsvps(self, group_id: int, period: Period) -> tuple[tuple[int, str], ...]:
        """(member, answer) for the group's meetings held in the period."""
        rows = await self.db.fetch_all(
            "SELECT r.user_id, r.answer FROM meetings m JOIN meeting_rsvps r"
            " ON r.meeting_id = m.id WHERE m.group_id = ?"
            " AND r.original_date >= ? AND r.original_date <= ?",
            (group_id, period.start.isoformat(), period.end.isoformat()),
        )
        return tuple((row["user_id"], row["answer"]) for row in rows)

    async def flags(self, group_id: int, period: Period) -> tuple[FlagRecord, ...]:
        """The group's crisis flags raised in the period (whose, raised, acknowledged)."""
        start, after = _bounds(period)
        rows = await self.db.fetch_all(
            "SELECT f.member_id, f.raised_at, f.acknowledged_at FROM flag_groups fg"
            " JOIN flags f ON f.id = fg.flag_id WHERE fg.group_id = ?"
            " AND f.raised_at >= ? AND f.raised_at < ?",
            (group_id, start, after),
        )
        return tuple(
            FlagRecord(
                row["member_id"],
                parse_iso(row["raised_at"]),
                parse_iso(row["acknowledged_at"]) if row["acknowledged_at"] else None,
            )
            for row in rows
        )
