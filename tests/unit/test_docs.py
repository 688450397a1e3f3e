"""The guides and .env.example keep up with the code: commands, menus and settings."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from telegram.ext import CommandHandler

from bot.app import build_application
from bot.config import Settings, load_settings
from bot.devtools.emulator import EmulatorCore, EmulatorRequest
from bot.domain.models import Role
from bot.features import FEATURES
from bot.menus import Menu

ROOT = Path(__file__).resolve().parents[2]
GUIDES = (ROOT / "docs" / "members.md", ROOT / "docs" / "facilitators.md")
TOKEN = "1234567890:DocsTestsToken_abcdefghijklmnopqr"
# A line `NAME=...` or `# NAME=...` (an optional setting shown commented out).
_ENV_LINE = re.compile(r"^(?:#\s*)?([A-Z][A-Z0-9_]*)=", flags=re.MULTILINE)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the machine's environment out of the settings these tests build."""
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)


def registered_commands(tmp_path: Path) -> set[str]:
    """Build the real Application (no network, nothing started) and list its commands."""
    settings = load_settings(
        _env_file=None,
        bot_token=TOKEN,
        telegram_api_url="http://emulator.invalid",
        database_path=tmp_path / "db.sqlite3",
    )
    app = build_application(settings, request=EmulatorRequest(EmulatorCore(TOKEN)))
    return {
        command
        for handlers in app.handlers.values()
        for handler in handlers
        if isinstance(handler, CommandHandler)
        for command in handler.commands
    }


def undocumented(commands: Iterable[str], texts: Iterable[str]) -> list[str]:
    """Return the commands no text mentions as /name (so /flag is not found in /flags)."""
    joined = "\n".join(texts)
    return sorted(c for c in commands if not re.search(rf"/{re.escape(c)}(?![\w-])", joined))


def env_example_names(text: str) -> set[str]:
    """Return the names set (or shown commented out) in a .env.example text."""
    return set(_ENV_LINE.findall(text))


def test_every_registered_command_is_in_a_guide(tmp_path: Path) -> None:
    """Each command the bot answers is described in the members' or facilitators' guide."""
    commands = registered_commands(tmp_path)
    assert {"start", "help", "crisis", "forget"} <= commands, "the handler scan found too little"
    texts = [path.read_text(encoding="utf-8") for path in GUIDES]
    missing = undocumented(commands, texts)
    assert not missing, (
        f"commands not described in docs/members.md or docs/facilitators.md: {missing}"
    )


def test_every_member_command_is_in_the_members_guide() -> None:
    """Each command of the members' menu is explained in docs/members.md."""
    text = GUIDES[0].read_text(encoding="utf-8")
    missing = undocumented(Menu.of(FEATURES).commands_for(Role.MEMBER), [text])
    assert not missing, f"docs/members.md lacks {missing}"


def test_every_menu_command_has_a_handler(tmp_path: Path) -> None:
    """No menu entry is a dead button: every command in any role's menu is registered."""
    dead = sorted(set(Menu.of(FEATURES).commands_for(Role.ADMIN)) - registered_commands(tmp_path))
    assert not dead, f"in bot/menus.py but not registered: {dead}"


def test_env_example_matches_the_settings() -> None:
    """Every setting appears in .env.example (NAME= or # NAME=), and every NAME= is a setting."""
    documented = env_example_names((ROOT / ".env.example").read_text(encoding="utf-8"))
    settings = {name.upper() for name in Settings.model_fields}
    assert not settings - documented, f"missing from .env.example: {sorted(settings - documented)}"
    assert not documented - settings, f"not a setting: {sorted(documented - settings)}"


def test_the_checks_report_what_is_missing() -> None:
    """The helpers name an absent command and an unknown or commented-out setting."""
    text = "Send /flags or /start-over, and /help."
    assert undocumented(["flag", "flags", "start", "help"], [text]) == ["flag", "start"]
    assert env_example_names("# About it\n# OLD_NAME=1\nNEW_NAME=\n# note: X=1\n") == {
        "OLD_NAME",
        "NEW_NAME",
    }
