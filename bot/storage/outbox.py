"""The outbox: important sends stored with the state change that caused them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from bot.domain.messages import Outgoing
from bot.domain.sends import SendContext, SendKind
from bot.storage.db import Database, Transaction


@dataclass(frozen=True)
class OutboxMessage:
    """A send waiting in the outbox."""

    id: int
    dedup_key: str
    chat_id: int
    method: str
    params: dict[str, Any]
    priority: int
    attempts: int
    kind: SendKind = SendKind.OTHER
    # The JSON of the kind's SendContext, if it has one.
    context: str | None = None


async def enqueue(
    tx: Transaction,
    *,
    kind: SendKind,
    dedup_key: str,
    chat_id: int,
    method: str,
    params: dict[str, Any],
    priority: int,
    now: str,
    user_id: int | None = None,
    not_before: str | None = None,
    context: SendContext | None = None,
) -> bool:
    """Add a send inside the caller's transaction; False when the key was queued before.

    `not_before` holds the send back until then (a reminder waiting for quiet hours to end);
    `context` is what the kind's observer reads when it hears how the send went.
    """
    cursor = await tx.execute(
        "INSERT OR IGNORE INTO outbox (dedup_key, chat_id, user_id, method, payload, priority,"
        " created_at, next_attempt_at, kind, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            dedup_key,
            chat_id,
            user_id,
            method,
            json.dumps(params),
            priority,
            now,
            not_before or now,
            kind.value,
            context.to_json() if context is not None else None,
        ),
    )
    return cursor.rowcount > 0


async def enqueue_message(
    tx: Transaction,
    message: Outgoing,
    *,
    kind: SendKind,
    dedup_key: str,
    chat_id: int,
    priority: int,
    now: str,
    user_id: int | None = None,
    not_before: str | None = None,
    context: SendContext | None = None,
) -> bool:
    """Queue a typed message (a text or an edit) inside the caller's transaction."""
    return await enqueue(
        tx,
        kind=kind,
        context=context,
        dedup_key=dedup_key,
        chat_id=chat_id,
        method=message.method,
        params=message.to_params(),
        priority=priority,
        now=now,
        user_id=user_id,
        not_before=not_before,
    )


