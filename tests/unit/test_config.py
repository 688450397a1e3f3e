"""Configuration: defaults, parsing, and readable errors that never echo the token."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.config import ConfigError, Settings, load_settings

TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the machine's environment out of these tests."""
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)


def test_missing_token_names_the_setting_and_botfather() -> None:
    """Without BOT_TOKEN the error names it and says where to get one."""
    with pytest.raises(ConfigError) as caught:
        load_settings(_env_file=None)
    assert "BOT_TOKEN is not set" in str(caught.value)
    assert "@BotFather" in str(caught.value)
    assert "cp .env.example .env" in str(caught.value)  # the first step a new admin missed


def test_invalid_token_is_not_echoed() -> None:
    """A malformed token is rejected without repeating its value."""
    with pytest.raises(ConfigError) as caught:
        load_settings(_env_file=None, bot_token="secret-but-wrong")
    assert "BOT_TOKEN is invalid" in str(caught.value)
    assert "secret-but-wrong" not in str(caught.value)


def test_defaults_and_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings come from the environment; ADMIN_IDS is a comma-separated list of ids."""
    monkeypatch.setenv("BOT_TOKEN", TOKEN)
    monkeypatch.setenv("ADMIN_IDS", " 11, 22 ,33")
    monkeypatch.setenv("TELEGRAM_API_URL", "http://127.0.0.1:8081/")
    settings = load_settings(_env_file=None)
    assert settings.admin_ids == (11, 22, 33)
    assert settings.telegram_api_url == "http://127.0.0.1:8081"
    assert settings.timezone == "UTC"
    assert settings.default_language == "en"
    assert settings.bot_token.get_secret_value() == TOKEN
    assert TOKEN not in repr(settings)


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("admin_ids", "12,@alice", "ADMIN_IDS is invalid"),
        ("timezone", "Mars/Olympus", "TIMEZONE is invalid"),
        ("default_language", "xx", "DEFAULT_LANGUAGE is invalid"),
        ("telegram_api_url", "ftp://example", "TELEGRAM_API_URL is invalid"),
        ("poll_timeout", "500", "POLL_TIMEOUT is invalid"),
        ("log_level", "LOUD", "LOG_LEVEL is invalid"),
    ],
)
def test_each_invalid_setting_is_named(name: str, value: str, expected: str) -> None:
    """Every invalid setting produces a message that names it by its environment name."""
    with pytest.raises(ConfigError, match=re.escape(expected)):
        load_settings(_env_file=None, bot_token=TOKEN, **{name: value})


def test_env_file_is_read(tmp_path: Path) -> None:
    """Settings are read from a .env file."""
    env = tmp_path / ".env"
    env.write_text(f"BOT_TOKEN={TOKEN}\nTIMEZONE=Europe/Madrid\n", encoding="utf-8")
    settings = load_settings(_env_file=env)
    assert settings.timezone == "Europe/Madrid"


def test_env_example_lists_exactly_the_settings() -> None:
    """.env.example documents every setting of the Settings class and nothing else."""
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    documented = set(re.findall(r"^([A-Z_]+)=", text, flags=re.MULTILINE))
    assert documented == {name.upper() for name in Settings.model_fields}
    for name in documented:
        block = text.split(f"\n{name}=")[0].rsplit("\n\n", 1)[-1]
        assert block.strip().startswith("#"), f"{name} has no explanation above it"
