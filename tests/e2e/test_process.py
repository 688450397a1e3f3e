"""The bot as a process: start-up errors, command menus, clean stop, logs, backup."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from bot.devtools.emulator import Emulator
from bot.domain.models import Role
from bot.features import FEATURES
from bot.menus import Menu
from tests.e2e.conftest import new_person, onboard, query_db
from tests.e2e.harness import ADMIN_ID, ROOT, TOKEN, BotProcess


def _run_cli(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot ...` with exactly this environment."""
    base = {key: os.environ[key] for key in ("PATH", "HOME") if key in os.environ}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        env={**base, **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_run_without_token_stops_with_a_clear_message(tmp_path: Path) -> None:
    """Without BOT_TOKEN the bot exits at once with code 2, a hint and no traceback."""
    result = _run_cli(["run"], {}, tmp_path)
    assert result.returncode == 2
    assert "BOT_TOKEN is not set" in result.stderr
    assert "@BotFather" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_rejected_token_stops_with_a_clear_message(emulator: Emulator, tmp_path: Path) -> None:
    """A token the server rejects (401) stops the bot with a one-line explanation and code 2."""
    env = {
        "BOT_TOKEN": "1111111111:SomeOtherTokenThatIsNotKnown_xyz",
        "TELEGRAM_API_URL": emulator.url,
    }
    result = _run_cli(["run"], {**env, "DATABASE_PATH": str(tmp_path / "db.sqlite3")}, tmp_path)
    assert result.returncode == 2, "a setting to change: systemd must not restart it in a loop"
    assert "Telegram rejected BOT_TOKEN" in result.stderr
    assert "SomeOtherTokenThatIsNotKnown" not in result.stderr


def test_menus_per_language_and_role(fresh_bot: BotProcess) -> None:
    """Members get a menu per language; an admin with a private chat gets the admin menu."""
    emulator = fresh_bot.emulator
    if ADMIN_ID not in emulator.users:
        emulator.add_user("Alex", ADMIN_ID)
    fresh_bot.start()
    fresh_bot.stop()
    private = json.dumps({"type": "all_private_chats"}, sort_keys=True)
    spanish = [c["command"] for c in emulator.commands[(private, "es")]]
    assert spanish == list(Menu.of(FEATURES).commands_for(Role.MEMBER))
    assert spanish[:4] == ["start", "help", "next", "meetings"]
    assert emulator.commands[(private, "es")][1]["description"] == "Lo que puedo hacer"
    admin_scope = json.dumps({"chat_id": ADMIN_ID, "type": "chat"}, sort_keys=True)
    admin_menu = [c["command"] for c in emulator.commands[(admin_scope, "")]]
    assert {"groups", "flags", "flag", "oncall"} <= set(admin_menu)


def test_sigterm_stops_cleanly_and_logs_hold_no_secrets(fresh_bot: BotProcess) -> None:
    """SIGTERM exits with 0; the log never holds the token or what members wrote."""
    fresh_bot.start()
    member = new_person(fresh_bot.emulator, "Lou")
    onboard(member)
    secret_text = "my very private words 12345"
    member.ask(secret_text)
    assert fresh_bot.stop() == 0
    logs = fresh_bot.logs()
    assert "ready" in logs
    assert TOKEN not in logs
    assert TOKEN.split(":")[1] not in logs
    assert secret_text not in logs
    assert "Lou" not in logs


def test_migrate_and_backup_commands(fresh_bot: BotProcess, tmp_path: Path) -> None:
    """`peerbot backup` copies the live database; `peerbot migrate` then has nothing to do."""
    fresh_bot.start()
    member = new_person(fresh_bot.emulator, "Bo")
    onboard(member)
    env = {"DATABASE_PATH": str(fresh_bot.database)}
    copy = tmp_path / "backup" / "copy.sqlite3"
    result = _run_cli(["backup", str(copy)], env, ROOT)
    assert result.returncode == 0, result.stderr
    rows = query_db(copy, "SELECT user_id FROM members")
    assert (member.id,) in rows
    assert query_db(copy, "PRAGMA integrity_check") == [("ok",)]
    result = _run_cli(["migrate"], env, ROOT)
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


def test_broken_crisis_list_stops_the_bot_at_start(tmp_path: Path) -> None:
    """A crisis word list with a broken pattern stops `peerbot run` naming the file and line."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    broken = content / "crisis" / "en.toml"
    lines = broken.read_text(encoding="utf-8").splitlines()
    lines += [
        "",
        "[[rule]]",
        'id = "en.test.broken"',
        'category = "ideation"',
        'tier = "high"',
        "pattern = 'unbalanced (parenthesis'",
    ]
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {
        "BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": "http://127.0.0.1:9",
        "CONTENT_DIR": str(content),
    }
    result = _run_cli(["run"], env, tmp_path)
    assert result.returncode == 2
    assert f"en.toml:{len(lines)}: invalid regex" in result.stderr
    assert "Traceback" not in result.stderr
