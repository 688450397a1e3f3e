"""What the public web needs that the meeting repository does not give: when changes were made."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

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


async def schedule_version(db: Database) -> tuple[int, datetime]:
    """The revision of what the public documents show and the real time of its newest write:
    triggers (migration 0024) move it with every write to meetings, their changes and groups."""
    row = await db.fetch_one("SELECT n, changed_at FROM schedule_revision WHERE id = 1")
    if row is None:
        return 0, datetime.fromtimestamp(0, UTC)
    return int(row[0]), datetime.fromisoformat(str(row[1]).replace("Z", "+00:00"))
