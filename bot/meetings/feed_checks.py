"""Field checks for reading a Meeting Guide JSON feed: each gives a clean value or a FeedError.

Messages are plain English and quote the offending value, e.g. `time "25:00" is not a time of
day (HH:MM)`. Text fields are stripped; empty text counts as missing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta

from bot.formats.timezones import resolve_timezone
from bot.meetings.models import LAST, Frequency, Recurrence
from bot.meetings.parsing import MAX_DURATION_MINUTES, check_link, slugify

MAX_NAME = 200
MAX_SLUG = 100
MAX_INTERVAL = 52
MINUTES_PER_DAY = 24 * 60
MAX_DURATION = MAX_DURATION_MINUTES
DEFAULT_DURATION = 60
UPDATED_FORMAT = "%Y-%m-%d %H:%M:%S"

_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::00)?")
_PHONE = re.compile(r"[0-9 +*#,.()/-]+")
_TYPE = re.compile(r"[^\s,]{1,30}")
_ADDRESS_PARTS = ("address", "city", "state", "postal_code", "country")


class FeedError(ValueError):
    """An entry of a feed cannot be read; the message says why in plain English."""


def shown(value: object) -> str:
    """Quote a value from the feed for a message, JSON style, cut to a readable length."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


# The longest text each field may have, so a meeting's card stays within a Telegram message.
MAX_LENGTHS = {
    "location": 200,
    "address": 300,
    "formatted_address": 300,
    "notes": 500,
    "conference_url_notes": 300,
    "conference_phone_notes": 200,
    "group": 200,
    "conference_url": 500,
    "url": 500,
}
DEFAULT_MAX_LENGTH = 300


def text(entry: Mapping[str, object], key: str) -> str | None:
    """Return a text field stripped, None when missing or empty; whole numbers become text."""
    value = entry.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise FeedError(f"{key} {shown(value)} is not text")
    stripped = str(value).strip()
    limit = MAX_LENGTHS.get(key, DEFAULT_MAX_LENGTH)
    if len(stripped) > limit:
        raise FeedError(f"{key} is {len(stripped)} characters long (at most {limit})")
    return stripped or None


def required(entry: Mapping[str, object], key: str) -> str:
    """Return a text field that must be there."""
    value = text(entry, key)
    if value is None:
        raise FeedError(f"{key} is missing")
    return value


def name(entry: Mapping[str, object]) -> str:
    """Return the meeting's name: non-empty, at most MAX_NAME characters."""
    value = required(entry, "name")
    if len(value) > MAX_NAME:
        raise FeedError(f"name is longer than {MAX_NAME} characters")
    return value


def slug(entry: Mapping[str, object], meeting_name: str) -> str:
    """Return the entry's slug as given, or one made from the name when it has none."""
    value = text(entry, "slug")
    if value is None:
        return slugify(meeting_name)
    if len(value) > MAX_SLUG or any(char.isspace() for char in value):
        raise FeedError(f"slug {shown(value)} is not a short word without spaces")
    return value


def time_of_day(key: str, value: str) -> time:
    """Read "HH:MM" (24-hour clock; ":00" seconds allowed)."""
    match = _TIME.fullmatch(value)
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise FeedError(f"{key} {shown(value)} is not a time of day (HH:MM)")
    return time(int(match[1]), int(match[2]))


def day(value: object) -> int:
    """Read one Meeting Guide day: 0 (Sunday) to 6 (Saturday); digit strings are accepted."""
    number = int(value) if isinstance(value, str) and value.strip().isdigit() else value
    if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number <= 6:
        raise FeedError(f"day {shown(value)} is not 0 (Sunday) to 6 (Saturday)")
    return number


def days(value: object) -> tuple[list[int], bool]:
    """Read `day`: one day, or a list of days (without repeats); tells whether it was a list."""
    if value is None:
        raise FeedError("day is missing")
    if not isinstance(value, list):
        return [day(value)], False
    found = list(dict.fromkeys(day(item) for item in value))
    if not found:
        raise FeedError("day is an empty list")
    return found, True


def timezone(entry: Mapping[str, object], default: str) -> str:
    """Return the IANA zone of the entry (or the default), as resolve_timezone knows it."""
    typed = text(entry, "timezone") or default
    zone = resolve_timezone(typed)
    if zone is None:
        raise FeedError(f"unknown time zone {shown(typed)}")
    return zone


def link(entry: Mapping[str, object], key: str) -> str | None:
    """Return a web address (http or https with a dotted host), None when missing."""
    value = text(entry, key)
    if value is None:
        return None
    url = check_link(value)
    if url is None:
        raise FeedError(f"{key} {shown(value)} is not a link")
    return url


def phone(entry: Mapping[str, object], key: str) -> str | None:
    """Return a dial-in number: digits with + , * # and separators, None when missing."""
    value = text(entry, key)
    if value is None:
        return None
    if not _PHONE.fullmatch(value) or not any(char.isdigit() for char in value):
        raise FeedError(f"{key} {shown(value)} is not a phone number")
    return value


