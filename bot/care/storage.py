"""Facilitator care (SQL only): supervisors, debriefs, and read-only figures of the load view."""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.audit import add_audit
from bot.storage.db import Database, Transaction

REQUEST_KEY = "debrief-ask:"


@dataclass(frozen=True)
class Person:
    """Someone staff may name: their first name as Telegram shows it and their @username."""

    user_id: int
    first_name: str | None
    username: str | None


@dataclass(frozen=True)
class Reachable:
    """A member the bot may write to: language, zone and quiet hours."""

    user_id: int
    first_name: str
    username: str | None
    language: str
    timezone: str
    quiet_start: str | None
    quiet_end: str | None
    # Said /stop: nothing comes on the bot's own schedule (the next day's question).
    stopped: bool = False


@dataclass(frozen=True)
class Debrief:
    """A debrief offered after a hard moment: whose, which group, the last request."""

    id: int
    user_id: int
    group_id: int | None
    choice: str | None
    checkin_at: str


class SupervisorRepository:
    """Reads and writes the supervisors table."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def add(self, user_id: int, by: int | None, now: str) -> bool:
        """Name a supervisor (audited); False when they already were one."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "INSERT OR IGNORE INTO supervisors (user_id, added_by, added_at) VALUES (?, ?, ?)",
                (user_id, by, now),
            )
            if cursor.rowcount == 0:
                return False
            await add_audit(tx, by, "supervisor.add", now, None, str(user_id))
            return True

    async def remove(self, user_id: int, by: int | None, now: str) -> bool:
        """No longer a supervisor (audited); False when they were not one."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute("DELETE FROM supervisors WHERE user_id = ?", (user_id,))
            if cursor.rowcount == 0:
                return False
            await add_audit(tx, by, "supervisor.remove", now, None, str(user_id))
            return True

    async def is_supervisor(self, user_id: int) -> bool:
        """Whether the person is a supervisor."""
        row = await self.db.fetch_one("SELECT 1 FROM supervisors WHERE user_id = ?", (user_id,))
        return row is not None

    async def all(self) -> list[Person]:
        """Every supervisor, in the order they were named, with their name if they started."""
        rows = await self.db.fetch_all(
            "SELECT s.user_id, m.first_name, m.username FROM supervisors s"
            " LEFT JOIN members m ON m.user_id = s.user_id ORDER BY s.added_at, s.user_id"
        )
        return [Person(int(r[0]), r[1], r[2]) for r in rows]

    async def added(self, user_id: int) -> str | None:
        """When the person became a supervisor (for /mydata), if they are one."""
        row = await self.db.fetch_one(
            "SELECT added_at FROM supervisors WHERE user_id = ?", (user_id,)
        )
        return str(row[0]) if row is not None else None


class DebriefRepository:
    """Reads and writes debriefs: offered, asked for, the next day's question."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def create(
        self, tx: Transaction, user_id: int, group_id: int | None, now: str, checkin_at: str
    ) -> int:
        """Record a debrief offered to a facilitator; return its id."""
        cursor = await tx.execute(
            "INSERT INTO debriefs (user_id, group_id, resolved_at, checkin_at) VALUES (?, ?, ?, ?)",
            (user_id, group_id, now, checkin_at),
        )
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    async def get(self, debrief_id: int) -> Debrief | None:
        """One debrief, if it is still kept."""
        row = await self.db.fetch_one(
            "SELECT id, user_id, group_id, choice, checkin_at FROM debriefs WHERE id = ?",
            (debrief_id,),
        )
        if row is None:
            return None
        group = None if row[2] is None else int(row[2])
        return Debrief(int(row[0]), int(row[1]), group, row[3], str(row[4]))

    async def set_choice(self, tx: Transaction, debrief_id: int, choice: str) -> None:
        """Remember the last request, so the same one is not sent twice."""
        await tx.execute("UPDATE debriefs SET choice = ? WHERE id = ?", (choice, debrief_id))

    async def due_checkins(self, now: str) -> list[Debrief]:
        """Debriefs whose next day's question is due and not yet queued."""
        rows = await self.db.fetch_all(
            "SELECT id, user_id, group_id, choice, checkin_at FROM debriefs"
            " WHERE checkin_sent_at IS NULL AND checkin_at <= ? ORDER BY checkin_at",
            (now,),
        )
        return [
            Debrief(int(r[0]), int(r[1]), None if r[2] is None else int(r[2]), r[3], str(r[4]))
            for r in rows
        ]

    async def mark_sent(self, tx: Transaction, debrief_id: int, now: str) -> bool:
        """Record that the next day's question was queued; False when it already was."""
        cursor = await tx.execute(
            "UPDATE debriefs SET checkin_sent_at = ? WHERE id = ? AND checkin_sent_at IS NULL",
            (now, debrief_id),
        )
        return cursor.rowcount > 0

    async def forget_old(self, before: str) -> int:
        """Delete debriefs whose next day's question was due before a moment."""
        old = await self.db.fetch_one(
            "SELECT 1 FROM debriefs WHERE checkin_at < ? LIMIT 1", (before,)
        )
        if old is None:
            return 0
        async with self.db.transaction() as tx:
            cursor = await tx.execute("DELETE FROM debriefs WHERE checkin_at < ?", (before,))
            return cursor.rowcount

    async def of_user(self, user_id: int) -> list[dict[str, object]]:
        """A facilitator's debriefs still kept (for /mydata)."""
        rows = await self.db.fetch_all(
            "SELECT resolved_at, choice, checkin_at FROM debriefs WHERE user_id = ? ORDER BY id",
            (user_id,),
        )
        return [{"offered_at": r[0], "asked_for": r[1], "next_day_question": r[2]} for r in rows]


