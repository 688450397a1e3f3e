"""Text typed right after a check-in is offered as its note (issue 20), with one tap."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.devtools.clock import ManualClock
from bot.domain.buttons.member import Forget, SettingsTimezone
from tests.handlers.conftest import HandlerHarness
from tests.handlers.test_checkins import (
    MEMBER,
    START,
    TUESDAY_13,
    answer_day,
    opt_in,
    press,
    services,
    tap,
    text_of,
    world,
)

OFFER = "Keep this as today's note? Only you will see it."
NOTE = "Long day, but a good walk"


@pytest.fixture
def clock() -> ManualClock:
    """The fixed clock of the test, at START."""
    return ManualClock(START)


async def _answered(harness: HandlerHarness, clock: ManualClock, mood: str = "4 · Good") -> None:
    """The member opts in and answers Tuesday's prompt (no 'Add a note')."""
    await world(harness)
    await opt_in(harness)
    await answer_day(harness, clock, TUESDAY_13, mood)


async def _note(harness: HandlerHarness) -> str | None:
    """Tuesday's stored note."""
    [checkin] = await services(harness).checkins.history(MEMBER, 1, TUESDAY_13)
    return checkin.note


async def test_text_after_a_checkin_is_offered_and_kept_with_one_tap(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """Typed right after the mood: 'Keep this as today's note?'; the tap saves it, /mood's
    record and /mydata show it."""
    await _answered(harness, clock)
    [offer] = await harness.send(MEMBER, NOTE)
    assert text_of(offer) == OFFER
    assert await _note(harness) is None, "nothing is kept before the tap"
    _, kept, _ = await tap(harness, offer, "Keep as today's note")
    assert text_of(kept) == "Saved your note."
    assert await _note(harness) == NOTE
    assert await services(harness).questions.current(MEMBER) is None
    assert NOTE in str(await services(harness).privacy.export(MEMBER))


async def _held(harness: HandlerHarness) -> bool:
    """Whether the open questions hold the note's words (in the form they are stored)."""
    rows = await services(harness).db.fetch_all("SELECT data FROM questions")
    return any(NOTE in str(row[0]) for row in rows)


async def test_without_a_tap_the_text_is_not_kept_after_the_window(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """No tap within ten minutes: the tap is refused, nothing is kept, the held text is gone."""
    await _answered(harness, clock)
    [offer] = await harness.send(MEMBER, NOTE)
    assert await _held(harness), "the text waits, as stored, for the answer"
    clock.now += timedelta(minutes=11)
    toast, _, _ = await tap(harness, offer, "Keep as today's note")
    assert toast == "That button no longer works."
    assert await _note(harness) is None
    await services(harness).questions.close_lapsed()
    assert not await _held(harness), "the held text was erased"


async def test_no_thanks_drops_the_text_at_once(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """'No, thanks' keeps nothing and forgets the text now."""
    await _answered(harness, clock)
    [offer] = await harness.send(MEMBER, NOTE)
    assert await _held(harness), "the text waits, as stored, for the answer"
    _, dropped, _ = await tap(harness, offer, "No, thanks")
    assert text_of(dropped) == "Okay, I haven't kept it."
    assert await _note(harness) is None
    assert await services(harness).questions.current(MEMBER) is None
    assert not await _held(harness), "the held text was erased"


async def test_text_long_after_a_checkin_gets_the_usual_answer(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """After the window, typed text is not offered as a note."""
    await _answered(harness, clock)
    clock.now += timedelta(minutes=11)
    answer = await harness.ask(MEMBER, NOTE)
    assert OFFER not in answer
    assert await _note(harness) is None


async def test_a_meeting_question_after_a_checkin_is_answered_not_held(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """What another feature understands goes there, not into the offer."""
    await _answered(harness, clock)
    answer = await harness.ask(MEMBER, "when is the next meeting?")
    assert OFFER not in answer


async def test_a_crisis_message_after_a_checkin_alerts_and_is_not_held(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """The crisis check reads the text first: a flag, no offer, nothing held."""
    await _answered(harness, clock, "2 · Low")
    answer = await harness.ask(MEMBER, "I want to hang myself")
    assert OFFER not in answer
    flags = await services(harness).db.fetch_all("SELECT member_id FROM flags")
    assert [row[0] for row in flags] == [MEMBER]
    assert await services(harness).questions.current(MEMBER) is None
    assert OFFER not in await harness.ask(MEMBER, NOTE), "the wait ended with the crisis"


async def test_forget_erases_the_held_text(harness: HandlerHarness, clock: ManualClock) -> None:
    """/forget while a text is held: the text is gone from the database."""
    await _answered(harness, clock)
    await harness.send(MEMBER, NOTE)
    assert await _held(harness), "the text waits, as stored, for the answer"
    [confirm] = await harness.send(MEMBER, "/forget")
    await press(harness, confirm, Forget(True).pack())
    assert not await _held(harness)


async def test_the_offer_never_replaces_a_question_already_asked(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """Asked for a time zone, then a check-in answered: 'Madrid' still answers the zone."""
    await world(harness)
    await opt_in(harness)
    [menu] = await harness.send(MEMBER, "/settings")
    await press(harness, menu, SettingsTimezone().pack())
    await answer_day(harness, clock, TUESDAY_13, "4 · Good")
    answer = await harness.ask(MEMBER, "Lisboa")
    assert "your time zone is now Europe/Lisbon" in answer
    assert OFFER not in answer
