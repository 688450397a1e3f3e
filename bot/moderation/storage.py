"""Moderation's SQL: actions on members (with appeals) and held messages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.moderation.intent_storage import erase_intents_of
from bot.moderation.model import (
    APPEAL_OPEN,
    HOLD_CRISIS,
    HeldMessage,
    Kind,
    ModAction,
)
from bot.storage.db import Database, Transaction

_ACTION = (
    "SELECT id, chat_id, user_id, actor_id, kind, reason, created_at, until_at, lifted_at,"
    " appeal, appeal_state FROM moderation_actions"
)
_HELD = (
    "SELECT id, chat_id, message_id, author_id, text, reason, kind, held_at, action_id"
    " FROM held_messages"
)


def _action(row: Sequence[Any]) -> ModAction:
    """A stored action as a value."""
    return ModAction(
        id=int(row[0]),
        chat_id=int(row[1]),
        user_id=int(row[2]),
        actor_id=row[3],
        kind=Kind(row[4]),
        reason=str(row[5]),
        created_at=str(row[6]),
        until_at=row[7],
        lifted_at=row[8],
        appeal=row[9],
        appeal_state=row[10],
    )


def _held(row: Sequence[Any]) -> HeldMessage:
    """A stored held message as a value."""
    return HeldMessage(
        id=int(row[0]),
        chat_id=int(row[1]),
        message_id=int(row[2]),
        author_id=int(row[3]),
        text=str(row[4]),
        reason=str(row[5]),
        kind=str(row[6]),
        held_at=str(row[7]),
        action_id=row[8],
    )


class ModerationRepository:
    """Reads moderation records; writes go through the caller's transaction."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def action(self, action_id: int) -> ModAction | None:
        """One action by its id."""
        row = await self.db.fetch_one(f"{_ACTION} WHERE id = ?", (action_id,))
        return _action(row) if row else None

    async def in_force(self, chat_id: int, user_id: int, kind: Kind) -> ModAction | None:
        """The member's latest mute or ban in the group that is not lifted yet."""
        row = await self.db.fetch_one(
            f"{_ACTION} WHERE chat_id = ? AND user_id = ? AND kind = ? AND lifted_at IS NULL"
            " ORDER BY id DESC LIMIT 1",
            (chat_id, user_id, kind.value),
        )
        return _action(row) if row else None

    async def due(self, now: str, limit: int = 200) -> list[ModAction]:
        """Timed actions whose end has come and that are not lifted yet."""
        rows = await self.db.fetch_all(
            f"{_ACTION} WHERE until_at IS NOT NULL AND lifted_at IS NULL AND until_at <= ?"
            " ORDER BY until_at LIMIT ?",
            (now, limit),
        )
        return [_action(row) for row in rows]

    async def history(self, user_id: int) -> list[ModAction]:
        """Every action on the member, oldest first (for /mydata)."""
        rows = await self.db.fetch_all(f"{_ACTION} WHERE user_id = ? ORDER BY id", (user_id,))
        return [_action(row) for row in rows]

    async def held(self, held_id: int) -> HeldMessage | None:
        """One held message by its id."""
        row = await self.db.fetch_one(f"{_HELD} WHERE id = ?", (held_id,))
        return _held(row) if row else None

    async def held_for(self, action_id: int) -> HeldMessage | None:
        """The message a hold action keeps for review, while it is still held."""
        row = await self.db.fetch_one(f"{_HELD} WHERE action_id = ?", (action_id,))
        return _held(row) if row else None

    async def held_of(self, author_id: int) -> list[HeldMessage]:
        """The member's messages held for review now (for /mydata)."""
        rows = await self.db.fetch_all(f"{_HELD} WHERE author_id = ? ORDER BY id", (author_id,))
        return [_held(row) for row in rows]

    async def add_card(self, held_id: int, reader_id: int, message_id: int) -> None:
        """Remember a delivered review card (nothing when its message was reviewed already)."""
        async with self.db.transaction() as tx:
            await tx.execute(
                "INSERT OR REPLACE INTO held_cards (held_id, reader_id, message_id)"
                " SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM held_messages WHERE id = ?)",
                (held_id, reader_id, message_id, held_id),
            )

    async def erase_old(self, before: str) -> int:
        """Delete actions older than `before` (their held copies lose the link); how many."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "DELETE FROM moderation_actions WHERE created_at < ?"
                " AND (until_at IS NULL OR lifted_at IS NOT NULL)",
                (before,),
            )
            return int(cursor.rowcount)

    async def old_held(self, before: str, crisis_before: str) -> list[HeldMessage]:
        """Held copies nobody reviewed in time (a possible crisis is kept longer)."""
        rows = await self.db.fetch_all(
            f"{_HELD} WHERE (kind != ? AND held_at < ?) OR (kind = ? AND held_at < ?) ORDER BY id",
            (HOLD_CRISIS, before, HOLD_CRISIS, crisis_before),
        )
        return [_held(row) for row in rows]


async def add_action(
    tx: Transaction,
    *,
    chat_id: int,
    user_id: int,
    actor_id: int | None,
    kind: Kind,
    reason: str,
    now: str,
    until: str | None,
) -> int:
    """Record an action on a member; its id."""
    cursor = await tx.execute(
        "INSERT INTO moderation_actions (chat_id, user_id, actor_id, kind, reason, created_at,"
        " until_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (chat_id, user_id, actor_id, kind.value, reason, now, until),
    )
    return int(cursor.lastrowid or 0)


async def drop_action(tx: Transaction, action_id: int) -> None:
    """Forget an action recorded in this transaction that turned out not to happen."""
    await tx.execute("DELETE FROM moderation_actions WHERE id = ?", (action_id,))


async def lift_action(tx: Transaction, action_id: int, now: str, by: int | None) -> bool:
    """Mark an action lifted (once); False when it already was."""
    cursor = await tx.execute(
        "UPDATE moderation_actions SET lifted_at = ?, lifted_by = ?"
        " WHERE id = ? AND lifted_at IS NULL",
        (now, by, action_id),
    )
    return cursor.rowcount > 0


async def lift_in_force(
    tx: Transaction, chat_id: int, user_id: int, kind: Kind, now: str, by: int | None
) -> list[int]:
    """Lift every mute (or ban) of the member in the group still in force; their ids."""
    rows = await tx.execute_fetchall(
        "UPDATE moderation_actions SET lifted_at = ?, lifted_by = ? WHERE chat_id = ?"
        " AND user_id = ? AND kind = ? AND lifted_at IS NULL RETURNING id",
        (now, by, chat_id, user_id, kind.value),
    )
    return [int(row[0]) for row in rows]


async def add_appeal(tx: Transaction, action_id: int, user_id: int, text: str, now: str) -> bool:
    """Store the member's appeal of their action (one per action); False if not allowed."""
    cursor = await tx.execute(
        "UPDATE moderation_actions SET appeal = ?, appeal_at = ?, appeal_state = ?"
        " WHERE id = ? AND user_id = ? AND appeal_state IS NULL",
        (text, now, APPEAL_OPEN, action_id, user_id),
    )
    return cursor.rowcount > 0


