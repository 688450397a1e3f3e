"""The members' meeting buttons: calendar files, "I'll be there", reminders and quiet hours."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from typing import Annotated

from bot.domain.callback import CallbackData, Codec

# The longest reminder a member can be offered: a week before (as the settings allow).
MAX_REMINDER_MINUTES = 10080
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


def read_iso_date(word: str) -> date | None:
    """A YYYY-MM-DD date, or None."""
    if not _ISO_DATE.match(word):
        return None
    try:
        return date.fromisoformat(word)
    except ValueError:
        return None


def _read_in_place(word: str) -> bool | None:
    """'e' (edit the pressed message) or 'n' (send a new one); None for anything else."""
    return {"e": True, "n": False}.get(word)


# Dates as the answer buttons have always carried them (posted in group chats, they live long).
ISO_DATE = Codec(date.isoformat, read_iso_date)
IN_PLACE = Codec(lambda edit: "e" if edit else "n", _read_in_place)


class Subject(StrEnum):
    """What reminders are chosen for: one meeting or every meeting of a group."""

    MEETING = "m"
    GROUP = "g"


@dataclass(frozen=True)
class MeetingCalendar(CallbackData, prefix="mt:ics"):
    """'Add to calendar' under a meeting's card: the meeting's .ics file."""

    meeting_id: int


@dataclass(frozen=True)
class GroupCalendar(CallbackData, prefix="mt:icsg"):
    """'Whole schedule': every meeting of a group in one .ics file."""

    group_id: int


@dataclass(frozen=True)
class Coming(CallbackData, prefix="mt:y"):
    """The answer "I'll be there" for one occurrence (its original date)."""

    meeting_id: int
    on: Annotated[date, ISO_DATE]


@dataclass(frozen=True)
class NotComing(CallbackData, prefix="mt:n"):
    """The answer "Can't make it" for one occurrence (its original date)."""

    meeting_id: int
    on: Annotated[date, ISO_DATE]


@dataclass(frozen=True)
class ReminderOverview(CallbackData, prefix="mt:list"):
    """The member's reminders and quiet hours, as /reminders shows them."""


@dataclass(frozen=True)
class MeetingReminders(CallbackData, prefix="mt:rem"):
    """The reminder choices of one meeting (in place: edits the pressed message)."""

    meeting_id: int
    in_place: Annotated[bool, IN_PLACE] = False


@dataclass(frozen=True)
class GroupReminders(CallbackData, prefix="mt:remg"):
    """The reminder choices of every meeting of a group (in place: edits the pressed message)."""

    group_id: int
    in_place: Annotated[bool, IN_PLACE] = False


@dataclass(frozen=True)
class ToggleReminder(CallbackData, prefix="mt:t"):
    """Add or remove one reminder, minutes before, for a meeting or a group."""

    subject: Subject
    key: int
    minutes: int

    def __post_init__(self) -> None:
        """Reminders come from one minute to a week before."""
        if not 1 <= self.minutes <= MAX_REMINDER_MINUTES:
            raise ValueError("no reminder is offered this long before")


@dataclass(frozen=True)
class RemindersDone(CallbackData, prefix="mt:done"):
    """Done choosing a meeting's or a group's reminders: say what is saved."""

    subject: Subject
    key: int


@dataclass(frozen=True)
class QuietChoices(CallbackData, prefix="mt:q"):
    """The quiet-hours choices."""


@dataclass(frozen=True)
class SetQuietHours(CallbackData, prefix="mt:qset"):
    """Quiet hours from start to end (local times), or none when both are None."""

    start: time | None
    end: time | None

    def __post_init__(self) -> None:
        """Both times or neither, and never the same one twice."""
        if (self.start is None) != (self.end is None) or (
            self.start is not None and self.start == self.end
        ):
            raise ValueError("not quiet hours")

    @property
    def hours(self) -> tuple[time, time] | None:
        """The quiet hours as (start, end), or None for none."""
        if self.start is None or self.end is None:
            return None
        return self.start, self.end


@dataclass(frozen=True)
class AskQuietHours(CallbackData, prefix="mt:qask"):
    """'Other…': the member types their quiet hours."""


CALENDAR_BUTTONS = (MeetingCalendar, GroupCalendar)
RSVP_BUTTONS = (Coming, NotComing)
REMINDER_BUTTONS = (
    ReminderOverview,
    MeetingReminders,
    GroupReminders,
    ToggleReminder,
    RemindersDone,
    QuietChoices,
    SetQuietHours,
    AskQuietHours,
)
MEETING_BUTTONS = (*CALENDAR_BUTTONS, *RSVP_BUTTONS, *REMINDER_BUTTONS)