class OutboxRepository:
    """Hands out due sends by priority and records how they went."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def due(
        self, now: str, limit: int = 100, max_priority: int | None = None
    ) -> list[OutboxMessage]:
        """Return unsent, unfailed sends due by `now` (up to a priority), most urgent first."""
        rows = await self.db.fetch_all(
            "SELECT id, dedup_key, chat_id, method, payload, priority, attempts, kind, context"
            " FROM outbox"
            " WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?"
            " AND priority <= ? ORDER BY priority, id LIMIT ?",
            (now, 99 if max_priority is None else max_priority, limit),
        )
        return [
            OutboxMessage(
                row[0],
                row[1],
                row[2],
                row[3],
                json.loads(row[4] or "{}"),
                row[5],
                row[6],
                _kind(row[7]),
                row[8],
            )
            for row in rows
        ]

    async def next_due_at(self) -> str | None:
        """Return when the next unsent send is due, if any."""
        row = await self.db.fetch_one(
            "SELECT MIN(next_attempt_at) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL"
        )
        return str(row[0]) if row and row[0] is not None else None

    async def mark_sent_many(self, message_ids: list[int], now: str) -> None:
        """Record many sends as done in one transaction, dropping their content."""
        async with self.db.transaction() as tx:
            await tx.executemany(
                "UPDATE outbox SET sent_at = ?, payload = NULL, user_id = NULL, context = NULL,"
                " attempts = attempts + 1 WHERE id = ?",
                [(now, message_id) for message_id in message_ids],
            )

    async def mark_failed(self, message_id: int, now: str, error: str) -> None:
        """Record a send that must not be retried (blocked, bad request), dropping its content."""
        await self.db.write(
            "UPDATE outbox SET failed_at = ?, payload = NULL, user_id = NULL, context = NULL,"
            " last_error = ?, attempts = attempts + 1 WHERE id = ?",
            (now, error, message_id),
        )

    async def retry_later(self, message_id: int, when: str, error: str) -> None:
        """Count a failed attempt and schedule the next one."""
        async with self.db.transaction() as tx:
            await tx.execute(
                "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?"
                " WHERE id = ?",
                (when, error, message_id),
            )

    async def prune(self, before: str, batch: int = 5000) -> int:
        """Delete sends finished (sent, or failed for good) before then, a batch per
        transaction so the writer is never held long; return how many went."""
        removed = 0
        while True:
            deleted = 0
            for column in ("sent_at", "failed_at"):
                deleted += await self.db.write(
                    f"DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE {column}"
                    f" IS NOT NULL AND {column} < ? LIMIT ?)",
                    (before, batch),
                )
            removed += deleted
            if deleted == 0:
                return removed

    async def pending_count(self) -> int:
        """Return how many sends wait in the outbox."""
        row = await self.db.fetch_one(
            "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL"
        )
        return int(row[0]) if row else 0


def _kind(stored: str) -> SendKind:
    """A stored kind; a kind this version does not know (written by a newer one) is OTHER."""
    try:
        return SendKind(stored)
    except ValueError:
        return SendKind.OTHER


async def drop_unsent(db: Database, chat_id: int, prefixes: tuple[str, ...]) -> int:
    """Drop unsent messages of these kinds (dedup key prefixes) to one chat; return how many."""
    dropped = 0
    for prefix in prefixes:
        dropped += await db.write(
            "DELETE FROM outbox WHERE chat_id = ? AND sent_at IS NULL AND failed_at IS NULL"
            " AND dedup_key LIKE ?",
            (chat_id, f"{prefix}:%"),
        )
    return dropped


async def bring_forward(tx: Transaction, dedup_key: str, now: str) -> None:
    """Make an unsent send that waits for a later time due now."""
    await tx.execute(
        "UPDATE outbox SET next_attempt_at = ? WHERE dedup_key = ? AND sent_at IS NULL"
        " AND failed_at IS NULL AND next_attempt_at > ?",
        (now, dedup_key, now),
    )


async def drop_unsent_in(
    tx: Transaction, prefix: str, dated_after: str | None = None, keep: str = ""
) -> int:
    """Drop unsent sends keyed `prefix…` in a tx; return how many.

    With `dated_after`: only those whose key holds a later date right after the prefix. The
    one keyed `keep` stays. The prefix is a range on the key's unique index (no LIKE scan).
    """
    where = (
        "sent_at IS NULL AND failed_at IS NULL AND dedup_key >= ? AND dedup_key < ?"
        " AND dedup_key <> ?"
    )
    params: tuple[object, ...] = (prefix, prefix + "\U0010ffff", keep)
    if dated_after is not None:
        where += " AND substr(dedup_key, ?, 10) > ?"
        params += (len(prefix) + 1, dated_after)
    cursor = await tx.execute(f"DELETE FROM outbox WHERE {where}", params)
    return cursor.rowcount


async def erase_outbox(tx: Transaction, user_id: int) -> None:
    """Drop unsent messages to a member and what sent ones say about them."""
    await tx.execute("DELETE FROM outbox WHERE user_id = ? OR chat_id = ?", (user_id, user_id))


async def replace_payload(tx: Transaction, dedup_key: str, params: dict[str, Any]) -> bool:
    """Change what an unsent message will say; False when it was sent (or failed) already."""
    cursor = await tx.execute(
        "UPDATE outbox SET payload = ? WHERE dedup_key = ? AND sent_at IS NULL"
        " AND failed_at IS NULL",
        (json.dumps(params), dedup_key),
    )
    return cursor.rowcount > 0