async def reachable(db: Database | Transaction, user_id: int) -> Reachable | None:
    """The member the bot may write to (started, reachable), or None."""
    sql = (
        "SELECT user_id, first_name, username, language, timezone, quiet_start, quiet_end,"
        " scheduled_stopped FROM members WHERE user_id = ? AND unreachable_at IS NULL"
    )
    if isinstance(db, Database):
        row = await db.fetch_one(sql, (user_id,))
    else:
        cursor = await db.execute(sql, (user_id,))
        row = await cursor.fetchone()
    if row is None:
        return None
    return Reachable(
        int(row[0]), str(row[1]), row[2], str(row[3]), str(row[4]), row[5], row[6], bool(row[7])
    )


async def flag_group(tx: Transaction, flag_id: int) -> int | None:
    """The group a flag belongs to: its own, else the first of its groups."""
    cursor = await tx.execute(
        "SELECT COALESCE(f.group_id, (SELECT MIN(g.group_id) FROM flag_groups g"
        " WHERE g.flag_id = f.id)) FROM flags f WHERE f.id = ?",
        (flag_id,),
    )
    row = await cursor.fetchone()
    return None if row is None or row[0] is None else int(row[0])


def request_key(debrief_id: int, choice: str, listener_id: int) -> str:
    """The outbox key of a debrief request to one listener (it names the asking facilitator)."""
    return f"{REQUEST_KEY}{debrief_id}:{choice}:{listener_id}"


async def erase_care(tx: Transaction, user_id: int) -> None:
    """/forget: no longer a supervisor, no debrief kept; who named a supervisor forgotten; the
    facilitator's requests not yet sent (they carry their name) withdrawn."""
    cursor = await tx.execute("SELECT id FROM debriefs WHERE user_id = ?", (user_id,))
    for (debrief_id,) in await cursor.fetchall():
        prefix = f"{REQUEST_KEY}{debrief_id}:"
        await tx.execute(
            "DELETE FROM outbox WHERE dedup_key >= ? AND dedup_key < ?"
            " AND sent_at IS NULL AND failed_at IS NULL",
            (prefix, prefix[:-1] + ";"),
        )
    await tx.execute("DELETE FROM supervisors WHERE user_id = ?", (user_id,))
    await tx.execute("UPDATE supervisors SET added_by = NULL WHERE added_by = ?", (user_id,))
    await tx.execute("DELETE FROM debriefs WHERE user_id = ?", (user_id,))