def types(entry: Mapping[str, object]) -> tuple[str, ...]:
    """Return the type codes (stripped, without repeats); odd codes are left out."""
    value = entry.get("types")
    if value is None:
        return ()
    if not isinstance(value, list):
        raise FeedError("types is not a list of codes")
    codes = (item.strip() for item in value if isinstance(item, str))
    return tuple(dict.fromkeys(code for code in codes if _TYPE.fullmatch(code)))


def address(entry: Mapping[str, object]) -> str | None:
    """Return formatted_address, or the address parts joined with commas."""
    formatted = text(entry, "formatted_address")
    if formatted is not None:
        return formatted
    parts = [text(entry, key) for key in _ADDRESS_PARTS]
    return ", ".join(part for part in parts if part) or None


def is_approximate(entry: Mapping[str, object], place: str | None, online: bool) -> bool:
    """Whether the address only tells the area of an online meeting, not a place to go.

    The spec's `approximate: "yes"` says so; an online entry with `TC` (in person temporarily
    closed) too; so does an online entry without a `location` whose address holds no digit
    (no street number or postcode), e.g. "Chicago, IL, USA".
    """
    flag = text(entry, "approximate")
    if flag is not None:
        return flag.casefold() == "yes"
    if not online:
        return False
    if "TC" in types(entry):
        return True
    return text(entry, "location") is None and not any(char.isdigit() for char in place or "")


def duration(entry: Mapping[str, object], start: time) -> int:
    """Minutes from end_time (past midnight wraps), else x_peerbot_duration, else 60."""
    end = text(entry, "end_time")
    if end is not None:
        stop = time_of_day("end_time", end)
        minutes = (_minutes(stop) - _minutes(start)) % MINUTES_PER_DAY
        if minutes > MAX_DURATION:
            raise FeedError(
                f"end_time {shown(end)} makes the meeting longer than {MAX_DURATION // 60} hours"
            )
        if minutes:
            return minutes
    value = entry.get("x_peerbot_duration")
    if value is None:
        return DEFAULT_DURATION
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_DURATION:
        raise FeedError(f"x_peerbot_duration {shown(value)} is not minutes (1 to {MAX_DURATION})")
    return value


def end_time(start: time, minutes: int) -> str:
    """The "HH:MM" a meeting of `minutes` ends, wrapping past midnight."""
    end = (datetime.combine(date(2000, 1, 1), start) + timedelta(minutes=minutes)).time()
    return end.strftime("%H:%M")


def updated(entry: Mapping[str, object]) -> datetime | None:
    """Read `updated` ("YYYY-MM-DD HH:MM:SS", UTC) as an aware time; None when missing or odd."""
    value = entry.get("updated")
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value.strip(), UPDATED_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def recurrence(value: object, weekday: int | None, today: date) -> Recurrence:
    """Read x_peerbot_recurrence for a day (None: plain weekly from today)."""
    if value is None:
        return Recurrence(Frequency.WEEKLY, today, weekday=weekday)
    if not isinstance(value, dict):
        raise FeedError("x_peerbot_recurrence is not an object")
    raw = value.get("frequency")
    if raw not in tuple(Frequency):
        raise FeedError(f"x_peerbot_recurrence frequency {shown(raw)} is not once/weekly/monthly")
    frequency = Frequency(str(raw))
    start = _date(value, "start_date") or today
    until = _date(value, "until")
    if until is not None and until < start:
        raise FeedError(f"x_peerbot_recurrence until {until} is before start_date {start}")
    if frequency is Frequency.ONCE:
        return Recurrence(frequency, start)
    if frequency is Frequency.MONTHLY:
        return Recurrence(frequency, start, weekday, nth=_nth(value), until=until)
    return Recurrence(frequency, start, weekday, interval=_interval(value), until=until)


def _minutes(moment: time) -> int:
    """Minutes since midnight."""
    return moment.hour * 60 + moment.minute


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
    raise FeedError(f"x_peerbot_recurrence {key} {shown(raw)} is not a date (YYYY-MM-DD)")


def _interval(value: Mapping[str, object]) -> int:
    """Read the weekly interval: 1 to MAX_INTERVAL weeks."""
    raw = value.get("interval", 1)
    if isinstance(raw, bool) or not isinstance(raw, int) or not 1 <= raw <= MAX_INTERVAL:
        raise FeedError(f"x_peerbot_recurrence interval {shown(raw)} is not 1 to {MAX_INTERVAL}")
    return raw


def _nth(value: Mapping[str, object]) -> int:
    """Read the monthly position: 1 to 4, or -1 for the last."""
    raw = value.get("nth")
    if isinstance(raw, bool) or not isinstance(raw, int) or raw not in (1, 2, 3, 4, LAST):
        raise FeedError(f"x_peerbot_recurrence nth {shown(raw)} is not 1 to 4 or -1 (last)")
    return raw
