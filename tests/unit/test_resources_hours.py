"""Opening hours: open now across time zones, past midnight, DST days, and short descriptions."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.resources.hours import describe_hours, is_open, next_change
from bot.resources.models import OpeningHours, Resource

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
WEEKDAYS = (MON, TUE, WED, THU, FRI)


def _resource(
    zone: str | None,
    periods: list[tuple[tuple[int, ...], str, str]],
    *,
    always_open: bool = False,
) -> Resource:
    """Build a resource whose hours are (weekdays, opens, closes) triples in zone `zone`."""
    hours = tuple(
        OpeningHours(day, time.fromisoformat(opens), time.fromisoformat(closes))
        for days, opens, closes in periods
        for day in days
    )
    return Resource(
        id="svc",
        names={"en": "Service"},
        descriptions={"en": "What it does."},
        categories=("crisis",),
        url="https://example.org",
        timezone=zone,
        hours=hours,
        always_open=always_open,
    )


def _utc(text: str) -> datetime:
    """Parse an ISO date-time as UTC."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


OFFICE_NY = _resource("America/New_York", [(WEEKDAYS, "09:00", "17:00")])
OFFICE_MADRID = _resource("Europe/Madrid", [(WEEKDAYS, "09:00", "17:00")])
NIGHT_LINE = _resource("Europe/London", [((FRI, SAT), "22:00", "02:00")])
EVENINGS = _resource("Europe/London", [(tuple(range(7)), "17:00", "00:00")])
DAILY_MADRID = _resource("Europe/Madrid", [(tuple(range(7)), "09:00", "17:00")])


def test_always_open_is_open() -> None:
    """A 24/7 resource is open whenever asked, even without a time zone."""
    resource = _resource(None, [], always_open=True)
    assert is_open(resource, _utc("2025-01-01T03:00")) is True
    assert next_change(resource, _utc("2025-01-01T03:00")) is None
    assert describe_hours(resource, "en", "Daily") == "24/7"


def test_unknown_hours_give_none() -> None:
    """Without hours, or without a usable time zone, nobody can say: None, never an error."""
    now = _utc("2025-01-15T12:00")
    assert is_open(_resource("Europe/Madrid", []), now) is None
    assert is_open(_resource(None, [(WEEKDAYS, "09:00", "17:00")]), now) is None
    assert is_open(_resource("Mars/Olympus", [(WEEKDAYS, "09:00", "17:00")]), now) is None
    assert next_change(_resource("Mars/Olympus", [(WEEKDAYS, "09:00", "17:00")]), now) is None
    assert describe_hours(_resource("Europe/Madrid", []), "en", "Daily") == ""


@pytest.mark.parametrize(
    ("instant", "new_york", "madrid"),
    [
        ("2025-01-15T08:30", False, True),  # Wed 03:30 New York, 09:30 Madrid
        ("2025-01-15T14:30", True, True),  # Wed 09:30 New York, 15:30 Madrid
        ("2025-01-15T16:30", True, False),  # Wed 11:30 New York, 17:30 Madrid
        ("2025-01-15T22:30", False, False),  # Wed 17:30 New York, 23:30 Madrid
        ("2025-01-18T15:00", False, False),  # Saturday everywhere
    ],
)
def test_open_now_across_time_zones(instant: str, new_york: bool, madrid: bool) -> None:
    """The same instant is judged on each resource's own clock."""
    now = _utc(instant)
    assert is_open(OFFICE_NY, now) is new_york
    assert is_open(OFFICE_MADRID, now) is madrid


def test_any_input_time_zone_and_naive_means_utc() -> None:
    """An aware `now` in any zone gives the same answer; a naive one is taken as UTC."""
    instant = _utc("2025-01-15T14:30")
    assert is_open(OFFICE_NY, instant.astimezone(ZoneInfo("Asia/Tokyo"))) is True
    assert is_open(OFFICE_NY, datetime(2025, 1, 15, 14, 30)) is True
    assert is_open(OFFICE_NY, datetime(2025, 1, 15, 13, 30)) is False


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        ("2025-01-17T21:59", False),  # Friday before opening
        ("2025-01-17T22:00", True),  # Friday opening
        ("2025-01-17T23:30", True),
        ("2025-01-18T01:59", True),  # Saturday night-time, still Friday's period
        ("2025-01-18T02:00", False),  # closed at 02:00
        ("2025-01-18T23:00", True),  # Saturday's own period
        ("2025-01-19T01:00", True),  # Sunday night-time, Saturday's period
        ("2025-01-19T23:00", False),  # no Sunday period
        ("2025-01-16T01:00", False),  # Thursday night-time: no Wednesday period
    ],
)
def test_periods_past_midnight(local: str, expected: bool) -> None:
    """A period closing at or before its opening time runs into the next day."""
    now = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo("Europe/London"))
    assert is_open(NIGHT_LINE, now) is expected


