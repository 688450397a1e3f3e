"""A checker of Meeting Guide entries, written from code4recovery/spec's README (not our code).

Required: `name` (text, at most 255 characters) and `slug` (unique, URL-safe). For weekly
meetings `day` (0-6 or a list of them) and `time` ("HH:MM", 24-hour). Optional fields have
the types the README gives; `types` holds reserved codes only (tests/data/meeting_guide/
spec-types.tsv); `approximate` is "yes" or "no"; `updated` is "YYYY-MM-DD HH:MM:SS". The
Meeting Guide app also needs geographic information: `formatted_address`, or `address` with
`city`/`state`/`postal_code`/`country`.
"""

from __future__ import annotations

import re
from pathlib import Path
from zoneinfo import available_timezones

SPEC_TYPES = frozenset(
    line.split("\t")[0]
    for line in (Path(__file__).parents[1] / "data" / "meeting_guide" / "spec-types.tsv")
    .read_text(encoding="utf-8")
    .splitlines()
    if line
)
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_SLUG = re.compile(r"[A-Za-z0-9._~-]+")
_PHONE = re.compile(r"[0-9+,*# ().-]+")  # the README: numeric, with + , * # (separators too)
_TEXT_FIELDS = (
    "location",
    "formatted_address",
    "address",
    "city",
    "state",
    "postal_code",
    "country",
    "notes",
    "group",
    "conference_url_notes",
    "conference_phone_notes",
    "location_notes",
    "group_notes",
    "timezone",
)
_ZONES = available_timezones()


def problems(entries: object) -> list[str]:
    """Every way the entries break the spec (empty when they are fine)."""
    if not isinstance(entries, list):
        return ["the feed is not a JSON array"]
    found: list[str] = []
    slugs: set[str] = set()
    for index, entry in enumerate(entries):
        found.extend(f"entry {index}: {problem}" for problem in _entry_problems(entry, slugs))
    return found


def has_location(entry: dict[str, object]) -> bool:
    """Whether the entry has the geographic information the Meeting Guide app needs."""
    parts = ("address", "city", "state", "postal_code", "country")
    return bool(entry.get("formatted_address")) or sum(bool(entry.get(p)) for p in parts) >= 2


def _entry_problems(entry: object, slugs: set[str]) -> list[str]:
    """What is wrong with one entry."""
    if not isinstance(entry, dict):
        return ["not an object"]
    found = []
    name, slug = entry.get("name"), entry.get("slug")
    if not isinstance(name, str) or not name.strip() or len(name) > 255:
        found.append(f"name {name!r}")
    if not isinstance(slug, str | int) or not _SLUG.fullmatch(str(slug)) or str(slug) in slugs:
        found.append(f"slug {slug!r} (missing, not URL-safe or repeated)")
    slugs.add(str(slug))
    day = entry.get("day")
    days = day if isinstance(day, list) else [day]
    if not days or any(type(d) is not int or not 0 <= d <= 6 for d in days):
        found.append(f"day {day!r}")
    for key in ("time", "end_time"):
        value = entry.get(key)
        if (key == "time" or value is not None) and not _fits(_TIME, value):
            found.append(f"{key} {value!r}")
    found.extend(_optional_problems(entry))
    return found


def _optional_problems(entry: dict[str, object]) -> list[str]:
    """What is wrong with the optional fields of an entry."""
    found = [f"{key} is not text" for key in _TEXT_FIELDS if not _text_or_none(entry.get(key))]
    if "timezone" in entry and entry["timezone"] not in _ZONES:
        found.append(f"timezone {entry['timezone']!r}")
    types = entry.get("types", [])
    if not isinstance(types, list) or any(code not in SPEC_TYPES for code in types):
        found.append(f"types {types!r} (not reserved codes)")
    if entry.get("approximate", "no") not in ("yes", "no"):
        found.append(f"approximate {entry['approximate']!r}")
    url = entry.get("conference_url")
    if url is not None and not (isinstance(url, str) and url.startswith(("http://", "https://"))):
        found.append(f"conference_url {url!r}")
    phone = entry.get("conference_phone")
    if phone is not None and not _fits(_PHONE, phone):
        found.append(f"conference_phone {phone!r}")
    updated = entry.get("updated")
    stamp = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")
    if updated is not None and not _fits(stamp, updated):
        found.append(f"updated {updated!r}")
    return found


def _fits(pattern: re.Pattern[str], value: object) -> bool:
    """Whether the value is text matching the pattern in full."""
    return isinstance(value, str) and pattern.fullmatch(value) is not None


def _text_or_none(value: object) -> bool:
    """Whether an optional text field is text or absent."""
    return value is None or isinstance(value, str)
