"""The programme report's figures (pure): per group and for all groups pooled, each hidden when
built on fewer than 5 people (`/stats`' one rule, `guard`), with complementary suppression and
the comparison of two periods.

Complementary suppression: "all groups" pools every group, so "all groups" less the shown
groups would give the hidden groups' figure. Whenever the hidden groups of a figure are built
on 1 to 4 people together, the shown group built on the fewest people is hidden too, until the
hidden ones together are 5 or more people (or "all groups" is hidden as well). A difference
between two periods is hidden when either side is.
"""

from __future__ import annotations

import statistics
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from bot.feedback.figures import MIN_ANSWERS
from bot.impact.periods import overlaps
from bot.impact.records import FlagSeen, GroupData, Joined, Occurrence
from bot.stats.figures import MIN_MEMBERS, guard
from bot.stats.models import Hidden, Period

# Weeks after joining at which retention is measured.
RETENTION_WEEKS = (4, 12)
# Waves of the wellbeing check compared with the first answers.
WELLBEING_WAVES = (8, 12)
# Stands for every erased member behind flags: together they count as one person.
ERASED = 0

Value = float | Hidden | None


class Metric(StrEnum):
    """The report's figures, in the order they are shown (the CSV's metric names)."""

    PARTICIPATION = "participation"
    NEW_MEMBERS = "new_members"
    RETENTION_4W = "retention_4w_percent"
    RETENTION_12W = "retention_12w_percent"
    ATTENDANCE = "attendance_yes"
    PER_MEETING = "attendance_per_meeting"
    FELT_SAFE = "felt_safe_mean"
    FELT_HEARD = "felt_heard_mean"
    WELLBEING_8W = "wellbeing_change_8w"
    WELLBEING_12W = "wellbeing_change_12w"
    FLAGS = "crisis_flags"
    TIME_TO_HUMAN = "time_to_human_median_minutes"
    LOAD_MEDIAN = "alerts_per_facilitator_median"
    LOAD_MAX = "alerts_per_facilitator_max"


@dataclass(frozen=True)
class Basis:
    """A figure before suppression: its value, how many people it is built on, their ids when
    fewer than 5, and whether it is hidden for a reason of its own (its data in no total)."""

    value: float | None
    people: int
    few: frozenset[int] = frozenset()
    withheld: bool = False

    @classmethod
    def of(cls, value: float | None, ids: Collection[int]) -> Basis:
        """A figure built on these people."""
        return cls(value, len(ids), frozenset(ids) if len(ids) < MIN_MEMBERS else frozenset())

    @property
    def shown(self) -> Value:
        """The figure after the one rule, `guard`, on its own."""
        if self.withheld:
            return Hidden.FEWER_THAN_5
        return guard(self.value, self.people)


def pool(groups: Sequence[GroupData]) -> GroupData:
    """Every group as one ("all groups"): each person, flag and occurrence counted once."""
    members: dict[int, Joined] = {}
    attendance: dict[int, int] = {}
    wellbeing: dict[tuple[int, int], tuple[int, int, int, int]] = {}
    flags: dict[int, FlagSeen] = {}
    feedback: dict[tuple[int, str], Occurrence] = {}
    for group in groups:
        for member in group.members:
            known = members.get(member.user_id)
            if known is None or member.joined_on < known.joined_on:
                members[member.user_id] = member
        for user_id, yes in group.attendance.items():
            attendance[user_id] = attendance.get(user_id, 0) + yes
        wellbeing.update({(row[0], row[1]): row for row in group.wellbeing})
        flags.update({flag.flag_id: flag for flag in group.flags})
        feedback.update({(o.meeting_id, o.week): o for o in group.feedback})
    return GroupData(
        chat_id=0,
        title="",
        members=tuple(members.values()),
        attendance=attendance,
        occurrences=sum(group.occurrences for group in groups),
        feedback=tuple(feedback.values()),
        wellbeing=tuple(wellbeing.values()),
        flags=tuple(flags.values()),
        facilitators=frozenset().union(*(group.facilitators for group in groups)),
        alerts=frozenset().union(*(group.alerts for group in groups)),
    )


def _retention(members: Iterable[Joined], period: Period, weeks: int) -> Basis:
    """Of those who joined in the period at least `weeks` before its end, the percent active
    `weeks` or more after joining."""
    after = timedelta(weeks=weeks)
    cohort = [m for m in members if period.holds(m.joined_on) and m.joined_on + after <= period.end]
    kept = sum(1 for m in cohort if m.last_active and m.last_active >= m.joined_on + after)
    value = round(100 * kept / len(cohort), 1) if cohort else None
    return Basis.of(value, [m.user_id for m in cohort])


