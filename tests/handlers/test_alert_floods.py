"""A flood of crisis messages from one person pages the people on it loudly, but not endlessly.

Found by the alert benchmark: a stranger posting 4 long messages a second in a group made one
notice per message and edited every earlier copy on each, so the facilitator's chat (1 message
a second) held thousands of sends and another member's alert to them was lost.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.app import services_of
from bot.devtools.clock import ManualClock
from bot.devtools.emulator import StoredMessage
from bot.services.alert_notices import REPEAT_NOTICE_GAP
from tests.handlers.conftest import HandlerHarness
from tests.handlers.test_crisis_flow import FACILITATOR, MEMBER, _setup_group

START = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    """The fixed clock of the test, at START."""
    return ManualClock(START)


def _alerts(harness: HandlerHarness) -> list[StoredMessage]:
    """The crisis alerts and notices the facilitator received."""
    messages = harness.core.bot_messages(FACILITATOR)
    return [m for m in messages if "Crisis alert" in (m.plain_text or "")]


async def _unsent(harness: HandlerHarness, prefix: str) -> list[tuple[str, str]]:
    """The unsent outbox rows keyed `prefix…`: (key, not before)."""
    rows = await services_of(harness.app).db.fetch_all(
        "SELECT dedup_key, next_attempt_at FROM outbox WHERE sent_at IS NULL"
        " AND failed_at IS NULL AND dedup_key LIKE ? ORDER BY id",
        (f"{prefix}%",),
    )
    return [(str(row[0]), str(row[1])) for row in rows]


async def _alert_and_notice(
    harness: HandlerHarness, clock: ManualClock
) -> tuple[StoredMessage, StoredMessage]:
    """A crisis message, then a repeat a second later: the facilitator's alert and notice."""
    await _setup_group(harness)
    await harness.send(MEMBER, "I wish I was dead")
    clock.now += timedelta(seconds=1)
    await harness.send(MEMBER, "I wish I was dead, honestly")
    await harness.flush_outbox()
    [alert, notice] = _alerts(harness)
    return alert, notice


async def test_a_burst_of_repeats_gives_one_notice_now_and_one_later_with_the_last_words(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """Ten repeats in a few seconds: the alert, one notice at once, then one more notice a
    gap later quoting the last words; each copy has at most one edit waiting."""
    await _setup_group(harness)
    await harness.send(MEMBER, "I wish I was dead")
    await harness.flush_outbox()
    for n in range(10):
        clock.now += timedelta(seconds=1)
        await harness.send(MEMBER, f"I wish I was dead, message number {n}")
    assert all(key.count(":") == 3 for key, _ in await _unsent(harness, "alertedit:"))
    edits = [key.rsplit(":", 1)[0] for key, _ in await _unsent(harness, "alertedit:")]
    assert len(edits) == len(set(edits)), "at most one waiting edit per message"
    await harness.flush_outbox()
    alerts = _alerts(harness)
    assert len(alerts) == 2, "the alert and one notice, not one per message"
    assert "number 0" in (alerts[1].plain_text or "")
    waiting = await _unsent(harness, "alert:")
    [(key, due)] = [(key, due) for key, due in waiting if f":{FACILITATOR}:" in key]
    assert ":repeat:" in key
    assert len(waiting) == 2, "one waiting notice for each facilitator"
    assert due == (START + timedelta(seconds=1) + REPEAT_NOTICE_GAP).strftime("%Y-%m-%dT%H:%M:%SZ")
    clock.now = START + timedelta(seconds=1) + REPEAT_NOTICE_GAP
    await harness.flush_outbox()
    alerts = _alerts(harness)
    assert len(alerts) == 3
    later = alerts[2].plain_text or ""
    assert "wrote again" in later
    assert "number 9" in later, "the last words, with the head"
    assert "11 messages" in later


async def test_a_higher_tier_is_told_at_once_even_inside_the_gap(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """Worse news never waits for the gap: a raised tier sends its notice at once."""
    await _setup_group(harness)
    await harness.send(MEMBER, "I wish I was dead")
    clock.now += timedelta(seconds=1)
    await harness.send(MEMBER, "I wish I was dead, really")
    clock.now += timedelta(seconds=1)
    await harness.send(MEMBER, "I am going to kill myself tonight, I have the pills ready")
    await harness.flush_outbox()
    alerts = _alerts(harness)
    assert len(alerts) == 3
    assert "More urgent now" in (alerts[2].plain_text or "")


async def test_a_notice_keeps_its_head_when_the_alert_changes_later(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """A later change edits a notice to the new state but keeps what it announced."""
    first, notice = await _alert_and_notice(harness, clock)
    await harness.press(FACILITATOR, first, "flag:ack:1")
    await harness.flush_outbox()
    edited = harness.core.message(FACILITATOR, notice.message_id)
    text = edited.plain_text or ""
    assert "wrote again" in text
    assert "honestly" in text
    assert "Taken by F" in text


async def test_erasure_clears_what_notices_quoted(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """A member's /forget removes the words their notices quoted, sent or still waiting."""
    await _setup_group(harness)
    await harness.send(MEMBER, "I wish I was dead")
    for words in ("honestly", "thoroughly"):
        clock.now += timedelta(seconds=1)
        await harness.send(MEMBER, f"I wish I was dead, {words}")
    await harness.flush_outbox()
    services = services_of(harness.app)
    await services.privacy.erase(MEMBER)
    heads = await services.db.fetch_all("SELECT head FROM flag_alerts WHERE head IS NOT NULL")
    assert heads, "the erased-alert notices have heads of their own"
    for (head,) in heads:
        assert "honestly" not in head
        assert "Robin" not in head
    waiting = await _unsent(harness, "alert:1:repeat:")
    assert waiting == [], "a notice still waiting is not sent after the erasure"
    await harness.flush_outbox()
    for message in _alerts(harness):
        assert "honestly" not in (message.plain_text or "")
        assert "thoroughly" not in (message.plain_text or "")


async def test_a_higher_tier_inside_the_gap_sends_the_waiting_notice_at_once(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """A same-tier repeat waits for the gap; worse news then sends that one notice now, with
    the worse words, and no stale notice follows later."""
    await _setup_group(harness)
    await harness.send(MEMBER, "I wish I was dead")
    clock.now += timedelta(seconds=1)
    await harness.send(MEMBER, "I wish I was dead, honestly")
    clock.now += timedelta(seconds=1)
    await harness.send(MEMBER, "I wish I was dead, still")  # waits for the gap
    clock.now += timedelta(seconds=1)
    await harness.send(MEMBER, "I am going to kill myself tonight, I have the pills ready")
    await harness.flush_outbox()
    alerts = _alerts(harness)
    assert len(alerts) == 3, "the alert, the first notice, the raised one (now)"
    assert "More urgent now" in (alerts[2].plain_text or "")
    assert "pills" in (alerts[2].plain_text or "")
    assert await _unsent(harness, "alert:") == [], "nothing stale left to go out later"


async def test_pressing_a_notice_keeps_its_head(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """Taking the flag from a notice edits it to the new state, keeping what it announced."""
    _first, notice = await _alert_and_notice(harness, clock)
    await harness.press(FACILITATOR, notice, "flag:ack:1")
    await harness.flush_outbox()
    text = harness.core.message(FACILITATOR, notice.message_id).plain_text or ""
    assert "wrote again" in text
    assert "Taken by F" in text
