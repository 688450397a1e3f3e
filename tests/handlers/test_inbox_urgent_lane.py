"""The urgent lane keeps a person's order both ways, sees every urgent update, and fails loudly.

Found in review: a later ordinary update of the same person could overtake their crisis message
(a /forget erasing before the flag was raised), an urgent update stored out of order waited
behind newer ones, and a failure of the urgent lane went unnoticed while the rest ran on.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.app import services_of
from tests.handlers.conftest import HandlerHarness
from tests.handlers.test_inbox_processor import (
    CRISIS,
    Recorder,
    _arrive,
    _received,
    _running,
    _urgent_processor,
)

HELD = CRISIS + ", held"


async def test_a_later_update_waits_for_the_same_persons_crisis(harness: HandlerHarness) -> None:
    """A person's update stored after their crisis message is handled after it, never before;
    another person's goes on meanwhile."""
    processor, recorder = _urgent_processor(harness), Recorder(harness)
    processor.concurrency = 2
    recorder.hold_texts = {HELD}
    async with _running(processor, recorder):
        await processor.store([_received(processor, 1, 760, HELD)])
        await asyncio.wait_for(recorder.holding.wait(), timeout=10)
        await processor.store(
            [_received(processor, 2, 760, "/forget"), _received(processor, 3, 761, "other")]
        )
        await _arrive(recorder, "other")
        assert recorder.ids() == [1, 3], "760's /forget waits for 760's crisis in hand"
        recorder.release.set()
        await _arrive(recorder, "/forget")
    assert recorder.ids() == [1, 3, 2]


async def test_an_urgent_update_stored_out_of_order_is_not_left_behind(
    harness: HandlerHarness,
) -> None:
    """A webhook retry can store an older urgent update after a newer one: it still goes."""
    processor, recorder = _urgent_processor(harness), Recorder(harness)
    recorder.hold_texts = {HELD}
    other = CRISIS + " too"
    async with _running(processor, recorder):
        await processor.store([_received(processor, 5, 770, HELD)])
        await asyncio.wait_for(recorder.holding.wait(), timeout=10)
        await processor.store([_received(processor, 3, 771, other)])
        await _arrive(recorder, other)
    assert recorder.ids() == [5, 3]


async def test_a_failure_in_the_urgent_lane_stops_the_processor_loudly(
    harness: HandlerHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The urgent lane failing (here: the database) ends run() with the error, so the runner
    stops and restarts instead of leaving crisis messages unprocessed."""
    processor, recorder = _urgent_processor(harness), Recorder(harness)
    inbox = services_of(harness.app).inbox

    async def broken(attempts: list[int], done: list[tuple[int, str]]) -> set[int]:
        """The database fails for the urgent update (its attempt is the first mark)."""
        raise RuntimeError(f"disk gone at {attempts or done}")

    monkeypatch.setattr(inbox, "apply_marks", broken)
    running = asyncio.create_task(processor.run())
    await processor.store([_received(processor, 1, 780, CRISIS)])
    with pytest.raises(RuntimeError, match="disk gone"):
        await asyncio.wait_for(running, timeout=10)
    assert recorder.ids() == []
