"""The check-in buttons: answering a prompt (`ci:`) and the check-in settings (`cis:`).

Opting in carries each step's choice in the next step's buttons (time, then days, then
consent), so nothing is stored until the member answers the last question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from typing import Annotated

from bot.domain.callback import CallbackData, Codec

MIN_MOOD, MAX_MOOD = 1, 5  # bot.checkins.models.MOODS
PAUSE_CHOICES = (1, 3, 7)
NO_DAYS = "-"
_DAYS = re.compile(r"[0-6]{1,7}")


def days_word(days: frozenset[int]) -> str:
    """Weekdays as digits ('-' for none): Monday to Friday -> '01234'."""
    return "".join(str(day) for day in sorted(days)) or NO_DAYS


def read_days(word: str) -> frozenset[int] | None:
    """The weekdays of a days word, or None when it is malformed."""
    if word == NO_DAYS:
        return frozenset()
    return frozenset(int(char) for char in word) if _DAYS.fullmatch(word) else None


def _yes_no(value: bool) -> str:
    """'y' or 'n'."""
    return "y" if value else "n"


Weekdays = Annotated[frozenset[int], Codec(days_word, read_days)]
YesNo = Annotated[bool, Codec(_yes_no, {"y": True, "n": False}.get)]


class TimeMode(StrEnum):
    """What a typed time is for: a new plan, or changing the time of the plan that is on."""

    NEW = "n"
    CHANGE = "c"


# -- a check-in prompt and what follows it (ci:) ------------------------------------------


@dataclass(frozen=True)
class Mood(CallbackData, prefix="ci:m"):
    """A mood (1 hardest .. 5 best) for the check-in of a local date."""

    day: date
    mood: int

    def __post_init__(self) -> None:
        """Moods go from 1 to 5."""
        if not MIN_MOOD <= self.mood <= MAX_MOOD:
            raise ValueError("no such mood")


@dataclass(frozen=True)
class Skip(CallbackData, prefix="ci:skip"):
    """No check-in on that local date (None: today, as the first prompts carried no date)."""

    day: date | None = None


@dataclass(frozen=True)
class AddNote(CallbackData, prefix="ci:note"):
    """Add a typed note to the answered check-in of a local date."""

    day: date


@dataclass(frozen=True)
class AskHelp(CallbackData, prefix="ci:help"):
    """Ask the member's facilitators to reach out about the check-in of a local date."""

    day: date


@dataclass(frozen=True)
class KeepNote(CallbackData, prefix="ci:keep"):
    """Keep the text typed right after answering the check-in of a local date as its note."""

    day: date


@dataclass(frozen=True)
class DropNote(CallbackData, prefix="ci:drop"):
    """Do not keep the text typed right after answering the check-in as its note."""

    day: date


PROMPT_BUTTONS = (Mood, Skip, AddNote, AskHelp, KeepNote, DropNote)


# -- opting in (cis:t, o, k, d, c) --------------------------------------------------------


@dataclass(frozen=True)
class NewTime(CallbackData, prefix="cis:t"):
    """A time for a new plan; the days are asked next."""

    at: time


@dataclass(frozen=True)
class OtherTime(CallbackData, prefix="cis:o"):
    """Ask for a typed time, for a new plan or to change the time."""

    mode: TimeMode


@dataclass(frozen=True)
class PickDays(CallbackData, prefix="cis:k"):
    """The seven day toggles with these days ticked (at None: the plan already on)."""

    at: time | None
    days: Weekdays


@dataclass(frozen=True)
class SetDays(CallbackData, prefix="cis:d"):
    """These days, for a new plan at a time, or for the plan already on (at None)."""

    at: time | None
    days: Weekdays


@dataclass(frozen=True)
class Consent(CallbackData, prefix="cis:c"):
    """Turn check-ins on at a time and days; may a facilitator be told of hard days?"""

    at: time
    days: Weekdays
    share: YesNo

    def __post_init__(self) -> None:
        """A plan has at least one day."""
        if not self.days:
            raise ValueError("a plan needs a day")


# -- changing a plan that is on (cis:menu, ct, at, cd, w, s, off, p, r) -------------------


@dataclass(frozen=True)
class OpenMenu(CallbackData, prefix="cis:menu"):
    """The /checkin screen, from /settings."""


@dataclass(frozen=True)
class ChangeTime(CallbackData, prefix="cis:ct"):
    """The times to choose from for the plan."""


@dataclass(frozen=True)
class SetTime(CallbackData, prefix="cis:at"):
    """The new time of the plan."""

    at: time


@dataclass(frozen=True)
class ChangeDays(CallbackData, prefix="cis:cd"):
    """The day choices for the plan."""


@dataclass(frozen=True)
class SwitchSummary(CallbackData, prefix="cis:w"):
    """Turn the weekly summary on or off."""


@dataclass(frozen=True)
class SwitchShare(CallbackData, prefix="cis:s"):
    """Turn telling a facilitator about hard days on or off."""


@dataclass(frozen=True)
class TurnOff(CallbackData, prefix="cis:off"):
    """Turn check-ins off (past check-ins stay)."""


@dataclass(frozen=True)
class Pause(CallbackData, prefix="cis:p"):
    """Pause for 1, 3 or 7 days, today included (None: show the choices)."""

    days: int | None = None

    def __post_init__(self) -> None:
        """Only the offered lengths."""
        if self.days is not None and self.days not in PAUSE_CHOICES:
            raise ValueError("no such pause")


@dataclass(frozen=True)
class Resume(CallbackData, prefix="cis:r"):
    """End the pause."""


SETUP_BUTTONS = (
    NewTime,
    OtherTime,
    PickDays,
    SetDays,
    Consent,
    OpenMenu,
    ChangeTime,
    SetTime,
    ChangeDays,
    SwitchSummary,
    SwitchShare,
    TurnOff,
    Pause,
    Resume,
)
