"""Every place a member writes goes through the same detector (both layers), with a real app.

Check-in notes, captions, forwarded texts, the answer to a question the bot asked, a long
vent, and a message only the learned layer catches: each gets the crisis reply and alerts
the group's facilitator, and nothing else answers it as if it were ordinary.
"""

from __future__ import annotations

import json

import pytest

from bot.devtools.clock import ManualClock
from bot.devtools.emulator import StoredMessage
from tests.handlers.conftest import HandlerHarness
from tests.handlers.test_checkins import (
    FACILITATOR,
    MEMBER,
    START,
    TUESDAY_13,
    note_asked,
    services,
    tap,
    text_of,
    world,
)

LINES_MARK = "024"  # Spain's line: the member lives in Europe/Madrid


@pytest.fixture
def clock() -> ManualClock:
    """The fixed clock of the check-in world."""
    return ManualClock(START)


def _alerts(harness: HandlerHarness) -> list[StoredMessage]:
    """The crisis alerts the group's facilitator received."""
    messages = harness.core.bot_messages(FACILITATOR)
    return [m for m in messages if "Crisis alert" in (m.plain_text or "")]


async def _flag_rules(harness: HandlerHarness) -> list[str]:
    """The rule ids stored with the member's one flag."""
    row = await services(harness).db.fetch_one("SELECT rules FROM flags")
    assert row is not None, "no flag stored"
    return list(json.loads(row[0]))


async def _answered_as_crisis(harness: HandlerHarness, mark: int) -> None:
    """The member got the crisis reply with lines; the facilitator got one alert."""
    await harness.flush_outbox()
    replies = [text_of(m) for m in harness.new_messages(MEMBER, mark)]
    assert any(LINES_MARK in r for r in replies), replies
    assert len(_alerts(harness)) == 1


async def test_checkin_note_with_risk_is_not_just_saved(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """A check-in note 'I want to hang myself' raises a flag and is not answered 'Saved'."""
    await note_asked(harness, clock, "2 · Low")
    mark = harness.core.mark().message_seq
    replies = await harness.send(MEMBER, "I want to hang myself")
    assert "Saved your note." not in [text_of(r) for r in replies]
    await _answered_as_crisis(harness, mark)
    [checkin] = await services(harness).checkins.history(MEMBER, 1, TUESDAY_13)
    assert checkin.note is None


async def test_caption_is_checked(harness: HandlerHarness) -> None:
    """A photo whose caption says the member will overdose tonight raises a flag."""
    await world(harness)
    mark = harness.core.mark().message_seq
    harness.core.inject_photo(MEMBER, caption="i'm going to overdose tonight")
    await harness.deliver()
    await _answered_as_crisis(harness, mark)


async def test_forwarded_text_is_checked(harness: HandlerHarness) -> None:
    """A forwarded message saying 'me voy a tirar del puente' raises a flag."""
    await world(harness)
    mark = harness.core.mark().message_seq
    harness.core.inject_forward(MEMBER, "me voy a tirar del puente esta noche")
    await harness.deliver()
    await _answered_as_crisis(harness, mark)


async def test_answer_to_a_question_is_checked(harness: HandlerHarness) -> None:
    """Asked for a check-in time, a member who answers with a crisis message is flagged."""
    await world(harness)
    [intro] = await harness.send(MEMBER, "/checkin")
    await tap(harness, intro, "Other time…")
    mark = harness.core.mark().message_seq
    replies = await harness.send(MEMBER, "i'm going to jump off the bridge tonight")
    assert not any("couldn't read that as a time" in text_of(r) for r in replies)
    await _answered_as_crisis(harness, mark)


async def test_long_vent_with_one_risky_sentence(harness: HandlerHarness) -> None:
    """A 4,000-character vent with one risky sentence in the middle raises a flag."""
    await world(harness)
    filler = "Work was long and the bus was late again, and my sister called about money. "
    vent = filler * 26 + "I have saved up all my pills and tonight I will take them. " + filler * 25
    assert len(vent) <= 4096
    mark = harness.core.mark().message_seq
    await harness.send(MEMBER, vent)
    await _answered_as_crisis(harness, mark)


async def test_message_only_the_model_catches(harness: HandlerHarness) -> None:
    """Passive ideation the rules miss is flagged by the learned layer, with its score."""
    await world(harness)
    text = "what's even the point of waking up tomorrow"
    assert services(harness).crisis.rules.detect(text) is None
    mark = harness.core.mark().message_seq
    await harness.send(MEMBER, text)
    await _answered_as_crisis(harness, mark)
    [rule] = await _flag_rules(harness)
    assert rule.startswith("model@")
