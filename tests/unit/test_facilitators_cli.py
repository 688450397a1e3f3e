"""`peerbot facilitators`: list groups, add and remove a facilitator, with clear errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.cli import main


def _database_with_group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Migrate a new database and add one group to it."""
    path = tmp_path / "bot.sqlite3"
    monkeypatch.setenv("DATABASE_PATH", str(path))
    assert main(["migrate"]) == 0
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO groups (chat_id, title, chat_type, invite_code, timezone, language,"
            " bot_status, created_at) VALUES (-100777, 'Thursday peers', 'group', 'code1',"
            " 'UTC', 'en', 'member', '2026-01-01T00:00:00Z')"
        )
    conn.close()
    return path


def test_add_list_and_remove_a_facilitator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Adding shows up in the list and in the audit trail; removing takes it away."""
    path = _database_with_group(tmp_path, monkeypatch)
    assert main(["facilitators", "add", "-100777", "4242"]) == 0
    assert main(["facilitators", "list"]) == 0
    assert "-100777  Thursday peers  facilitators: 4242" in capsys.readouterr().out
    assert main(["facilitators", "remove", "-100777", "4242"]) == 0
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT action, subject FROM audit_log ORDER BY id").fetchall()
        left = conn.execute("SELECT COUNT(*) FROM facilitators").fetchone()
    conn.close()
    assert rows == [("role.add", "4242"), ("role.remove", "4242")]  # as /facilitators writes
    assert left == (0,)


def test_unknown_group_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown group id gets a clear message and exit code 1."""
    _database_with_group(tmp_path, monkeypatch)
    assert main(["facilitators", "add", "-1", "4242"]) == 1
    assert "no group with id -1" in capsys.readouterr().out


def test_the_list_names_facilitators_who_opened_the_bot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A facilitator who opened the bot is listed with their first name, others by id."""
    path = _database_with_group(tmp_path, monkeypatch)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO members (user_id, first_name, language, timezone, consented_at,"
            " consent_version, created_at, updated_at) VALUES (4242, 'Fran', 'en', 'UTC',"
            " '2026-01-01T00:00:00Z', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"
        )
    conn.close()
    assert main(["facilitators", "add", "-100777", "4242"]) == 0
    assert main(["facilitators", "add", "-100777", "5353"]) == 0
    assert main(["facilitators", "list"]) == 0
    assert "facilitators: 4242 (Fran), 5353" in capsys.readouterr().out
