"""The end-to-end "nothing changed" snapshot: a send finishing between two snapshots is not a
change, a new row is."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from bot.storage.db import create_database
from tests.e2e.conftest import db_snapshot

LATER = "2999-01-01T00:00:00Z"


def _database(tmp_path: Path) -> Path:
    """A migrated database holding one send that waits (a 429's retry, quiet hours)."""
    path = tmp_path / "bot.sqlite3"
    asyncio.run(create_database(path))
    _run(
        path,
        "INSERT INTO outbox (dedup_key, chat_id, user_id, method, payload, priority, created_at,"
        " next_attempt_at, context) VALUES ('mnews:1', 7100000001, 7100000001, 'sendDocument',"
        " '{}', 2, '2026-12-07T21:28:44Z', ?, '{}')",
        (LATER,),
    )
    return path


def _run(path: Path, sql: str, params: tuple[object, ...] = ()) -> None:
    """Write to the database as the bot would."""
    with sqlite3.connect(path) as conn:
        conn.execute(sql, params)
    conn.close()


def test_a_waiting_send_that_goes_out_is_no_change(tmp_path: Path) -> None:
    """The worker clearing a sent row's payload, user and context changes no snapshot."""
    path = _database(tmp_path)
    before = db_snapshot(path)
    _run(
        path,
        "UPDATE outbox SET sent_at = '2026-12-07T21:29:00Z', payload = NULL, user_id = NULL,"
        " context = NULL, attempts = 1",
    )
    assert db_snapshot(path) == before


def test_a_new_send_is_a_change(tmp_path: Path) -> None:
    """A row queued between two snapshots shows."""
    path = _database(tmp_path)
    before = db_snapshot(path)
    _run(
        path,
        "INSERT INTO outbox (dedup_key, chat_id, method, priority, created_at, next_attempt_at)"
        " VALUES ('mnews:2', 7100000001, 'sendMessage', 2, '2026-12-07T21:30:00Z', ?)",
        (LATER,),
    )
    assert db_snapshot(path) != before
