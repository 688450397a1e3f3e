"""Check-in schedule: due moments across daylight saving, pauses, skips, local days, parsing."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.checkins.models import EVERY_DAY, WEEKDAYS, CheckinPlan
from bot.checkins.schedule import (
    due_date,
    end_of_day,
    next_due,
    parse_days,
    parse_pause,
    still_same_day,
)
from bot.domain.localtime import local_moment

TODAY = date(2026, 6, 10)  # a Wednesday


def plan(
    zone: str = "Europe/London",
    at: time = time(21, 30),
    days: frozenset[int] = EVERY_DAY,
    enabled: bool = True,
    paused_until: date | None = None,
    skip_date: date | None = None,
) -> CheckinPlan:
    """Build a check-in plan for member 1 with the given time, days, zone and pause."""
    return CheckinPlan(
        1, at, days, zone, enabled=enabled, paused_until=paused_until, skip_date=skip_date
    )


def aware(zone: str, year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """Build an aware datetime in a zone."""
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone))


def due_series(item: CheckinPlan, after: datetime, count: int) -> list[datetime]:
    """Return the next `count` due moments, each found from the one before."""
    found: list[datetime] = []
    for _ in range(count):
        moment = next_due(item, after)
        assert moment is not None
        found.append(moment)
        after = moment
    return found


@pytest.mark.parametrize(
    ("zone", "change_day", "hours"),
    [
        ("Europe/London", date(2026, 3, 29), 23),
        ("Europe/London", date(2026, 10, 25), 25),
        ("America/New_York", date(2026, 3, 8), 23),
        ("America/New_York", date(2026, 11, 1), 25),
        ("Australia/Sydney", date(2026, 10, 4), 23),
        ("Australia/Sydney", date(2026, 4, 5), 25),
    ],
)
def test_evening_checkin_keeps_local_time_across_dst(
    zone: str, change_day: date, hours: int
) -> None:
    """A 21:30 check-in stays 21:30 local on both sides of a clock change."""
    start = aware(zone, change_day.year, change_day.month, change_day.day) - timedelta(days=2)
    series = due_series(plan(zone), start, 4)
    local = [moment.astimezone(ZoneInfo(zone)) for moment in series]
    assert all(moment.tzinfo is UTC for moment in series)
    assert [moment.time() for moment in local] == [time(21, 30)] * 4
    assert [moment.date() for moment in local] == [
        change_day - timedelta(days=2 - n) for n in range(4)
    ]
    assert series[2] - series[1] == timedelta(hours=hours)


def test_checkin_in_spring_forward_gap_moves_forward() -> None:
    """A 02:30 check-in on the New York spring-forward night comes at 03:30 EDT."""
    item = plan("America/New_York", at=time(2, 30))
    due = next_due(item, aware("America/New_York", 2026, 3, 8))
    assert due == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)
    assert due.astimezone(ZoneInfo("America/New_York")).time() == time(3, 30)


def test_local_moment_takes_first_of_ambiguous_time() -> None:
    """01:30 on the New York fall-back night is the first one, in summer time (EDT)."""
    moment = local_moment("America/New_York", date(2026, 11, 1), time(1, 30))
    assert moment.astimezone(UTC) == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)


def test_due_is_strictly_after() -> None:
    """A due moment equal to `after` is not returned again; the next day's is."""
    item = plan()
    first = next_due(item, aware("Europe/London", 2026, 6, 10, 12))
    assert first is not None
    assert next_due(item, first) == first + timedelta(days=1)


def test_after_in_another_zone_is_compared_as_an_instant() -> None:
    """`after` given in UTC finds the same due moment as the local equivalent."""
    item = plan("Asia/Tokyo")
    after = datetime(2026, 6, 10, 13, 0, tzinfo=UTC)  # 22:00 in Tokyo, past 21:30
    assert next_due(item, after) == datetime(2026, 6, 11, 12, 30, tzinfo=UTC)


def test_weekdays_only_skips_the_weekend() -> None:
    """After Friday's check-in, a weekdays plan is next due on Monday."""
    item = plan(days=WEEKDAYS)
    due = next_due(item, aware("Europe/London", 2026, 6, 12, 22))  # Friday 22:00
    assert due == aware("Europe/London", 2026, 6, 15, 21, 30)


def test_pause_until_a_date_is_inclusive() -> None:
    """No check-in on or before `paused_until`; the day after is the next one."""
    item = plan(paused_until=date(2026, 6, 14))
    due = next_due(item, aware("Europe/London", 2026, 6, 10, 9))
    assert due == aware("Europe/London", 2026, 6, 15, 21, 30)


