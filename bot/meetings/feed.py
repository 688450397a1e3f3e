"""Read and write meetings as a Meeting Guide JSON feed (code4recovery spec), and compare them.

Reading (`read_feed`):
- `day` may be one day or a list of days; a list gives one meeting per day, each with the slug
  suffixed "-<day>" (e.g. "morning-light-1", "morning-light-3"), so slugs stay unique and stable.
- Without our extension a meeting repeats weekly from `today`. The extension fields
  `x_peerbot_recurrence` ({frequency, interval, nth, start_date, until}) and
  `x_peerbot_duration` (minutes), which `write_feed` adds, carry every-N-weeks, monthly and
  one-off rules, so an export read back gives the same meetings.
- "ONL" is left out of the types of a meeting with a conference link or phone: that is what
  makes it online (`write_feed` adds it back). An approximate address (see
  `feed_checks.is_approximate`) is dropped: it is not a place to go.
- `conference_phone_notes` has no field of its own: it is added to the notes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, timedelta

from bot.meetings import feed_checks as check
from bot.meetings.feed_checks import FeedError
from bot.meetings.models import Frequency, Meeting, Recurrence

ONLINE_TYPE = "ONL"
EXTENSION_RECURRENCE = "x_peerbot_recurrence"
EXTENSION_DURATION = "x_peerbot_duration"
_EPOCH = date(2000, 1, 2)  # a Sunday: every-N-weeks phases are counted from it


@dataclass(frozen=True)
class Rejected:
    """An entry of a feed that was not read: its position (0-based), name and why."""

    index: int
    name: str
    reason: str


@dataclass(frozen=True)
class FeedRead:
    """What a feed gave: the meetings read (id 0) and the entries rejected."""

    meetings: list[Meeting]
    rejected: list[Rejected]


def read_feed(
    entries: object,
    groups: Mapping[str, int],
    default_group: int | None,
    default_timezone: str,
    today: date,
) -> FeedRead:
    """Read a parsed Meeting Guide feed into meetings; each bad entry is rejected with a reason."""
    if not isinstance(entries, list):
        return FeedRead([], [Rejected(-1, "", "the feed is not a list of meetings")])
    known = {_fold(name): chat for name, chat in groups.items()}
    meetings: list[Meeting] = []
    rejected: list[Rejected] = []
    slugs: set[str] = set()
    for index, entry in enumerate(entries):
        try:
            found = _read_entry(entry, known, default_group, default_timezone, today)
        except FeedError as error:
            rejected.append(Rejected(index, _name_of(entry), str(error)))
            continue
        for meeting in found:
            if meeting.slug in slugs:
                reason = f"slug {check.shown(meeting.slug)} is already used by an earlier entry"
                rejected.append(Rejected(index, meeting.name, reason))
                continue
            slugs.add(meeting.slug)
            meetings.append(meeting)
    return FeedRead(meetings, rejected)


def write_feed(
    meetings: Iterable[Meeting], group_names: Mapping[int, str]
) -> list[dict[str, object]]:
    """Write meetings as Meeting Guide entries (with our x_peerbot_ fields), leaving out None."""
    return [_entry_of(meeting, group_names.get(meeting.group_id)) for meeting in meetings]


def compare(
    existing: Mapping[str, Meeting], incoming: Iterable[Meeting]
) -> tuple[list[Meeting], list[Meeting], list[Meeting]]:
    """Sort incoming meetings by slug into (added, changed, unchanged) against existing ones.

    Ids and `updated` do not count, nor does the start date of a rule except where it tells
    the dates: a one-off event's date, and which weeks an every-N-weeks meeting falls on.
    """
    added: list[Meeting] = []
    changed: list[Meeting] = []
    unchanged: list[Meeting] = []
    for meeting in incoming:
        known = existing.get(meeting.slug)
        if known is None:
            added.append(meeting)
        elif _comparable(known) == _comparable(meeting):
            unchanged.append(meeting)
        else:
            changed.append(meeting)
    return added, changed, unchanged


def _fold(name: str) -> str:
    """Compare group names trimmed and without case."""
    return name.strip().casefold()


def _name_of(entry: object) -> str:
    """The name of an entry for a rejection, or "" when it has none."""
    value = entry.get("name") if isinstance(entry, dict) else None
    return value.strip()[: check.MAX_NAME] if isinstance(value, str) else ""


def _group(entry: Mapping[str, object], known: Mapping[str, int], default: int | None) -> int:
    """The chat id of the entry's group, or the default group."""
    name = check.text(entry, "group")
    if name is None:
        if default is None:
            raise FeedError("no group given and no default group")
        return default
    chat = known.get(_fold(name))
    if chat is None:
        raise FeedError(f"group {check.shown(name)} is not a group the bot knows")
    return chat


def _notes(entry: Mapping[str, object]) -> str | None:
    """The notes, with conference_phone_notes added when they are not in them already."""
    notes = check.text(entry, "notes")
    phone_notes = check.text(entry, "conference_phone_notes")
    if phone_notes is None or (notes is not None and phone_notes in notes):
        return notes
    return phone_notes if notes is None else f"{notes}\n{phone_notes}"


