"""Meetings and their changes (cancelled or moved occurrences): SQL only."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date, datetime, time

from bot.domain.clock import iso
from bot.meetings.models import Change, ChangeKind, Frequency, Meeting, Recurrence
from bot.storage.db import Database, Transaction

_COLUMNS = (
    "group_id, slug, name, frequency, interval, weekday, nth, start_date, until, start_time,"
    " duration_minutes, timezone, location, address, conference_url, conference_url_notes,"
    " conference_phone, notes, types, updated_at, recovery_group, approximate, source, source_id"
)
_MARKS = ", ".join("?" * (len(_COLUMNS.split(",")) + 1))  # the columns and created_by


def _optional_date(value: str | None) -> date | None:
    """Read an optional ISO date column."""
    return date.fromisoformat(value) if value else None


def meeting_of(row: sqlite3.Row) -> Meeting:
    """Turn a meetings row into a Meeting."""
    recurrence = Recurrence(
        frequency=Frequency(row["frequency"]),
        start_date=date.fromisoformat(row["start_date"]),
        weekday=row["weekday"],
        interval=row["interval"],
        nth=row["nth"],
        until=_optional_date(row["until"]),
    )
    return Meeting(
        id=row["id"],
        group_id=row["group_id"],
        slug=row["slug"],
        name=row["name"],
        recurrence=recurrence,
        start_time=time.fromisoformat(row["start_time"]),
        duration_minutes=row["duration_minutes"],
        timezone=row["timezone"],
        location=row["location"],
        address=row["address"],
        conference_url=row["conference_url"],
        conference_url_notes=row["conference_url_notes"],
        conference_phone=row["conference_phone"],
        notes=row["notes"],
        types=tuple(part for part in row["types"].split(",") if part),
        updated=datetime.fromisoformat(row["updated_at"].replace("Z", "+00:00")),
        recovery_group=row["recovery_group"],
        approximate=bool(row["approximate"]),
        source=row["source"],
        source_id=row["source_id"],
    )


def _values(meeting: Meeting, now: str) -> tuple[object, ...]:
    """The column values of a meeting, in `_COLUMNS` order."""
    rule = meeting.recurrence
    return (
        meeting.group_id,
        meeting.slug,
        meeting.name,
        rule.frequency.value,
        rule.interval,
        rule.weekday,
        rule.nth,
        rule.start_date.isoformat(),
        rule.until.isoformat() if rule.until else None,
        meeting.start_time.strftime("%H:%M"),
        meeting.duration_minutes,
        meeting.timezone,
        meeting.location,
        meeting.address,
        meeting.conference_url,
        meeting.conference_url_notes,
        meeting.conference_phone,
        meeting.notes,
        ",".join(meeting.types),
        now,
        meeting.recovery_group,
        int(meeting.approximate),
        meeting.source,
        meeting.source_id,
    )


def change_of(row: sqlite3.Row) -> Change:
    """Turn a meeting_changes row into a Change."""
    new_start = datetime.fromisoformat(row["new_start"]) if row["new_start"] else None
    return Change(
        meeting_id=row["meeting_id"],
        original_date=date.fromisoformat(row["original_date"]),
        kind=ChangeKind(row["kind"]),
        new_start=new_start,
        reason=row["reason"],
    )


class MeetingRepository:
    """Reads and writes meetings and their changes."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def insert(self, tx: Transaction, meeting: Meeting, by: int | None, now: str) -> int:
        """Store a new meeting inside the caller's transaction; return its id."""
        cursor = await tx.execute(
            f"INSERT INTO meetings ({_COLUMNS}, created_by) VALUES ({_MARKS})",
            (*_values(meeting, now), by),
        )
        return int(cursor.lastrowid or 0)

    async def update(self, tx: Transaction, meeting: Meeting, now: str) -> bool:
        """Replace a stored meeting's fields (by id) inside the caller's transaction."""
        assignments = ", ".join(f"{column.strip()} = ?" for column in _COLUMNS.split(","))
        cursor = await tx.execute(
            f"UPDATE meetings SET {assignments} WHERE id = ?", (*_values(meeting, now), meeting.id)
        )
        return cursor.rowcount > 0

    async def get(self, meeting_id: int) -> Meeting | None:
        """Return one meeting by id."""
        row = await self.db.fetch_one("SELECT * FROM meetings WHERE id = ?", (meeting_id,))
        return meeting_of(row) if row else None

    async def by_slug(self, slug: str) -> Meeting | None:
        """Return one meeting by its slug."""
        row = await self.db.fetch_one("SELECT * FROM meetings WHERE slug = ?", (slug,))
        return meeting_of(row) if row else None

    async def slugs_like(self, stem: str) -> set[str]:
        """Return the slugs that start with `stem` (to make a new one unique)."""
        rows = await self.db.fetch_all(
            "SELECT slug FROM meetings WHERE slug = ? OR slug LIKE ? ESCAPE '\\'",
            (stem, stem.replace("_", "\\_").replace("%", "\\%") + "-%"),
        )
        return {str(row[0]) for row in rows}

    async def of_groups(self, group_ids: Iterable[int]) -> list[Meeting]:
        """Return the meetings of these groups, by name."""
        ids = list(group_ids)
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        rows = await self.db.fetch_all(
            f"SELECT * FROM meetings WHERE group_id IN ({marks}) ORDER BY name COLLATE NOCASE, id",
            ids,
        )
        return [meeting_of(row) for row in rows]

    async def all(self) -> list[Meeting]:
        """Return every meeting, by group and name."""
        rows = await self.db.fetch_all(
            "SELECT * FROM meetings ORDER BY group_id, name COLLATE NOCASE, id"
        )
        return [meeting_of(row) for row in rows]

    async def changes_of(self, meeting_ids: Iterable[int]) -> dict[int, list[Change]]:
        """Return the cancelled and moved occurrences of these meetings, by meeting id."""
        ids = list(meeting_ids)
        found: dict[int, list[Change]] = {meeting_id: [] for meeting_id in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = await self.db.fetch_all(
                "SELECT * FROM meeting_changes WHERE meeting_id IN"
                f" ({', '.join('?' * len(chunk))}) ORDER BY original_date",
                chunk,
            )
            for row in rows:
                found[row["meeting_id"]].append(change_of(row))
        return found

    async def all_changes(self) -> dict[int, list[Change]]:
        """Return every meeting's changes, by meeting id."""
        rows = await self.db.fetch_all("SELECT * FROM meeting_changes ORDER BY original_date")
        found: dict[int, list[Change]] = {}
        for row in rows:
            found.setdefault(row["meeting_id"], []).append(change_of(row))
        return found

    async def set_change(self, tx: Transaction, change: Change, by: int | None, now: str) -> None:
        """Record (or replace) the change to one occurrence."""
        await tx.execute(
            "INSERT OR REPLACE INTO meeting_changes (meeting_id, original_date, kind, new_start,"
            " reason, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                change.meeting_id,
                change.original_date.isoformat(),
                change.kind.value,
                change.new_start.isoformat() if change.new_start else None,
                change.reason,
                by,
                now,
            ),
        )

    async def of_source(self, source: str) -> list[Meeting]:
        """Return the meetings synced from this feed (URL or file), by name."""
        rows = await self.db.fetch_all(
            "SELECT * FROM meetings WHERE source = ? ORDER BY name COLLATE NOCASE, id", (source,)
        )
        return [meeting_of(row) for row in rows]

    async def kept_from_feeds(self, adopt_unsourced: bool = False) -> set[int]:
        """Return the ids of meetings no feed may take over: every meeting without a feed (made
        in the bot, even after its author used /forget, or imported before feeds were
        remembered); none with `adopt_unsourced`, the admin's explicit `--adopt`."""
        if adopt_unsourced:
            return set()
        rows = await self.db.fetch_all("SELECT id FROM meetings WHERE source IS NULL")
        return {int(row[0]) for row in rows}

    async def keep_updated(self, tx: Transaction, meeting_id: int, updated: datetime) -> None:
        """Set when a meeting was last changed to the feed's time (aware) instead of now."""
        await tx.execute(
            "UPDATE meetings SET updated_at = ? WHERE id = ?",
            (iso(updated), meeting_id),
        )

    async def count(self) -> int:
        """Return how many meetings are stored."""
        row = await self.db.fetch_one("SELECT COUNT(*) FROM meetings")
        return int(row[0]) if row else 0


async def erase_meeting_authors(tx: Transaction, user_id: int) -> None:
    """/forget: clear the person as the author of meetings and changes."""
    await tx.execute("UPDATE meetings SET created_by = NULL WHERE created_by = ?", (user_id,))
    await tx.execute(
        "UPDATE meeting_changes SET changed_by = NULL WHERE changed_by = ?", (user_id,)
    )