def test_long_pause_jumps_straight_past_it() -> None:
    """A pause 200 days long gives the first day after it."""
    item = plan(paused_until=TODAY + timedelta(days=200))
    due = next_due(item, aware("Europe/London", 2026, 6, 10, 9))
    assert due == local_moment("Europe/London", TODAY + timedelta(days=201), time(21, 30))


def test_past_pause_changes_nothing() -> None:
    """A pause that ended before today leaves today's check-in due."""
    item = plan(paused_until=date(2026, 6, 1))
    assert next_due(item, aware("Europe/London", 2026, 6, 10, 9)) == aware(
        "Europe/London", 2026, 6, 10, 21, 30
    )


def test_skip_today() -> None:
    """With today skipped, the next check-in is tomorrow's."""
    item = plan(skip_date=TODAY)
    due = next_due(item, aware("Europe/London", 2026, 6, 10, 9))
    assert due == aware("Europe/London", 2026, 6, 11, 21, 30)


def test_skipped_only_weekday_waits_two_weeks() -> None:
    """A Mondays-only plan whose next Monday is skipped is due the Monday after."""
    item = plan(days=frozenset({0}), skip_date=date(2026, 6, 15))
    due = next_due(item, aware("Europe/London", 2026, 6, 8, 22))  # Monday, after 21:30
    assert due == aware("Europe/London", 2026, 6, 22, 21, 30)


def test_disabled_or_dayless_plan_is_never_due() -> None:
    """A disabled plan, or one with no days, gives None."""
    after = aware("Europe/London", 2026, 6, 10)
    assert next_due(plan(enabled=False), after) is None
    assert next_due(plan(days=frozenset()), after) is None


def test_naive_after_is_rejected() -> None:
    """A naive `after` is a programming error."""
    with pytest.raises(ValueError, match="aware"):
        next_due(plan(), datetime(2026, 6, 10))


def test_plan_rejects_bad_weekday_numbers() -> None:
    """Days outside 0..6 are refused."""
    with pytest.raises(ValueError, match="weekday numbers"):
        plan(days=frozenset({7}))


def test_due_date_is_the_local_date() -> None:
    """A Tokyo 08:00 check-in due on the previous UTC day belongs to the Tokyo date."""
    item = plan("Asia/Tokyo", at=time(8))
    due = next_due(item, datetime(2026, 6, 9, 12, tzinfo=UTC))
    assert due == datetime(2026, 6, 9, 23, 0, tzinfo=UTC)
    assert due_date(item, due) == date(2026, 6, 10)


def test_still_same_day_around_tokyo_midnight() -> None:
    """A Tokyo prompt is worth sending until local midnight, not UTC midnight."""
    item = plan("Asia/Tokyo")
    due = datetime(2026, 6, 10, 12, 30, tzinfo=UTC)  # 21:30 in Tokyo
    assert still_same_day(item, due, aware("Asia/Tokyo", 2026, 6, 10, 23, 59))
    assert not still_same_day(item, due, aware("Asia/Tokyo", 2026, 6, 11, 0, 1))
    assert not still_same_day(item, due, datetime(2026, 6, 10, 15, 1, tzinfo=UTC))


def test_end_of_day_is_next_local_midnight_in_utc() -> None:
    """The day ends at the next local midnight, given in UTC."""
    assert end_of_day(plan("Asia/Tokyo"), date(2026, 6, 10)) == datetime(
        2026, 6, 10, 15, tzinfo=UTC
    )
    assert end_of_day(plan("Europe/London"), date(2026, 3, 29)) == datetime(
        2026, 3, 29, 23, tzinfo=UTC
    )
    assert end_of_day(plan("Europe/London"), date(2026, 6, 10)).tzinfo is UTC


def test_end_of_day_when_midnight_does_not_exist() -> None:
    """In Havana clocks jump 00:00 -> 01:00, so 7 March 2026 ends at 05:00 UTC."""
    assert end_of_day(plan("America/Havana"), date(2026, 3, 7)) == datetime(
        2026, 3, 8, 5, tzinfo=UTC
    )


