"""On call, /crisis before /start, long alerts, retention and the audit trail, via handlers."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta

from bot.app import services_of
from bot.domain.buttons.oncall import GiveShift, RotationTurns, SetRotation, TakeShift
from bot.domain.clock import iso
from bot.domain.oncall import Period
from tests.handlers.conftest import ADMIN_ID, HandlerHarness
from tests.handlers.test_crisis_flow import (
    CO_FACILITATOR,
    CRISIS_TEXT,
    FACILITATOR,
    MEMBER,
    OUTSIDER,
    _alerts,
    _setup_group,
    one_row,
)


async def test_crisis_command_works_before_start(harness: HandlerHarness) -> None:
    """/crisis answers anyone, even someone the bot has never met, with lines and /start."""
    harness.core.add_user("Nadia", 620_000_001, language_code="es")
    [answer] = await harness.send(620_000_001, "/crisis")
    assert "Personas con las que puedes hablar" in (answer.plain_text or "")
    assert "/start" in (answer.plain_text or "")


async def test_admin_sets_rotation_and_facilitator_takes_the_shift(
    harness: HandlerHarness,
) -> None:
    """An admin starts a daily rotation by buttons; the other facilitator takes the shift."""
    group_id = await _setup_group(harness)
    [status] = await harness.send(ADMIN_ID, "/oncall")
    assert "Nobody is on call" in (status.plain_text or "")
    mark = harness.core.mark()
    await harness.press(ADMIN_ID, status, SetRotation(group_id, Period.DAILY).pack())
    [ask] = harness.new_messages(ADMIN_ID, mark.message_seq)
    assert "At what time" in (ask.plain_text or "")
    mark = harness.core.mark()
    await harness.press(ADMIN_ID, ask, SetRotation(group_id, Period.DAILY, time(9, 0)).pack())
    [done] = harness.new_messages(ADMIN_ID, mark.message_seq)
    assert "rotates daily at 9:00 AM" in (done.plain_text or "")
    services = services_of(harness.app)
    duty = await services.oncall.duty(group_id)
    assert duty is not None
    assert duty.duty.user_id == FACILITATOR
    [mine] = await harness.send(CO_FACILITATOR, "/oncall")
    assert "Take the shift" in mine.button_texts()
    mark = harness.core.mark()
    await harness.press(CO_FACILITATOR, mine, TakeShift(group_id).pack())
    [taken] = harness.new_messages(CO_FACILITATOR, mark.message_seq)
    assert "You're on call" in (taken.plain_text or "")
    duty = await services.oncall.duty(group_id)
    assert duty is not None
    assert duty.duty.user_id == CO_FACILITATOR
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    assert len(_alerts(harness, CO_FACILITATOR)) == 1, "the one on call hears first"
    assert _alerts(harness, FACILITATOR) == []
    actions = await services.db.fetch_all("SELECT action, actor_id FROM audit_log ORDER BY id")
    assert [tuple(row) for row in actions] == [
        ("oncall.rotation", ADMIN_ID),
        ("oncall.take", CO_FACILITATOR),
    ]


async def test_hand_over_tells_the_new_person(harness: HandlerHarness) -> None:
    """The one on duty hands over; the other facilitator is told and is now on call."""
    group_id = await _setup_group(harness)
    services = services_of(harness.app)
    await services.oncall.take(group_id, FACILITATOR, FACILITATOR, "oncall.take")
    [mine] = await harness.send(FACILITATOR, "/oncall")
    mark = harness.core.mark()
    await harness.press(FACILITATOR, mine, GiveShift(group_id, CO_FACILITATOR).pack())
    [told] = harness.new_messages(CO_FACILITATOR, mark.message_seq)
    assert "handed you the on-call shift" in (told.plain_text or "")
    duty = await services.oncall.duty(group_id)
    assert duty is not None
    assert duty.duty.user_id == CO_FACILITATOR


async def test_taking_the_shift_from_an_old_message_tells_the_one_on_call(
    harness: HandlerHarness,
) -> None:
    """An old /oncall message takes the shift back: whoever was on call is told, by a message."""
    group_id = await _setup_group(harness)
    [old] = await harness.send(FACILITATOR, "/oncall")  # kept, pressed later
    services = services_of(harness.app)
    await services.oncall.take(group_id, CO_FACILITATOR, CO_FACILITATOR, "oncall.take")
    mark = harness.core.mark()
    await harness.press(FACILITATOR, old, TakeShift(group_id).pack())
    [told] = harness.new_messages(CO_FACILITATOR, mark.message_seq)
    assert "took the on-call shift" in (told.plain_text or "")
    assert "You're off call now" in (told.plain_text or "")
    duty = await services.oncall.duty(group_id)
    assert duty is not None
    assert duty.duty.user_id == FACILITATOR


async def test_members_cannot_use_staff_commands_or_forge_oncall_buttons(
    harness: HandlerHarness,
) -> None:
    """/flags, /flag and /oncall refuse members; a forged take button changes nothing."""
    group_id = await _setup_group(harness)
    for command in ("/flags", "/flag 1", "/oncall"):
        [answer] = await harness.send(OUTSIDER, command)
        assert "for facilitators and admins" in (answer.plain_text or "")
    [status] = await harness.send(ADMIN_ID, "/oncall")
    await harness.press(OUTSIDER, status, TakeShift(group_id).pack())
    rows = await services_of(harness.app).db.fetch_all("SELECT * FROM oncall_shifts")
    assert rows == []


async def test_very_long_message_fits_in_one_alert(harness: HandlerHarness) -> None:
    """A 4,096-character message full of HTML-like text gives an alert within the limit."""
    await _setup_group(harness)
    text = ("<i>&" * 600 + " I want to kill myself ")[:4000]
    text += "x" * (4096 - len(text))
    await harness.send(MEMBER, text)
    await harness.flush_outbox()
    [alert] = _alerts(harness, FACILITATOR)
    assert alert.text is not None
    assert len(alert.text) <= 4096
    assert "kill myself" in (alert.plain_text or "")


async def test_excerpts_are_erased_after_the_retention_period(harness: HandlerHarness) -> None:
    """Old flags lose name, chat and excerpt, in the alerts too; tier and times stay."""
    await _setup_group(harness)
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    services = services_of(harness.app)
    old = iso(datetime.now(UTC) - timedelta(days=31))
    await services.db.write("UPDATE flags SET raised_at = ?", (old,))
    assert await services.flag_records.erase_expired() == 1
    row = await one_row(
        services, "SELECT member_id, member_name, excerpt, chat_id, tier, raised_at FROM flags"
    )
    assert row == (None, None, None, None, "imminent", old)
    await harness.flush_outbox()
    [copy] = _alerts(harness, FACILITATOR)
    assert "kill" not in (copy.plain_text or "")
    assert "Robin" not in (copy.plain_text or "")


async def test_flags_list_shows_state_for_facilitators(harness: HandlerHarness) -> None:
    """/flags lists the flag with its tier and state for the group's facilitator."""
    await _setup_group(harness)
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    [listing] = await harness.send(FACILITATOR, "/flags")
    assert "#1 · imminent danger · ⏳ waiting" in (listing.plain_text or "")
    [usage] = await harness.send(FACILITATOR, "/flag twelve")
    assert "Send /flag with the alert's number" in (usage.plain_text or "")


