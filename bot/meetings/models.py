"""Plain objects for meetings, compatible with the Meeting Guide JSON feed.

Days follow the Meeting Guide feed: 0 = Sunday ... 6 = Saturday. Times are local wall-clock
times in the meeting's IANA time zone. An occurrence is known by its meeting and its
*original* local date (the date the rule gives), which stays the same when it is moved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

# Meeting Guide day numbers.
SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY = range(7)
# A meeting that started at most this long ago is "in progress" for /next.
IN_PROGRESS_MINUTES = 10
# The last weekday of the month, for monthly rules ("the last Friday").
LAST = -1


class Frequency(StrEnum):
    """How a meeting repeats."""

    ONCE = "once"  # a one-off event on `Recurrence.start_date`
    WEEKLY = "weekly"  # every `interval` weeks on `weekday`, counted from `start_date`'s week
    MONTHLY = "monthly"  # the `nth` (1..4 or LAST) `weekday` of every month


@dataclass(frozen=True)
class Recurrence:
    """When a meeting happens: its rule, from `start_date` up to `until` (both local dates)."""

    frequency: Frequency
    start_date: date
    weekday: int | None = None  # Meeting Guide day; None only for ONCE
    interval: int = 1  # weekly: every N weeks
    nth: int | None = None  # monthly: 1..4 or LAST
    until: date | None = None  # the series ends after this date (inclusive); None: no end


class ChangeKind(StrEnum):
    """What happened to one occurrence."""

    CANCELLED = "cancelled"
    MOVED = "moved"


@dataclass(frozen=True)
class Change:
    """One occurrence cancelled or moved (an exception to the rule), with a reason."""

    meeting_id: int
    original_date: date  # the local date the rule gives for the occurrence
    kind: ChangeKind
    new_start: datetime | None = None  # MOVED: the new start, aware (meeting's zone)
    reason: str | None = None


class Attendance(StrEnum):
    """How people take part: as the Meeting Guide feed tells it."""

    IN_PERSON = "in_person"
    ONLINE = "online"
    HYBRID = "hybrid"


@dataclass(frozen=True)
class Meeting:
    """A meeting series (or one-off event) of a group, with place and/or online link."""

    id: int  # 0 before it is stored
    group_id: int
    slug: str
    name: str
    recurrence: Recurrence
    start_time: time  # local wall-clock time
    duration_minutes: int
    timezone: str  # IANA zone, e.g. "Europe/London"
    location: str | None = None  # the place's name, e.g. "St Mary's Community Hall"
    address: str | None = None  # formatted_address, e.g. "12 High St, Leeds LS1 4AB, UK"
    conference_url: str | None = None
    conference_url_notes: str | None = None
    conference_phone: str | None = None
    notes: str | None = None
    types: tuple[str, ...] = field(default_factory=tuple)
    updated: datetime | None = None  # aware UTC; when it was last changed
    # The recovery group holding the meeting (the feed's `group`), e.g. "Tuesday Step Group":
    # not the Telegram group it is listed in (`group_id`).
    recovery_group: str | None = None
    # The address only tells the area an online meeting belongs to, not a place to go.
    approximate: bool = False
    # The feed it was synced from (URL or file) and its `id` there; None: made in the bot.
    source: str | None = None
    source_id: str | None = None

    @property
    def attendance(self) -> Attendance:
        """In person, online, or hybrid: a conference link or phone means online."""
        online = bool(self.conference_url or self.conference_phone)
        in_person = bool(self.address or self.location) and not self.approximate
        if online and in_person:
            return Attendance.HYBRID
        return Attendance.ONLINE if online else Attendance.IN_PERSON


@dataclass(frozen=True)
class Occurrence:
    """One actual meeting: when it starts and ends (aware, meeting's zone), after any change."""

    meeting: Meeting
    original_date: date
    start: datetime
    end: datetime
    change: Change | None = None

    @property
    def cancelled(self) -> bool:
        """Whether this occurrence was cancelled."""
        return self.change is not None and self.change.kind is ChangeKind.CANCELLED

    @property
    def moved(self) -> bool:
        """Whether this occurrence was moved to another time."""
        return self.change is not None and self.change.kind is ChangeKind.MOVED

    @property
    def key(self) -> str:
        """A stable name for the occurrence: meeting id and original date."""
        return f"{self.meeting.id}:{self.original_date.isoformat()}"


@dataclass(frozen=True)
class MeetingDraft:
    """A facilitator's meeting conversation (add, edit, cancel, move): step and answers so far."""

    user_id: int
    step: str
    data: dict[str, Any]
