"""Sent and failed sends are deleted once old: the outbox keeps no record of whom the bot
wrote to beyond its keeping time; what still waits is never touched."""

from __future__ import annotations

from bot.domain.sends import SendKind
from bot.storage.db import Database
from bot.storage.outbox import OutboxRepository, enqueue

OLD, RECENT, NOW = "2026-01-01T09:00:00Z", "2026-02-20T09:00:00Z", "2026-03-01T09:00:00Z"
CUTOFF = "2026-01-30T09:00:00Z"


async def _queue(db: Database, key: str, chat_id: int, created: str) -> None:
    """Queue one text."""
    async with db.transaction() as tx:
        await enqueue(
            tx,
            kind=SendKind.OTHER,
            dedup_key=key,
            chat_id=chat_id,
            method="sendMessage",
            params={"chat_id": chat_id, "text": "hi"},
            priority=2,
            now=created,
            user_id=chat_id,
        )


async def _keys(db: Database) -> list[str]:
    """The outbox's keys, in order."""
    return [str(row[0]) for row in await db.fetch_all("SELECT dedup_key FROM outbox ORDER BY id")]


async def _id(db: Database, key: str) -> int:
    """A row's id."""
    row = await db.fetch_one("SELECT id FROM outbox WHERE dedup_key = ?", (key,))
    assert row is not None
    return int(row[0])


async def test_old_sent_and_failed_sends_go_waiting_ones_stay(db: Database) -> None:
    """Sent and failed before the cutoff: deleted; sent after it, or still waiting (however
    old): kept; a second round finds nothing."""
    outbox = OutboxRepository(db)
    for key, chat in (("sent-old", 1), ("failed-old", 2), ("sent-new", 3), ("waiting", 4)):
        await _queue(db, key, chat, OLD)
    await outbox.mark_sent_many([await _id(db, "sent-old")], OLD)
    await outbox.mark_failed(await _id(db, "failed-old"), OLD, "Forbidden")
    await outbox.mark_sent_many([await _id(db, "sent-new")], RECENT)
    assert await outbox.prune(CUTOFF) == 2
    assert await _keys(db) == ["sent-new", "waiting"]
    assert await outbox.prune(CUTOFF) == 0