async def decide_appeal(tx: Transaction, action_id: int, state: str, by: int) -> bool:
    """Record an admin's decision on an open appeal (once); False when already decided."""
    cursor = await tx.execute(
        "UPDATE moderation_actions SET appeal_state = ?, decided_by = ?"
        " WHERE id = ? AND appeal_state = ?",
        (state, by, action_id, APPEAL_OPEN),
    )
    return cursor.rowcount > 0


async def add_held(
    tx: Transaction,
    *,
    chat_id: int,
    message_id: int,
    author_id: int,
    text: str,
    reason: str,
    kind: str,
    now: str,
    held_by: int | None,
    action_id: int | None,
) -> int | None:
    """Keep a held message's copy; None when that message is held already."""
    cursor = await tx.execute(
        "INSERT OR IGNORE INTO held_messages (chat_id, message_id, author_id, text, reason,"
        " kind, held_at, held_by, action_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (chat_id, message_id, author_id, text, reason, kind, now, held_by, action_id),
    )
    return int(cursor.lastrowid) if cursor.rowcount > 0 and cursor.lastrowid else None


async def held_of_author(tx: Transaction, author_id: int) -> list[tuple[int, int]]:
    """The person's held messages waiting for review: (held id, group chat id) pairs."""
    rows = await tx.execute_fetchall(
        "SELECT id, chat_id FROM held_messages WHERE author_id = ? ORDER BY id", (author_id,)
    )
    return [(int(row[0]), int(row[1])) for row in rows]


async def cards_of(tx: Transaction, held_id: int) -> list[tuple[int, int]]:
    """The delivered review cards of a held message: (reader, message id) pairs."""
    rows = await tx.execute_fetchall(
        "SELECT reader_id, message_id FROM held_cards WHERE held_id = ? ORDER BY reader_id",
        (held_id,),
    )
    return [(int(row[0]), int(row[1])) for row in rows]


async def take_held(tx: Transaction, held_id: int) -> HeldMessage | None:
    """Delete a held copy and return it (None when someone reviewed it first)."""
    rows = list(
        await tx.execute_fetchall(
            "DELETE FROM held_messages WHERE id = ? RETURNING id, chat_id, message_id,"
            " author_id, text, reason, kind, held_at, action_id",
            (held_id,),
        )
    )
    return _held(rows[0]) if rows else None


async def erase_moderation_person(tx: Transaction, user_id: int) -> None:
    """/forget: the member's records and held words go; a facilitator's name leaves theirs."""
    await tx.execute("DELETE FROM held_messages WHERE author_id = ?", (user_id,))
    await tx.execute("DELETE FROM held_cards WHERE reader_id = ?", (user_id,))
    await tx.execute("DELETE FROM moderation_actions WHERE user_id = ?", (user_id,))
    await erase_intents_of(tx, user_id)
    await tx.execute("UPDATE held_messages SET held_by = NULL WHERE held_by = ?", (user_id,))
    for column in ("actor_id", "lifted_by", "decided_by"):
        await tx.execute(
            f"UPDATE moderation_actions SET {column} = NULL WHERE {column} = ?", (user_id,)
        )
