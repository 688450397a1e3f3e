"""Suite-wide collection order: the long modules first, so parallel workers end together."""

from __future__ import annotations

import pytest

# Folders and modules whose tests take tens of seconds (bot processes, kills, training,
# fuzzing): started first, the short ones then fill the gaps, and no worker is left alone
# with one long module at the end (make test runs one module per worker at a time).
LONG_FIRST = (
    "tests/e2e/",
    "tests/devtools/test_shell",
    "tests/handlers/test_fuzz_updates.py",
    "tests/crisis/",
)


def _starts_late(item: pytest.Item) -> bool:
    """False for tests of the long modules."""
    path = str(item.path).replace("\\", "/")
    return not any(part in path for part in LONG_FIRST)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Put the long modules' tests first (a stable sort: each module's order is kept)."""
    items.sort(key=_starts_late)
