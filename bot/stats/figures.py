"""The figures of a group over a period, computed from plain records, with the suppression rule.

The rule: a figure built from 1 to 4 distinct members is hidden ("fewer than 5 people"); from
none, it is shown (0, "no answers"): an empty figure identifies nobody. Each mood's share is
guarded by the members who gave that mood; all erased flags together count as one member.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import TypeVar

from bot.stats.models import (
    COHORT_DAYS,
    MOODS,
    RETENTION_DAYS,
    WINDOWS,
    FlagRecord,
    GroupStats,
    Hidden,
    MemberRecord,
    Period,
    StatsData,
)

MIN_MEMBERS = 5
T = TypeVar("T")


def guard(value: T, members: int) -> T | Hidden:
    """Return the figure, or Hidden when it was built from 1 to 4 distinct members."""
    if 0 < members < MIN_MEMBERS:
        return Hidden.FEWER_THAN_5
    return value


def parse_days(args: Sequence[str], default: int) -> int | None:
    """Read '/stats' or '/stats 90': one of the fixed windows (7, 30, 90, 365); else None."""
    if not args:
        return default
    if len(args) != 1 or not args[0].isdecimal() or len(args[0]) > 4:
        return None
    days = int(args[0])
    return days if days in WINDOWS else None


def distinct_flag_members(flags: Iterable[FlagRecord]) -> int:
    """Count the distinct members behind flags; all erased flags (no member) count as one."""
    flags = list(flags)
    known = {flag.member_id for flag in flags if flag.member_id is not None}
    return len(known) + any(flag.member_id is None for flag in flags)


def median_ack(flags: Iterable[FlagRecord]) -> timedelta | None:
    """The median time from raised to acknowledged over acknowledged flags; None when none."""
    waits = [
        (flag.acknowledged_at - flag.raised_at).total_seconds()
        for flag in flags
        if flag.acknowledged_at is not None
    ]
    return timedelta(seconds=round(statistics.median(waits))) if waits else None


def retention(members: Iterable[MemberRecord], period: Period, after: int) -> float | Hidden | None:
    """Percent of the year's joiners up to `after` days before the end active `after`+ days on."""
    last = period.end - timedelta(days=after)
    first = last - timedelta(days=COHORT_DAYS)
    cohort = [m for m in members if first < m.joined_on <= last]
    if not cohort:
        return None
    kept = [
        m
        for m in cohort
        if m.last_active is not None and m.last_active >= m.joined_on + timedelta(days=after)
    ]
    return guard(100 * len(kept) / len(cohort), len(cohort))


def mood_shares(answers: Sequence[tuple[int, int]]) -> tuple[float | Hidden, ...] | Hidden:
    """Percent of answered check-ins per mood; each needs 5+ members giving it, all 5+ answering."""
    if not answers:
        return ()
    if len({user for user, _ in answers}) < MIN_MEMBERS:
        return Hidden.FEWER_THAN_5
    givers = {mood: {user for user, m in answers if m == mood} for mood in MOODS}
    hidden = {mood for mood in MOODS if 0 < len(givers[mood]) < MIN_MEMBERS}
    # The shown shares add up to 100% less the hidden ones: when those come from fewer than 5
    # people together, the smallest shown moods are hidden too, so no subtraction reveals them.
    shown = sorted((len(givers[m]), m) for m in MOODS if m not in hidden and givers[m])
    while hidden and len(set().union(*(givers[m] for m in hidden))) < MIN_MEMBERS and shown:
        hidden.add(shown.pop(0)[1])
    return tuple(
        Hidden.FEWER_THAN_5
        if mood in hidden
        else 100 * sum(1 for _, m in answers if m == mood) / len(answers)
        for mood in MOODS
    )


def compute(data: StatsData, period: Period) -> GroupStats:
    """Every figure of one group over the period, each hidden when built from too few members."""
    active = sum(
        1 for m in data.members if m.last_active is not None and m.last_active >= period.start
    )
    new = sum(1 for m in data.members if period.holds(m.joined_on))
    answered = len({user for user, _ in data.answers})
    rsvp_members = len({user for user, _ in data.rsvps})
    yes = sum(1 for _, answer in data.rsvps if answer == "yes")
    acknowledged = [flag for flag in data.flags if flag.acknowledged_at is not None]
    return GroupStats(
        period=period,
        active=guard(active, active),
        new_members=guard(new, new),
        retention={days: retention(data.members, period, days) for days in RETENTION_DAYS},
        checkins_on=guard(len(data.checkins_on), len(data.checkins_on)),
        checkins_answered=guard(answered, answered),
        moods=mood_shares(data.answers),
        rsvp_yes=guard(yes, rsvp_members),
        rsvp_no=guard(len(data.rsvps) - yes, rsvp_members),
        flags=guard(len(data.flags), distinct_flag_members(data.flags)),
        ack_median=guard(median_ack(acknowledged), distinct_flag_members(acknowledged)),
    )


def plain_number(value: float) -> str:
    """A number without grouping or trailing zeros: 12, 12.5 (one decimal at most)."""
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"


def minutes_of(wait: timedelta) -> float:
    """A duration in minutes (one decimal)."""
    return round(wait.total_seconds() / 60, 1)
