"""What a member's check-ins show: streaks, summaries, a low pattern, the spread of moods.

A day is "answered" when it has a check-in with a mood. When one date appears more than
once, the last check-in given for it wins (a member may correct an answer).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from bot.checkins.models import MOODS, OKAY, Checkin

_HIGHLIGHTS = 3  # at most this many best and hardest days in a summary


@dataclass(frozen=True)
class Summary:
    """Figures for the last `days` days: answers, average mood, streak, best and hardest days.

    `best` holds the dates with the highest mood and `hardest` those with the lowest, at most
    three each, most recent first; a best day is at least Okay and a hardest day at most Okay
    (a Low day is never among the best, a Good one never among the hardest). When every answer
    is Okay, both hold them.
    """

    days: int
    answered: int
    average: float | None
    streak: int
    best: list[date]
    hardest: list[date]


def _moods_by_date(checkins: Iterable[Checkin]) -> dict[date, int]:
    """Index answered moods by local date; the last check-in of a date wins."""
    by_date: dict[date, int | None] = {}
    for checkin in checkins:
        by_date[checkin.local_date] = checkin.mood
    return {day: mood for day, mood in by_date.items() if mood is not None}


def _run_back(moods: dict[date, int], last: date) -> int:
    """Count consecutive answered days going back from `last`."""
    count = 0
    while last - timedelta(days=count) in moods:
        count += 1
    return count


def _streak(moods: dict[date, int], today: date) -> int:
    """Return the answered run ending today, or else ending yesterday."""
    if today in moods:
        return _run_back(moods, today)
    return _run_back(moods, today - timedelta(days=1))


def streak(checkins: Iterable[Checkin], today: date) -> int:
    """Return the consecutive answered days ending today (or yesterday, if today is open)."""
    return _streak(_moods_by_date(checkins), today)


def _highlight(window: dict[date, int], mood: int) -> list[date]:
    """Return up to three dates with this mood, most recent first."""
    return sorted((day for day, value in window.items() if value == mood), reverse=True)[
        :_HIGHLIGHTS
    ]


def summarise(checkins: Iterable[Checkin], today: date, days: int) -> Summary:
    """Summarise the last `days` days including today (the streak may reach further back)."""
    if days < 1:
        raise ValueError(f"days must be at least 1, got {days}")
    moods = _moods_by_date(checkins)
    first = today - timedelta(days=days - 1)
    window = {day: mood for day, mood in moods.items() if first <= day <= today}
    if not window:
        return Summary(days, 0, None, _streak(moods, today), [], [])
    values = list(window.values())
    return Summary(
        days=days,
        answered=len(window),
        average=sum(values) / len(values),
        streak=_streak(moods, today),
        best=_highlight(window, max(values)) if max(values) >= OKAY else [],
        hardest=_highlight(window, min(values)) if min(values) <= OKAY else [],
    )


def low_pattern(checkins: Iterable[Checkin], today: date, run: int = 3, threshold: int = 2) -> bool:
    """Tell whether each of the last `run` days up to today was answered with mood <= threshold."""
    if run < 1:
        raise ValueError(f"run must be at least 1, got {run}")
    moods = _moods_by_date(checkins)
    recent = [moods.get(today - timedelta(days=back)) for back in range(run)]
    return all(mood is not None and mood <= threshold for mood in recent)


def distribution(moods: Iterable[int]) -> dict[int, int]:
    """Count each mood 1..5 (every mood present, zero when unused); reject other values."""
    counts = dict.fromkeys(MOODS, 0)
    for mood in moods:
        if mood not in counts:
            raise ValueError(f"mood must be one of {MOODS}, got {mood!r}")
        counts[mood] += 1
    return counts
