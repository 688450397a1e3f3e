"""Requests to reach out: who claimed them, their reminder timers and their copies (SQL only)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from bot.storage.db import Database, Transaction

_REQUEST = (
    "SELECT id, user_id, kind, created_at, claimed_by, claimed_at, step, version,"
    " next_reminder_at FROM support_requests"
)
_COPY = (
    "SELECT id, request_id, reader_id, step, outbox_key, state, message_id, rendered_version"
    " FROM support_request_copies"
)


@dataclass(frozen=True)
class ContactRequest:
    """A member's request to reach out (kind 'asked' or 'low_mood') and where it stands."""

    id: int
    user_id: int
    kind: str
    created_at: str
    claimed_by: int | None
    claimed_at: str | None
    step: int
    version: int
    next_reminder_at: str | None


@dataclass(frozen=True)
class RequestCopy:
    """One message about a request: to whom, which round, and whether it arrived."""

    id: int
    request_id: int
    reader_id: int
    step: int
    outbox_key: str
    state: str  # queued, delivered, failed
    message_id: int | None
    rendered_version: int


def _request(row: sqlite3.Row) -> ContactRequest:
    """Build a ContactRequest from a row selected with _REQUEST."""
    return ContactRequest(*row)


def _copy(row: sqlite3.Row) -> RequestCopy:
    """Build a RequestCopy from a row selected with _COPY."""
    return RequestCopy(*row)


async def add_request(
    tx: Transaction, user_id: int, kind: str, now: str, next_reminder_at: str
) -> int:
    """Record a request with its first reminder time; return its id (never reused)."""
    cursor = await tx.execute(
        "INSERT INTO support_requests (user_id, kind, created_at, next_reminder_at)"
        " VALUES (?, ?, ?, ?)",
        (user_id, kind, now, next_reminder_at),
    )
    return int(cursor.lastrowid or 0)


async def get_request(tx: Transaction, request_id: int) -> ContactRequest | None:
    """One request, read inside a transaction."""
    rows = list(await tx.execute_fetchall(f"{_REQUEST} WHERE id = ?", (request_id,)))
    return _request(rows[0]) if rows else None


async def requests_of(tx: Transaction, user_id: int) -> list[ContactRequest]:
    """The member's requests, oldest first."""
    rows = await tx.execute_fetchall(f"{_REQUEST} WHERE user_id = ? ORDER BY id", (user_id,))
    return [_request(row) for row in rows]


async def claim(tx: Transaction, request_id: int, actor_id: int, now: str) -> bool:
    """Claim an unclaimed request (its reminders stop); False when someone was first."""
    cursor = await tx.execute(
        "UPDATE support_requests SET claimed_by = ?, claimed_at = ?, version = version + 1,"
        " next_reminder_at = NULL WHERE id = ? AND claimed_by IS NULL",
        (actor_id, now, request_id),
    )
    return cursor.rowcount > 0


async def release_claims(tx: Transaction, user_id: int, next_reminder_at: str) -> list[int]:
    """Unclaim every request this person claimed, reminders planned again; return their ids."""
    rows = await tx.execute_fetchall(
        "SELECT id FROM support_requests WHERE claimed_by = ? ORDER BY id", (user_id,)
    )
    await tx.execute(
        "UPDATE support_requests SET claimed_by = NULL, claimed_at = NULL,"
        " version = version + 1, next_reminder_at = ? WHERE claimed_by = ?",
        (next_reminder_at, user_id),
    )
    return [int(row[0]) for row in rows]


async def set_step(tx: Transaction, request_id: int, step: int, next_reminder_at: str) -> None:
    """Record the round just sent and when the next one is due."""
    await tx.execute(
        "UPDATE support_requests SET step = ?, next_reminder_at = ? WHERE id = ?",
        (step, next_reminder_at, request_id),
    )


async def delete_requests(tx: Transaction, user_id: int) -> None:
    """Delete the member's requests (their copies go with them)."""
    await tx.execute("DELETE FROM support_requests WHERE user_id = ?", (user_id,))