WEEKEND = frozenset({5, 6})


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("every day", EVERY_DAY),
        ("Daily", EVERY_DAY),
        ("todos los días", EVERY_DAY),
        ("weekdays", WEEKDAYS),
        ("Entre semana", WEEKDAYS),
        ("weekends", WEEKEND),
        ("fines de semana", WEEKEND),
        ("mon, wed, fri", frozenset({0, 2, 4})),
        ("lunes miércoles viernes", frozenset({0, 2, 4})),
        ("Mon-Fri", WEEKDAYS),
        ("lun-vie", WEEKDAYS),
        ("lunes a viernes", WEEKDAYS),
        ("monday to friday", WEEKDAYS),
        ("Mon–Wed", frozenset({0, 1, 2})),
        ("fri-mon", frozenset({4, 5, 6, 0})),
        ("tue and thu", frozenset({1, 3})),
        ("martes y jueves", frozenset({1, 3})),
        ("sáb, dom", WEEKEND),
        ("Sundays", frozenset({6})),
        ("weekdays, sat", frozenset({0, 1, 2, 3, 4, 5})),
    ],
)
def test_parse_days_reads(text: str, days: frozenset[int]) -> None:
    """Day texts in English and Spanish are read as Python weekday numbers."""
    assert parse_days(text) == days


@pytest.mark.parametrize(
    "text", ["", "   ", "sometimes", "mon, someday", "mon-", "-fri", "3", "x" * 101, "mon fry"]
)
def test_parse_days_rejects(text: str) -> None:
    """Text that is not a list of days gives None."""
    assert parse_days(text) is None


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("1", TODAY),
        ("3", TODAY + timedelta(days=2)),
        ("3 days", TODAY + timedelta(days=2)),
        ("3 días", TODAY + timedelta(days=2)),
        ("for 3 days", TODAY + timedelta(days=2)),
        ("a day", TODAY),
        ("a week", TODAY + timedelta(days=6)),
        ("una semana", TODAY + timedelta(days=6)),
        ("2 weeks", TODAY + timedelta(days=13)),
        ("365", TODAY + timedelta(days=364)),
        ("until 5 Dec", date(2026, 12, 5)),
        ("hasta el 5 de diciembre", date(2026, 12, 5)),
        ("hasta mañana", TODAY + timedelta(days=1)),
        ("2026-07-01", date(2026, 7, 1)),
        ("5 Dec", date(2026, 12, 5)),
        ("today", TODAY),
        ("1 August", date(2026, 8, 1)),
    ],
)
def test_parse_pause_reads(text: str, until: date) -> None:
    """Pause lengths count today; dates pause through that day."""
    assert parse_pause(text, TODAY) == until


@pytest.mark.parametrize(
    "text",
    [
        *("", "0", "366", "999 days", "60 weeks", "a", "soon", "2026-06-09", "2027-06-10"),
        *("x" * 101, "1 June", "until 9 June"),  # passed days ago: refused, not a year away
    ],
)
def test_parse_pause_rejects(text: str) -> None:
    """Unreadable text, past dates and pauses over 365 days give None."""
    assert parse_pause(text, TODAY) is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("tous les jours", EVERY_DAY),
        ("lundi, mercredi et vendredi", frozenset({0, 2, 4})),
        ("lun-ven", WEEKDAYS),
        ("werktags", WEEKDAYS),
        ("Mo bis Fr", WEEKDAYS),
        ("Montag und Donnerstag", frozenset({0, 3})),
        ("fim de semana", frozenset({5, 6})),
        ("segunda, quarta e sexta", frozenset({0, 2, 4})),
        ("seg a sex", WEEKDAYS),
    ],
)
def test_parse_days_reads_french_german_and_portuguese(text: str, days: frozenset[int]) -> None:
    """Check-in days typed in French, German and Portuguese."""
    assert parse_days(text) == days


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("3 jours", TODAY + timedelta(days=2)),
        ("pendant une semaine", TODAY + timedelta(days=6)),
        ("jusqu'au 5 décembre", date(2026, 12, 5)),
        ("2 Wochen", TODAY + timedelta(days=13)),
        ("bis zum 5. Dezember", date(2026, 12, 5)),
        ("eine Woche", TODAY + timedelta(days=6)),
        ("3 dias", TODAY + timedelta(days=2)),
        ("até 5 de dezembro", date(2026, 12, 5)),
        ("até amanhã", TODAY + timedelta(days=1)),
    ],
)
def test_parse_pause_reads_french_german_and_portuguese(text: str, until: date) -> None:
    """Pauses typed in French, German and Portuguese."""
    assert parse_pause(text, TODAY) == until


def test_ranges_with_from_words_and_typographic_apostrophes() -> None:
    """'du lundi au vendredi', 'von Montag bis Freitag' and iOS's ’ in 'jusqu’au' are read."""
    assert parse_days("du lundi au vendredi") == WEEKDAYS
    assert parse_days("von Montag bis Freitag") == WEEKDAYS
    assert parse_days("de segunda a sexta") == WEEKDAYS
    assert parse_pause("jusqu’au 20 juin", TODAY) == date(2026, 6, 20)
