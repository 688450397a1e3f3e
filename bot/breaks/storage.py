"""Facilitators' breaks (SQL only): one row per break, running until it ends or is ended."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.breaks.model import Break
from bot.storage.audit import add_audit
from bot.storage.db import Database, Transaction

_COLUMNS = "id, user_id, starts_at, ends_at, ended_at"


def _break(row: Sequence[Any]) -> Break:
    """A Break from a row selected with _COLUMNS."""
    ended = str(row[4]) if row[4] is not None else None
    return Break(int(row[0]), int(row[1]), str(row[2]), str(row[3]), ended)


class BreakRepository:
    """Reads and writes breaks; starting and ending one is in the audit trail."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def away(self, now: str) -> frozenset[int]:
        """Everyone on a break at `now`."""
        rows = await self.db.fetch_all(
            "SELECT DISTINCT user_id FROM facilitator_breaks WHERE ended_at IS NULL"
            " AND starts_at <= ? AND ends_at > ?",
            (now, now),
        )
        return frozenset(int(row[0]) for row in rows)

    async def current(self, user_id: int, now: str) -> Break | None:
        """The person's running break, if any."""
        row = await self.db.fetch_one(
            f"SELECT {_COLUMNS} FROM facilitator_breaks WHERE user_id = ? AND ended_at IS NULL"
            " AND starts_at <= ? AND ends_at > ? ORDER BY id DESC LIMIT 1",
            (user_id, now, now),
        )
        return _break(row) if row else None

    async def due(self, now: str) -> list[Break]:
        """Breaks whose end has come and that nobody has ended yet, oldest first."""
        rows = await self.db.fetch_all(
            f"SELECT {_COLUMNS} FROM facilitator_breaks WHERE ended_at IS NULL AND ends_at <= ?"
            " ORDER BY ends_at, id",
            (now,),
        )
        return [_break(row) for row in rows]

    async def of(self, user_id: int) -> list[Break]:
        """Every break of the person, oldest first (for /mydata)."""
        rows = await self.db.fetch_all(
            f"SELECT {_COLUMNS} FROM facilitator_breaks WHERE user_id = ? ORDER BY id",
            (user_id,),
        )
        return [_break(row) for row in rows]


async def away_in(tx: Transaction, now: str) -> frozenset[int]:
    """Everyone on a break at `now`, read in the writer's transaction (so breaks committed
    just before count)."""
    cursor = await tx.execute(
        "SELECT DISTINCT user_id FROM facilitator_breaks WHERE ended_at IS NULL"
        " AND starts_at <= ? AND ends_at > ?",
        (now, now),
    )
    return frozenset(int(row[0]) for row in await cursor.fetchall())


async def start_break(tx: Transaction, user_id: int, ends_at: str, now: str) -> int:
    """Record a break from now (ending any running one first); return its id."""
    await tx.execute(
        "UPDATE facilitator_breaks SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL",
        (now, user_id),
    )
    cursor = await tx.execute(
        "INSERT INTO facilitator_breaks (user_id, starts_at, ends_at, created_at)"
        " VALUES (?, ?, ?, ?)",
        (user_id, now, ends_at, now),
    )
    assert cursor.lastrowid is not None
    await add_audit(tx, user_id, "break.start", now, None, ends_at)
    return cursor.lastrowid


async def end_break(tx: Transaction, break_id: int, actor_id: int | None, now: str) -> bool:
    """Mark a break ended now; False when it had ended already (told once)."""
    cursor = await tx.execute(
        "UPDATE facilitator_breaks SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
        (now, break_id),
    )
    if cursor.rowcount == 0:
        return False
    await add_audit(tx, actor_id, "break.end", now, None, str(break_id))
    return True


async def erase_breaks(tx: Transaction, user_id: int) -> None:
    """/forget: the person's breaks and the soft cap's notes about them go."""
    await tx.execute("DELETE FROM facilitator_breaks WHERE user_id = ?", (user_id,))
    await tx.execute("DELETE FROM alert_cap_notes WHERE user_id = ?", (user_id,))