async def add_copy(
    tx: Transaction, request_id: int, reader_id: int, step: int, key: str, version: int, now: str
) -> None:
    """Record one message about a request, about to be queued under `key`."""
    await tx.execute(
        "INSERT OR IGNORE INTO support_request_copies (request_id, reader_id, step, outbox_key,"
        " rendered_version, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (request_id, reader_id, step, key, version, now),
    )


async def copies_of(tx: Transaction, request_id: int) -> list[RequestCopy]:
    """Every message about a request, oldest first."""
    rows = await tx.execute_fetchall(f"{_COPY} WHERE request_id = ? ORDER BY id", (request_id,))
    return [_copy(row) for row in rows]


async def copy_by_key(tx: Transaction, key: str) -> RequestCopy | None:
    """The message queued under an outbox key."""
    rows = list(await tx.execute_fetchall(f"{_COPY} WHERE outbox_key = ?", (key,)))
    return _copy(rows[0]) if rows else None


async def was_told(tx: Transaction, request_id: int, user_id: int) -> bool:
    """Whether the request was ever sent to this person."""
    rows = list(
        await tx.execute_fetchall(
            "SELECT 1 FROM support_request_copies WHERE request_id = ? AND reader_id = ? LIMIT 1",
            (request_id, user_id),
        )
    )
    return bool(rows)


async def settle_copy(
    tx: Transaction, copy_id: int, state: str, message_id: int | None, now: str
) -> None:
    """Record how a message went: delivered (with its message id) or failed."""
    await tx.execute(
        "UPDATE support_request_copies SET state = ?, message_id = COALESCE(?, message_id),"
        " settled_at = ? WHERE id = ?",
        (state, message_id, now, copy_id),
    )


async def set_rendered(tx: Transaction, copy_id: int, version: int) -> None:
    """Record which version of the request a message now shows."""
    await tx.execute(
        "UPDATE support_request_copies SET rendered_version = ? WHERE id = ?", (version, copy_id)
    )


async def drop_unsent_copy(tx: Transaction, key: str) -> None:
    """Delete a copy's outbox row if it was not sent yet (a claimed request needs no news)."""
    await tx.execute(
        "DELETE FROM outbox WHERE dedup_key = ? AND sent_at IS NULL AND failed_at IS NULL", (key,)
    )


async def delete_copies_to(tx: Transaction, reader_id: int) -> None:
    """Forget every message sent to this person (their /forget)."""
    await tx.execute("DELETE FROM support_request_copies WHERE reader_id = ?", (reader_id,))


class ContactRequestRepository:
    """Reads requests outside a transaction: due reminders and a person's export."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def due(self, now: str, limit: int) -> list[int]:
        """Ids of unclaimed requests whose reminder is due by `now`, most overdue first."""
        rows = await self.db.fetch_all(
            "SELECT id FROM support_requests WHERE next_reminder_at IS NOT NULL"
            " AND next_reminder_at <= ? ORDER BY next_reminder_at LIMIT ?",
            (now, limit),
        )
        return [int(row[0]) for row in rows]

    async def export(self, user_id: int) -> dict[str, Any] | None:
        """The person's requests (whether someone said yes, never who) and their own claims."""
        mine = await self.db.fetch_all(
            "SELECT kind, created_at, claimed_at FROM support_requests WHERE user_id = ?"
            " ORDER BY id",
            (user_id,),
        )
        claimed = await self.db.fetch_all(
            "SELECT claimed_at FROM support_requests WHERE claimed_by = ? ORDER BY id",
            (user_id,),
        )
        data: dict[str, Any] = {}
        if mine:
            data["your_requests"] = [
                {"kind": row[0], "at": row[1], "a_facilitator_said_they_would_reach_out_at": row[2]}
                for row in mine
            ]
        if claimed:
            data["you_said_you_would_reach_out"] = [{"at": row[0]} for row in claimed]
        return data or None
