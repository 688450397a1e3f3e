"""Pure pacing math: rates, pauses and rate=0, with a fake clock and no event loop."""

from __future__ import annotations

import pytest

from bot.delivery.pacing import (
    BULK_LANES,
    Pacer,
    PacingPolicy,
    Priority,
    SlidingWindows,
    is_group_chat,
)


def granted_in(pacer: Pacer, chats: list[int], window: float, start: float = 0.0) -> list[float]:
    """Send round-robin to `chats` as fast as the pacer allows; return grant times < window."""
    now, times, index = start, [], 0
    while now < start + window:
        chat = chats[index % len(chats)]
        wait = pacer.reserve(chat, now)
        if wait == 0:
            times.append(now)
            index += 1
        else:
            now += wait
    return times


def max_in_any_window(times: list[float], span: float) -> int:
    """The most events inside any window (t - span, t] (1 ns slack for float rounding)."""
    return max(sum(1 for u in times if t - span + 1e-9 < u <= t) for t in times)


def test_policy_derives_all_limits_from_one_rate() -> None:
    """rate=30 gives 30/s overall, 1/s per chat with burst 3 and 20/min per group."""
    assert PacingPolicy.from_rate(30) == PacingPolicy(30, 1, 3, 20)
    assert PacingPolicy.from_rate(300).per_group_per_min == 200
    assert not PacingPolicy.from_rate(0).enabled
    with pytest.raises(ValueError, match="rate"):
        PacingPolicy.from_rate(-1)


def test_headroom_stretches_every_limit() -> None:
    """headroom=0.05 paces 30 per 1.05 s overall, 1 per 1.05 s per chat, 20 per 63 s per group."""
    policy = PacingPolicy.from_rate(30, headroom=0.05)
    assert policy.overall_per_s == pytest.approx(30 / 1.05)
    assert policy.per_chat_per_s == pytest.approx(1 / 1.05)
    assert policy.per_group_per_min == 20
    assert policy.group_window_s == pytest.approx(63.0)
    times = granted_in(Pacer(policy), list(range(1, 100)), window=2.0)
    assert policy.overall_burst == 1
    busiest = max(sum(1 for t in times if start <= t < start + 1.0) for start in times)
    assert busiest <= 30, "no one-second window may exceed the real rate"
    assert len(times) >= 30 * 2 / 1.05


def test_group_detection() -> None:
    """Negative ids and @usernames are groups/channels; positive ids are private chats."""
    assert (is_group_chat(-5), is_group_chat("@news"), is_group_chat(7)) == (True, True, False)


def test_overall_rate_is_honoured() -> None:
    """Sending to many chats, exactly `rate` sends fit in any one-second window."""
    pacer = Pacer(PacingPolicy.from_rate(30))
    times = granted_in(pacer, list(range(1, 1001)), window=10.0 - 1e-9)
    assert len(times) == 300
    assert max_in_any_window(times, 1.0) == 30


def test_private_chat_gets_burst_then_rate_over_30() -> None:
    """One private chat: a burst of 3 (spaced by the overall rate), then one per second."""
    times = granted_in(Pacer(PacingPolicy.from_rate(30)), [42], window=10.0 - 1e-9)
    assert times[:4] == pytest.approx([0.0, 1 / 30, 2 / 30, 1.0])
    assert len(times) == 3 + 9


def test_group_chat_gets_twenty_per_minute() -> None:
    """One group at rate 30: never more than 20 sends in any 60-second window."""
    times = granted_in(Pacer(PacingPolicy.from_rate(30)), [-100], window=180.0 - 1e-9)
    assert len(times) == 60
    assert max_in_any_window(times, 60.0) == 20


