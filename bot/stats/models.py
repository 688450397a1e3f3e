"""Plain records the figures are computed from, and the figures themselves (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import Enum

from bot.domain.buttons.stats import STATS_WINDOWS

# The only periods /stats offers: fixed windows, so two reports cannot be differenced to a day.
WINDOWS, DEFAULT_DAYS = STATS_WINDOWS, 30
# Days after joining at which retention is measured (4 weeks, 12 weeks).
RETENTION_DAYS = (28, 84)
# The retention cohort: members who joined within this many days before end - after.
COHORT_DAYS = 365
MOODS = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class Period:
    """The days a report covers, both ends included (UTC dates)."""

    start: date
    end: date

    @classmethod
    def last_days(cls, days: int, today: date) -> Period:
        """The `days` days ending today."""
        return cls(today - timedelta(days=days - 1), today)

    @property
    def days(self) -> int:
        """How many days the period has."""
        return (self.end - self.start).days + 1

    def holds(self, moment: datetime | date) -> bool:
        """Tell whether a moment (its UTC date) or a date falls within the period."""
        day = moment.date() if isinstance(moment, datetime) else moment
        return self.start <= day <= self.end


@dataclass(frozen=True)
class MemberRecord:
    """A current group member: when they joined and the last day (up to the period end) active."""

    user_id: int
    joined_on: date
    last_active: date | None


@dataclass(frozen=True)
class FlagRecord:
    """A crisis flag of the group: whose (None once erased) and when raised and acknowledged."""

    member_id: int | None
    raised_at: datetime
    acknowledged_at: datetime | None


@dataclass(frozen=True)
class StatsData:
    """Everything the figures of one group and period are computed from."""

    members: tuple[MemberRecord, ...] = ()
    # Group members whose daily check-ins are on now.
    checkins_on: frozenset[int] = frozenset()
    # (member, mood) of each check-in group members answered in the period.
    answers: tuple[tuple[int, int], ...] = ()
    # (member, "yes" | "no") of each answer about one of the group's meetings in the period.
    rsvps: tuple[tuple[int, str], ...] = ()
    flags: tuple[FlagRecord, ...] = ()


class Hidden(Enum):
    """A figure left out because it was built from too few members."""

    FEWER_THAN_5 = "hidden: fewer than 5 people"
    # Built on 5 or more, but hidden so that a figure about fewer cannot be worked out by
    # subtraction (the programme report's complementary suppression).
    PROTECTED = "hidden: protects a figure about fewer than 5 people"


@dataclass(frozen=True)
class GroupStats:
    """The figures of one group over one period; each may be hidden (fewer than 5 members)."""

    period: Period
    active: int | Hidden
    new_members: int | Hidden
    # Percentage of the cohort still active, by days after joining; None: nobody in the cohort.
    retention: dict[int, float | Hidden | None] = field(default_factory=dict)
    checkins_on: int | Hidden = 0
    checkins_answered: int | Hidden = 0
    # Share of answered check-ins per mood 1..5 in percent, each hidden when fewer than 5
    # members gave that mood; all hidden when fewer than 5 answered; empty when nobody did.
    moods: tuple[float | Hidden, ...] | Hidden = ()
    rsvp_yes: int | Hidden = 0
    rsvp_no: int | Hidden = 0
    flags: int | Hidden = 0
    # Median time from raised to acknowledged; None when no flag was acknowledged.
    ack_median: timedelta | Hidden | None = None

    @property
    def anything_hidden(self) -> bool:
        """Tell whether any figure is hidden (fewer than 5 people)."""
        figures: list[object] = [
            self.active,
            self.new_members,
            *self.retention.values(),
            self.checkins_on,
            self.checkins_answered,
            self.moods,
            *(self.moods if isinstance(self.moods, tuple) else ()),
            self.rsvp_yes,
            self.rsvp_no,
            self.flags,
            self.ack_median,
        ]
        return any(isinstance(figure, Hidden) for figure in figures)
