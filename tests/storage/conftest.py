"""A fresh, migrated database per test."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.features import FEATURES
from bot.storage.db import Database


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    """Open a migrated database in a temporary folder and close it afterwards."""
    database = Database(tmp_path / "test.sqlite3")
    await database.open()
    yield database
    await database.close()


def group_columns() -> tuple[str, ...]:
    """Every column the features declare as naming a group (what the composition root passes)."""
    return tuple(column for feature in FEATURES for column in feature.group_columns)
