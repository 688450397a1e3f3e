"""What a finished meeting draft makes: the new meeting, the edited one, the change to one
date, and the checks on them (somewhere to go or a way to join).

Pure, like bot.meetings.draft_steps (which asks and reads the answers).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from bot.meetings.models import Change, ChangeKind, Frequency, Meeting, Recurrence
from bot.meetings.parsing import slugify


def first_on_or_after(day: int, today: date) -> date:
    """Return the first date with Meeting Guide weekday `day` on or after today."""
    wanted = (day - (today.weekday() + 1) % 7) % 7
    return today + timedelta(days=wanted)


def recurrence_of(data: dict[str, Any], today: date) -> Recurrence:
    """The rule a draft describes, starting today (every 2 weeks: on the first chosen day)."""
    frequency = data.get("freq")
    if frequency == "once":
        return Recurrence(Frequency.ONCE, date.fromisoformat(str(data["date"])))
    day = int(data["day"])
    if frequency == "monthly":
        return Recurrence(Frequency.MONTHLY, today, weekday=day, nth=int(data["nth"]))
    if frequency == "biweekly":
        return Recurrence(Frequency.WEEKLY, first_on_or_after(day, today), weekday=day, interval=2)
    return Recurrence(Frequency.WEEKLY, today, weekday=day)


def meeting_of(data: dict[str, Any], today: date) -> Meeting:
    """Build the new meeting a finished add draft describes (id 0, not stored)."""
    name = str(data["name"])
    return Meeting(
        id=0,
        group_id=int(data["group_id"]),
        slug=slugify(name),
        name=name,
        recurrence=recurrence_of(data, today),
        start_time=time.fromisoformat(str(data["time"])),
        duration_minutes=int(data["duration"]),
        timezone=str(data["zone"]),
        location=data.get("location"),
        address=data.get("address"),
        conference_url=data.get("link"),
        notes=data.get("notes"),
    )


def edited(meeting: Meeting, data: dict[str, Any], today: date) -> Meeting:
    """Return the meeting with the draft's edited field applied."""
    chosen = data.get("field")
    if chosen == "name":
        return replace(meeting, name=str(data["name"]))
    if chosen == "schedule":
        rule = recurrence_of(data, today)
        return replace(meeting, recurrence=replace(rule, until=meeting.recurrence.until))
    if chosen == "time":
        return replace(meeting, start_time=time.fromisoformat(str(data["time"])))
    if chosen == "duration":
        return replace(meeting, duration_minutes=int(data["duration"]))
    if chosen == "zone":
        return replace(meeting, timezone=str(data["zone"]))
    if chosen == "place":
        return replace(meeting, location=data.get("location"), address=data.get("address"))
    if chosen == "link":
        return replace(meeting, conference_url=data.get("link"))
    if chosen == "notes":
        return replace(meeting, notes=data.get("notes"))
    raise ValueError(f"unknown field {chosen!r}")


def place_or_link_given(data: dict[str, Any]) -> bool:
    """Tell whether an add draft says where to go or how to join."""
    return bool(data.get("location") or data.get("address") or data.get("link"))


def change_of(data: dict[str, Any]) -> tuple[Change | None, date | None]:
    """The change a cancel or move draft makes, or the last date of an end draft."""
    mode, meeting_id = data.get("mode"), int(data["meeting_id"])
    if mode == "end":
        return None, date.fromisoformat(str(data["last"]))
    on = date.fromisoformat(str(data["on"]))
    reason = data.get("reason")
    if mode == "move":
        start = datetime.fromisoformat(str(data["new_start"]))
        return Change(meeting_id, on, ChangeKind.MOVED, new_start=start, reason=reason), None
    return Change(meeting_id, on, ChangeKind.CANCELLED, reason=reason), None


def has_place_or_link(meeting: Meeting) -> bool:
    """Tell whether members know where to go or how to join."""
    return bool(meeting.location or meeting.address or meeting.conference_url)
