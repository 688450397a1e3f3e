"""On-call rotations and shifts (SQL only)."""

from __future__ import annotations

import json
from datetime import date, datetime

from bot.domain.clock import iso
from bot.domain.oncall import Period, Rotation, Shift, parse_handover
from bot.storage.audit import add_audit
from bot.storage.db import Database, Transaction


class OnCallRepository:
    """Reads and writes rotations and shifts."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def rotation(self, group_id: int, timezone: str) -> Rotation | None:
        """Return the group's rotation, read in the group's time zone."""
        row = await self.db.fetch_one(
            "SELECT period, handover, anchor, participants FROM oncall_rotations"
            " WHERE group_id = ?",
            (group_id,),
        )
        if row is None:
            return None
        handover = parse_handover(row["handover"])
        if handover is None:
            return None
        chosen = json.loads(row["participants"]) if row["participants"] else None
        return Rotation(
            Period(row["period"]),
            handover,
            date.fromisoformat(row["anchor"]),
            timezone,
            tuple(chosen) if chosen is not None else None,
        )

    async def set_rotation(
        self, group_id: int, rotation: Rotation | None, actor_id: int, now: str
    ) -> None:
        """Set or (with None) remove the group's rotation, recording it in the audit trail."""
        async with self.db.transaction() as tx:
            if rotation is None:
                await tx.execute("DELETE FROM oncall_rotations WHERE group_id = ?", (group_id,))
                subject = "off"
            else:
                handover = rotation.handover.strftime("%H:%M")
                await tx.execute(
                    "INSERT OR REPLACE INTO oncall_rotations (group_id, period, handover, anchor,"
                    " set_by, set_at, participants) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        group_id,
                        rotation.period.value,
                        handover,
                        rotation.anchor.isoformat(),
                        actor_id,
                        now,
                        None
                        if rotation.participants is None
                        else json.dumps(rotation.participants),
                    ),
                )
                subject = f"{rotation.period.value} {handover}"
            await add_audit(tx, actor_id, "oncall.rotation", now, group_id, subject)

    async def set_participants(
        self, group_id: int, participants: list[int], actor_id: int, now: str
    ) -> None:
        """Choose who takes turns in the group's rotation, recording it in the audit trail."""
        async with self.db.transaction() as tx:
            await tx.execute(
                "UPDATE oncall_rotations SET participants = ? WHERE group_id = ?",
                (json.dumps(participants), group_id),
            )
            await add_audit(tx, actor_id, "oncall.participants", now, group_id, None)

    async def shifts(self, group_id: int, now: str) -> list[Shift]:
        """Return the group's shifts that have not ended."""
        rows = await self.db.fetch_all(
            "SELECT user_id, starts_at, ends_at FROM oncall_shifts WHERE group_id = ?"
            " AND ends_at > ? ORDER BY starts_at, id",
            (group_id, now),
        )
        return [
            Shift(row["user_id"], _moment(row["starts_at"]), _moment(row["ends_at"]))
            for row in rows
        ]

    async def add_shift(
        self, group_id: int, shift: Shift, actor_id: int, action: str, now: str
    ) -> None:
        """Store a shift someone took or was handed, recording it in the audit trail."""
        async with self.db.transaction() as tx:
            await tx.execute(
                "INSERT INTO oncall_shifts (group_id, user_id, starts_at, ends_at, created_by,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (group_id, shift.user_id, iso(shift.starts_at), iso(shift.ends_at), actor_id, now),
            )
            await add_audit(tx, actor_id, action, now, group_id, str(shift.user_id))


def _moment(value: str) -> datetime:
    """Read a stored ISO time."""
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


async def erase_oncall_person(tx: Transaction, user_id: int) -> None:
    """/forget: drop the person's shifts and take them out of every rotation.

    A rotation left with nobody chosen goes back to every facilitator of the group (NULL).
    """
    await tx.execute("DELETE FROM oncall_shifts WHERE user_id = ?", (user_id,))
    await tx.execute("UPDATE oncall_shifts SET created_by = NULL WHERE created_by = ?", (user_id,))
    await tx.execute("UPDATE oncall_rotations SET set_by = NULL WHERE set_by = ?", (user_id,))
    await tx.execute(
        "UPDATE oncall_rotations SET participants = (SELECT CASE WHEN count(*) = 0 THEN NULL"
        " ELSE json_group_array(value) END FROM json_each(participants) WHERE value != ?)"
        " WHERE participants IS NOT NULL"
        " AND EXISTS (SELECT 1 FROM json_each(participants) WHERE value = ?)",
        (user_id, user_id),
    )