def _read_entry(
    entry: object, known: Mapping[str, int], default_group: int | None, zone: str, today: date
) -> list[Meeting]:
    """Read one entry into its meetings (one per day of a day list)."""
    if not isinstance(entry, dict):
        raise FeedError("entry is not an object")
    name = check.name(entry)
    start_time = check.time_of_day("time", check.required(entry, "time"))
    url = check.link(entry, "conference_url")
    phone = check.phone(entry, "conference_phone")
    online = bool(url or phone)
    location, address = check.text(entry, "location"), check.address(entry)
    if check.is_approximate(entry, address, online):
        location = address = None
    if not (online or location or address):
        raise FeedError("no place and no online link")
    types = check.types(entry)
    template = Meeting(
        id=0,
        group_id=_group(entry, known, default_group),
        slug=check.slug(entry, name),
        name=name,
        recurrence=Recurrence(Frequency.ONCE, today),
        start_time=start_time,
        duration_minutes=check.duration(entry, start_time),
        timezone=check.timezone(entry, zone),
        location=location,
        address=address,
        conference_url=url,
        conference_url_notes=check.text(entry, "conference_url_notes"),
        conference_phone=phone,
        notes=_notes(entry),
        types=tuple(code for code in types if code != ONLINE_TYPE) if online else types,
        updated=check.updated(entry),
    )
    return _per_day(entry, template, today)


def _per_day(entry: Mapping[str, object], template: Meeting, today: date) -> list[Meeting]:
    """Give the template its rule: one meeting per day (a one-off event needs no day)."""
    extension = entry.get(EXTENSION_RECURRENCE)
    if isinstance(extension, dict) and extension.get("frequency") == Frequency.ONCE:
        return [replace(template, recurrence=check.recurrence(extension, None, today))]
    days, is_list = check.days(entry.get("day"))
    return [
        replace(
            template,
            slug=f"{template.slug}-{day}" if is_list else template.slug,
            recurrence=check.recurrence(extension, day, today),
        )
        for day in days
    ]


def _entry_of(meeting: Meeting, group: str | None) -> dict[str, object]:
    """One Meeting Guide entry for a meeting."""
    rule = meeting.recurrence
    place = meeting.location or meeting.address
    entry: dict[str, object | None] = {
        "name": meeting.name,
        "slug": meeting.slug,
        "day": _feed_day(rule),
        "time": meeting.start_time.strftime("%H:%M"),
        "end_time": check.end_time(meeting.start_time, meeting.duration_minutes),
        "timezone": meeting.timezone,
        "types": list(_types_with_online(meeting)),
        "location": meeting.location,
        "formatted_address": meeting.address,
        "approximate": "no" if place else None,
        "conference_url": meeting.conference_url,
        "conference_url_notes": meeting.conference_url_notes,
        "conference_phone": meeting.conference_phone,
        "notes": meeting.notes,
        "group": group,
        "updated": _updated_text(meeting),
        EXTENSION_RECURRENCE: {
            "frequency": str(rule.frequency),
            "interval": rule.interval,
            "nth": rule.nth,
            "start_date": rule.start_date.isoformat(),
            "until": rule.until.isoformat() if rule.until else None,
        },
        EXTENSION_DURATION: meeting.duration_minutes,
    }
    return {key: value for key, value in entry.items() if value is not None}


def _feed_day(rule: Recurrence) -> int | None:
    """The Meeting Guide day: the rule's weekday, or the weekday of a one-off event's date."""
    if rule.frequency is Frequency.ONCE or rule.weekday is None:
        return (rule.start_date.weekday() + 1) % 7  # Python: Monday 0; Meeting Guide: Sunday 0
    return rule.weekday


def _types_with_online(meeting: Meeting) -> tuple[str, ...]:
    """The type codes, with "ONL" for a meeting people can join online."""
    online = bool(meeting.conference_url or meeting.conference_phone)
    if online and ONLINE_TYPE not in meeting.types:
        return (*meeting.types, ONLINE_TYPE)
    return meeting.types


def _updated_text(meeting: Meeting) -> str | None:
    """`updated` in UTC as "YYYY-MM-DD HH:MM:SS", None when unknown."""
    if meeting.updated is None:
        return None
    return meeting.updated.astimezone(UTC).strftime(check.UPDATED_FORMAT)


def _comparable(meeting: Meeting) -> Meeting:
    """The meeting with what does not count for compare() made equal."""
    online = bool(meeting.conference_url or meeting.conference_phone)
    types = tuple(code for code in meeting.types if not (online and code == ONLINE_TYPE))
    rule = replace(meeting.recurrence, start_date=_anchor(meeting.recurrence))
    return replace(meeting, id=0, updated=None, types=types, recurrence=rule)


def _anchor(rule: Recurrence) -> date:
    """The part of the start date that tells the dates: all of it, the week phase, or none."""
    if rule.frequency is Frequency.ONCE:
        return rule.start_date
    if rule.frequency is Frequency.WEEKLY and rule.interval > 1:
        weeks = (rule.start_date - _EPOCH).days // 7  # weeks counted from Sunday
        if (rule.start_date.weekday() + 1) % 7 > (rule.weekday or 0):
            weeks += 1  # the first meeting is in the next week
        return _EPOCH + timedelta(weeks=weeks % rule.interval)
    return _EPOCH
