"""What the public web needs that the meeting repository does not give: when changes were made."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from bot.storage.db import Database


async def last_changed(db: Database, meeting_ids: Iterable[int]) -> datetime | None:
    """When the newest cancel or move of these meetings was recorded (aware UTC); None if none."""
    ids = list(meeting_ids)
    newest: datetime | None = None
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        row = await db.fetch_one(
            "SELECT MAX(changed_at) FROM meeting_changes"
            f" WHERE meeting_id IN ({', '.join('?' * len(chunk))})",
            chunk,
        )
        if row is not None and row[0]:
            found = datetime.fromisoformat(str(row[0]).replace("Z", "+00:00"))
            newest = found if newest is None else max(newest, found)
    return newest


async def schedule_version(db: Database) -> tuple[object, ...]:
    """A cheap fingerprint of what the public documents show, so a cached copy is reused only
    while it is right: meetings by count and newest write (to the second, as stored), changes
    by count and newest row (each cancel or move writes a new row), every group's id and name."""
    row = await db.fetch_one(
        "SELECT (SELECT COUNT(*) || '/' || IFNULL(MAX(updated_at), '') FROM meetings),"
        " (SELECT COUNT(*) || '/' || IFNULL(MAX(rowid), 0) FROM meeting_changes),"
        " (SELECT group_concat(chat_id || ':' || title, char(31))"
        " FROM (SELECT chat_id, title FROM groups ORDER BY chat_id))"
    )
    return tuple(row) if row is not None else ()
