"""End-to-end tests build their world as people do: never raw SQL writes nor repositories."""

from __future__ import annotations

import ast
import re
from pathlib import Path

E2E = Path(__file__).resolve().parents[1] / "e2e"
SQL_WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


def _modules() -> list[tuple[Path, ast.Module]]:
    """Every end-to-end test module, parsed."""
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in E2E.glob("*.py")]


def _sql_writes(tree: ast.Module) -> list[str]:
    """String arguments of execute/executemany calls that write."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        if node.func.attr not in {"execute", "executemany", "executescript"}:
            continue
        for argument in node.args[:1]:
            text = _leading_text(argument)
            if text is not None and SQL_WRITE.match(text):
                found.append(text[:40])
    return found


def _leading_text(node: ast.expr) -> str | None:
    """The text a string argument starts with: a constant, an f-string's first part, or the
    left side of a concatenation."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr) and node.values:
        return _leading_text(node.values[0])
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _leading_text(node.left)
    return None


def _repository_imports(tree: ast.Module) -> list[str]:
    """Names imported from the storage layer that are repositories."""
    return [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("bot.storage")
        for alias in node.names
        if alias.name.endswith("Repository")
    ]


def test_end_to_end_tests_write_no_sql() -> None:
    """No end-to-end module seeds the bot's database with INSERT, UPDATE or DELETE."""
    offenders = {path.name: _sql_writes(tree) for path, tree in _modules()}
    assert {name: writes for name, writes in offenders.items() if writes} == {}


def test_end_to_end_tests_use_no_repository() -> None:
    """No end-to-end module reaches a repository: chats first, services where bulk is needed."""
    offenders = {path.name: _repository_imports(tree) for path, tree in _modules()}
    assert {name: names for name, names in offenders.items() if names} == {}


def test_the_rule_sees_a_write() -> None:
    """Self-test: the checker finds an INSERT passed to execute, also in an f-string or a
    concatenation."""
    tree = ast.parse('conn.execute("INSERT INTO members VALUES (1)")')
    assert _sql_writes(tree) == ["INSERT INTO members VALUES (1)"]
    tree = ast.parse('conn.execute(f"UPDATE {table} SET x = 1")')
    assert _sql_writes(tree) == ["UPDATE "]
    tree = ast.parse('conn.executemany("DELETE FROM " + table, rows)')
    assert _sql_writes(tree) == ["DELETE FROM "]
