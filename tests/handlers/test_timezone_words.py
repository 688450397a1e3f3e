"""Time zones typed in words wherever a zone is asked: onboarding, /settings, group setup."""

from __future__ import annotations

import pytest

from bot.app import services_of
from bot.devtools.emulator import StoredMessage
from bot.domain.buttons.group_setup import PickZone, StartSetup
from bot.domain.buttons.member import (
    Agree,
    PickTimezone,
    SettingsTimezone,
    StartLanguage,
    ZoneOrigin,
)
from tests.handlers.conftest import ADMIN_ID, HandlerHarness

MEMBER = 520_000_001
ISSUE_WORDS = {
    "Barcelona": "Europe/Madrid",
    "Sevilla": "Europe/Madrid",
    "Buenos Aires": "America/Argentina/Buenos_Aires",
    "Ciudad de México": "America/Mexico_City",
    "nueva york": "America/New_York",
    "GMT": "GMT",
    "CET": "CET",
    "UTC+1": "Etc/GMT-1",
}
MORE_WORDS = {"St. Louis": "America/Chicago", "GMT-3": "Etc/GMT+3", "München": "Europe/Berlin"}


async def _onboarded(harness: HandlerHarness) -> StoredMessage:
    """Take a member through /start up to the time-zone question; return that question."""
    harness.core.add_user("Ana", MEMBER)
    [greeting] = await harness.send(MEMBER, "/start")
    await harness.press(MEMBER, greeting, StartLanguage("en").pack())
    [question] = await harness.pressed(MEMBER, greeting, Agree("en").pack())
    return question


async def _zone(harness: HandlerHarness) -> str:
    """The member's stored zone."""
    member = await services_of(harness.app).members.get(MEMBER)
    assert member is not None
    return member.timezone


def _choices(message: StoredMessage) -> list[PickTimezone]:
    """The time zones a message's buttons offer."""
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    found = [PickTimezone.parse(str(button["callback_data"])) for row in rows for button in row]
    return [choice for choice in found if choice is not None]


@pytest.mark.parametrize(("typed", "zone"), [*ISSUE_WORDS.items(), *MORE_WORDS.items()])
async def test_each_word_of_the_issue_is_taken_in_settings(
    harness: HandlerHarness, typed: str, zone: str
) -> None:
    """Each word the issue lists answers the /settings time-zone question."""
    await _onboarded(harness)
    [menu] = await harness.send(MEMBER, "/settings")
    await harness.press(MEMBER, menu, SettingsTimezone().pack())
    answer = await harness.ask(MEMBER, typed)
    assert "your time zone is now" in answer
    assert await _zone(harness) == zone


async def test_a_fixed_offset_is_shown_forwards_everywhere(harness: HandlerHarness) -> None:
    """'UTC+1' is stored as a fixed zone and shown as UTC+01:00, never as Etc/GMT-1."""
    await _onboarded(harness)
    answer = await harness.ask(MEMBER, "UTC+1")
    assert "your time zone is now UTC+01:00" in answer
    settings = await harness.ask(MEMBER, "/settings")
    assert "UTC+01:00" in settings
    assert "Etc/GMT" not in settings


async def test_a_typo_at_onboarding_gets_suggestions_and_a_tap_sets_it(
    harness: HandlerHarness,
) -> None:
    """'Madird' is not guessed: the closest zones come as buttons; tapping one sets it."""
    await _onboarded(harness)
    [unsure] = await harness.send(MEMBER, "Madird")
    assert "Did you mean one of these?" in (unsure.plain_text or "")
    assert unsure.button_texts()[0] == "Europe/Madrid"
    first = _choices(unsure)[0]
    assert first == PickTimezone(ZoneOrigin.ONBOARDING, "Europe/Madrid")
    assert await _zone(harness) != "Europe/Madrid"
    done = await harness.pressed(MEMBER, unsure, first.pack())
    assert await _zone(harness) == "Europe/Madrid"
    assert any("You're all set" in (m.plain_text or "") for m in done), "onboarding ends"


async def test_an_ambiguous_abbreviation_is_asked_in_settings(harness: HandlerHarness) -> None:
    """'CST' may be Chicago, China or Cuba: each is offered, and the pick is kept."""
    await _onboarded(harness)
    await harness.ask(MEMBER, "Madrid")
    [menu] = await harness.send(MEMBER, "/settings")
    await harness.press(MEMBER, menu, SettingsTimezone().pack())
    [unsure] = await harness.send(MEMBER, "CST")
    assert unsure.button_texts() == ["America/Chicago", "Asia/Shanghai", "America/Havana"]
    await harness.press(MEMBER, unsure, _choices(unsure)[1].pack())
    assert await _zone(harness) == "Asia/Shanghai"


async def test_a_typo_in_group_setup_gets_suggestions_and_a_tap_sets_it(
    harness: HandlerHarness,
) -> None:
    """At the setup's zone step, 'Buenos Aries' offers Buenos Aires; the tap takes it."""
    harness.core.add_user("Ada", ADMIN_ID)
    group = harness.core.add_group("Martes", bot_is_member=False)
    mark = harness.core.mark()
    harness.core.add_bot_to_group(group.id, ADMIN_ID, as_admin=False)
    await harness.deliver()
    [intro] = harness.new_messages(ADMIN_ID, mark.message_seq)
    await harness.pressed(ADMIN_ID, intro, StartSetup(group.id).pack())
    await harness.send(ADMIN_ID, "Martes")
    [unsure] = await harness.send(ADMIN_ID, "Buenos Aries")
    assert "Did you mean one of these?" in (unsure.plain_text or "")
    zone = "America/Argentina/Buenos_Aires"
    assert zone in unsure.button_texts()
    [language_q] = await harness.pressed(ADMIN_ID, unsure, PickZone(group.id, zone).pack())
    assert "3 of 4" in (language_q.plain_text or "")
    draft = await services_of(harness.app).group_setup.draft(ADMIN_ID)
    assert draft is not None
    assert draft.timezone == zone


async def test_a_big_city_in_group_setup_is_taken(harness: HandlerHarness) -> None:
    """'München' at the setup's zone step is Europe/Berlin at once."""
    harness.core.add_user("Ada", ADMIN_ID)
    group = harness.core.add_group("Dienstag", bot_is_member=False)
    mark = harness.core.mark()
    harness.core.add_bot_to_group(group.id, ADMIN_ID, as_admin=False)
    await harness.deliver()
    [intro] = harness.new_messages(ADMIN_ID, mark.message_seq)
    await harness.pressed(ADMIN_ID, intro, StartSetup(group.id).pack())
    await harness.send(ADMIN_ID, "Dienstag")
    [language_q] = await harness.send(ADMIN_ID, "München")
    assert "3 of 4" in (language_q.plain_text or "")
    draft = await services_of(harness.app).group_setup.draft(ADMIN_ID)
    assert draft is not None
    assert draft.timezone == "Europe/Berlin"
