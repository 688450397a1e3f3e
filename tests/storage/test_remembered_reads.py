"""Reads remembered while one update is handled: reused, forgotten on any write."""

from __future__ import annotations

import asyncio
import sqlite3

from bot.storage.db import Database, remembered_reads

SQL = "SELECT attempts FROM inbox WHERE update_id = ?"


async def _row(db: Database) -> int:
    """The remembered read of update 1's attempts."""
    row = await db.fetch_remembered(("attempts", 1), SQL, (1,))
    assert row is not None
    return int(row[0])


async def test_a_read_is_reused_until_a_write(db: Database) -> None:
    """Inside the block the second read is the first one's row; after a write it is fresh."""
    await db.write("INSERT INTO inbox (update_id, payload, received_at) VALUES (1, '{}', 'x')")
    with remembered_reads():
        assert await _row(db) == 0
        async with db.transaction() as tx:  # a write the memo cannot see through its key
            await tx.execute("UPDATE inbox SET attempts = 5 WHERE update_id = 1")
        assert await _row(db) == 5
        await db.write("UPDATE inbox SET attempts = 6 WHERE update_id = 1")
        assert await _row(db) == 6
        await db.fetch_all("SELECT 1")  # plain reads change nothing
        assert await _row(db) == 6


async def test_a_change_behind_the_memos_back_is_not_read_again(db: Database) -> None:
    """Inside the block a second read does not reach the database: it is the first one's row."""
    await db.write("INSERT INTO inbox (update_id, payload, received_at) VALUES (1, '{}', 'x')")
    with remembered_reads():
        assert await _row(db) == 0
        with sqlite3.connect(db.path) as other:  # a write the Database never hears of
            other.execute("UPDATE inbox SET attempts = 9 WHERE update_id = 1")
        assert await _row(db) == 0, "the remembered row, not a second read"
    assert await _row(db) == 9


async def test_outside_the_block_every_read_is_fresh(db: Database) -> None:
    """Without the block, and for tasks that outlive it, nothing is remembered."""
    await db.write("INSERT INTO inbox (update_id, payload, received_at) VALUES (1, '{}', 'x')")
    started = asyncio.Event()
    later = asyncio.Event()

    async def outliving() -> int:
        """A task started while handling, reading after the handling ended."""
        await _row(db)
        started.set()
        await later.wait()
        return await _row(db)

    with remembered_reads():
        task = asyncio.create_task(outliving())
        await started.wait()
    async with db.transaction() as tx:  # another update's write: not seen by the memo
        await tx.execute("UPDATE inbox SET attempts = 3 WHERE update_id = 1")
    later.set()
    assert await task == 3
    assert await _row(db) == 3
