"""Migrations: empty to latest, idempotent, pragmas set, failures reported."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import aiosqlite
import pytest

from bot.storage.db import Database
from bot.storage.migrations import MigrationError, apply_migrations, load_migrations


def _schema(path: Path) -> list[tuple[str, str]]:
    """Return every schema object's name and SQL."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
    conn.close()
    return [(str(name), str(sql)) for name, sql in rows]


async def test_empty_database_reaches_latest(tmp_path: Path) -> None:
    """Opening an empty file applies every migration and records each one."""
    db = Database(tmp_path / "a.sqlite3")
    await db.open()
    rows = await db.fetch_all("SELECT version FROM schema_migrations ORDER BY version")
    await db.close()
    assert [row["version"] for row in rows] == [m.version for m in load_migrations()]
    names = {name for name, _ in _schema(tmp_path / "a.sqlite3")}
    assert {"members", "groups", "group_members", "admins", "facilitators"} <= names


async def test_second_run_changes_nothing(tmp_path: Path) -> None:
    """Migrating an up-to-date database applies nothing and leaves the schema as it was."""
    path = tmp_path / "b.sqlite3"
    db = Database(path)
    await db.open()
    await db.close()
    before = _schema(path)
    async with aiosqlite.connect(path, isolation_level=None) as conn:
        assert await apply_migrations(conn) == []
    assert _schema(path) == before


async def test_pragmas_are_set(db: Database) -> None:
    """WAL, foreign keys, secure_delete and a busy timeout are on."""
    assert (await db.fetch_one("PRAGMA journal_mode"))[0] == "wal"  # type: ignore[index]
    assert (await db.fetch_one("PRAGMA foreign_keys"))[0] == 1  # type: ignore[index]
    assert (await db.fetch_one("PRAGMA secure_delete"))[0] == 1  # type: ignore[index]
    assert (await db.fetch_one("PRAGMA busy_timeout"))[0] >= 1000  # type: ignore[index]


async def test_failed_migration_is_rolled_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A broken migration raises MigrationError naming it and leaves no partial change."""
    from bot.storage import migrations

    real = migrations.load_migrations()
    broken = migrations.Migration(len(real) + 1, "broken", "CREATE TABLE half (x);\nNOT SQL;")
    monkeypatch.setattr(migrations, "load_migrations", lambda: [*real, broken])
    async with aiosqlite.connect(tmp_path / "c.sqlite3", isolation_level=None) as conn:
        with pytest.raises(MigrationError, match="broken"):
            await apply_migrations(conn)
        async with conn.execute("SELECT name FROM sqlite_master WHERE name = 'half'") as cursor:
            assert await cursor.fetchone() is None
        assert await migrations.current_version(conn) == len(real)
