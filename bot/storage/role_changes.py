"""Facilitator changes inside a caller's transaction, so the audit row commits with them (SQL)."""

from __future__ import annotations

from bot.storage.db import Transaction


async def add_facilitator_in(
    tx: Transaction, chat_id: int, user_id: int, added_by: int | None, now: str
) -> bool:
    """Make the user a facilitator of the group; False when they were one already."""
    cursor = await tx.execute(
        "INSERT OR IGNORE INTO facilitators (chat_id, user_id, added_by, added_at)"
        " VALUES (?, ?, ?, ?)",
        (chat_id, user_id, added_by, now),
    )
    return cursor.rowcount > 0


async def remove_facilitator_in(tx: Transaction, chat_id: int, user_id: int) -> bool:
    """Remove the user's facilitator role in the group; False when they had none."""
    cursor = await tx.execute(
        "DELETE FROM facilitators WHERE chat_id = ? AND user_id = ?", (chat_id, user_id)
    )
    return cursor.rowcount > 0


async def facilitator_count_in(tx: Transaction, chat_id: int) -> int:
    """Return how many facilitators the group has, as this transaction sees it."""
    cursor = await tx.execute("SELECT COUNT(*) FROM facilitators WHERE chat_id = ?", (chat_id,))
    row = await cursor.fetchone()
    return int(row[0]) if row is not None else 0
