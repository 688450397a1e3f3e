"""The spam shield's settings: sane defaults, the CAS lookup off unless given an http(s) URL."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_settings

TOKEN = "1234567890:ShieldSettingsToken_abcdefghijklmn"


def test_the_defaults_hold_links_a_day_and_mute_floods_without_asking_cas() -> None:
    """24 h newcomer window, 8 messages in 10 s, 10 minutes' mute, no CAS."""
    settings = load_settings(_env_file=None, bot_token=TOKEN)
    assert settings.shield_newcomer_hours == 24
    assert (settings.shield_flood_messages, settings.shield_flood_seconds) == (8, 10.0)
    assert settings.shield_mute_minutes == 10
    assert settings.shield_cas_url == ""


def test_a_cas_address_must_be_http() -> None:
    """An https address is taken; anything else is refused with the setting's name."""
    good = load_settings(
        _env_file=None, bot_token=TOKEN, shield_cas_url=" https://api.cas.chat/check "
    )
    assert good.shield_cas_url == "https://api.cas.chat/check"
    with pytest.raises(ConfigError, match="SHIELD_CAS_URL"):
        load_settings(_env_file=None, bot_token=TOKEN, shield_cas_url="api.cas.chat/check")
