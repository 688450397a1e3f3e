"""The steps of a facilitator's meeting conversation: their order and what typed answers mean.

Pure: a draft's data is a JSON-friendly dict; each typed answer becomes values to merge into it,
or the text id of what was wrong with it. Frequencies as the buttons offer them: weekly, every
two weeks ("biweekly"), monthly (the nth weekday) and once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.domain.text import clean_name, sanitize
from bot.formats.timezones import match_timezone
from bot.meetings.parsing import (
    check_link,
    parse_date,
    parse_datetime,
    parse_duration,
    parse_time,
    parse_weekday,
)

FREQUENCIES = ("weekly", "biweekly", "monthly", "once")
NTHS = (1, 2, 3, 4, -1)
WEEKDAYS = (1, 2, 3, 4, 5, 6, 0)  # Meeting Guide numbers, Monday first, for the buttons
DURATIONS = (60, 90, 120)
EDIT_FIELDS = ("name", "schedule", "time", "duration", "zone", "place", "link", "notes")
# Edits members are told of (with a preview first); a new name or notes is saved quietly.
NEWS_FIELDS = frozenset({"schedule", "time", "duration", "zone", "place", "link"})
ADD_STEPS = (
    *("name", "freq", "nth", "day", "date", "time", "duration", "zone", "place", "link", "notes"),
)
SCHEDULE_STEPS = ("freq", "nth", "day", "date")
FLOWS = {
    "cancel": ("on", "reason", "confirm"),
    "move": ("on", "newtime", "reason", "confirm"),
    "end": ("last", "confirm"),
}
# Steps answered by typing (the others take buttons only).
TYPED_STEPS = frozenset(
    {"name", "day", "date", "time", "duration", "zone", "place", "link", "notes"}
    | {"newtime", "reason", "last"}
)
NAME_MIN, NAME_MAX = 2, 80
PLACE_MAX, NOTES_MAX, REASON_MAX = 200, 300, 200


@dataclass(frozen=True)
class Answer:
    """A typed answer read: values to merge into the draft, or the id of what was wrong."""

    values: dict[str, Any] = field(default_factory=dict)
    problem: str | None = None


@dataclass(frozen=True)
class Reading:
    """What a typed answer is read against: the local date and time, and the zone."""

    now: datetime  # aware
    zone: str

    @property
    def today(self) -> date:
        """The local date in the zone."""
        return self.now.astimezone(ZoneInfo(self.zone)).date()


def first_edit_step(field_name: str) -> str:
    """Return the first step of editing a field (the schedule starts with how often)."""
    return "freq" if field_name == "schedule" else field_name


def _applies(step: str, data: dict[str, Any]) -> bool:
    """Tell whether a step is asked, given the frequency chosen so far."""
    frequency = data.get("freq")
    if step == "nth":
        return frequency == "monthly"
    if step == "day":
        return frequency in ("weekly", "biweekly", "monthly")
    if step == "date":
        return frequency == "once"
    return True


def field_steps(field_name: str) -> tuple[str, ...]:
    """Return the steps that answer one field (the schedule: how often, then its day or date)."""
    return SCHEDULE_STEPS if field_name == "schedule" else (field_name,)


def _order(data: dict[str, Any]) -> tuple[str, ...]:
    """Return the steps of the draft's conversation, ending with confirm (or save for the edits
    members are not told of).

    An add draft whose answer is being changed from the preview ("redo") asks only that
    field's steps and comes back to the preview.
    """
    mode = data.get("mode", "add")
    if mode == "edit":
        chosen = str(data.get("field"))
        return (*field_steps(chosen), "confirm" if chosen in NEWS_FIELDS else "save")
    if mode == "add" and data.get("redo") in EDIT_FIELDS:
        return (*field_steps(str(data["redo"])), "confirm")
    return FLOWS.get(mode, (*ADD_STEPS, "confirm"))


def next_step(data: dict[str, Any], answered: str) -> str:
    """Return the step after `answered`, skipping those the frequency leaves out."""
    order = _order(data)
    if answered not in order:
        return order[-1]
    for step in order[order.index(answered) + 1 :]:
        if _applies(step, data):
            return step
    return order[-1]


def split_place(text: str) -> tuple[str | None, str | None]:
    """Split 'Hall, 12 High St' into place name and address; an address alone has a digit."""
    head, _, rest = text.partition(",")
    head, rest = head.strip(), rest.strip()
    if rest and not any(char.isdigit() for char in head) and any(c.isdigit() for c in rest):
        return head, rest
    if any(char.isdigit() for char in text):
        return None, text
    return text, None


def _one_line(text: str) -> str:
    """Return sanitised text on one line with single spaces."""
    return " ".join(sanitize(text).split())


def _read_name(text: str) -> Answer:
    """A meeting name of 2..80 characters."""
    name = _one_line(text)
    if not NAME_MIN <= len(name) <= NAME_MAX:
        return Answer(problem="mte-bad-name")
    return Answer({"name": clean_name(name)})


def _read_day(text: str) -> Answer:
    """A typed day name instead of a button."""
    day = parse_weekday(text)
    return Answer(problem="mte-bad-day") if day is None else Answer({"day": day})


def _read_date(text: str, reading: Reading) -> Answer:
    """The date of a one-off meeting: readable and not in the past."""
    found = parse_date(text, reading.today)
    if found is None:
        return Answer(problem="mte-bad-date")
    if found < reading.today:
        return Answer(problem="mte-date-past")
    return Answer({"date": found.isoformat()})


def _read_time(text: str) -> Answer:
    """A start time such as 19:00 or 7pm."""
    found = parse_time(text)
    return Answer(problem="mte-bad-time") if found is None else Answer({"time": str(found)[:5]})


def _read_duration(text: str) -> Answer:
    """A length such as 90, 1h30 or 2 hours."""
    found = parse_duration(text)
    return Answer(problem="mte-bad-duration") if found is None else Answer({"duration": found})


def _read_zone(text: str) -> Answer:
    """An IANA zone, a big city, an abbreviation or an offset; when unsure, the zones it may
    mean as `zone_choices`, (label, zone) pairs (with the problem "mte-zone-did-you-mean")."""
    found = match_timezone(text.strip())
    if found.zone is not None:
        return Answer({"zone": found.zone})
    if found.choices:
        pairs = list(zip(found.labels(), found.choices, strict=True))
        return Answer({"zone_choices": pairs}, problem="mte-zone-did-you-mean")
    return Answer(problem="mte-bad-zone")


def _read_place(text: str) -> Answer:
    """A place name and/or address, on one line."""
    place = _one_line(text)
    if not 2 <= len(place) <= PLACE_MAX:
        return Answer(problem="mte-bad-place")
    location, address = split_place(place)
    return Answer({"location": location, "address": address})


def _read_link(text: str) -> Answer:
    """An https link to join online; a bare 'zoom' or any other scheme is refused."""
    url = check_link(text)
    if url is None or not url.lower().startswith("https://"):
        return Answer(problem="mte-bad-link")
    return Answer({"link": url})


def _read_free_text(key: str, text: str, limit: int, problem: str) -> Answer:
    """Notes or a reason: short, sanitised text."""
    value = sanitize(text).strip()
    if not value or len(value) > limit:
        return Answer(problem=problem)
    return Answer({key: value})


def _read_new_time(text: str, reading: Reading) -> Answer:
    """The new date and time of a moved meeting, in the future."""
    found = parse_datetime(text, reading.today)
    if found is None:
        return Answer(problem="mte-bad-datetime")
    start = datetime.combine(found[0], found[1], tzinfo=ZoneInfo(reading.zone))
    if start <= reading.now:
        return Answer(problem="mte-datetime-past")
    return Answer({"new_start": start.isoformat()})


def _read_last(text: str, reading: Reading) -> Answer:
    """The last date of a series that ends: readable, today or later."""
    answer = _read_date(text, reading)
    return Answer({"last": answer.values["date"]}) if answer.problem is None else answer


def read_answer(step: str, text: str, reading: Reading) -> Answer:
    """Read a typed answer for a step; unknown steps take no typing."""
    readers = {
        "name": lambda: _read_name(text),
        "day": lambda: _read_day(text),
        "date": lambda: _read_date(text, reading),
        "time": lambda: _read_time(text),
        "duration": lambda: _read_duration(text),
        "zone": lambda: _read_zone(text),
        "place": lambda: _read_place(text),
        "link": lambda: _read_link(text),
        "notes": lambda: _read_free_text("notes", text, NOTES_MAX, "mte-bad-notes"),
        "reason": lambda: _read_free_text("reason", text, REASON_MAX, "mte-bad-reason"),
        "newtime": lambda: _read_new_time(text, reading),
        "last": lambda: _read_last(text, reading),
    }
    reader = readers.get(step)
    return Answer(problem="mte-use-buttons") if reader is None else reader()


def place_settled(answered: str, following: str) -> bool:
    """Tell whether an add draft's place and link are both answered once this step is."""
    return answered in ("place", "link") and following != "link"
