"""Write meetings as a Meeting Guide JSON feed that other apps read right (pure).

- Only the spec's reserved type codes go in `types` (see `feed_types`); every code, ours too,
  goes in `x_peerbot_types`. "ONL" is not a reserved code: a conference link makes a meeting
  online.
- An approximate address (the area of an online meeting) is written with `approximate: "yes"`,
  so the Meeting Guide app can place the meeting.
- The spec only knows weekly meetings. A weekly meeting is one entry; a monthly, every-N-weeks
  or one-off meeting is one entry per date within the next `weeks` weeks, each with its `day`,
  the slug "<slug>-<YYYY-MM-DD>" and the date at the top of its notes, so no app shows it
  every week; a date cancelled in the bot is left out and a moved one is written at its new
  date and time (when `changes` are given). `x_peerbot_series`, `x_peerbot_recurrence` and
  `x_peerbot_notes` let the bot read such a series back as one meeting. Ended meetings are left out.
- `updated` is the source's time, or when the meeting last changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.meetings import feed_checks as check
from bot.meetings import feed_rules
from bot.meetings.feed import (
    EXTENSION_DURATION,
    EXTENSION_NOTES,
    EXTENSION_RECURRENCE,
    EXTENSION_SERIES,
    EXTENSION_TYPES,
)
from bot.meetings.feed_types import RESERVED_TYPES
from bot.meetings.models import Change, ChangeKind, Frequency, Meeting, Recurrence
from bot.meetings.recurrence import rule_dates

EXPORT_WEEKS = 8  # how far ahead the dates of a meeting that is not weekly are written
# How far back dates are looked at, so one moved from before today to after it is written.
MOVE_LOOK_BACK = timedelta(days=35)


def write_feed(
    meetings: Iterable[Meeting],
    today: date | datetime,
    weeks: int = EXPORT_WEEKS,
    changes: Mapping[int, Sequence[Change]] | None = None,
) -> list[dict[str, object]]:
    """Meeting Guide entries for the meetings; no None values.

    `today` is a moment (aware: each meeting's own local date is taken from it, so tonight's
    meeting in Los Angeles is still listed after UTC midnight) or a date taken as every
    meeting's local date. `changes` (by meeting id) are the cancelled and moved dates: those
    of a meeting that is not weekly are left out or written at their new date and time.
    """
    entries: list[dict[str, object]] = []
    for meeting in meetings:
        local = _local_date(today, meeting.timezone)
        rule = meeting.recurrence
        if rule.until is not None and rule.until < local:
            continue  # ended
        if rule.frequency is Frequency.WEEKLY and rule.interval == 1:
            entries.append(_entry_of(meeting, _day_of(rule, rule.start_date), meeting.slug))
            continue
        own = {change.original_date: change for change in (changes or {}).get(meeting.id, ())}
        last = local + timedelta(weeks=weeks) - timedelta(days=1)
        for on in rule_dates(rule, local - MOVE_LOOK_BACK, last):
            dated = _as_changed(meeting, on, own.get(on))
            if dated is not None and local <= dated[1] <= last:
                entries.append(_dated_entry(*dated))
    return entries


def _local_date(today: date | datetime, zone: str) -> date:
    """The meeting's local date at `today` (a moment), or `today` itself (a date)."""
    if not isinstance(today, datetime):
        return today
    try:
        return today.astimezone(ZoneInfo(zone)).date()
    except (ZoneInfoNotFoundError, ValueError):
        return today.astimezone(UTC).date()


def _as_changed(meeting: Meeting, on: date, change: Change | None) -> tuple[Meeting, date] | None:
    """The meeting and date to write for one date: None when cancelled; moved: its new start."""
    if change is None:
        return meeting, on
    if change.kind is ChangeKind.MOVED and change.new_start is not None:
        return replace(meeting, start_time=change.new_start.time()), change.new_start.date()
    return None


def _dated_entry(meeting: Meeting, on: date) -> dict[str, object]:
    """The entry of one date of a meeting that is not weekly."""
    entry = _entry_of(meeting, (on.weekday() + 1) % 7, f"{meeting.slug}-{on.isoformat()}")
    line = f"Only on {on.strftime('%A %d %B %Y')} ({_rule_words(meeting.recurrence)})."
    entry["notes"] = f"{line}\n{meeting.notes}" if meeting.notes else line
    entry[EXTENSION_SERIES] = meeting.slug
    if meeting.notes:
        entry[EXTENSION_NOTES] = meeting.notes
    return entry


def _rule_words(rule: Recurrence) -> str:
    """How the meeting repeats, in plain English for the notes."""
    if rule.frequency is Frequency.ONCE:
        return "a one-off meeting"
    if rule.frequency is Frequency.MONTHLY:
        which = (
            "last" if rule.nth == -1 else {1: "1st", 2: "2nd", 3: "3rd", 4: "4th"}[rule.nth or 1]
        )
        return f"meets on the {which} {_DAY_NAMES[rule.weekday or 0]} of the month"
    return f"meets every {rule.interval} weeks"


_DAY_NAMES = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def _entry_of(meeting: Meeting, day: int, slug: str) -> dict[str, object]:
    """One Meeting Guide entry for a meeting on a day."""
    rule = meeting.recurrence
    place = bool(meeting.location or meeting.address)
    entry: dict[str, object | None] = {
        "name": meeting.name,
        "slug": slug,
        "day": day,
        "time": meeting.start_time.strftime("%H:%M"),
        "end_time": feed_rules.end_time(meeting.start_time, meeting.duration_minutes),
        "timezone": meeting.timezone,
        "types": [code for code in meeting.types if code in RESERVED_TYPES],
        "location": meeting.location,
        "formatted_address": meeting.address,
        "approximate": ("yes" if meeting.approximate else "no") if place else None,
        "conference_url": meeting.conference_url,
        "conference_url_notes": meeting.conference_url_notes,
        "conference_phone": meeting.conference_phone,
        "notes": meeting.notes,
        "group": meeting.recovery_group,
        "updated": meeting.updated.astimezone(UTC).strftime(check.UPDATED_FORMAT)
        if meeting.updated
        else None,
        EXTENSION_TYPES: list(meeting.types)
        if any(code not in RESERVED_TYPES for code in meeting.types)
        else None,
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


def _day_of(rule: Recurrence, on: date) -> int:
    """The Meeting Guide day: the rule's weekday, or the weekday of the date."""
    if rule.weekday is None or rule.frequency is Frequency.ONCE:
        return (on.weekday() + 1) % 7  # Python: Monday 0; Meeting Guide: Sunday 0
    return rule.weekday