def _feedback(occurrences: Sequence[Occurrence]) -> tuple[Basis, Basis]:
    """Mean felt-safe and felt-heard scores over occurrences with 5 or more answers (the
    feedback rule: answers name no one, so people are counted per occurrence)."""
    counted = [o for o in occurrences if o.answers >= MIN_ANSWERS]
    if not counted:
        withheld = bool(occurrences)
        return Basis(None, 0, withheld=withheld), Basis(None, 0, withheld=withheld)
    answers = sum(o.answers for o in counted)
    safe = round(sum(o.safe_sum for o in counted) / answers, 1)
    heard = round(sum(o.heard_sum for o in counted) / answers, 1)
    return Basis(safe, answers), Basis(heard, answers)


def _wellbeing(rows: Iterable[tuple[int, int, int, int]], wave: int) -> Basis:
    """The mean change in total from the first answers to a wave (negative: less distress)."""
    changes = {user: later - first for user, w, first, later in rows if w == wave}
    value = round(sum(changes.values()) / len(changes), 1) if changes else None
    return Basis.of(value, changes.keys())


def _whose(flags: Iterable[FlagSeen]) -> set[int]:
    """The people behind flags; every erased member together counts as one."""
    return {ERASED if flag.member_id is None else flag.member_id for flag in flags}


def _time_to_human(flags: Sequence[FlagSeen]) -> Basis:
    """The median minutes from a flag raised to the first human taking it."""
    taken = [flag for flag in flags if flag.first_human_at is not None]
    waits = [
        (flag.first_human_at - flag.raised_at).total_seconds() / 60
        for flag in taken
        if flag.first_human_at is not None
    ]
    value = round(statistics.median(waits), 1) if waits else None
    return Basis.of(value, _whose(taken))


def _load(facilitators: frozenset[int], alerts: frozenset[tuple[int, int]]) -> tuple[Basis, Basis]:
    """Alerts per facilitator over the period: the median and the most, never per person."""
    counts = dict.fromkeys(facilitators, 0)
    for facilitator, _flag in alerts:
        if facilitator in counts:
            counts[facilitator] += 1
    if not counts:
        return Basis(None, 0), Basis(None, 0)
    values = list(counts.values())
    median = float(statistics.median(values))
    return Basis.of(median, counts.keys()), Basis.of(float(max(values)), counts.keys())


def bases(data: GroupData, period: Period) -> dict[Metric, Basis]:
    """Every figure of one group (or of all pooled) over the period, before suppression."""
    active = [m.user_id for m in data.members if m.last_active and m.last_active >= period.start]
    new = [m.user_id for m in data.members if period.holds(m.joined_on)]
    yes = sum(data.attendance.values())
    per_meeting = round(yes / data.occurrences, 1) if data.occurrences else None
    safe, heard = _feedback(data.feedback)
    load_median, load_max = _load(data.facilitators, data.alerts)
    return {
        Metric.PARTICIPATION: Basis.of(len(active), active),
        Metric.NEW_MEMBERS: Basis.of(len(new), new),
        Metric.RETENTION_4W: _retention(data.members, period, RETENTION_WEEKS[0]),
        Metric.RETENTION_12W: _retention(data.members, period, RETENTION_WEEKS[1]),
        Metric.ATTENDANCE: Basis.of(yes, data.attendance.keys()),
        Metric.PER_MEETING: Basis.of(per_meeting, data.attendance.keys()),
        Metric.FELT_SAFE: safe,
        Metric.FELT_HEARD: heard,
        Metric.WELLBEING_8W: _wellbeing(data.wellbeing, WELLBEING_WAVES[0]),
        Metric.WELLBEING_12W: _wellbeing(data.wellbeing, WELLBEING_WAVES[1]),
        Metric.FLAGS: Basis.of(len(data.flags), _whose(data.flags)),
        Metric.TIME_TO_HUMAN: _time_to_human(data.flags),
        Metric.LOAD_MEDIAN: load_median,
        Metric.LOAD_MAX: load_max,
    }


def _exposed(row: Sequence[Basis], hidden: set[int]) -> bool:
    """Whether the hidden groups together are built on 1 to 4 people (so that "all groups"
    less the shown ones would give their figure)."""
    if any(row[i].people >= MIN_MEMBERS for i in hidden):
        return False
    people = frozenset().union(*(row[i].few for i in hidden if not row[i].withheld))
    return 0 < len(people) < MIN_MEMBERS


