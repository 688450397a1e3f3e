"""Requests to reach out through real handlers: the member's reply, claiming, reminders."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.devtools.clock import ManualClock
from bot.devtools.emulator import StoredMessage
from bot.domain.buttons.contact_requests import ClaimContact
from bot.domain.buttons.member import Forget
from bot.domain.clock import iso
from bot.domain.models import Person
from tests.handlers.conftest import ADMIN_ID, HandlerHarness
from tests.handlers.test_checkins import (
    FACILITATOR,
    MEMBER,
    START,
    STRANGER,
    TUESDAY_13,
    answer_day,
    data_of,
    opt_in,
    press,
    services,
    tap,
    text_of,
    world,
)

SECOND = 650_000_009  # a second facilitator of the group
TAKE = "I'll reach out"


@pytest.fixture
def clock() -> ManualClock:
    """The fixed clock of the test, at START."""
    return ManualClock(START)


async def circle(harness: HandlerHarness, facilitators: int = 2) -> int:
    """The check-in world with a second facilitator (or none at all); the group's id."""
    group_id = await world(harness)
    found = services(harness)
    harness.core.add_user("Gus", SECOND, language_code="en")
    await found.members.consent(Person(SECOND, "Gus", None, "en"), "en", "Europe/Madrid")
    if facilitators == 2:
        await found.roles.roles.add_facilitator(group_id, SECOND, ADMIN_ID, iso(START))
    if facilitators == 0:
        await found.roles.roles.remove_facilitator(group_id, FACILITATOR)
    await found.members.consent(Person(ADMIN_ID, "Ada", None, "en"), "en", "Europe/Madrid")
    return group_id


async def ask_for_contact(harness: HandlerHarness, clock: ManualClock) -> StoredMessage:
    """Answer today's check-in and tap 'reach out'; return the member's reply."""
    await opt_in(harness)
    thanked, _ = await answer_day(harness, clock, TUESDAY_13, "3 · Okay")
    _, _, [reply] = await tap(harness, thanked, "reach out")
    return reply


def request_in(harness: HandlerHarness, chat_id: int) -> list[StoredMessage]:
    """The requests to reach out in a chat, oldest first."""
    return [
        m
        for m in harness.core.bot_messages(chat_id)
        if "would like a facilitator to reach out" in text_of(m)
    ]


async def test_two_facilitators_one_claim(harness: HandlerHarness, clock: ManualClock) -> None:
    """Both get the button; Fay's press claims it, Gus's copy shows her, his press is told."""
    await circle(harness)
    reply = await ask_for_contact(harness, clock)
    assert "your group's facilitators" in text_of(reply)
    assert "/crisis" in text_of(reply)
    await harness.flush_outbox()
    [fay_copy] = request_in(harness, FACILITATOR)
    [gus_copy] = request_in(harness, SECOND)
    assert request_in(harness, ADMIN_ID) == [], "the admins are not told first"
    assert fay_copy.button_texts() == [f"🙋 {TAKE}"]
    data = data_of(fay_copy, TAKE)
    toast, _, _ = await press(harness, fay_copy, data, user_id=FACILITATOR)
    assert "Thank you" in toast
    await harness.flush_outbox()
    shown = harness.core.message(SECOND, gus_copy.message_id)
    assert shown.button_texts() == ["✅ Fay is reaching out"]
    assert harness.core.message(FACILITATOR, fay_copy.message_id).button_texts() == [
        "✅ You're reaching out"
    ]
    toast, _, _ = await press(harness, shown, data, user_id=SECOND)
    assert toast == "Fay already said they'd reach out."