def test_busy_chat_does_not_hold_up_other_chats() -> None:
    """A throttled chat's wait is its own: other chats can send at the same instant."""
    pacer = Pacer(PacingPolicy.from_rate(30))
    for _ in range(3):
        pacer.commit(1, 0.0)
    assert pacer.chat_wait(1, Priority.ALERT, 0.1) == pytest.approx(0.9)
    assert pacer.chat_wait(2, Priority.BROADCAST, 0.1) == 0.0
    assert pacer.reserve(2, 0.1) == 0.0


def test_rate_zero_grants_everything_at_once() -> None:
    """rate=0 disables pacing: 10,000 sends to one chat all go at t=0."""
    pacer = Pacer(PacingPolicy.from_rate(0))
    assert all(pacer.reserve(-1, 0.0) == 0.0 for _ in range(10_000))
    assert pacer.tracked_chats() == 0


def test_chat_pause_blocks_only_that_chat() -> None:
    """pause_chat holds every priority for that chat, and nothing else."""
    pacer = Pacer(PacingPolicy.from_rate(30))
    pacer.pause_chat(7, until=5.0)
    assert pacer.chat_wait(7, Priority.ALERT, 1.0) == pytest.approx(4.0)
    assert pacer.reserve(7, 4.9, Priority.ALERT) == pytest.approx(0.1)
    assert pacer.reserve(7, 5.0, Priority.ALERT) == 0.0
    assert pacer.chat_wait(8, Priority.ALERT, 1.0) == 0.0


def test_pauses_only_get_longer() -> None:
    """A shorter pause never shortens an existing one."""
    pacer = Pacer(PacingPolicy.from_rate(30))
    pacer.pause_chat(7, until=5.0)
    pacer.pause_chat(7, until=2.0)
    pacer.pause_lanes([Priority.BROADCAST], until=5.0)
    pacer.pause_lanes([Priority.BROADCAST], until=1.0)
    assert pacer.pause_wait(7, Priority.BROADCAST, 0.0) == 5.0


def test_lane_pause_holds_bulk_but_not_alerts() -> None:
    """Pausing the bulk lanes stops SCHEDULED/BROADCAST everywhere; ALERT/INTERACTIVE flow."""
    pacer = Pacer(PacingPolicy.from_rate(30))
    pacer.pause_lanes(BULK_LANES, until=3.0)
    assert pacer.chat_wait(9, Priority.SCHEDULED, 0.0) == 3.0
    assert pacer.chat_wait(9, Priority.BROADCAST, 2.0) == 1.0
    assert pacer.chat_wait(9, Priority.ALERT, 0.0) == 0.0
    assert pacer.chat_wait(9, Priority.INTERACTIVE, 0.0) == 0.0


def test_pauses_apply_even_without_pacing() -> None:
    """A 429 pause is Telegram's order: it holds even at rate=0."""
    pacer = Pacer(PacingPolicy.from_rate(0))
    pacer.pause_chat(3, until=1.0)
    assert pacer.reserve(3, 0.5) == pytest.approx(0.5)


def test_batch_cost_puts_a_chat_in_debt() -> None:
    """A 10-item album is granted at once but later sends to the chat wait longer."""
    pacer = Pacer(PacingPolicy.from_rate(30))
    assert pacer.reserve(5, 0.0, cost=10) == 0.0
    assert pacer.reserve(5, 0.0) == pytest.approx(8.0)


def test_prune_forgets_idle_chats() -> None:
    """State for chats whose limits have fully recovered is dropped."""
    pacer = Pacer(PacingPolicy.from_rate(30))
    pacer.commit(1, 0.0)
    pacer.commit(-2, 0.0)
    pacer.pause_chat(3, 1.0)
    assert pacer.tracked_chats() == 3
    pacer.prune(61.0)
    assert pacer.tracked_chats() == 0


def test_sliding_window_expires_events_after_span() -> None:
    """An event at t frees its slot exactly at t + span."""
    windows = SlidingWindows(limit=2, span=60.0)
    windows.commit(1, 0.0, cost=2)
    assert windows.wait(1, 10.0) == 50.0
    assert windows.wait(1, 60.0) == 0.0
