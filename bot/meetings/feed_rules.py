"""When a feed's meeting is: how long it lasts, and how it repeats when it is not weekly.

`x_peerbot_recurrence` is {frequency, interval, nth, start_date, until}; the spec itself only
knows weekly meetings, so other apps ignore it and read the plain `day` and `time`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta

from bot.meetings.feed_checks import FeedError, shown, text, time_of_day
from bot.meetings.models import LAST, Frequency, Recurrence
from bot.meetings.parsing import MAX_DURATION_MINUTES

MAX_INTERVAL = 52
MINUTES_PER_DAY = 24 * 60
MAX_DURATION = MAX_DURATION_MINUTES
DEFAULT_DURATION = 60
EXTENSION_RECURRENCE = "x_peerbot_recurrence"


def recurrence(value: object, weekday: int | None, today: date) -> Recurrence:
    """Read x_peerbot_recurrence for a day (None: plain weekly from today)."""
    if value is None:
        return Recurrence(Frequency.WEEKLY, today, weekday=weekday)
    if not isinstance(value, dict):
        raise FeedError("x_peerbot_recurrence is not an object", "x_peerbot_recurrence is odd")
    raw = value.get("frequency")
    if raw not in tuple(Frequency):
        raise FeedError(
            f"x_peerbot_recurrence frequency {shown(raw)} is not once/weekly/monthly",
            "x_peerbot_recurrence is odd",
        )
    frequency = Frequency(str(raw))
    start = _date(value, "start_date") or today
    until = _date(value, "until")
    if until is not None and until < start:
        raise FeedError(
            f"x_peerbot_recurrence until {until} is before start_date {start}",
            "x_peerbot_recurrence is odd",
        )
    if frequency is Frequency.ONCE:
        return Recurrence(frequency, start)
    if frequency is Frequency.MONTHLY:
        return Recurrence(frequency, start, weekday, nth=_nth(value), until=until)
    return Recurrence(frequency, start, weekday, interval=_interval(value), until=until)


def _date(value: Mapping[str, object], key: str) -> date | None:
    """Read a "YYYY-MM-DD" date of x_peerbot_recurrence; None when missing."""
    raw = value.get(key)
    if raw is None:
        return None
    if isinstance(raw, str):
        try:
            return date.fromisoformat(raw.strip())
        except ValueError:
            pass
    raise FeedError(
        f"x_peerbot_recurrence {key} {shown(raw)} is not a date (YYYY-MM-DD)",
        "x_peerbot_recurrence is odd",
    )


def _interval(value: Mapping[str, object]) -> int:
    """Read the weekly interval: 1 to MAX_INTERVAL weeks."""
    raw = value.get("interval", 1)
    if isinstance(raw, bool) or not isinstance(raw, int) or not 1 <= raw <= MAX_INTERVAL:
        raise FeedError(
            f"x_peerbot_recurrence interval {shown(raw)} is not 1 to {MAX_INTERVAL}",
            "x_peerbot_recurrence is odd",
        )
    return raw


def _nth(value: Mapping[str, object]) -> int:
    """Read the monthly position: 1 to 4, or -1 for the last."""
    raw = value.get("nth")
    if isinstance(raw, bool) or not isinstance(raw, int) or raw not in (1, 2, 3, 4, LAST):
        raise FeedError(
            f"x_peerbot_recurrence nth {shown(raw)} is not 1 to 4 or -1 (last)",
            "x_peerbot_recurrence is odd",
        )
    return raw


def duration(entry: Mapping[str, object], start: time) -> int:
    """Minutes from end_time (past midnight wraps), else x_peerbot_duration, else 60."""
    end = text(entry, "end_time")
    if end is not None:
        stop = time_of_day("end_time", end)
        minutes = (_minutes(stop) - _minutes(start)) % MINUTES_PER_DAY
        if minutes > MAX_DURATION:
            raise FeedError(
                f"end_time {shown(end)} makes the meeting longer than {MAX_DURATION // 60} hours",
                f"end_time makes the meeting longer than {MAX_DURATION // 60} hours",
            )
        if minutes:
            return minutes
    value = entry.get("x_peerbot_duration")
    if value is None:
        return DEFAULT_DURATION
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_DURATION:
        raise FeedError(
            f"x_peerbot_duration {shown(value)} is not minutes (1 to {MAX_DURATION})",
            "x_peerbot_duration is not minutes",
        )
    return value


def end_time(start: time, minutes: int) -> str:
    """The "HH:MM" a meeting of `minutes` ends, wrapping past midnight."""
    end = (datetime.combine(date(2000, 1, 1), start) + timedelta(minutes=minutes)).time()
    return end.strftime("%H:%M")


def _minutes(moment: time) -> int:
    """Minutes since midnight."""
    return moment.hour * 60 + moment.minute
