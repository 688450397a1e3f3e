"""Field checks for reading a Meeting Guide JSON feed: each gives a clean value or a FeedError.

Messages are plain English and quote the offending value, e.g. `time "25:00" is not a time of
day (HH:MM)`; each error also has a `summary` without the value, so a report can count alike
problems. Text fields are stripped; empty text counts as missing.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime, time

from bot.formats.timezones import resolve_timezone
from bot.meetings.parsing import check_link, slugify

MAX_NAME = 200
MAX_SLUG = 100
UPDATED_FORMAT = "%Y-%m-%d %H:%M:%S"
_UPDATED_FORMS = (UPDATED_FORMAT, "%Y-%m-%d", "%m/%d/%Y", "%m/%d/%Y %I:%M:%S %p")

_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*([AaPp])\.?[Mm]\.?)?")
_PHONE = re.compile(r"[0-9 +*#,.()/-]+")
_TYPE = re.compile(r"[^\s,]{1,30}")
_ADDRESS_PARTS = ("address", "city", "state", "postal_code", "country")


class FeedError(ValueError):
    """A field of an entry cannot be read; the message says why in plain English.

    `summary` says it without the entry's own value (e.g. "notes is too long"), so alike
    problems can be counted together; it defaults to the message.
    """

    def __init__(self, message: str, summary: str | None = None) -> None:
        """Keep the message and its summary."""
        super().__init__(message)
        self.summary = summary or message


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
        raise FeedError(f"{key} {shown(value)} is not text", f"{key} is not text")
    stripped = str(value).strip()
    limit = MAX_LENGTHS.get(key, DEFAULT_MAX_LENGTH)
    if len(stripped) > limit:
        raise FeedError(
            f"{key} is {len(stripped)} characters long (at most {limit})",
            f"{key} is longer than {limit} characters",
        )
    return stripped or None


def required(entry: Mapping[str, object], key: str) -> str:
    """Return a text field that must be there."""
    value = text(entry, key)
    if value is None:
        raise FeedError(f"{key} is missing")
    return value


def name(entry: Mapping[str, object]) -> str:
    """Return the meeting's name, non-empty (a name too long is cut; see `is_long_name`)."""
    value = entry.get("name")
    if isinstance(value, str) and value.strip():
        return value.strip()[:MAX_NAME]
    return required(entry, "name")


def is_long_name(entry: Mapping[str, object]) -> bool:
    """Whether the entry's name is longer than MAX_NAME characters (and so was cut)."""
    value = entry.get("name")
    return isinstance(value, str) and len(value.strip()) > MAX_NAME


def slug_of(value: str) -> str:
    """A short slug made from a slug that is not fit: readable start, stable hash of the rest."""
    digest = hashlib.sha1(value.encode("utf-8"), usedforsecurity=False).hexdigest()[:8]
    return f"{slugify(value)[:40].rstrip('-')}-{digest}"


def slug(entry: Mapping[str, object], meeting_name: str) -> str:
    """Return the entry's slug as given; without one, one made from its `id` or its name."""
    value = text(entry, "slug")
    if value is None:
        source_id = text(entry, "id")
        return slugify(source_id) if source_id else slugify(meeting_name)
    if len(value) > MAX_SLUG or any(char.isspace() for char in value):
        raise FeedError(
            f"slug {shown(value)} is not a short word without spaces",
            "slug is not a short word without spaces",
        )
    return value


def time_of_day(key: str, value: str) -> time:
    """Read "HH:MM" (24-hour clock; seconds allowed), or a 12-hour time like "7:30 PM"."""
    match = _TIME.fullmatch(value.strip())
    hour = int(match[1]) if match else -1
    if match and match[3]:
        hour = hour % 12 + (12 if match[3] in "Pp" else 0) if 1 <= hour <= 12 else -1
    if match is None or not 0 <= hour <= 23 or int(match[2]) > 59:
        raise FeedError(
            f"{key} {shown(value)} is not a time of day (HH:MM)",
            f"{key} is not a time of day (HH:MM)",
        )
    return time(hour, int(match[2]))


def day(value: object) -> int:
    """Read one Meeting Guide day: 0 (Sunday) to 6 (Saturday); digit strings are accepted."""
    number = int(value) if isinstance(value, str) and value.strip().isdigit() else value
    if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number <= 6:
        raise FeedError(
            f"day {shown(value)} is not 0 (Sunday) to 6 (Saturday)",
            "day is not 0 (Sunday) to 6 (Saturday)",
        )
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
        raise FeedError(f"unknown time zone {shown(typed)}", "unknown time zone")
    return zone


def link(entry: Mapping[str, object], key: str) -> str | None:
    """Return a web address (http or https with a dotted host), None when missing."""
    value = text(entry, key)
    if value is None:
        return None
    url = check_link(value)
    if url is None:
        raise FeedError(f"{key} {shown(value)} is not a link", f"{key} is not a link")
    return url


def phone(entry: Mapping[str, object], key: str) -> str | None:
    """Return a dial-in number: digits with + , * # and separators, None when missing."""
    value = text(entry, key)
    if value is None:
        return None
    if not _PHONE.fullmatch(value) or not any(char.isdigit() for char in value):
        raise FeedError(
            f"{key} {shown(value)} is not a phone number", f"{key} is not a phone number"
        )
    return value


def dialable_start(value: object) -> str | None:
    """The part of a phone value before its first part that cannot be dialled, if any digit.

    e.g. "+15873281099,,829004#,,#,,M1F3TT#" (a one-tap link with a lettered passcode) gives
    "+15873281099,,829004#,,#".
    """
    if not isinstance(value, str):
        return None
    parts = []
    for part in value.strip().split(","):
        if part and not _PHONE.fullmatch(part):
            break
        parts.append(part)
    start = ",".join(parts).rstrip(", ")
    return start if any(char.isdigit() for char in start) else None


def types(entry: Mapping[str, object]) -> tuple[str, ...]:
    """Return the type codes (stripped, without repeats), from a list or from "C,M" text.

    Odd codes (not text, spaces inside, longer than 30 characters) are left out.
    """
    value = entry.get("types")
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        raise FeedError(f"types {shown(value)} is not a list of codes", "types is not a list")
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


def updated(entry: Mapping[str, object]) -> datetime | None:
    """Read `updated` as an aware UTC time; None when missing.

    The spec's "YYYY-MM-DD HH:MM:SS" (UTC), a bare date, and the US "M/D/YYYY" with or without
    "h:mm:ss AM" that some real feeds give are all read.
    """
    value = entry.get("updated")
    if value is None or value == "":
        return None
    for form in _UPDATED_FORMS:
        try:
            return datetime.strptime(str(value).strip(), form).replace(tzinfo=UTC)
        except ValueError:
            continue
    raise FeedError(
        f"updated {shown(value)} is not a time (YYYY-MM-DD HH:MM:SS)",
        "updated is not a time (YYYY-MM-DD HH:MM:SS)",
    )
