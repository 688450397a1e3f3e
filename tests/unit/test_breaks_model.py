"""Breaks, the soft cap and re-paging: the pure parts (levels, duty, waits, break lengths)."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.breaks.model import (
    BreakChoice,
    BreakFor,
    break_end,
    cover_problem,
)
from bot.domain.escalation import EscalationPolicy, build_levels, cap_week
from bot.domain.oncall import Period, Rotation, Shift, on_duty

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def test_a_capped_facilitator_on_call_is_alerted_after_the_others() -> None:
    """The capped one on call moves after the group's other facilitators, before admins."""
    levels = build_levels([1], [1, 2, 3], [9], capped=[1])
    assert levels == [(2, 3), (1,), (9,)]


def test_a_cap_never_leaves_an_alert_without_a_first_level() -> None:
    """When every facilitator is capped (or alone), the cap changes nothing."""
    assert build_levels([1], [1], [9], capped=[1]) == [(1,), (9,)]
    assert build_levels([1], [1, 2], [9], capped=[1, 2]) == [(1,), (2,), (9,)]


def test_no_cap_keeps_the_levels() -> None:
    """Without capped people the levels are on call, facilitators, admins."""
    assert build_levels([1], [1, 2], [9]) == [(1,), (2,), (9,)]


def test_the_rotation_skips_a_facilitator_on_break() -> None:
    """The turn of someone away passes to the next participant; their taken shift is ignored."""
    rotation = Rotation(Period.DAILY, time(9), date(2026, 3, 10), "UTC")
    assert on_duty(rotation, (1, 2, 3), [], NOW).user_id == 1
    assert on_duty(rotation, (1, 2, 3), [], NOW, away=frozenset({1})).user_id == 2
    shift = Shift(3, NOW - timedelta(hours=1), NOW + timedelta(hours=1))
    assert on_duty(rotation, (1, 2, 3), [shift], NOW).user_id == 3
    assert on_duty(rotation, (1, 2, 3), [shift], NOW, away=frozenset({3})).user_id == 1
    assert on_duty(None, (), [shift], NOW, away=frozenset({3})).user_id is None
    assert on_duty(rotation, (1,), [], NOW, away=frozenset({1})).user_id is None


def test_repage_waits_grow_and_never_stop() -> None:
    """The holder after the wait, the others after the same wait again, then longer waits."""
    policy = EscalationPolicy(
        after=timedelta(minutes=5),
        imminent_after=timedelta(minutes=2),
        rounds=3,
        repage=timedelta(minutes=60),
    )
    waits = [policy.repage_wait(done) for done in range(6)]
    assert waits[0] == waits[1] == timedelta(minutes=60)
    assert waits[2] == timedelta(minutes=120)
    assert waits[5] == timedelta(hours=8), "at most 8 times the wait"
    assert all(later >= earlier for earlier, later in itertools.pairwise(waits))


def test_break_ends_by_days_or_date() -> None:
    """N days from now; a date ends at the end of that local day; the past is refused."""
    assert break_end(BreakChoice(days=3), NOW, "UTC") == NOW + timedelta(days=3)
    end = break_end(BreakChoice(until=date(2026, 3, 20)), NOW, "Europe/Madrid")
    assert end == datetime(2026, 3, 20, 23, 0, tzinfo=UTC)  # midnight in Madrid, UTC+1
    assert break_end(BreakChoice(until=date(2026, 3, 9)), NOW, "UTC") is None
    assert break_end(BreakChoice(until=date(2027, 6, 1)), NOW, "UTC") is None, "over 90 days"


def test_nobody_to_alert_is_a_problem() -> None:
    """A group with no other available facilitator and no admin is named."""
    assert cover_problem({10: (2,)}, admins=()) == []
    assert cover_problem({10: (), 11: (3,)}, admins=()) == [10]
    assert cover_problem({10: ()}, admins=(9,)) == []


def test_break_buttons_round_trip() -> None:
    """The /break buttons read back; a forged number of days is refused."""
    data = BreakFor(3).pack()
    assert BreakFor.parse(data) == BreakFor(3)
    with pytest.raises(ValueError, match="offered"):
        BreakFor(5)
    assert cap_week(NOW) == "2026-W11"
