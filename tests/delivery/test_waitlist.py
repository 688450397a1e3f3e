"""Pure scheduling: strict priority then FIFO, no head-of-line blocking (fake clock)."""

from __future__ import annotations

import pytest

from bot.delivery.pacing import BULK_LANES, Pacer, PacingPolicy, Priority
from bot.delivery.waitlist import Ticket, WaitList

Grant = tuple[float, str]


def make(rate: float = 30.0) -> WaitList[str]:
    """A wait list over a fresh pacer at `rate`."""
    return WaitList(Pacer(PacingPolicy.from_rate(rate)))


def ticket(chat: int, priority: Priority, name: str) -> Ticket[str]:
    """A ticket whose payload is its name."""
    return Ticket(chat, priority, name)


def run(waitlist: WaitList[str], start: float = 0.0, until: float = 1e9) -> list[Grant]:
    """Grant everything as a scheduler would, jumping the clock to each wake time."""
    now, grants = start, []
    while now < until:
        granted, wake = waitlist.select(now)
        if granted is not None:
            grants.append((now, granted.payload))
        elif wake is None:
            break
        else:
            now = wake
    return grants


def test_alert_behind_a_thousand_broadcasts_goes_next() -> None:
    """An ALERT queued behind 1,000 BROADCAST waiters is the very next grant."""
    waitlist = make()
    for chat in range(1, 1001):
        waitlist.add(ticket(chat, Priority.BROADCAST, f"b{chat}"))
    first, _ = waitlist.select(0.0)
    waitlist.add(ticket(5000, Priority.ALERT, "alert"))
    assert first is not None
    assert first.payload == "b1"
    assert waitlist.select(0.0) == (None, 1 / 30)
    granted, _ = waitlist.select(1 / 30)
    assert granted is not None
    assert granted.payload == "alert"
    assert waitlist.lengths()[Priority.BROADCAST] == 999


def test_alert_for_a_chat_goes_before_its_own_backlog() -> None:
    """Within one chat, a later ALERT overtakes queued SCHEDULED sends."""
    waitlist = make(rate=0)
    for n in range(3):
        waitlist.add(ticket(1, Priority.SCHEDULED, f"s{n}"))
    waitlist.add(ticket(1, Priority.ALERT, "alert"))
    assert [name for _, name in run(waitlist)] == ["alert", "s0", "s1", "s2"]


def test_fifo_within_a_priority() -> None:
    """Same priority: first come, first served, across chats."""
    waitlist = make()
    for chat in (3, 1, 2):
        waitlist.add(ticket(chat, Priority.INTERACTIVE, f"c{chat}"))
    assert [name for _, name in run(waitlist)] == ["c3", "c1", "c2"]


def test_busy_chat_does_not_block_other_chats() -> None:
    """Ten sends queued first for one chat (1/s) do not delay later sends to other chats."""
    waitlist = make()
    for n in range(10):
        waitlist.add(ticket(1, Priority.INTERACTIVE, f"a{n}"))
    for chat in (2, 3, 4):
        waitlist.add(ticket(chat, Priority.INTERACTIVE, f"c{chat}"))
    grants = dict((name, t) for t, name in run(waitlist))
    assert grants["a2"] < 0.1
    assert all(grants[f"c{chat}"] < 0.25 for chat in (2, 3, 4))
    assert grants["a9"] >= 7.0


def test_throttled_alert_does_not_block_idle_bulk_and_still_goes_first() -> None:
    """An ALERT for a throttled chat lets a BROADCAST to an idle chat pass, then wins."""
    waitlist = make()
    waitlist.pacer.pause_chat(1, until=2.0)
    waitlist.add(ticket(1, Priority.ALERT, "alert"))
    waitlist.add(ticket(2, Priority.BROADCAST, "b2"))
    for chat in range(3, 200):
        waitlist.add(ticket(chat, Priority.BROADCAST, f"b{chat}"))
    grants = run(waitlist, until=2.1)
    assert grants[0] == (0.0, "b2")
    alert = [t for t, name in grants if name == "alert"]
    assert alert == [pytest.approx(2.0)]
    before = [name for t, name in grants if t < 2.0]
    assert len(before) == 60


def test_paused_bulk_lanes_let_alerts_and_replies_through() -> None:
    """With the bulk lanes paused, ALERT and INTERACTIVE go now and bulk waits the pause."""
    waitlist = make(rate=0)
    waitlist.pacer.pause_lanes(BULK_LANES, until=1.0)
    waitlist.add(ticket(1, Priority.BROADCAST, "b"))
    waitlist.add(ticket(2, Priority.SCHEDULED, "s"))
    waitlist.add(ticket(3, Priority.INTERACTIVE, "i"))
    waitlist.add(ticket(4, Priority.ALERT, "a"))
    assert run(waitlist) == [(0.0, "a"), (0.0, "i"), (1.0, "s"), (1.0, "b")]


def test_new_head_of_sleeping_chat_is_reconsidered() -> None:
    """A chat asleep for its bulk head wakes at once when an ALERT joins its line."""
    waitlist = make(rate=0)
    waitlist.pacer.pause_lanes(BULK_LANES, until=5.0)
    waitlist.add(ticket(1, Priority.BROADCAST, "b"))
    assert waitlist.select(0.0) == (None, 5.0)
    waitlist.add(ticket(1, Priority.ALERT, "alert"))
    assert run(waitlist) == [(0.0, "alert"), (5.0, "b")]


def test_discarded_tickets_are_never_granted() -> None:
    """A withdrawn waiter leaves the queue and its chat's next waiter takes its place."""
    waitlist = make(rate=0)
    first = ticket(1, Priority.INTERACTIVE, "first")
    waitlist.add(first)
    waitlist.add(ticket(1, Priority.INTERACTIVE, "second"))
    waitlist.add(ticket(2, Priority.INTERACTIVE, "other"))
    waitlist.discard(first)
    waitlist.discard(first)
    assert len(waitlist) == 2
    assert [name for _, name in run(waitlist)] == ["second", "other"]
    assert len(waitlist) == 0


def test_retry_keeps_its_place() -> None:
    """A ticket re-added with its old seq goes before later waiters of the same priority."""
    waitlist = make(rate=0)
    early = ticket(1, Priority.INTERACTIVE, "early")
    waitlist.add(early)
    granted, _ = waitlist.select(0.0)
    assert granted is early
    waitlist.add(ticket(2, Priority.INTERACTIVE, "late"))
    waitlist.add(Ticket(1, Priority.INTERACTIVE, "early-retry", seq=early.seq))
    assert [name for _, name in run(waitlist)] == ["early-retry", "late"]


def test_drain_returns_all_live_waiters() -> None:
    """drain() empties the list and hands back every waiting ticket."""
    waitlist = make()
    gone = ticket(1, Priority.ALERT, "gone")
    waitlist.add(gone)
    waitlist.add(ticket(1, Priority.BROADCAST, "x"))
    waitlist.add(ticket(2, Priority.SCHEDULED, "y"))
    waitlist.discard(gone)
    assert sorted(t.payload for t in waitlist.drain()) == ["x", "y"]
    assert (len(waitlist), waitlist.select(0.0)) == (0, (None, None))


def test_idle_list_reports_no_wake_time() -> None:
    """An empty wait list asks the scheduler to sleep until something is added."""
    assert make().select(0.0) == (None, None)
