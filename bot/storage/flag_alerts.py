"""The copies of a flag's alert, one per person told (SQL only)."""

from __future__ import annotations

import sqlite3

from bot.domain.flags import FlagAlert
from bot.storage.db import Transaction

_ALERT_COLUMNS = (
    "id, flag_id, recipient_id, step, outbox_key, state, message_id, rendered_version, head"
)


def _alert(row: sqlite3.Row) -> FlagAlert:
    """Build a FlagAlert from a row selected with _ALERT_COLUMNS."""
    return FlagAlert(**dict(row))


async def add_alert(
    tx: Transaction,
    flag_id: int,
    recipient_id: int,
    step: int,
    key: str,
    version: int,
    now: str,
    head: str | None = None,
) -> None:
    """Record one copy of an alert about to be queued (`now`: when it is due to go out)."""
    await tx.execute(
        "INSERT OR IGNORE INTO flag_alerts (flag_id, recipient_id, step, outbox_key,"
        " rendered_version, created_at, head) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (flag_id, recipient_id, step, key, version, now, head),
    )


async def last_copy_like(
    tx: Transaction, flag_id: int, recipient_id: int, key_prefix: str
) -> tuple[str, str] | None:
    """Return (outbox key, due time) of the latest copy to a person keyed `key_prefix…`."""
    rows = list(
        await tx.execute_fetchall(
            "SELECT outbox_key, created_at FROM flag_alerts WHERE flag_id = ?"
            " AND recipient_id = ? AND outbox_key >= ? AND outbox_key < ?"
            " ORDER BY created_at DESC, id DESC LIMIT 1",
            (flag_id, recipient_id, key_prefix, key_prefix + "\U0010ffff"),
        )
    )
    return (str(rows[0][0]), str(rows[0][1])) if rows else None


async def rewrite_head(tx: Transaction, key: str, head: str, version: int, due: str) -> None:
    """Give a copy (a notice not sent yet) new head lines, the version it shows and when it
    is due."""
    await tx.execute(
        "UPDATE flag_alerts SET head = ?, rendered_version = ?, created_at = ?"
        " WHERE outbox_key = ?",
        (head, version, due, key),
    )


async def clear_heads(tx: Transaction, flag_id: int) -> None:
    """Drop the head lines of a flag's notices (they quote the member: erasure)."""
    await tx.execute("UPDATE flag_alerts SET head = NULL WHERE flag_id = ?", (flag_id,))


async def alerts_of(tx: Transaction, flag_id: int) -> list[FlagAlert]:
    """Return every copy of a flag's alert, oldest first."""
    rows = await tx.execute_fetchall(
        f"SELECT {_ALERT_COLUMNS} FROM flag_alerts WHERE flag_id = ? ORDER BY id", (flag_id,)
    )
    return [_alert(row) for row in rows]


async def alert_by_key(tx: Transaction, key: str) -> FlagAlert | None:
    """Return the alert copy queued under an outbox key."""
    rows = list(
        await tx.execute_fetchall(
            f"SELECT {_ALERT_COLUMNS} FROM flag_alerts WHERE outbox_key = ?", (key,)
        )
    )
    return _alert(rows[0]) if rows else None


async def settle_alert(
    tx: Transaction, alert_id: int, state: str, message_id: int | None, now: str
) -> None:
    """Record how a copy went: delivered (with its message id) or failed."""
    await tx.execute(
        "UPDATE flag_alerts SET state = ?, message_id = COALESCE(?, message_id), settled_at = ?"
        " WHERE id = ?",
        (state, message_id, now, alert_id),
    )


async def set_rendered_version(tx: Transaction, alert_id: int, version: int) -> None:
    """Record which version of the flag a copy now shows."""
    await tx.execute(
        "UPDATE flag_alerts SET rendered_version = ? WHERE id = ?", (version, alert_id)
    )
