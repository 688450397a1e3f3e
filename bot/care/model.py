"""Facilitator care's pure parts: night hours, time on call, when to ask, the buttons."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.domain.callback import CallbackData
from bot.domain.oncall import Rotation, Shift, on_duty
from bot.domain.tiers import Tier

# Alerts that arrive between these local hours (in the group's zone) count as night-time.
NIGHT_START, NIGHT_END = time(22), time(7)
# The load view's two windows, in days.
WINDOWS = (7, 30)
# Time on call is read at this step: a shift shorter than it may be missed.
ON_CALL_STEP = timedelta(minutes=15)
# The next day's "how are you?" comes at this local hour (later if quiet hours run past it).
CHECKIN_HOUR = time(10)
# A debrief (who may be asked about it) is forgotten this long after the next day's question.
DEBRIEF_KEEP = timedelta(days=3)
# Flags of these tiers offer a debrief when resolved.
HARD_TIERS = frozenset({Tier.HIGH.value, Tier.IMMINENT.value})


def is_hard(tier: str) -> bool:
    """Whether resolving a flag of this tier offers its facilitator a debrief."""
    return tier in HARD_TIERS


def is_night(moment: datetime, zone: str) -> bool:
    """Whether a moment falls between 22:00 and 07:00 local time in the zone."""
    local = moment.astimezone(ZoneInfo(zone)).time()
    return local >= NIGHT_START or local < NIGHT_END


def checkin_time(resolved: datetime, zone: str) -> datetime:
    """When to ask "how are you?": the next local day at 10:00 in the facilitator's zone."""
    tz = ZoneInfo(zone)
    next_day = resolved.astimezone(tz).date() + timedelta(days=1)
    return datetime.combine(next_day, CHECKIN_HOUR, tzinfo=tz)


@dataclass(frozen=True)
class GroupDutyPlan:
    """What a group's on-call record says: its rotation now, who takes turns, its shifts."""

    rotation: Rotation | None
    rotation_since: datetime | None
    turns: tuple[int, ...]
    shifts: tuple[Shift, ...]


def on_call_time(
    plans: Sequence[GroupDutyPlan], start: datetime, end: datetime, step: timedelta = ON_CALL_STEP
) -> dict[int, timedelta]:
    """How long each person was on call between two moments, read every `step`.

    Shifts count as recorded; a rotation counts from when it was set, with its turns as they
    stand now. Someone on call in two groups at once counts once.
    """
    totals: dict[int, timedelta] = {}
    moment = start
    while moment < end:
        on = set()
        for plan in plans:
            rotation = plan.rotation
            if rotation is not None and (
                plan.rotation_since is None or moment < plan.rotation_since
            ):
                rotation = None
            duty = on_duty(rotation, plan.turns, plan.shifts, moment)
            if duty.user_id is not None:
                on.add(duty.user_id)
        for user_id in on:
            totals[user_id] = totals.get(user_id, timedelta()) + step
        moment += step
    return totals


class Choice(StrEnum):
    """Who the facilitator would like to talk it through with, or not now."""

    SUPERVISOR = "sup"
    PEER = "peer"
    LATER = "later"


class Feeling(StrEnum):
    """The next day's answer: okay, a bit shaken, not great (never stored)."""

    OKAY = "ok"
    SHAKEN = "shaken"
    NOT_GREAT = "low"


@dataclass(frozen=True)
class DebriefChoice(CallbackData, prefix="care:d"):
    """The offer's buttons: talk it through with a supervisor or a facilitator, or not now."""

    debrief_id: int
    choice: Choice


@dataclass(frozen=True)
class HowAreYou(CallbackData, prefix="care:h"):
    """The next day's buttons: how the facilitator is after yesterday's hard moment."""

    debrief_id: int
    feeling: Feeling


@dataclass(frozen=True)
class ContactOf(CallbackData, prefix="care:c"):
    """A supervisor's (or facilitator's) button: the asking facilitator's contact."""

    debrief_id: int


@dataclass(frozen=True)
class RemoveSupervisor(CallbackData, prefix="care:rm"):
    """An admin's button in /supervisors: this person is no longer a supervisor."""

    user_id: int


@dataclass(frozen=True)
class AddSupervisor(CallbackData, prefix="care:add"):
    """An admin's button under a forwarded message (/facilitators' choice of groups): make
    this person a supervisor."""

    user_id: int


CARE_BUTTONS = (DebriefChoice, HowAreYou, ContactOf, RemoveSupervisor, AddSupervisor)