async def test_others_are_refused_politely(harness: HandlerHarness, clock: ManualClock) -> None:
    """The member, a stranger and forged data: a refusal, and the request stays unclaimed."""
    await circle(harness)
    await ask_for_contact(harness, clock)
    await harness.flush_outbox()
    [fay_copy] = request_in(harness, FACILITATOR)
    [(request_id,)] = await services(harness).db.fetch_all("SELECT id FROM support_requests")
    for who in (MEMBER, STRANGER):
        toast, _, _ = await press(harness, fay_copy, ClaimContact(request_id).pack(), user_id=who)
        assert "theirs to answer" in toast, who
    for data in ("cr:take:x", "cr:take", f"cr:take:{request_id}:1"):
        toast, _, _ = await press(harness, fay_copy, data, user_id=FACILITATOR)
        assert toast == "That button no longer works.", data
    toast, _, _ = await press(harness, fay_copy, "cr:give:1", user_id=FACILITATOR)
    assert toast.startswith("This button has expired"), "no such button: the fallback answers"
    rows = await services(harness).db.fetch_all("SELECT claimed_by FROM support_requests")
    assert [row[0] for row in rows] == [None]


async def test_reply_says_the_admins_were_told(harness: HandlerHarness, clock: ManualClock) -> None:
    """No facilitator: the admins hear, and the member is told so."""
    await circle(harness, facilitators=0)
    reply = await ask_for_contact(harness, clock)
    assert "people who run this bot" in text_of(reply)
    await harness.flush_outbox()
    assert len(request_in(harness, ADMIN_ID)) == 1


async def test_unclaimed_request_is_reminded_with_a_new_message(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """After the wait, a new message (with the button) to both facilitators and the admin."""
    await circle(harness)
    await ask_for_contact(harness, clock)
    await harness.flush_outbox()
    contacts = services(harness).contact_requests
    clock.now += timedelta(minutes=services(harness).settings.escalation_minutes, seconds=2)
    assert await contacts.remind_due() == 1
    await harness.flush_outbox()
    for chat_id in (FACILITATOR, SECOND):
        _first, reminder = request_in(harness, chat_id)
        assert "nobody has said they'll reach out yet" in text_of(reminder)
        assert reminder.button_texts() == [f"🙋 {TAKE}"]
    [admin_copy] = request_in(harness, ADMIN_ID)
    toast, _, _ = await press(harness, admin_copy, data_of(admin_copy, TAKE), user_id=ADMIN_ID)
    assert "Thank you" in toast
    await harness.flush_outbox()
    for chat_id in (FACILITATOR, SECOND):
        for copy in request_in(harness, chat_id):
            shown = harness.core.message(chat_id, copy.message_id)
            assert shown.button_texts() == ["✅ Ada is reaching out"]


async def test_forget_withdraws_the_delivered_copies(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """The member's /forget: each facilitator's copy says it was withdrawn, without the name."""
    await circle(harness)
    await ask_for_contact(harness, clock)
    await harness.flush_outbox()
    [fay_copy] = request_in(harness, FACILITATOR)
    [confirm] = await harness.send(MEMBER, "/forget")
    await press(harness, confirm, Forget(True).pack())
    await harness.flush_outbox()
    shown = harness.core.message(FACILITATOR, fay_copy.message_id)
    assert "withdrawn" in text_of(shown)
    assert "Mo" not in text_of(shown)
    assert shown.button_texts() == []
    rows = await services(harness).db.fetch_all("SELECT * FROM support_requests")
    assert rows == []


async def test_claimer_forget_opens_the_request_again(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """Fay claims, then erases her data: Gus's copy offers the button again, and it works."""
    await circle(harness)
    await ask_for_contact(harness, clock)
    await harness.flush_outbox()
    [fay_copy] = request_in(harness, FACILITATOR)
    [gus_copy] = request_in(harness, SECOND)
    await press(harness, fay_copy, data_of(fay_copy, TAKE), user_id=FACILITATOR)
    await harness.flush_outbox()
    [confirm] = await harness.send(FACILITATOR, "/forget")
    await press(harness, confirm, Forget(True).pack(), user_id=FACILITATOR)
    await harness.flush_outbox()
    shown = harness.core.message(SECOND, gus_copy.message_id)
    assert shown.button_texts() == [f"🙋 {TAKE}"]
    rows = await services(harness).db.fetch_all(
        "SELECT claimed_by, next_reminder_at FROM support_requests"
    )
    assert [(row[0], row[1] is not None) for row in rows] == [(None, True)]
    toast, _, _ = await press(harness, shown, data_of(shown, TAKE), user_id=SECOND)
    assert "Thank you" in toast