async def test_flags_list_follows_the_facilitators_zone_and_clock(
    harness: HandlerHarness,
) -> None:
    """/flags writes the raised time in the facilitator's zone, 12-hour or 24-hour as chosen."""
    await _setup_group(harness)
    members = services_of(harness.app).members
    await members.set_timezone(FACILITATOR, "America/New_York")
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    [twelve] = await harness.send(FACILITATOR, "/flags")
    assert re.search(r"· \w{3} \d{1,2}, \d{1,2}:\d{2}\u202f[AP]M ·", twelve.plain_text or "")
    await members.set_clock(FACILITATOR, "24")
    [twenty_four] = await harness.send(FACILITATOR, "/flags")
    assert re.search(r"· \w{3} \d{1,2}, \d{2}:\d{2} ·", twenty_four.plain_text or "")


async def test_status_tells_admins_what_the_bot_can_see(harness: HandlerHarness) -> None:
    """/status says a non-admin bot with privacy mode on cannot see messages, and how to fix it."""
    await _setup_group(harness)
    admin_group = harness.core.add_group("Admin circle", bot_is_member=False)
    harness.core.add_bot_to_group(admin_group.id, ADMIN_ID, as_admin=True)
    await harness.deliver()
    [status] = await harness.send(ADMIN_ID, "/status")
    text = status.plain_text or ""
    tuesday, admin_circle = text.split("Tuesday circle")[1], text.split("Admin circle")[1]
    assert "only see commands" in tuesday.split("Admin circle")[0]
    assert "/setprivacy" in text
    assert "2 facilitators" in tuesday
    assert "I can see members' messages" in admin_circle
    [refused] = await harness.send(MEMBER, "/status")
    assert "only for the people who run this bot" in (refused.plain_text or "")


async def test_admin_chooses_who_takes_turns(harness: HandlerHarness) -> None:
    """Leaving the first facilitator out of the rotation puts the other one on call."""
    group_id = await _setup_group(harness)
    services = services_of(harness.app)
    [status] = await harness.send(ADMIN_ID, "/oncall")
    await harness.press(ADMIN_ID, status, SetRotation(group_id, Period.DAILY, time(9, 0)).pack())
    [done] = harness.core.bot_messages(ADMIN_ID)[-1:]
    assert "Who takes turns" in done.button_texts()
    mark = harness.core.mark()
    await harness.press(ADMIN_ID, done, RotationTurns(group_id).pack())
    [chooser] = harness.new_messages(ADMIN_ID, mark.message_seq)
    assert chooser.button_texts() == ["✅ F", "✅ F"]
    await harness.press(ADMIN_ID, chooser, RotationTurns(group_id, FACILITATOR).pack())
    edited = harness.core.message(ADMIN_ID, chooser.message_id)
    assert edited.button_texts() == ["➖ F", "✅ F"]
    duty = await services.oncall.duty(group_id)
    assert duty is not None
    assert duty.duty.user_id == CO_FACILITATOR
    [status] = await harness.send(CO_FACILITATOR, "/oncall")
    await harness.press(CO_FACILITATOR, status, RotationTurns(group_id, FACILITATOR).pack())
    rotation = await one_row(services, "SELECT participants FROM oncall_rotations")
    assert rotation == (f"[{CO_FACILITATOR}]",), "a facilitator cannot change who takes turns"
