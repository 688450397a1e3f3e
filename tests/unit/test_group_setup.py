"""Group setup's pure parts: answers checked, steps in order, advice and next steps."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.domain.group_setup import (
    STEPS,
    GroupStatus,
    SetupDraft,
    check_language,
    check_name,
    check_post_minutes,
    check_timezone,
    next_step,
    next_steps,
    status_lines,
    takes_text,
    zone_choices,
)
from bot.formats.timezones import resolve_timezone
from bot.i18n import load_texts

CONTENT = Path(__file__).resolve().parents[2] / "content"
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
GOOD = GroupStatus(
    reachable=True, bot_is_admin=True, reads_all=False, setup_done=True, facilitators=2, meetings=1
)


def _status(**changes: Any) -> GroupStatus:
    """A status like GOOD with some facts changed."""
    return replace(GOOD, **changes)


def _draft(step: str, updated: datetime = NOW) -> SetupDraft:
    """A draft at a step, last touched at `updated`."""
    return SetupDraft(1, -100, step, "Circle", "UTC", "en", None, updated.isoformat())


def test_steps_follow_in_order_and_end_done() -> None:
    """Each step leads to the next; the last and unknown ones lead to done."""
    assert STEPS[0] == "intro"
    assert [next_step(step) for step in STEPS[:-1]] == [
        "name",
        "timezone",
        "language",
        "reminder",
        "done",
    ]
    assert next_step("reminder") == "done"
    assert next_step("done") == "done"
    assert next_step("nonsense") == "done"


def test_names_are_cleaned_and_limited() -> None:
    """Spaces fold, control characters go, too short/long/command-like names are refused."""
    assert check_name("  Tuesday \n  Circle\u200b ").value == "Tuesday Circle"
    assert check_name("x").problem == "setup-name-too-short"
    assert check_name("!!!").problem == "setup-name-too-short"
    assert check_name("a" * 65).problem == "setup-name-too-long"
    assert check_name("a" * 64).value == "a" * 64
    assert check_name("/start").problem == "setup-name-command"


def test_time_zones_are_read_like_settings_does() -> None:
    """Cities and IANA names are understood; junk and overlong text is refused."""
    assert check_timezone("madrid", resolve_timezone).value == "Europe/Madrid"
    assert check_timezone("America/Bogota", resolve_timezone).value == "America/Bogota"
    assert check_timezone("Narnia", resolve_timezone).problem == "setup-timezone-unknown"
    assert check_timezone("x" * 80, resolve_timezone).problem == "setup-timezone-unknown"
    assert check_timezone("  ", resolve_timezone).problem == "setup-timezone-unknown"


def test_language_and_reminder_accept_only_offered_values() -> None:
    """Forged button values are refused."""
    assert check_language("es", ("en", "es")).value == "es"
    assert check_language("fr", ("en", "es")).problem == "setup-choose-button"
    assert check_post_minutes("180").value == 180
    assert check_post_minutes("0").value == 0
    assert check_post_minutes("45").problem == "setup-choose-button"
    assert check_post_minutes("-1").problem == "setup-choose-button"


def test_zone_buttons_put_current_and_default_first() -> None:
    """The group's zone and the bot's default come first, without repeats, at most six."""
    suggested = ("Europe/London", "Europe/Madrid", "A/1", "A/2", "A/3", "A/4", "A/5")
    zones = zone_choices("Europe/Madrid", "UTC", suggested)
    assert zones[:3] == ["Europe/Madrid", "UTC", "Europe/London"]
    assert len(zones) == 6
    assert len(set(zones)) == 6


def test_text_goes_to_setup_only_once_started_and_lately() -> None:
    """The intro takes no text; a day-old draft takes none either."""
    assert takes_text(_draft("name"), NOW)
    assert takes_text(_draft("language"), NOW)
    assert not takes_text(_draft("intro"), NOW)
    assert not takes_text(_draft("name", NOW - timedelta(hours=25)), NOW)


def test_status_lines_say_what_to_change() -> None:
    """Unreachable says only that; privacy on, no setup, no facilitators, no meetings warn."""
    assert status_lines(_status(reachable=False)) == ["status-unreachable"]
    assert status_lines(GOOD) == [
        "status-can-post",
        "status-admin",
        "status-setup-done",
        "status-facilitators",
        "status-meetings",
    ]
    bare = _status(bot_is_admin=False, setup_done=False, facilitators=0, meetings=0)
    assert status_lines(bare) == [
        "status-can-post",
        "status-privacy-on",
        "status-setup-missing",
        "status-no-facilitators",
        "status-no-meetings",
    ]
    assert "status-privacy-off" in status_lines(_status(bot_is_admin=False, reads_all=True))


def test_next_steps_after_setup() -> None:
    """Privacy, facilitators (by whom) and a first meeting, or re-adding when unreachable."""
    assert next_steps(GOOD, bot_admin=True) == []
    bare = _status(bot_is_admin=False, facilitators=0, meetings=0)
    assert next_steps(bare, bot_admin=True) == [
        "setup-next-privacy",
        "setup-next-facilitators",
        "setup-next-meeting",
    ]
    assert next_steps(bare, bot_admin=False)[1] == "setup-next-ask-admin"
    assert next_steps(_status(reachable=False), bot_admin=True) == ["setup-next-readd"]


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_id_the_domain_returns_exists(language: str) -> None:
    """The ids these functions return are defined in every locale."""
    ids = set(load_texts(CONTENT).message_ids(language))
    returned = {
        "setup-name-too-short",
        "setup-name-too-long",
        "setup-name-command",
        "setup-timezone-unknown",
        "setup-choose-button",
        "status-unreachable",
        "status-can-post",
        "status-admin",
        "status-privacy-off",
        "status-privacy-on",
        "status-setup-done",
        "status-setup-missing",
        "status-facilitators",
        "status-no-facilitators",
        "status-meetings",
        "status-no-meetings",
        "setup-next-readd",
        "setup-next-privacy",
        "setup-next-facilitators",
        "setup-next-ask-admin",
        "setup-next-meeting",
    }
    assert returned <= ids