def test_closing_at_midnight() -> None:
    """Closing at 00:00 (written 24:00) means open until the end of the day."""
    london = ZoneInfo("Europe/London")
    assert is_open(EVENINGS, datetime(2025, 1, 15, 23, 59, tzinfo=london)) is True
    assert is_open(EVENINGS, datetime(2025, 1, 16, 0, 0, tzinfo=london)) is False
    assert is_open(EVENINGS, datetime(2025, 1, 16, 16, 59, tzinfo=london)) is False


def test_whole_day_period() -> None:
    """00:00 to 00:00 is open all day, and has no change within the day."""
    resource = _resource("Europe/Madrid", [((MON,), "00:00", "00:00")])
    madrid = ZoneInfo("Europe/Madrid")
    assert is_open(resource, datetime(2025, 1, 13, 0, 0, tzinfo=madrid)) is True
    assert is_open(resource, datetime(2025, 1, 13, 23, 59, tzinfo=madrid)) is True
    assert is_open(resource, datetime(2025, 1, 14, 0, 0, tzinfo=madrid)) is False
    change = next_change(resource, datetime(2025, 1, 13, 12, 0, tzinfo=madrid))
    assert change == datetime(2025, 1, 14, 0, 0, tzinfo=madrid)


def test_spring_forward_day() -> None:
    """On the day clocks go forward the same UTC instant is an hour later locally."""
    # Madrid moves from UTC+1 to UTC+2 on 30 March 2025 at 02:00.
    assert is_open(DAILY_MADRID, _utc("2025-03-29T07:30")) is False  # 08:30 CET
    assert is_open(DAILY_MADRID, _utc("2025-03-30T07:30")) is True  # 09:30 CEST
    assert is_open(DAILY_MADRID, _utc("2025-03-30T14:30")) is True  # 16:30 CEST
    assert is_open(DAILY_MADRID, _utc("2025-03-30T15:00")) is False  # 17:00 CEST


def test_fall_back_day() -> None:
    """On the day clocks go back the same UTC instant is an hour earlier locally."""
    # Madrid moves from UTC+2 to UTC+1 on 26 October 2025 at 03:00.
    assert is_open(DAILY_MADRID, _utc("2025-10-25T15:30")) is False  # 17:30 CEST
    assert is_open(DAILY_MADRID, _utc("2025-10-26T15:30")) is True  # 16:30 CET
    assert is_open(DAILY_MADRID, _utc("2025-10-26T07:30")) is False  # 08:30 CET


def test_night_period_across_spring_forward() -> None:
    """A night period spanning the skipped hour still closes at its local closing time."""
    night = _resource("Europe/Madrid", [((SAT,), "22:00", "04:00")])
    assert is_open(night, _utc("2025-03-30T01:30")) is True  # 03:30 CEST, Sunday
    assert is_open(night, _utc("2025-03-30T02:00")) is False  # 04:00 CEST
    change = next_change(night, _utc("2025-03-29T22:00"))  # 23:00 CET, open
    assert change is not None
    assert change.astimezone(UTC) == _utc("2025-03-30T02:00")


def test_next_change_closes_then_opens() -> None:
    """next_change gives the closing time when open and the next opening when closed."""
    new_york = ZoneInfo("America/New_York")
    assert next_change(OFFICE_NY, _utc("2025-01-15T15:00")) == datetime(
        2025, 1, 15, 17, 0, tzinfo=new_york
    )
    friday_evening = datetime(2025, 1, 17, 18, 0, tzinfo=new_york)
    change = next_change(OFFICE_NY, friday_evening)
    assert change == datetime(2025, 1, 20, 9, 0, tzinfo=new_york)
    assert change is not None
    assert change.tzinfo == new_york


