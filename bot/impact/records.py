"""The programme report's records (pure): what storage reads for one group over a period,
and what the figures (`figures.py`) are computed from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Joined:
    """A group member: when they joined and their last active day up to the period's end."""

    user_id: int
    joined_on: date
    last_active: date | None


@dataclass(frozen=True, slots=True)
class Occurrence:
    """Feedback on one occurrence (a meeting's week): how many answers and their sums."""

    meeting_id: int
    week: str
    answers: int
    safe_sum: int
    heard_sum: int


@dataclass(frozen=True, slots=True)
class FlagSeen:
    """A crisis flag: whose (None once erased), raised when, first taken by a human when."""

    flag_id: int
    member_id: int | None
    raised_at: datetime
    first_human_at: datetime | None


@dataclass(frozen=True)
class GroupData:
    """Everything one group's figures over one period are computed from."""

    chat_id: int
    title: str
    members: tuple[Joined, ...] = ()
    # Member -> their "yes" answers to the group's occurrences in the period.
    attendance: Mapping[int, int] = field(default_factory=dict)
    # Occurrences in the period with at least one "yes".
    occurrences: int = 0
    feedback: tuple[Occurrence, ...] = ()
    # (member, wave, total at the first answers, total at the wave) answered in the period.
    wellbeing: tuple[tuple[int, int, int, int], ...] = ()
    flags: tuple[FlagSeen, ...] = ()
    facilitators: frozenset[int] = frozenset()
    # (facilitator, flag) for each flag of the period a facilitator of the group was alerted to.
    alerts: frozenset[tuple[int, int]] = frozenset()
