"""The layering rules hold: imports point one way, SQL stays in storage."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    """Return every module name a file imports (absolute imports only)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _files(*folders: str) -> list[Path]:
    """Return the Python files under the given project folders."""
    return [path for folder in folders for path in (ROOT / folder).rglob("*.py")]


def _offenders(files: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    """List file:module pairs where a file imports a forbidden package."""
    return [
        f"{path.relative_to(ROOT)}: {name}"
        for path in files
        for name in _imports(path)
        if name.split(".")[0] in forbidden or name.startswith(forbidden)
    ]


def test_domain_and_crisis_are_pure() -> None:
    """Domain and crisis modules import neither telegram nor aiosqlite nor storage."""
    files = (
        _files("bot/domain", "bot/crisis")
        if (ROOT / "bot/crisis").exists()
        else _files("bot/domain")
    )
    assert _offenders(files, ("telegram", "aiosqlite", "bot.storage", "bot.services")) == []


def test_handlers_do_not_touch_storage() -> None:
    """Handlers reach data only through services."""
    assert _offenders(_files("handlers"), ("aiosqlite", "sqlite3", "bot.storage")) == []


def test_only_the_composition_root_imports_handlers() -> None:
    """Within bot/, only bot/app.py imports the handlers package."""
    files = [path for path in _files("bot") if path != ROOT / "bot" / "app.py"]
    assert _offenders(files, ("handlers",)) == []


def test_sql_lives_in_storage() -> None:
    """Outside bot/storage (and the emulator), no module imports a SQLite driver."""
    files = [
        path
        for path in _files("bot", "handlers")
        if "storage" not in path.parts and "devtools" not in path.parts
    ]
    assert _offenders(files, ("aiosqlite", "sqlite3")) == []
