"""Check-in patterns: streaks, summaries, low patterns and the spread of moods."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.checkins.models import Checkin
from bot.checkins.patterns import Summary, distribution, low_pattern, streak, summarise

TODAY = date(2026, 6, 10)


def day(back: int) -> date:
    """Return the date `back` days before TODAY."""
    return TODAY - timedelta(days=back)


def answers(*moods: int | None) -> list[Checkin]:
    """Build check-ins ending today: the last mood given is today's, None is unanswered."""
    count = len(moods)
    return [Checkin(day(count - 1 - n), mood) for n, mood in enumerate(moods)]


def test_streak_counts_back_from_today() -> None:
    """Answered days up to today count until the first gap."""
    assert streak(answers(3, None, 4, 2, 5), TODAY) == 3


def test_streak_may_end_yesterday() -> None:
    """Today not answered yet: the run ending yesterday still counts."""
    assert streak(answers(4, 4, 4, None), TODAY) == 3
    assert streak(answers(4, 4, 4)[:2], TODAY) == 2  # today's check-in missing entirely


def test_streak_is_zero_after_two_open_days() -> None:
    """No answer today or yesterday means no streak."""
    assert streak(answers(5, 5, None, None), TODAY) == 0
    assert streak([], TODAY) == 0


def test_streak_ignores_order_and_unanswered_today() -> None:
    """Check-ins in any order give the same streak; an unanswered row is not an answer."""
    items = answers(1, 2, 3)
    assert streak(reversed(items), TODAY) == 3
    assert streak([*items, Checkin(TODAY, None)], TODAY) == 2  # the last row for today wins


def test_summary_figures() -> None:
    """Answers, average, streak and best / hardest days over the window (day 20 is outside)."""
    items = [Checkin(day(20), 1), *answers(5, 2, None, 5, 2, 4, 5)]
    result = summarise(items, TODAY, days=7)
    assert result.average == pytest.approx(23 / 6)
    assert result == Summary(
        days=7,
        answered=6,
        average=result.average,
        streak=4,
        best=[day(0), day(3), day(6)],
        hardest=[day(2), day(5)],
    )


def test_summary_best_keeps_three_most_recent() -> None:
    """At most three best days, most recent first."""
    result = summarise(answers(5, 5, 5, 5, 1), TODAY, days=30)
    assert result.best == [day(1), day(2), day(3)]
    assert result.hardest == [day(0)]


def test_a_low_day_is_never_a_best_day_nor_a_good_day_a_hardest() -> None:
    """Only Low and Very low days: no best days; only Good and Very good: no hardest days."""
    low = summarise(answers(2, 1, 2), TODAY, days=7)
    assert (low.best, low.hardest) == ([], [day(1)])
    good = summarise(answers(4, 5, 4), TODAY, days=7)
    assert (good.best, good.hardest) == ([day(1)], [])


def test_summary_without_answers() -> None:
    """A window without answers has no average and no highlights."""
    result = summarise([Checkin(day(10), 4), Checkin(TODAY, None)], TODAY, days=7)
    assert result == Summary(days=7, answered=0, average=None, streak=0, best=[], hardest=[])


def test_summary_needs_a_positive_window() -> None:
    """A window under one day is refused."""
    with pytest.raises(ValueError, match="at least 1"):
        summarise([], TODAY, days=0)


def test_low_pattern_true() -> None:
    """Three days in a row at 2 or below, ending today, is a low pattern."""
    assert low_pattern(answers(5, 2, 1, 2), TODAY)


def test_low_pattern_broken_by_missing_day() -> None:
    """An unanswered or absent day inside the run breaks it."""
    assert not low_pattern(answers(1, None, 2), TODAY)
    assert not low_pattern([Checkin(day(0), 1), Checkin(day(2), 1)], TODAY)


def test_low_pattern_broken_by_a_three() -> None:
    """A mood above the threshold inside the run breaks it."""
    assert not low_pattern(answers(1, 3, 2), TODAY)


def test_low_pattern_must_end_today() -> None:
    """A low run that ended yesterday is not a pattern today."""
    assert not low_pattern(answers(1, 1, 1, None), TODAY)


def test_low_pattern_run_and_threshold() -> None:
    """Custom run length and threshold are honoured."""
    assert low_pattern(answers(3, 3, 3, 3, 3), TODAY, run=5, threshold=3)
    assert not low_pattern(answers(3, 3, 3, 3), TODAY, run=5, threshold=3)


def test_distribution_has_every_mood() -> None:
    """Every mood 1..5 is a key; unused moods count zero."""
    assert distribution([5, 1, 5, 3]) == {1: 1, 2: 0, 3: 1, 4: 0, 5: 2}
    assert distribution([]) == dict.fromkeys(range(1, 6), 0)


def test_distribution_rejects_unknown_mood() -> None:
    """A value outside 1..5 is refused."""
    with pytest.raises(ValueError, match="mood"):
        distribution([6])


def test_checkin_rejects_unknown_mood() -> None:
    """A check-in's mood must be 1..5 or None."""
    with pytest.raises(ValueError, match="mood"):
        Checkin(TODAY, 0)
