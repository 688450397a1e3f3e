"""The programme report's periods (pure): whole calendar months, quarters and years, the one
before, and whether two periods overlap (then one could be subtracted from the other)."""

from __future__ import annotations

from datetime import date, timedelta

from bot.stats.models import Period


def overlaps(first: Period, second: Period) -> bool:
    """Whether two periods share a day (then one could be subtracted from the other)."""
    return first.start <= second.end and second.start <= first.end


def previous(period: Period) -> Period:
    """The period of the same length just before."""
    end = period.start - timedelta(days=1)
    return Period(end - timedelta(days=period.days - 1), end)


def last_month(today: date) -> Period:
    """The calendar month before today's."""
    end = today.replace(day=1) - timedelta(days=1)
    return Period(end.replace(day=1), end)


def last_quarter(today: date) -> Period:
    """The calendar quarter before today's."""
    first_month = 3 * ((today.month - 1) // 3) + 1
    end = today.replace(month=first_month, day=1) - timedelta(days=1)
    return Period(end.replace(month=end.month - 2, day=1), end)


def last_year(today: date) -> Period:
    """The calendar year before today's."""
    return Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))


def before(period: Period) -> Period:
    """The calendar period before a month, quarter or year (else the same length before)."""
    start, end = period.start, period.end
    if start.day == 1 and (end + timedelta(days=1)).day == 1:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        last = start - timedelta(days=1)
        first_month = last.month - months + 1
        year = last.year + (first_month - 1) // 12
        return Period(date(year, (first_month - 1) % 12 + 1, 1), last)
    return previous(period)
