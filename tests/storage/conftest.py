"""A fresh, migrated database per test."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.storage.db import Database


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    """Open a migrated database in a temporary folder and close it afterwards."""
    database = Database(tmp_path / "test.sqlite3")
    await database.open()
    yield database
    await database.close()
