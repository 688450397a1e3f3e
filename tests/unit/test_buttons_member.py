"""A member's buttons as typed values: check-ins, onboarding, settings, /forget (pure)."""

from __future__ import annotations

import zoneinfo
from datetime import date, time
from itertools import combinations

import pytest

from bot.checkins.models import EVERY_DAY, MOODS, WEEKDAYS
from bot.config import DEFAULT_CONTENT_DIR
from bot.domain.buttons.checkins import (
    MAX_MOOD,
    MIN_MOOD,
    PAUSE_CHOICES,
    Consent,
    Mood,
    Pause,
    PickDays,
    SetDays,
    Skip,
)
from bot.domain.buttons.member import (
    Agree,
    ClockChoice,
    CrisisCountry,
    Forget,
    PickTimezone,
    ResourceCategory,
    SettingsLanguage,
    StartLanguage,
    ZoneOrigin,
    is_invite_code,
)
from bot.domain.callback import MAX_BYTES
from bot.domain.language import SUPPORTED_LANGUAGES
from bot.formats.formatting import CLOCKS
from bot.resources.loader import load_categories

DAY = date(2026, 1, 13)


def test_a_mood_is_one_to_five_and_keeps_its_data() -> None:
    """The moods are the check-ins' own; the data reads as before (ci:m:<YYYYMMDD>:<mood>)."""
    assert tuple(range(MIN_MOOD, MAX_MOOD + 1)) == MOODS
    assert Mood(DAY, 3).pack() == "ci:m:20260113:3"
    assert Mood.parse("ci:m:20260113:5") == Mood(DAY, 5)
    for bad in ("ci:m:20260113:0", "ci:m:20260113:6", "ci:m:20261345:3", "ci:m:20260113"):
        assert Mood.parse(bad) is None, bad
    with pytest.raises(ValueError, match="no such mood"):
        Mood(DAY, 9)


def test_skip_carries_its_date_or_none() -> None:
    """A prompt's skip button names its date; a bare skip (the first prompts') means today."""
    assert Skip(DAY).pack() == "ci:skip:20260113"
    assert Skip.parse("ci:skip") == Skip(None)
    assert Skip.parse("ci:skip:now") is None


def test_every_set_of_days_round_trips() -> None:
    """Any of the 128 sets of weekdays packs as digits ('-' for none) and reads back."""
    for size in range(8):
        for days in combinations(range(7), size):
            button = PickDays(time(21, 30), frozenset(days))
            assert PickDays.parse(button.pack()) == button
    assert SetDays(None, WEEKDAYS).pack() == "cis:d:-:01234"
    assert PickDays(time(8), frozenset()).pack() == "cis:k:0800:-"
    for bad in ("2130:0a", "2130:7", "x:0123", "2130:", "-"):
        assert PickDays.parse(f"cis:k:{bad}") is None, bad
        assert SetDays.parse(f"cis:d:{bad}") is None, bad


def test_consent_needs_days_and_a_yes_or_no() -> None:
    """Consent carries the time, at least one day and y/n, as it always did."""
    assert Consent(time(21), EVERY_DAY, True).pack() == "cis:c:2100:0123456:y"
    assert Consent.parse("cis:c:2130:0123:n") == Consent(time(21, 30), frozenset(range(4)), False)
    for bad in ("cis:c:2130:-:y", "cis:c:2130:0123:maybe", "cis:c:99:0123:y"):
        assert Consent.parse(bad) is None, bad


def test_a_pause_is_one_of_the_offered_lengths() -> None:
    """1, 3 or 7 days; without a length, the choices."""
    assert [Pause(days).pack() for days in PAUSE_CHOICES] == ["cis:p:1", "cis:p:3", "cis:p:7"]
    assert Pause.parse("cis:p") == Pause() == Pause.parse(Pause().pack())
    assert Pause.parse("cis:p:5") is None


def test_invite_codes_fit_the_onboarding_buttons() -> None:
    """The longest invite code a link may carry fits with every language; '-' and huge numbers
    are not codes (a button could not carry them)."""
    code = "A" * 40
    for language in SUPPORTED_LANGUAGES:
        for button in (StartLanguage(language, code), Agree(language, code)):
            assert len(button.pack().encode()) <= MAX_BYTES
            assert type(button).parse(button.pack()) == button
    assert Agree.parse("onb:yes:en") == Agree("en")
    assert not is_invite_code("-")
    assert not is_invite_code("9" * 40)
    assert not is_invite_code("a:b")
    assert is_invite_code("Ab3_-x9QzLkP")
    assert StartLanguage.parse("onb:lang:it") is None


def test_every_time_zone_fits_a_button() -> None:
    """Zone names hold '/' and '_'; the longest, from either origin, is well within 64 bytes."""
    for zone in zoneinfo.available_timezones():
        for origin in ZoneOrigin:
            button = PickTimezone(origin, zone)
            assert PickTimezone.parse(button.pack()) == button
    data = PickTimezone(ZoneOrigin.SETTINGS, "America/Argentina/Buenos_Aires").pack()
    assert data == "tz:s:America/Argentina/Buenos_Aires"
    assert PickTimezone.parse("tz:x:UTC") is None


def test_settings_buttons() -> None:
    """The clock choices are the formatter's and automatic; languages are the bot's."""
    assert {choice.value for choice in ClockChoice} == {*CLOCKS, "auto"}
    assert SettingsLanguage.parse("set:lang") == SettingsLanguage()
    for language in SUPPORTED_LANGUAGES:
        assert SettingsLanguage.parse(f"set:lang:{language}") == SettingsLanguage(language)
    assert SettingsLanguage.parse("set:lang:it") is None


def test_forget_crisis_lines_and_resources_keep_their_data() -> None:
    """forget:yes / forget:no, crisis:cc[:XX] and res:cat:<id> read as they always did."""
    assert (Forget(True).pack(), Forget(False).pack()) == ("forget:yes", "forget:no")
    assert Forget.parse("forget:maybe") is None
    assert CrisisCountry.parse("crisis:cc") == CrisisCountry()
    assert CrisisCountry("MX").pack() == "crisis:cc:MX"
    for category in load_categories(DEFAULT_CONTENT_DIR):
        assert ResourceCategory.parse(ResourceCategory(category).pack()) == ResourceCategory(
            category
        )
