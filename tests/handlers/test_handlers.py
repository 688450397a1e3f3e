"""Handlers on a real Application with the emulator as a recording fake transport."""

from __future__ import annotations

import logging

import pytest

from bot.app import services_of
from bot.domain.buttons.member import (
    Agree,
    ClockChoice,
    PickTimezone,
    SettingsClock,
    StartLanguage,
    ZoneOrigin,
)
from bot.features import FEATURES
from tests.handlers.conftest import ADMIN_ID, HandlerHarness


async def _onboard(harness: HandlerHarness, user_id: int, name: str = "Ana") -> None:
    """Create a user and take them through /start to a stored member."""
    harness.core.add_user(name, user_id)
    [greeting] = await harness.send(user_id, "/start")
    await harness.press(user_id, greeting, StartLanguage("en").pack())
    await harness.press(user_id, greeting, Agree("en").pack())
    assert await services_of(harness.app).members.get(user_id) is not None


async def test_admin_command_checks_role_on_server(harness: HandlerHarness) -> None:
    """/groups refuses a member (even with the admin menu) and answers the configured admin."""
    await _onboard(harness, 501)
    [refused] = await harness.send(501, "/groups")
    assert "only for the people who run this bot" in (refused.plain_text or "")
    harness.core.add_user("Admin", ADMIN_ID)
    [listing] = await harness.send(ADMIN_ID, "/groups")
    assert "not in any group" in (listing.plain_text or "")


@pytest.mark.parametrize(
    "forged",
    ["onb:yes:it", "onb:maybe:en", "onb:", "tz:o:Nowhere/Land", "tz:x:UTC", "set:lang:it"],
)
async def test_forged_buttons_change_nothing(harness: HandlerHarness, forged: str) -> None:
    """Callback data a client could forge is refused and stores nothing."""
    harness.core.add_user("Eve", 502)
    [greeting] = await harness.send(502, "/start")
    await harness.press(502, greeting, forged)
    assert await services_of(harness.app).members.get(502) is None


async def test_unknown_button_is_answered_as_expired(harness: HandlerHarness) -> None:
    """A button no feature knows gets an 'expired' answer to the callback query."""
    harness.core.add_user("Al", 503)
    [greeting] = await harness.send(503, "/start")
    query_id = await harness.press(503, greeting, "zzz:1")
    answer = harness.core.callback_answer(query_id)
    assert answer is not None
    assert "expired" in str(answer.get("text"))


async def test_anonymous_admin_account_is_not_a_person(harness: HandlerHarness) -> None:
    """The anonymous-admin account never gets onboarded, even in a private chat."""
    harness.core.add_user("Group", 1087968824, is_bot=True)
    assert await harness.send(1087968824, "/start") == []
    assert await services_of(harness.app).members.get(1087968824) is None


async def test_failure_is_answered_and_logged_without_text(
    harness: HandlerHarness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """When a handler fails, the member hears so and the log names the error, not the text."""
    harness.core.add_user("Ida", 504)

    async def broken(user_id: int) -> None:
        raise RuntimeError("storage unavailable")

    monkeypatch.setattr(services_of(harness.app).members, "get", broken)
    with caplog.at_level(logging.ERROR):
        replies = await harness.send(504, "my secret sentence")
    assert "something went wrong" in (replies[-1].plain_text or "")
    assert "RuntimeError" in caplog.text
    assert "my secret sentence" not in caplog.text


async def test_every_feature_with_personal_data_registers_an_eraser(
    harness: HandlerHarness,
) -> None:
    """Each feature that claims personal columns has its eraser in the running registry."""
    services = services_of(harness.app)
    keeping = {f.name for f in FEATURES if f.personal_data(services).columns}
    assert {"members", "facilitators", "groups", "crisis", "checkins"} <= keeping
    assert keeping == set(services.privacy.features)


async def test_a_typed_zone_takes_the_buttons_off_the_question(harness: HandlerHarness) -> None:
    """Typing 'Madrid' answers the question: its suggestions can no longer be pressed."""
    await _onboard(harness, 503)
    [question] = [m for m in harness.core.bot_messages(503) if m.reply_markup][-1:]
    rows = (question.reply_markup or {}).get("inline_keyboard", [])
    pressed = [
        PickTimezone.parse(str(button.get("callback_data"))) for row in rows for button in row
    ]
    assert any(zone is not None and zone.origin == ZoneOrigin.ONBOARDING for zone in pressed)
    await harness.send(503, "Madrid")
    assert harness.core.message(503, question.message_id).reply_markup is None
    member = await services_of(harness.app).members.get(503)
    assert member is not None
    assert member.timezone == "Europe/Madrid"


async def test_a_member_chooses_a_12_or_24_hour_clock(harness: HandlerHarness) -> None:
    """/settings shows the clock; a choice is stored and used at once; automatic clears it."""
    await _onboard(harness, 503)
    members = services_of(harness.app).members
    await members.set_timezone(503, "America/New_York")
    [menu] = await harness.send(503, "/settings")
    assert "Time format: 6:30\u202fPM" in (menu.plain_text or ""), "a US reader: 12 hours"
    await harness.press(503, menu, SettingsClock().pack())
    choices = harness.core.message(menu.chat_id, menu.message_id).button_texts()
    assert choices == ["As usual where I live (6:30\u202fPM)", "6:30\u202fPM", "18:30"]
    await harness.press(503, menu, SettingsClock(ClockChoice.HOURS_24).pack())
    member = await members.get(503)
    assert member is not None
    assert member.clock == "24"
    done = harness.core.message(menu.chat_id, menu.message_id)
    assert "I'll write times like this: 18:30" in (done.plain_text or "")
    [checkin] = await harness.send(503, "/checkin")
    assert "20:00" in checkin.button_texts(), "the check-in times follow the choice"
    await harness.press(503, done, SettingsClock(ClockChoice.AUTOMATIC).pack())
    member = await members.get(503)
    assert member is not None
    assert member.clock is None


async def test_a_forged_clock_choice_changes_nothing(harness: HandlerHarness) -> None:
    """An unknown clock in the callback data is answered as expired and stores nothing."""
    await _onboard(harness, 504)
    [menu] = await harness.send(504, "/settings")
    await harness.press(504, menu, "set:clock:13")
    member = await services_of(harness.app).members.get(504)
    assert member is not None
    assert member.clock is None
    assert "button" in (harness.core.message(menu.chat_id, menu.message_id).plain_text or "")


async def test_harness_asks_for_every_update_kind_like_the_polling_bot(
    harness: HandlerHarness,
) -> None:
    """deliver() polls with allowed_updates=ALL_TYPES, so chat_member updates reach the app."""
    mark = harness.core.mark()
    await harness.deliver()
    calls = harness.core.get_calls()[mark.call_index :]
    [first, *_] = [call for call in calls if call.method == "getUpdates"]
    assert "chat_member" in first.params["allowed_updates"]
    assert "chat_join_request" in first.params["allowed_updates"]
