"""The load view's figures (SQL only, read-only): flags, their alerts, on-call records.

Nothing here reads a member's name or words: only who on the staff received, took and
resolved alerts, when, and in which group's zone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from bot.domain.clock import parse_iso
from bot.domain.oncall import Period, Rotation, Shift, parse_handover
from bot.storage.db import Database


@dataclass(frozen=True)
class AlertReceived:
    """One flag's alert reaching one person (first copy), and its group's zone."""

    recipient_id: int
    at: str
    zone: str


class LoadRepository:
    """Read-only figures over flags, their alerts and on-call records (no member data)."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def received(self, since: str, default_zone: str) -> list[AlertReceived]:
        """Each flag's first alert copy to each person since a moment (notices and views left
        out), with the zone of the flag's group."""
        rows = await self.db.fetch_all(
            "SELECT a.recipient_id, MIN(a.created_at), COALESCE(gr.timezone, ?)"
            " FROM flag_alerts a JOIN flags f ON f.id = a.flag_id"
            " LEFT JOIN groups gr ON gr.chat_id = COALESCE(f.group_id,"
            " (SELECT MIN(g.group_id) FROM flag_groups g WHERE g.flag_id = f.id))"
            " WHERE a.step >= 0 AND a.recipient_id IS NOT NULL AND a.created_at >= ?"
            " GROUP BY a.recipient_id, a.flag_id",
            (default_zone, since),
        )
        return [AlertReceived(int(r[0]), str(r[1]), str(r[2])) for r in rows]

    async def taken(self, since: str) -> list[tuple[int, str]]:
        """(who, when) for each flag taken ("I'm on it", or closed at once) since a moment."""
        rows = await self.db.fetch_all(
            "SELECT acknowledged_by, acknowledged_at FROM flags"
            " WHERE acknowledged_by IS NOT NULL AND acknowledged_at >= ?",
            (since,),
        )
        return [(int(r[0]), str(r[1])) for r in rows]

    async def resolved(self, since: str) -> list[tuple[int, str]]:
        """(who, when) for each flag resolved since a moment."""
        rows = await self.db.fetch_all(
            "SELECT actor_id, at FROM flag_events"
            " WHERE kind = 'resolved' AND actor_id IS NOT NULL AND at >= ?",
            (since,),
        )
        return [(int(r[0]), str(r[1])) for r in rows]

    async def facilitators(self) -> list[tuple[int, int]]:
        """Every (group, facilitator), in the order they were added."""
        rows = await self.db.fetch_all(
            "SELECT chat_id, user_id FROM facilitators ORDER BY chat_id, rowid"
        )
        return [(int(r[0]), int(r[1])) for r in rows]

    async def rotations(self) -> dict[int, tuple[Rotation, str]]:
        """Each group's rotation as it stands, with when it was set."""
        rows = await self.db.fetch_all(
            "SELECT r.group_id, r.period, r.handover, r.anchor, r.participants, r.set_at,"
            " g.timezone FROM oncall_rotations r JOIN groups g ON g.chat_id = r.group_id"
        )
        found: dict[int, tuple[Rotation, str]] = {}
        for row in rows:
            handover = parse_handover(str(row[2]))
            if handover is None:
                continue
            chosen = json.loads(row[4]) if row[4] else None
            rotation = Rotation(
                Period(str(row[1])),
                handover,
                date.fromisoformat(str(row[3])),
                str(row[6]),
                tuple(chosen) if chosen is not None else None,
            )
            found[int(row[0])] = (rotation, str(row[5]))
        return found

    async def shifts(self, since: str) -> dict[int, list[Shift]]:
        """Shifts taken or handed over that ran after a moment, per group, oldest first."""
        rows = await self.db.fetch_all(
            "SELECT group_id, user_id, starts_at, ends_at FROM oncall_shifts"
            " WHERE ends_at > ? ORDER BY id",
            (since,),
        )
        found: dict[int, list[Shift]] = {}
        for row in rows:
            shift = Shift(int(row[1]), parse_iso(str(row[2])), parse_iso(str(row[3])))
            found.setdefault(int(row[0]), []).append(shift)
        return found

    async def names(self, user_ids: list[int]) -> dict[int, str]:
        """First names of staff as Telegram shows them (from their member record)."""
        if not user_ids:
            return {}
        marks = ",".join("?" for _ in user_ids)
        rows = await self.db.fetch_all(
            f"SELECT user_id, first_name FROM members WHERE user_id IN ({marks})",
            tuple(user_ids),
        )
        return {int(r[0]): str(r[1]) for r in rows}
