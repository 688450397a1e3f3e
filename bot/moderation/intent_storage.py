"""Moderation's SQL for mutes and bans written down before Telegram is asked (intents)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.moderation.model import Kind
from bot.storage.db import Database, Transaction


@dataclass(frozen=True)
class Intent:
    """A mute or ban a facilitator asked for, not yet recorded as done."""

    id: int
    chat_id: int
    user_id: int
    actor_id: int
    kind: Kind
    reason: str
    until_at: str | None
    created_at: str


async def add_intent(
    tx: Transaction,
    *,
    chat_id: int,
    user_id: int,
    actor_id: int,
    kind: Kind,
    reason: str,
    until: str | None,
    now: str,
) -> int:
    """Write a mute or ban down before Telegram is asked for it; its id."""
    cursor = await tx.execute(
        "INSERT INTO moderation_intents (chat_id, user_id, actor_id, kind, reason, until_at,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (chat_id, user_id, actor_id, kind.value, reason, until, now),
    )
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)


async def drop_intent(tx: Transaction, intent_id: int) -> bool:
    """The intent is done (recorded) or refused; False when it was gone already."""
    cursor = await tx.execute("DELETE FROM moderation_intents WHERE id = ?", (intent_id,))
    return cursor.rowcount > 0


async def stale_intents(db: Database, before: str, limit: int = 50) -> list[Intent]:
    """Intents written before then and never finished (the bot stopped in between)."""
    rows = await db.fetch_all(
        "SELECT id, chat_id, user_id, actor_id, kind, reason, until_at, created_at"
        " FROM moderation_intents WHERE created_at < ? ORDER BY id LIMIT ?",
        (before, limit),
    )
    return [
        Intent(
            id=int(row[0]),
            chat_id=int(row[1]),
            user_id=int(row[2]),
            actor_id=int(row[3]),
            kind=Kind(row[4]),
            reason=str(row[5]),
            until_at=row[6],
            created_at=str(row[7]),
        )
        for row in rows
    ]


async def erase_intents_of(tx: Transaction, user_id: int) -> None:
    """/forget: intents about the person, and the ones they asked for."""
    await tx.execute(
        "DELETE FROM moderation_intents WHERE user_id = ? OR actor_id = ?", (user_id, user_id)
    )