def suppress(row: Sequence[Basis], total: Basis) -> tuple[list[Value], Value, int]:
    """One figure across the groups and all groups: each shown by `guard`, then more hidden so
    no hidden one can be worked out from the others; also how many were hidden that way."""
    values: list[Value] = [basis.shown for basis in row]
    hidden = {i for i, value in enumerate(values) if isinstance(value, Hidden)}
    protected = 0
    total_value = total.shown
    while _exposed(row, hidden):
        candidates = [i for i in range(len(row)) if i not in hidden and row[i].people > 0]
        if not candidates:
            if not isinstance(total_value, Hidden):
                total_value, protected = Hidden.PROTECTED, protected + 1
            break
        chosen = min(candidates, key=lambda i: (row[i].people, i))
        hidden.add(chosen)
        values[chosen] = Hidden.PROTECTED
        protected += 1
    return values, total_value, protected


@dataclass(frozen=True)
class PeriodFigures:
    """Every figure of one period: per group (in the groups' order) and for all groups."""

    period: Period
    groups: tuple[dict[Metric, Value], ...]
    all_groups: dict[Metric, Value]
    # How many figures were hidden only so that a hidden one cannot be worked out.
    protected: int = 0

    def hidden(self) -> int:
        """How many figures are hidden in all."""
        cells = [*self.all_groups.values(), *(v for g in self.groups for v in g.values())]
        return sum(1 for value in cells if isinstance(value, Hidden))


# Counts of people, answers and flags are shown rounded to the nearest ROUND_TO (after the k >= 5
# rule): reports of nested periods (a year and three of its quarters) or of two overlapping
# runs can then no longer be subtracted to a small count that was hidden.
COUNTS = frozenset({Metric.PARTICIPATION, Metric.NEW_MEMBERS, Metric.ATTENDANCE, Metric.FLAGS})
ROUND_TO = 5


def rounded(metric: Metric, value: Value, step: int = ROUND_TO) -> Value:
    """A shown count to the nearest `step` (halves up); anything else as it is."""
    if metric not in COUNTS or value is None or isinstance(value, Hidden):
        return value
    return float(step * int(value / step + 0.5))


def figures(groups: Sequence[GroupData], period: Period, round_to: int = ROUND_TO) -> PeriodFigures:
    """Every figure of the groups over the period, suppressed; counts rounded to `round_to`
    (1: exact, for tests of the counting itself)."""
    per_group = [bases(group, period) for group in groups]
    pooled = bases(pool(groups), period)
    shown: list[dict[Metric, Value]] = [{} for _ in groups]
    total: dict[Metric, Value] = {}
    protected = 0
    for metric in Metric:
        values, pooled_value, extra = suppress([b[metric] for b in per_group], pooled[metric])
        total[metric] = rounded(metric, pooled_value, round_to)
        protected += extra
        for index, value in enumerate(values):
            shown[index][metric] = rounded(metric, value, round_to)
    return PeriodFigures(period, tuple(shown), total, protected)


def difference(current: Value, earlier: Value) -> Value:
    """The change from the earlier period: hidden when either side is (as that side is), None
    when either side measured nothing."""
    if isinstance(current, Hidden):
        return current
    if isinstance(earlier, Hidden):
        return earlier
    if current is None or earlier is None:
        return None
    return round(current - earlier, 1)


@dataclass(frozen=True)
class Unit:
    """A column of the report: a group, or all groups (chat id None)."""

    chat_id: int | None
    title: str


@dataclass(frozen=True)
class Report:
    """The programme report: the figures of a period, and of an earlier one to compare with."""

    units: tuple[Unit, ...]
    current: PeriodFigures
    earlier: PeriodFigures | None = None

    def value(self, index: int, metric: Metric, earlier: bool = False) -> Value:
        """A unit's figure (index 0: all groups, then the groups) in a period."""
        figures = self.earlier if earlier else self.current
        if figures is None:
            return None
        return figures.all_groups[metric] if index == 0 else figures.groups[index - 1][metric]

    def change(self, index: int, metric: Metric) -> Value:
        """A unit's change from the earlier period (None without one)."""
        if self.earlier is None:
            return None
        return difference(self.value(index, metric), self.value(index, metric, earlier=True))


def report(
    groups: Sequence[GroupData],
    period: Period,
    earlier_groups: Sequence[GroupData] | None = None,
    earlier: Period | None = None,
    round_to: int = ROUND_TO,
) -> Report:
    """The report over the period (and the earlier one, whose groups come in the same order)."""
    units = (Unit(None, ""), *(Unit(group.chat_id, group.title) for group in groups))
    before = None
    if earlier is not None and earlier_groups is not None:
        if overlaps(period, earlier):
            raise ValueError("the periods compared must not overlap")
        before = figures(earlier_groups, earlier, round_to)
    return Report(units, figures(groups, period, round_to), before)
