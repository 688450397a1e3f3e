"""Erasure that does not depend on timing: a reader open elsewhere only delays it (issue 18).

Before: /forget truncated the WAL only if no other reader was open at that moment, waited the
5-second busy timeout holding the write lock, and nothing tried again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from bot.storage.db import Database
from bot.storage.maintenance import CheckpointTimer
from bot.storage.members import MemberRepository, erase_member
from tests.storage.test_repositories import member

MARKER = "Zebulon-Reader-Name"
USER = 987_654_321_013


@contextmanager
def _reader_in_a_transaction(path: Path) -> Iterator[None]:
    """Another process's reader (a backup, a shell) holding a read snapshot open."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT COUNT(*) FROM members").fetchone()
        yield
        conn.execute("COMMIT")
    finally:
        conn.close()


def _bytes_hold(db: Database, marker: str) -> bool:
    """Whether the database file or its WAL holds these bytes."""
    paths = (db.path, Path(f"{db.path}-wal"))
    return any(marker.encode() in path.read_bytes() for path in paths if path.exists())


async def test_a_reader_delays_the_erasure_only_until_it_closes(db: Database) -> None:
    """With a reader open the checkpoint gives up at once (no busy wait) and is owed; the
    timer's next try after the reader closed leaves no byte of the erased member."""
    repo = MemberRepository(db)
    await repo.add(member(USER, MARKER))
    ticks = iter(float(n) for n in range(100))
    timer = CheckpointTimer(db, interval=60.0, clock=lambda: next(ticks))
    with _reader_in_a_transaction(db.path):
        async with db.transaction() as tx:
            await erase_member(tx, USER)
        started = datetime.now(UTC)
        assert await db.checkpoint() is False
        assert (datetime.now(UTC) - started).total_seconds() < 2, "no busy wait"
        assert db.checkpoint_owed
        assert await timer.tick() is False, "still blocked: tried, not done"
    assert _bytes_hold(db, MARKER)
    assert await timer.tick() is True, "owed: tried at the next tick, not a minute later"
    assert not db.checkpoint_owed
    assert not _bytes_hold(db, MARKER)


async def test_the_timer_checkpoints_once_an_interval_when_nothing_is_owed(db: Database) -> None:
    """Nothing owed: one checkpoint per interval, whatever the number of ticks."""
    seconds = [0.0, 10.0, 59.0, 61.0, 70.0]
    timer = CheckpointTimer(db, interval=60.0, clock=lambda: seconds.pop(0))
    done = [await timer.tick() for _ in range(5)]
    assert done == [True, False, False, True, False]
