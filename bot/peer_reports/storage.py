"""Peer reports' SQL: the reports, their link to flags, counts for the limit, export, erasure."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.domain.flags import RAISED_BY_OTHERS
from bot.peer_reports.model import Report, Source
from bot.storage.db import Database, Transaction

_OTHERS = ", ".join(f"'{category}'" for category in sorted(RAISED_BY_OTHERS))


def _report(row: Sequence[Any]) -> Report:
    """Build a Report from a row of (id, source, reason, target_member_id)."""
    return Report(int(row[0]), Source(row[1]), row[2], row[3])


class ReportRepository:
    """Stores reports and reads them for alerts, limits and /mydata."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def add(
        self,
        *,
        source: Source,
        reporter_id: int | None,
        subject_id: int | None,
        target_id: int | None,
        group_id: int,
        message_id: int | None,
        reason: str | None,
        now: str,
    ) -> int:
        """Store a report (its flag linked later, once raised); return its id."""
        async with self.db.transaction(durable=True) as tx:
            cursor = await tx.execute(
                "INSERT INTO peer_reports (source, reporter_user_id, subject_member_id,"
                " target_member_id, group_id, message_id, reason, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    source.value,
                    reporter_id,
                    subject_id,
                    target_id,
                    group_id,
                    message_id,
                    reason,
                    now,
                ),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    async def link(self, report_id: int, flag_id: int) -> None:
        """Record the flag that carries a report."""
        await self.db.write(
            "UPDATE peer_reports SET flag_id = ? WHERE id = ?", (flag_id, report_id)
        )

    async def drop(self, report_id: int) -> None:
        """Forget a report whose flag could not be stored."""
        await self.db.write("DELETE FROM peer_reports WHERE id = ?", (report_id,))

    async def count_since(self, reporter_id: int, since: str) -> int:
        """How many reports this person made since `since`."""
        row = await self.db.fetch_one(
            "SELECT COUNT(*) FROM peer_reports WHERE reporter_user_id = ? AND created_at >= ?",
            (reporter_id, since),
        )
        return int(row[0]) if row else 0

    async def reported_before(self, reporter_id: int, group_id: int, message_id: int) -> bool:
        """Tell whether this person already reported this group message."""
        row = await self.db.fetch_one(
            "SELECT 1 FROM peer_reports WHERE reporter_user_id = ? AND group_id = ?"
            " AND message_id = ? LIMIT 1",
            (reporter_id, group_id, message_id),
        )
        return row is not None

    async def of_flag(
        self, flag_id: int, report_ids: list[int], since: str, limit: int
    ) -> list[Report]:
        """The newest reports carried by a flag (or named by its rules while it is stored),
        made since `since` (older ones are past their retention)."""
        marks = ", ".join("?" for _ in report_ids) or "NULL"
        rows = await self.db.fetch_all(
            "SELECT id, source, reason, target_member_id FROM peer_reports"
            f" WHERE (flag_id = ? OR id IN ({marks})) AND created_at >= ?"
            " ORDER BY id DESC LIMIT ?",
            (flag_id, *report_ids, since, limit),
        )
        return [_report(row) for row in rows]

    async def latest_message(self, flag_id: int, report_ids: list[int]) -> int | None:
        """The group message of the newest report a flag carries that names one."""
        marks = ", ".join("?" for _ in report_ids) or "NULL"
        row = await self.db.fetch_one(
            "SELECT message_id FROM peer_reports WHERE (flag_id = ? OR id IN"
            f" ({marks})) AND message_id IS NOT NULL ORDER BY id DESC LIMIT 1",
            (flag_id, *report_ids),
        )
        return int(row[0]) if row else None

    async def count_of_flag(self, flag_id: int, report_ids: list[int]) -> int:
        """How many reports a flag carries (members' reports, not the bot's own sightings)."""
        marks = ", ".join("?" for _ in report_ids) or "NULL"
        row = await self.db.fetch_one(
            "SELECT COUNT(*) FROM peer_reports WHERE (flag_id = ? OR id IN"
            f" ({marks})) AND reporter_user_id IS NOT NULL",
            (flag_id, *report_ids),
        )
        return int(row[0]) if row else 0

    async def in_crisis(self, member_id: int) -> bool:
        """Tell whether the member has an open flag of their own (not one others raised)."""
        row = await self.db.fetch_one(
            "SELECT 1 FROM flags WHERE member_id = ? AND closed_at IS NULL"
            f" AND category NOT IN ({_OTHERS}) LIMIT 1",
            (member_id,),
        )
        return row is not None

    async def made_by(self, reporter_id: int) -> list[dict[str, object]]:
        """/mydata: the reports this person made (when, where, how, their words)."""
        rows = await self.db.fetch_all(
            "SELECT created_at, source, group_id, reason FROM peer_reports"
            " WHERE reporter_user_id = ? ORDER BY id",
            (reporter_id,),
        )
        return [dict(row) for row in rows]


async def erase_expired_reports(tx: Transaction, before: str) -> int:
    """Retention: reports made before `before` lose who made them, whom they were about and
    their words (the flags' own retention erases theirs); return how many."""
    cursor = await tx.execute(
        "UPDATE peer_reports SET reporter_user_id = NULL, subject_member_id = NULL,"
        " target_member_id = NULL, reason = NULL WHERE created_at < ? AND (reporter_user_id"
        " IS NOT NULL OR subject_member_id IS NOT NULL OR target_member_id IS NOT NULL"
        " OR reason IS NOT NULL)",
        (before,),
    )
    return cursor.rowcount


async def erase_report_people(tx: Transaction, user_id: int) -> None:
    """/forget: a person's reports lose their name and words; reports about them their name.

    A worry about someone the bot could not name carried the reporter's forwarded words on its
    flag: they go too. The flags themselves stay for the facilitators (their member is erased
    by the crisis feature's eraser).
    """
    await tx.execute(
        "UPDATE flags SET excerpt = NULL, highlights = NULL, version = version + 1"
        " WHERE member_id IS NULL AND id IN (SELECT flag_id FROM peer_reports"
        " WHERE reporter_user_id = ? AND subject_member_id IS NULL AND source = 'worried')",
        (user_id,),
    )
    await tx.execute(
        "UPDATE peer_reports SET reporter_user_id = NULL, reason = NULL WHERE reporter_user_id = ?",
        (user_id,),
    )
    for column in ("subject_member_id", "target_member_id"):
        await tx.execute(f"UPDATE peer_reports SET {column} = NULL WHERE {column} = ?", (user_id,))