def test_next_change_skips_back_to_back_periods() -> None:
    """Adjacent periods (09-13 and 13-17) are one opening: the change is at 17:00."""
    resource = _resource("Europe/London", [((MON,), "09:00", "13:00"), ((MON,), "13:00", "17:00")])
    london = ZoneInfo("Europe/London")
    change = next_change(resource, datetime(2025, 1, 13, 10, 0, tzinfo=london))
    assert change == datetime(2025, 1, 13, 17, 0, tzinfo=london)


def test_next_change_on_spring_forward_day() -> None:
    """The next opening on a DST day is at the local opening time, in summer time."""
    change = next_change(DAILY_MADRID, _utc("2025-03-30T06:00"))  # 08:00 CEST
    assert change is not None
    assert change.astimezone(UTC) == _utc("2025-03-30T07:00")  # 09:00 CEST
    assert change.utcoffset() == timedelta(hours=2)


def test_next_change_none_when_never_changing() -> None:
    """Open all day every day through hours: no change to report."""
    resource = _resource("Europe/Madrid", [(tuple(range(7)), "00:00", "00:00")])
    assert is_open(resource, _utc("2025-06-01T12:00")) is True
    assert next_change(resource, _utc("2025-06-01T12:00")) is None


# What content/locales/*/resources.ftl says as resource-every-day.
EVERY_DAY = {"en": "Daily", "es": "Todos los días"}


@pytest.mark.parametrize(
    ("periods", "language", "expected"),
    [
        ([(WEEKDAYS, "09:00", "17:00")], "en", "Mon–Fri 09:00–17:00"),
        ([(WEEKDAYS, "09:00", "17:00")], "es", "lun–vie 9:00–17:00"),
        ([(WEEKDAYS, "09:00", "17:00")], "fr", "lun.–ven. 09:00–17:00"),
        ([(WEEKDAYS, "09:00", "17:00")], "de", "Mo.–Fr. 09:00–17:00"),
        ([(WEEKDAYS, "09:00", "17:00")], "pt", "seg.–sex. 09:00–17:00"),
        ([(WEEKDAYS, "09:00", "17:00")], "xx", "Mon–Fri 09:00–17:00"),
        (
            [(WEEKDAYS, "09:00", "17:00"), ((SAT,), "10:00", "14:00")],
            "en",
            "Mon–Fri 09:00–17:00; Sat 10:00–14:00",
        ),
        ([((SAT, SUN), "10:00", "14:00")], "es", "sáb, dom 10:00–14:00"),
        ([((MON, WED, FRI), "10:00", "12:00")], "en", "Mon, Wed, Fri 10:00–12:00"),
        (
            [((MON, TUE, WED), "09:00", "13:00"), ((MON, TUE, WED), "16:00", "19:00")],
            "es",
            "lun–mié 9:00–13:00, 16:00–19:00",
        ),
        ([(tuple(range(7)), "17:00", "00:00")], "en", "Daily 17:00–24:00"),
        ([(tuple(range(7)), "17:00", "00:00")], "es", "Todos los días 17:00–24:00"),
        ([((FRI, SAT), "22:00", "02:00")], "en", "Fri, Sat 22:00–02:00"),
        ([((SUN,), "00:00", "00:00")], "en", "Sun 00:00–24:00"),
    ],
)
def test_describe_hours(
    periods: list[tuple[tuple[int, ...], str, str]], language: str, expected: str
) -> None:
    """Hours read as short day ranges and times, as CLDR writes them where the resource is."""
    every_day = EVERY_DAY.get(language, "Daily")
    assert describe_hours(_resource("Europe/Madrid", periods), language, every_day) == expected


def test_hours_of_a_us_resource_read_on_a_12_hour_clock() -> None:
    """An English reader of a New York resource sees 9:00 AM; a closing midnight is 12:00 AM."""
    day = _resource("America/New_York", [(WEEKDAYS, "09:00", "17:00")])
    night = _resource("America/New_York", [((FRI,), "20:00", "00:00")])
    assert describe_hours(day, "en", "Daily").replace("\u202f", " ") == "Mon–Fri 9:00 AM–5:00 PM"
    assert describe_hours(night, "en", "Daily").replace("\u202f", " ") == "Fri 8:00 PM–12:00 AM"
