"""Consistent online copies of the database, safe while the bot runs."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def backup_database(source: Path, target: Path) -> None:
    """Copy the live database to `target` with SQLite's online backup API."""
    if not source.exists():
        raise FileNotFoundError(f"no database at {source}")
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.unlink()
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src, sqlite3.connect(target) as dst:
        src.execute("PRAGMA busy_timeout=5000")
        src.backup(dst)
    dst.close()
    src.close()


def integrity_ok(path: Path) -> bool:
    """Tell whether a database file passes SQLite's integrity check."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        row = conn.execute("PRAGMA integrity_check").fetchone()
    conn.close()
    return bool(row and row[0] == "ok")
