"""The inbox and outbox repositories."""

from __future__ import annotations

import contextlib
from typing import Any

from bot.domain.sends import SendKind
from bot.storage.db import Database, Transaction
from bot.storage.inbox import InboxRepository, Received, erase_inbox
from bot.storage.outbox import OutboxRepository, enqueue, erase_outbox

NOW = "2026-11-22T10:00:00Z"
LATER = "2026-11-22T10:05:00Z"


def received(update_id: int, user_id: int | None = 1) -> Received:
    """Build a received update."""
    return Received(update_id, user_id, f'{{"update_id": {update_id}}}')


async def test_inbox_ignores_known_update_ids(db: Database) -> None:
    """Storing the same update twice keeps one row; the offset follows the newest id."""
    inbox = InboxRepository(db)
    assert await inbox.next_offset() == 0
    assert await inbox.store([received(5), received(6)], NOW) == 2
    assert await inbox.store([received(6), received(7)], NOW) == 1
    assert [item.update_id for item in await inbox.pending()] == [5, 6, 7]
    assert await inbox.next_offset() == 8


async def test_done_updates_lose_their_payload(db: Database) -> None:
    """Marking done drops payload and sender; a done update is never pending again."""
    inbox = InboxRepository(db)
    await inbox.store([received(1), received(2)], NOW)
    await inbox.start_attempt(1)
    await inbox.start_attempt(2)
    await inbox.mark_done(1, NOW)
    pending = await inbox.pending()
    assert [(item.update_id, item.attempts) for item in pending] == [(2, 1)]
    row = await db.fetch_one("SELECT payload, user_id FROM inbox WHERE update_id = 1")
    assert row is not None
    assert (row[0], row[1]) == (None, None)
    await inbox.store([received(1)], LATER)
    assert [item.update_id for item in await inbox.pending()] == [2]


async def test_prune_keeps_the_newest_id(db: Database) -> None:
    """Pruning old processed rows keeps the offset correct."""
    inbox = InboxRepository(db)
    await inbox.store([received(1), received(2)], NOW)
    await inbox.mark_done(1, NOW)
    await inbox.mark_done(2, NOW)
    assert await inbox.prune(LATER) == 1
    assert await inbox.next_offset() == 3


async def test_inbox_eraser_drops_a_members_updates(db: Database) -> None:
    """Erasing a member clears what of theirs was read (processed or being processed)."""
    inbox = InboxRepository(db)
    await inbox.store([received(1, user_id=42), received(2, user_id=43)], NOW)
    await inbox.start_attempt(1)
    async with db.transaction() as tx:
        await erase_inbox(tx, 42)
    assert [item.update_id for item in await inbox.pending()] == [2]
    assert await db.fetch_one("SELECT 1 FROM inbox WHERE user_id = 42") is None


async def test_inbox_eraser_keeps_what_a_member_sent_after(db: Database) -> None:
    """An update not read yet when the member erased (sent after /forget) is still processed.

    Their updates are handled in order, so one not yet started came after the erasure: a
    /start or a crisis message typed right after "Forget me" must not vanish.
    """
    inbox = InboxRepository(db)
    await inbox.store([received(1, user_id=42), received(2, user_id=42)], NOW)
    await inbox.start_attempt(1)
    async with db.transaction() as tx:
        await erase_inbox(tx, 42)
    pending = await inbox.pending()
    assert [item.update_id for item in pending] == [2]
    assert pending[0].payload


async def _queue(
    tx: Transaction, key: str, chat_id: int, text: str, priority: int, user_id: int | None = None
) -> bool:
    """Queue one sendMessage inside the given transaction."""
    return await enqueue(
        tx,
        kind=SendKind.OTHER,
        dedup_key=key,
        chat_id=chat_id,
        method="sendMessage",
        params={"text": text},
        priority=priority,
        now=NOW,
        user_id=user_id,
    )


async def test_outbox_order_dedup_and_outcomes(db: Database) -> None:
    """Sends come out by priority; a key is queued once; sent and failed rows leave the queue."""
    outbox = OutboxRepository(db)
    async with db.transaction() as tx:
        assert await _queue(tx, "b", 2, "later", 3)
        assert await _queue(tx, "a", 1, "urgent", 0)
        assert not await _queue(tx, "a", 1, "again", 0)
    due = await outbox.due(NOW)
    assert [(m.dedup_key, m.params["text"]) for m in due] == [("a", "urgent"), ("b", "later")]
    await outbox.mark_sent_many([due[0].id], NOW)
    await outbox.retry_later(due[1].id, LATER, "TimedOut")
    assert await outbox.due(NOW) == []
    assert await outbox.next_due_at() == LATER
    [retry] = await outbox.due(LATER)
    assert retry.attempts == 1
    await outbox.mark_failed(retry.id, LATER, "Forbidden")
    assert await outbox.pending_count() == 0


async def test_outbox_rolls_back_with_the_state_change(db: Database) -> None:
    """A send queued in a transaction that fails is not queued at all."""
    outbox = OutboxRepository(db)
    with contextlib.suppress(RuntimeError):
        async with db.transaction() as tx:
            await _queue(tx, "x", 1, "t", 0)
            raise RuntimeError("the state change failed")
    assert await outbox.pending_count() == 0


async def test_outbox_eraser(db: Database) -> None:
    """Erasing a member removes sends to them."""
    async with db.transaction() as tx:
        await _queue(tx, "m", 42, "t", 1, user_id=42)
        await erase_outbox(tx, 42)
    assert await OutboxRepository(db).pending_count() == 0


async def test_marks_in_one_statement_do_what_single_marks_do(db: Database) -> None:
    """A group of marks counts attempts only on pending updates and ends the done ones
    (no payload, no sender), like start_attempt and mark_done one by one."""
    inbox = InboxRepository(db)
    await inbox.store([received(1), received(2), received(3), received(4)], NOW)
    await inbox.mark_done(4, NOW)
    counted = await inbox.apply_marks([1, 2, 4], [(3, LATER)])
    assert counted == {1, 2}
    assert [(item.update_id, item.attempts) for item in await inbox.pending()] == [(1, 1), (2, 1)]
    row = await db.fetch_one("SELECT payload, user_id, processed_at FROM inbox WHERE update_id = 3")
    assert row is not None
    assert tuple(row) == (None, None, LATER)
    assert await inbox.apply_marks([], [(1, LATER), (2, LATER)]) == set()
    assert await inbox.pending() == []
    assert await inbox.apply_marks([], []) == set()


async def test_marks_find_their_rows_by_key(db: Database) -> None:
    """Every shape of a group of marks reaches its rows by primary key, never by a scan of
    the inbox (which keeps two days of processed ids)."""
    inbox = InboxRepository(db)
    plans: list[str] = []
    original = db.write_returning

    async def explained(sql: str, params: object = ()) -> list[Any]:
        """Record the statement's query plan, then run it."""
        plan = await db.fetch_all(f"EXPLAIN QUERY PLAN {sql}", params)  # type: ignore[arg-type]
        plans.append(" ".join(str(row[3]) for row in plan))
        return await original(sql, params)  # type: ignore[arg-type]

    db.write_returning = explained  # type: ignore[method-assign]
    await inbox.store([received(1), received(2), received(3)], NOW)
    await inbox.apply_marks([1], [])
    await inbox.apply_marks([], [(1, NOW)])
    await inbox.apply_marks([2], [(3, NOW)])
    assert len(plans) == 3
    assert all("SCAN" not in plan for plan in plans), plans
