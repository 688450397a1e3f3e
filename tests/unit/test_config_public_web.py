"""The public web's settings: off by default, groups named or all, a secret required."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, Settings, load_settings
from bot.runner import run

TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"
SECRET = "x" * 40


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the machine's environment out of these tests."""
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)


def _settings(**values: object) -> Settings:
    """Settings with a token and these values, no .env file."""
    return load_settings(_env_file=None, bot_token=TOKEN, **values)


def test_off_unless_groups_are_named() -> None:
    """By default nothing is published and no secret is needed."""
    settings = _settings()
    assert not settings.public_web
    assert (settings.public_web_listen, settings.public_web_port) == ("127.0.0.1", 8080)


def test_group_ids_or_all() -> None:
    """Chat ids are read with their minus sign; "all" (any case) means every group."""
    named = _settings(public_web_groups=" -1001, -1002 ", public_web_secret=SECRET)
    assert named.public_web
    assert named.public_group_ids() == (-1001, -1002)
    assert _settings(public_web_groups="ALL").public_group_ids() is None


def test_a_wrong_group_is_named_in_the_error() -> None:
    """A title instead of a chat id is refused, naming the setting."""
    with pytest.raises(ConfigError, match="PUBLIC_WEB_GROUPS is invalid: 'Leeds'"):
        _settings(public_web_groups="-1001,Leeds")


def test_the_secret_is_required_and_checked() -> None:
    """Publishing without a secret, or with a short one, is refused with a way to make one."""
    with pytest.raises(ConfigError, match="PUBLIC_WEB_SECRET is not set"):
        _settings(public_web_groups="all").require_public_web()
    with pytest.raises(ConfigError, match="PUBLIC_WEB_SECRET is invalid"):
        _settings(public_web_groups="all", public_web_secret="short")
    _settings(public_web_groups="all", public_web_secret=SECRET).require_public_web()


def test_run_refuses_to_publish_without_a_secret(tmp_path: Path) -> None:
    """The runner stops before starting anything when PUBLIC_WEB_GROUPS has no secret."""
    database = tmp_path / "bot.sqlite3"
    settings = _settings(public_web_groups="all", database_path=database)
    with pytest.raises(ConfigError, match="PUBLIC_WEB_SECRET is not set"):
        run(settings)
    assert not database.exists(), "nothing was started"
