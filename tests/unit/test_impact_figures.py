"""The programme report's figures: the k >= 5 rule, complementary suppression, two periods."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.impact.figures import (
    Basis,
    Metric,
    difference,
    figures,
    pool,
    report,
    suppress,
)
from bot.impact.periods import before, last_month, last_quarter, last_year
from bot.impact.records import FlagSeen, GroupData, Joined, Occurrence
from bot.stats.models import Hidden, Period

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
EARLIER = Period(date(2025, 1, 1), date(2025, 12, 31))
HIDDEN, PROTECTED = Hidden.FEWER_THAN_5, Hidden.PROTECTED


def members(first_id: int, count: int, joined: date, active: date | None) -> tuple[Joined, ...]:
    """`count` members with consecutive ids who joined and were last active on these days."""
    return tuple(Joined(first_id + n, joined, active) for n in range(count))


def group(chat_id: int, people: tuple[Joined, ...], **more: object) -> GroupData:
    """A group with these members (and any other records)."""
    return GroupData(chat_id, f"Group {chat_id}", members=people, **more)  # type: ignore[arg-type]


def test_a_figure_on_one_to_four_people_is_hidden_and_zero_is_shown() -> None:
    """Participation of 4 is hidden, of 5 shown, of 0 shown as 0 (nobody identified)."""
    groups = [
        group(-1, members(100, 4, date(2025, 6, 1), date(2026, 3, 1))),
        group(-2, members(200, 5, date(2025, 6, 1), date(2026, 3, 1))),
        group(-3, members(300, 6, date(2025, 6, 1), None)),
    ]
    result = figures(groups, YEAR)
    shown = [g[Metric.PARTICIPATION] for g in result.groups]
    assert shown[0] is HIDDEN
    assert shown[2] == 0


def test_all_groups_pools_a_small_new_group_so_it_counts_somewhere() -> None:
    """A new group of 3 is hidden on its own but its members count in "all groups"."""
    groups = [
        group(-1, members(100, 3, date(2026, 5, 1), date(2026, 6, 1))),
        group(-2, members(200, 5, date(2026, 5, 1), date(2026, 6, 1))),
        group(-3, members(300, 5, date(2026, 5, 1), date(2026, 6, 1))),
    ]
    result = figures(groups, YEAR, round_to=1)
    assert result.groups[0][Metric.NEW_MEMBERS] is HIDDEN
    assert result.all_groups[Metric.NEW_MEMBERS] == 13


def test_all_groups_less_the_shown_groups_never_reveals_a_hidden_group() -> None:
    """One group of 3 hidden: another group is hidden too, so that "all groups" less the shown
    ones gives 2 groups together (8 people), never the small one."""
    groups = [
        group(-1, members(100, 3, date(2026, 5, 1), date(2026, 6, 1))),
        group(-2, members(200, 5, date(2026, 5, 1), date(2026, 6, 1))),
        group(-3, members(300, 9, date(2026, 5, 1), date(2026, 6, 1))),
    ]
    result = figures(groups, YEAR, round_to=1)
    for metric in (Metric.PARTICIPATION, Metric.NEW_MEMBERS):
        shown = [g[metric] for g in result.groups]
        assert shown == [HIDDEN, PROTECTED, 9]
        total = result.all_groups[metric]
        assert isinstance(total, float | int)
        assert total - sum(v for v in shown if isinstance(v, int | float)) >= 5
    assert result.protected >= 2


def test_every_subtraction_of_shown_figures_gives_five_or_more_people() -> None:
    """Across many group sizes, the hidden groups together are always 0 or 5+ people."""
    sizes = [(1, 7, 12, 5), (2, 2, 30), (4, 0, 6), (3,), (0, 1, 50, 51), (6, 6, 4, 4)]
    for layout in sizes:
        groups = [
            group(-n - 1, members(1000 * (n + 1), size, date(2026, 5, 1), date(2026, 6, 1)))
            for n, size in enumerate(layout)
        ]
        result = figures(groups, YEAR)
        shown = [g[Metric.NEW_MEMBERS] for g in result.groups]
        total = result.all_groups[Metric.NEW_MEMBERS]
        hidden_people = sum(
            s for s, v in zip(layout, shown, strict=True) if v in (HIDDEN, PROTECTED)
        )
        if not isinstance(total, Hidden):
            assert hidden_people == 0 or hidden_people >= 5, (layout, shown, total)
        assert all(v is HIDDEN for s, v in zip(layout, shown, strict=True) if 0 < s < 5)


def test_a_member_of_two_hidden_groups_is_counted_once() -> None:
    """Two groups of 3 sharing 2 members are 4 people together: a third group is hidden."""
    shared = members(100, 2, date(2026, 5, 1), date(2026, 6, 1))
    groups = [
        group(-1, shared + members(200, 1, date(2026, 5, 1), date(2026, 6, 1))),
        group(-2, shared + members(300, 1, date(2026, 5, 1), date(2026, 6, 1))),
        group(-3, members(400, 20, date(2026, 5, 1), date(2026, 6, 1))),
    ]
    result = figures(groups, YEAR, round_to=1)
    assert [g[Metric.NEW_MEMBERS] for g in result.groups] == [HIDDEN, HIDDEN, PROTECTED]
    assert result.all_groups[Metric.NEW_MEMBERS] == 24


def test_suppress_hides_all_groups_when_no_group_is_left_to_hide() -> None:
    """A hidden group of 2 beside groups of nobody: "all groups" would be those 2, so hidden."""
    row = [Basis.of(2, [1, 2]), Basis.of(0, [])]
    values, total, protected = suppress(row, Basis(2, 5))
    assert values == [HIDDEN, 0]
    assert total is PROTECTED
    assert protected == 1


def test_two_periods_a_change_is_hidden_when_either_side_is() -> None:
    """Participation 4 -> 9 and 9 -> 4: both changes hidden; 9 -> 12 shown as +3."""
    earlier = [
        group(-1, members(100, 4, date(2024, 1, 1), date(2025, 6, 1))),
        group(-2, members(200, 9, date(2024, 1, 1), date(2025, 6, 1))),
        group(-3, members(300, 9, date(2024, 1, 1), date(2025, 6, 1))),
    ]
    current = [
        group(-1, members(100, 9, date(2024, 1, 1), date(2026, 6, 1))),
        group(-2, members(200, 4, date(2024, 1, 1), date(2026, 6, 1))),
        group(-3, members(300, 12, date(2024, 1, 1), date(2026, 6, 1))),
    ]
    result = report(current, YEAR, earlier, EARLIER, round_to=1)
    changes = [result.change(i, Metric.PARTICIPATION) for i in range(4)]
    assert isinstance(changes[1], Hidden)
    assert isinstance(changes[2], Hidden)
    assert changes[0] == (9 + 4 + 12) - (4 + 9 + 9)
    for i in range(4):
        sides = result.value(i, Metric.PARTICIPATION), result.value(i, Metric.PARTICIPATION, True)
        if any(isinstance(side, Hidden) for side in sides):
            assert isinstance(result.change(i, Metric.PARTICIPATION), Hidden)


def test_the_periods_compared_may_not_overlap() -> None:
    """Overlapping periods could be subtracted to a day: refused."""
    with pytest.raises(ValueError, match="overlap"):
        report([], YEAR, [], Period(date(2026, 12, 1), date(2027, 1, 31)))


def test_difference_is_none_without_a_side_and_rounded_otherwise() -> None:
    """None when a side measured nothing; one decimal otherwise."""
    assert difference(None, 3.0) is None
    assert difference(4.25, 1.0) == 3.2


def test_retention_counts_those_who_had_the_time() -> None:
    """Joined in the period 4+ weeks before its end; kept when active 4+ weeks after joining."""
    joined = date(2026, 3, 2)
    kept = members(100, 3, joined, joined + timedelta(weeks=5))
    gone = members(200, 2, joined, joined + timedelta(days=3))
    late = members(300, 4, date(2026, 12, 20), date(2026, 12, 30))
    result = figures([group(-1, kept + gone + late)], YEAR)
    assert result.all_groups[Metric.RETENTION_4W] == 60.0


def test_feedback_counts_only_occurrences_of_five_or_more_answers() -> None:
    """Two occurrences of 3 answers are hidden (one person may be in both); 5 are shown."""
    small = (Occurrence(1, "2026-W10", 3, 12, 9), Occurrence(1, "2026-W11", 3, 12, 9))
    big = (Occurrence(2, "2026-W10", 5, 20, 25),)
    result = figures([group(-1, (), feedback=small), group(-2, (), feedback=big)], YEAR)
    assert result.groups[0][Metric.FELT_SAFE] is HIDDEN
    assert result.groups[1][Metric.FELT_SAFE] == 4.0
    assert result.groups[1][Metric.FELT_HEARD] == 5.0
    assert result.all_groups[Metric.FELT_SAFE] == 4.0  # the small ones are in no figure


def test_flags_and_time_to_a_human_count_people_not_flags() -> None:
    """Six flags of 2 people are hidden (and the other group's, to protect them); all groups
    show the count and the median minutes."""
    raised = datetime(2026, 4, 1, 22, 0, tzinfo=UTC)
    few = tuple(FlagSeen(n, n % 2 + 1, raised, raised + timedelta(minutes=4)) for n in range(6))
    many = tuple(
        FlagSeen(10 + n, 10 + n, raised, raised + timedelta(minutes=n + 1)) for n in range(5)
    )
    result = figures([group(-1, (), flags=few), group(-2, (), flags=many)], YEAR, round_to=1)
    assert result.groups[0][Metric.FLAGS] is HIDDEN
    assert result.groups[1][Metric.FLAGS] is PROTECTED
    assert result.groups[1][Metric.TIME_TO_HUMAN] is PROTECTED
    assert result.all_groups[Metric.FLAGS] == 11
    assert result.all_groups[Metric.TIME_TO_HUMAN] == 4.0


def test_erased_members_behind_flags_count_as_one_person() -> None:
    """Five flags of erased members are one person: hidden."""
    raised = datetime(2026, 4, 1, tzinfo=UTC)
    flags = tuple(FlagSeen(n, None, raised, None) for n in range(5))
    assert figures([group(-1, (), flags=flags)], YEAR).all_groups[Metric.FLAGS] is HIDDEN


def test_facilitator_load_is_aggregate_and_hidden_below_five_facilitators() -> None:
    """Median and most alerts over 5 facilitators; 4 facilitators hidden."""
    five = frozenset(range(1, 6))
    alerts = frozenset({(1, 10), (1, 11), (1, 12), (2, 10), (3, 10)})
    shown = figures([group(-1, (), facilitators=five, alerts=alerts)], YEAR).all_groups
    assert shown[Metric.LOAD_MEDIAN] == 1.0
    assert shown[Metric.LOAD_MAX] == 3.0
    four = frozenset(range(1, 5))
    hidden = figures([group(-1, (), facilitators=four, alerts=alerts)], YEAR).all_groups
    assert hidden[Metric.LOAD_MAX] is HIDDEN


def test_wellbeing_change_is_the_cohorts_mean() -> None:
    """Five members from 8 to 5 at 12 weeks: -3.0; at 8 weeks nobody: None."""
    rows = tuple((n, 12, 8, 5) for n in range(5))
    shown = figures([group(-1, (), wellbeing=rows)], YEAR).all_groups
    assert shown[Metric.WELLBEING_12W] == -3.0
    assert shown[Metric.WELLBEING_8W] is None


def test_pool_counts_each_member_once_with_their_first_join() -> None:
    """A member of two groups is one person of all groups, joined at the earlier date."""
    a = group(-1, (Joined(1, date(2026, 2, 1), None),))
    b = group(-2, (Joined(1, date(2026, 1, 1), None),))
    assert pool([a, b]).members == (Joined(1, date(2026, 1, 1), None),)


def test_calendar_periods_for_the_buttons() -> None:
    """Last month, quarter, year, and the one before each."""
    today = date(2026, 2, 14)
    assert last_month(today) == Period(date(2026, 1, 1), date(2026, 1, 31))
    assert last_quarter(today) == Period(date(2025, 10, 1), date(2025, 12, 31))
    assert last_year(today) == Period(date(2025, 1, 1), date(2025, 12, 31))
    assert before(last_month(today)) == Period(date(2025, 12, 1), date(2025, 12, 31))
    assert before(last_quarter(today)) == Period(date(2025, 7, 1), date(2025, 9, 30))
    assert before(last_year(today)) == Period(date(2024, 1, 1), date(2024, 12, 31))
    assert before(Period(date(2026, 1, 5), date(2026, 1, 11))) == Period(
        date(2025, 12, 29), date(2026, 1, 4)
    )


def test_a_year_less_its_quarters_no_longer_gives_a_hidden_quarter() -> None:
    """New members 6, 7, 8 in three quarters and 2 (hidden) in the fourth: exact counts would
    give the hidden 2 as the year less the three shown quarters; rounded to 5, they do not,
    and every shown count is a multiple of 5."""
    joined = [date(2026, 2, 1), date(2026, 5, 1), date(2026, 8, 1), date(2026, 11, 1)]
    people: list[Joined] = []
    for quarter, (day, count) in enumerate(zip(joined, (6, 7, 8, 2), strict=True)):
        people.extend(members(1000 * (quarter + 1), count, day, day))
    groups = [group(-1, tuple(people))]
    quarters = [
        Period(date(2026, m, 1), date(2026, m + 2, 30 if m in (4, 7) else 31)) for m in (1, 4, 7)
    ]
    quarters.append(Period(date(2026, 10, 1), date(2026, 12, 31)))

    def new(period: Period, round_to: int = 5) -> float:
        """All groups' new members in a period (shown)."""
        value = figures(groups, period, round_to).all_groups[Metric.NEW_MEMBERS]
        assert isinstance(value, float | int), value
        return float(value)

    assert figures(groups, quarters[3]).all_groups[Metric.NEW_MEMBERS] is HIDDEN
    assert new(YEAR, 1) - sum(new(q, 1) for q in quarters[:3]) == 2  # the attack, exact
    shown = [new(q) for q in quarters[:3]]
    assert all(value % 5 == 0 for value in [*shown, new(YEAR)])
    assert new(YEAR) - sum(shown) != 2
