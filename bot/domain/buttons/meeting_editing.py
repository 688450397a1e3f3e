"""The facilitators' meeting buttons: pick a meeting, the steps of a draft, group chat reminders.

Words a step offers (frequencies, fields, skippable steps) are checked against the draft's step
by the handler, which knows them; here they are only words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Annotated

from bot.domain.buttons.meetings import ISO_DATE
from bot.domain.callback import CallbackData
from bot.domain.group_setup import GROUP_POST_CHOICES

LAST_WEEK = -1  # "the last <weekday> of the month"
MAX_DURATION = 24 * 60


class ChangeMode(StrEnum):
    """What a facilitator does with a picked meeting."""

    EDIT = "edit"
    CANCEL = "cancel"
    MOVE = "move"
    END = "end"


class LastDate(StrEnum):
    """When a series ends: after its next meeting, or today."""

    NEXT = "next"
    TODAY = "today"


@dataclass(frozen=True)
class PickMeeting(CallbackData, prefix="mte:pick"):
    """A meeting picked to edit, cancel or move one date of, or end."""

    mode: ChangeMode
    meeting_id: int

    def __post_init__(self) -> None:
        """Meeting ids are positive."""
        if self.meeting_id <= 0:
            raise ValueError("no meeting has this id")


@dataclass(frozen=True)
class GroupPostChoices(CallbackData, prefix="mte:gp"):
    """The choices of a group chat's reminder before each meeting."""

    group_id: int


@dataclass(frozen=True)
class SetGroupPost(CallbackData, prefix="mte:gps"):
    """A group chat's reminder, minutes before each meeting (0: off)."""

    group_id: int
    minutes: int

    def __post_init__(self) -> None:
        """Only the offered choices."""
        if self.minutes not in GROUP_POST_CHOICES:
            raise ValueError("not a group chat reminder choice")


@dataclass(frozen=True)
class SetGroupNews(CallbackData, prefix="mte:gn"):
    """Post news of meeting changes in a group chat too (on), or only to followers (off)."""

    group_id: int
    on: bool


@dataclass(frozen=True)
class AddForGroup(CallbackData, prefix="mte:grp"):
    """/addmeeting: the group the new meeting is for."""

    group_id: int


@dataclass(frozen=True)
class StopDraft(CallbackData, prefix="mte:cancel"):
    """End the meeting conversation without changing anything."""


@dataclass(frozen=True)
class ChooseFrequency(CallbackData, prefix="mte:frq"):
    """How often the meeting happens (weekly, biweekly, monthly, once)."""

    frequency: str


@dataclass(frozen=True)
class ChooseNth(CallbackData, prefix="mte:nth"):
    """Which week of the month a monthly meeting is in: 1..4, or -1 for the last."""

    nth: int

    def __post_init__(self) -> None:
        """The first to fourth week, or the last."""
        if not (1 <= self.nth <= 4 or self.nth == LAST_WEEK):
            raise ValueError("no such week of the month")


@dataclass(frozen=True)
class ChooseWeekday(CallbackData, prefix="mte:day"):
    """The meeting's weekday, numbered as Meeting Guide does (0 Sunday .. 6 Saturday)."""

    weekday: int

    def __post_init__(self) -> None:
        """Seven days."""
        if not 0 <= self.weekday <= 6:
            raise ValueError("no such weekday")


@dataclass(frozen=True)
class ChooseDuration(CallbackData, prefix="mte:dur"):
    """How long the meeting lasts, in minutes."""

    minutes: int

    def __post_init__(self) -> None:
        """A meeting lasts at most a day."""
        if not 1 <= self.minutes <= MAX_DURATION:
            raise ValueError("no meeting lasts this long")


@dataclass(frozen=True)
class KeepZone(CallbackData, prefix="mte:kz"):
    """Keep the group's (or the meeting's) time zone."""


@dataclass(frozen=True)
class ChooseZone(CallbackData, prefix="mte:zone"):
    """One of the zones offered for a typed name the bot was unsure of (an IANA name,
    checked again when pressed)."""

    zone: str


@dataclass(frozen=True)
class ChooseField(CallbackData, prefix="mte:fld"):
    """The part of a meeting to edit (name, schedule, time...)."""

    name: str


@dataclass(frozen=True)
class SkipStep(CallbackData, prefix="mte:skip"):
    """Leave a step's answer out (online only, no link, no notes, no reason)."""

    step: str


@dataclass(frozen=True)
class ChooseDate(CallbackData, prefix="mte:on"):
    """The date (an occurrence's original date) to cancel or move."""

    on: Annotated[date, ISO_DATE]


@dataclass(frozen=True)
class ChooseLast(CallbackData, prefix="mte:last"):
    """The last date of a series that ends."""

    which: LastDate


@dataclass(frozen=True)
class SaveMeeting(CallbackData, prefix="mte:save"):
    """Save the new meeting as previewed."""


@dataclass(frozen=True)
class ConfirmChange(CallbackData, prefix="mte:confirm"):
    """Cancel, move or end as shown: the change is made and announced."""


POST_BUTTONS = (GroupPostChoices, SetGroupPost, SetGroupNews)
DRAFT_BUTTONS = (
    AddForGroup,
    StopDraft,
    ChooseFrequency,
    ChooseNth,
    ChooseWeekday,
    ChooseDuration,
    KeepZone,
    ChooseZone,
    ChooseField,
    SkipStep,
    ChooseDate,
    ChooseLast,
    SaveMeeting,
    ConfirmChange,
)
MEETING_EDITING_BUTTONS = (PickMeeting, *POST_BUTTONS, *DRAFT_BUTTONS)
