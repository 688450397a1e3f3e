"""Group statistics (pure): each figure on hand-made records, the suppression rule, CSV, chart."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.stats.charts import StatsLabels, draw_stats, literal, stats_chart
from bot.stats.export import to_csv
from bot.stats.figures import (
    compute,
    distinct_flag_members,
    guard,
    median_ack,
    mood_shares,
    parse_days,
    plain_number,
    retention,
)
from bot.stats.models import FlagRecord, GroupStats, Hidden, MemberRecord, Period, StatsData

TODAY = date(2026, 11, 23)
PERIOD = Period.last_days(30, TODAY)
RAISED = datetime(2026, 11, 10, 12, 0, tzinfo=UTC)
HIDDEN = Hidden.FEWER_THAN_5


def member(user_id: int, joined_days_ago: int, active_days_ago: int | None) -> MemberRecord:
    """A member who joined and was last active so many days before TODAY."""
    last = None if active_days_ago is None else TODAY - timedelta(days=active_days_ago)
    return MemberRecord(user_id, TODAY - timedelta(days=joined_days_ago), last)


def flag(member_id: int | None, minutes: float | None) -> FlagRecord:
    """A flag raised at RAISED, acknowledged `minutes` later (None: never)."""
    acknowledged = None if minutes is None else RAISED + timedelta(minutes=minutes)
    return FlagRecord(member_id, RAISED, acknowledged)


@pytest.mark.parametrize(
    ("members", "shown"),
    [(0, True), (1, False), (4, False), (5, True), (6, True), (500, True)],
)
def test_guard_hides_figures_from_one_to_four_members(members: int, shown: bool) -> None:
    """The suppression rule: 1..4 distinct members hide the figure; 0 and 5+ show it."""
    assert guard("figure", members) == ("figure" if shown else HIDDEN)


@pytest.mark.parametrize(
    ("args", "days"),
    [([], 30), (["7"], 7), (["30"], 30), (["90"], 90), (["365"], 365)],
)
def test_parse_days_reads_a_fixed_window(args: list[str], days: int) -> None:
    """No argument means 30; 7, 30, 90 and 365 are taken as they are."""
    assert parse_days(args, 30) == days


@pytest.mark.parametrize(
    "args",
    [["abc"], ["6"], ["8"], ["14"], ["31"], ["364"], ["366"], ["1000"], ["-7"], ["7", "8"]],
)
def test_parse_days_refuses_anything_but_the_fixed_windows(args: list[str]) -> None:
    """Other numbers (so /stats 7 and /stats 8 can't be differenced), words, pairs: refused."""
    assert parse_days(args, 30) is None


def test_period_counts_its_days_both_ends_included() -> None:
    """The last 30 days end today and start 29 days before."""
    assert Period(date(2026, 10, 25), TODAY) == PERIOD
    assert PERIOD.days == 30
    assert PERIOD.holds(TODAY)
    assert PERIOD.holds(date(2026, 10, 25))
    assert not PERIOD.holds(date(2026, 10, 24))


def test_active_and_new_members_with_four_and_five() -> None:
    """Five active members are counted; four new members are hidden; the inactive one is not."""
    members = (
        member(1, 100, 0),
        member(2, 100, 29),
        member(3, 3, 1),
        member(4, 10, 2),
        member(5, 20, 5),
        member(6, 29, 30),  # new (joined 29 days ago), last active before the period
    )
    stats = compute(StatsData(members=members), PERIOD)
    assert stats.active == 5
    assert stats.new_members == HIDDEN
    more = (*members, member(7, 1, None))
    assert compute(StatsData(members=more), PERIOD).new_members == 5


def test_retention_share_of_the_cohort() -> None:
    """Of 5 who joined in the year up to 28 days before the end, those active 28+ days on count."""
    members = (
        member(1, 28, 0),  # joined exactly 28 days before the end, active today: kept
        member(2, 40, 12),  # active exactly 28 days after joining: kept
        member(3, 40, 13),  # last active 27 days after joining: not kept
        member(4, 60, None),  # never active: not kept
        member(5, 90, 1),  # kept
        member(6, 27, 0),  # joined too recently: not in the cohort
    )
    assert retention(members, PERIOD, 28) == pytest.approx(60.0)


def test_retention_cohort_is_the_year_before_the_measuring_point() -> None:
    """Members who joined more than 365 days before end - 28 (activity pruned) are left out."""
    recent = tuple(member(n, 100, 0) for n in range(1, 6))
    old = tuple(member(n, 28 + 365 + n - 1, None) for n in range(6, 11))  # 393..397 days ago
    assert retention((*recent, *old), PERIOD, 28) == pytest.approx(100.0)
    edge = (member(11, 28 + 364, 0), member(12, 28 + 365, 0))  # first day in, last day out
    assert retention((*recent[:4], *edge), PERIOD, 28) == pytest.approx(100.0)
    assert retention((*recent[:3], *edge), PERIOD, 28) == HIDDEN, "a cohort of 4"
    twelve = tuple(member(n, 84 + 365 - 1, 0) for n in range(1, 6))
    assert retention((*twelve, member(9, 84 + 365, None)), PERIOD, 84) == pytest.approx(100.0)


def test_retention_is_hidden_for_a_cohort_of_four_and_none_when_empty() -> None:
    """A cohort of 4 hides the share; no cohort at all gives None (nothing to measure)."""
    four = tuple(member(n, 100, 0) for n in range(1, 5))
    assert retention(four, PERIOD, 84) == HIDDEN
    assert retention((*four, member(5, 85, 50)), PERIOD, 84) == pytest.approx(80.0)
    assert retention((member(1, 10, 0),), PERIOD, 28) is None


def test_checkins_and_mood_distribution_need_five_members() -> None:
    """Four members' answers hide the moods and the answered count; five show the counts."""
    four = tuple((user, mood) for user, mood in ((1, 1), (2, 2), (3, 5), (4, 5), (4, 5)))
    stats = compute(StatsData(checkins_on=frozenset({1, 2, 3, 4}), answers=four), PERIOD)
    assert stats.moods == HIDDEN
    assert stats.checkins_answered == HIDDEN
    assert stats.checkins_on == HIDDEN
    five = (*four, (5, 3))
    stats = compute(StatsData(checkins_on=frozenset(range(1, 7)), answers=five), PERIOD)
    assert stats.checkins_on == 6
    assert stats.checkins_answered == 5
    assert stats.moods == (HIDDEN, HIDDEN, HIDDEN, 0.0, HIDDEN), "no mood came from 5 people"
    assert stats.anything_hidden


def test_each_mood_is_hidden_unless_five_members_gave_it() -> None:
    """One daily answerer's 30 "very low" answers are hidden; moods 5+ people gave show."""
    daily = tuple((1, 1) for _ in range(30))
    once = tuple((user, mood) for user in range(1, 7) for mood in (3, 4))
    shares = mood_shares((*daily, *once))
    assert shares == (HIDDEN, 0.0, HIDDEN, 100 * 6 / 42, 0.0), "and the smallest shown one"
    assert mood_shares(once[:8]) == HIDDEN, "only 4 members answered"


def test_a_hidden_mood_cannot_be_worked_out_by_subtraction() -> None:
    """With one mood hidden, the smallest shown one is hidden too: 100% less the rest is moot."""
    once = tuple((user, 4) for user in range(1, 7))
    assert mood_shares(((1, 1), *once)) == (HIDDEN, 0.0, 0.0, HIDDEN, 0.0)
    five = tuple((user, mood) for user in range(1, 6) for mood in (2, 3))
    half = 100 * 5 / 11
    assert mood_shares((*five, (6, 5))) == (0.0, HIDDEN, half, 0.0, HIDDEN)
    spread = tuple((user, 1 + user % 2) for user in range(1, 11))
    assert mood_shares(spread) == (50.0, 50.0, 0.0, 0.0, 0.0), "nothing hidden: all shown"


def test_no_answers_is_shown_as_empty_not_hidden() -> None:
    """Nobody answered: nothing to hide, the distribution is empty and the count 0."""
    assert mood_shares(()) == ()
    stats = compute(StatsData(), PERIOD)
    assert (stats.checkins_answered, stats.moods, stats.flags) == (0, (), 0)
    assert stats.ack_median is None
    assert not stats.anything_hidden


def test_rsvps_need_five_distinct_members() -> None:
    """Counts are hidden while fewer than 5 distinct members answered, however many answers."""
    four = tuple((user, "yes") for user in (1, 2, 3, 4) for _ in range(3))
    stats = compute(StatsData(rsvps=four), PERIOD)
    assert (stats.rsvp_yes, stats.rsvp_no) == (HIDDEN, HIDDEN)
    five = (*four, (5, "no"), (5, "yes"))
    stats = compute(StatsData(rsvps=five), PERIOD)
    assert (stats.rsvp_yes, stats.rsvp_no) == (13, 1)


def test_erased_flags_count_together_as_one_member() -> None:
    """Flags of 3 known members and any number of erased ones come from 4 distinct members."""
    flags = [flag(1, 5), flag(1, 5), flag(2, 5), flag(3, 5), flag(None, 5), flag(None, 5)]
    assert distinct_flag_members(flags) == 4
    assert distinct_flag_members(flags[:5]) == 4
    assert distinct_flag_members([*flags, flag(4, 5)]) == 5
    assert distinct_flag_members([]) == 0


def test_one_forgotten_members_five_flags_stay_hidden() -> None:
    """Five flags erased by /forget (member None) are one person: the count stays hidden."""
    erased = tuple(flag(None, 10) for _ in range(5))
    stats = compute(StatsData(flags=erased), PERIOD)
    assert (stats.flags, stats.ack_median) == (HIDDEN, HIDDEN)


def test_flag_count_and_median_ack_time_suppression() -> None:
    """Flags of 4 members are hidden; with 5 the count shows; the median needs 5 acknowledged."""
    four = (flag(1, 10), flag(2, 20), flag(3, 30), flag(4, 40), flag(4, 50))
    stats = compute(StatsData(flags=four), PERIOD)
    assert (stats.flags, stats.ack_median) == (HIDDEN, HIDDEN)
    unacknowledged = (*four, flag(5, None))
    stats = compute(StatsData(flags=unacknowledged), PERIOD)
    assert stats.flags == 6
    assert stats.ack_median == HIDDEN, "only 4 members among acknowledged flags"
    stats = compute(StatsData(flags=(*unacknowledged, flag(None, 60))), PERIOD)
    assert stats.ack_median == timedelta(minutes=35)
    stats = compute(StatsData(flags=(*unacknowledged, flag(None, 60), flag(None, 70))), PERIOD)
    assert stats.ack_median == timedelta(minutes=40)


def test_median_of_odd_and_even_counts() -> None:
    """The median is the middle wait, or the mean of the two middle ones; None without acks."""
    assert median_ack([flag(1, 1), flag(2, 9), flag(3, 4)]) == timedelta(minutes=4)
    assert median_ack([flag(1, 1), flag(2, 2), flag(3, 4), flag(4, 100)]) == timedelta(minutes=3)
    assert median_ack([flag(1, None)]) is None


def test_plain_numbers() -> None:
    """Whole numbers lose their decimals; others keep one, without grouping."""
    assert [plain_number(v) for v in (12, 12.0, 12.54, 2 / 3, 1234.0)] == [
        "12",
        "12",
        "12.5",
        "0.7",
        "1234",
    ]


def _mixed() -> GroupStats:
    """Figures with some shown, some hidden and some empty."""
    members = tuple(member(n, 40, 0) for n in range(1, 8))
    answers = tuple((n, 4) for n in range(1, 4))
    return compute(StatsData(members=members, answers=answers), PERIOD)


def test_csv_has_one_row_per_metric_with_the_same_suppression() -> None:
    """The CSV repeats group and period on each row; hidden figures say so, about people."""
    rows = list(csv.DictReader(io.StringIO(to_csv("Leeds, Tuesday", _mixed()))))
    values = {row["metric"]: row["value"] for row in rows}
    assert {row["group"] for row in rows} == {"Leeds, Tuesday"}
    assert {(row["period_start"], row["period_end"]) for row in rows} == {
        ("2026-10-25", "2026-11-23")
    }
    assert values["active_members"] == "7"
    assert values["new_members"] == "0"
    assert values["retention_28d_percent"] == "100"
    assert values["retention_84d_percent"] == ""
    assert values["checkins_answered_members"] == "hidden: fewer than 5 people"
    assert values["mood_4_percent"] == "hidden: fewer than 5 people"
    assert values["crisis_flags"] == "0"
    assert values["flag_ack_median_minutes"] == ""
    assert len(rows) == len(values) == 15


def test_chart_is_a_1080_wide_png_even_when_figures_are_hidden() -> None:
    """The chart draws shown, hidden and empty figures into a 1080x1350 PNG."""
    from PIL import Image

    labels = StatsLabels(
        "Leeds", "Last 30 days", "People", "Moods", ("1", "2", "3", "4", "5"), "fewer than 5", "-"
    )
    for moods in (HIDDEN, (), (10.0, 20.0, 30.0, 20.0, 20.0)):
        png = stats_chart([("Active", 12), ("New", HIDDEN), ("Flags", 0)], moods, ["a"], labels)
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        assert Image.open(io.BytesIO(png)).size == (1080, 1350)


def test_csv_hides_each_mood_on_its_own() -> None:
    """One member gave mood 1 daily, 5 mood 3 and 6 mood 4: mood 1 (and 3, the smallest shown,
    against subtraction) are hidden; mood 4 shows."""
    answers = (
        *((1, 1) for _ in range(30)),
        *((n, 4) for n in range(1, 7)),
        *((n, 3) for n in range(1, 6)),
    )
    stats = compute(StatsData(answers=answers), PERIOD)
    values = dict(line.split(",")[-2:] for line in to_csv("G", stats).splitlines()[1:])
    assert values["mood_1_percent"] == "hidden: fewer than 5 people"
    assert values["mood_3_percent"] == "hidden: fewer than 5 people"
    assert values["mood_4_percent"] == "14.6"
    assert values["mood_2_percent"] == "0"
    assert values["checkins_answered_members"] == "6"


def test_chart_draws_dollar_signs_in_titles_as_text() -> None:
    """A `$` in a group title neither breaks the chart nor turns into maths, in any text."""
    from matplotlib import cbook
    from matplotlib.text import Text
    from PIL import Image

    moods = (HIDDEN, 0.0, 25.0, 75.0, HIDDEN)
    for title in ("A $x^^$ B", "Fees $5 and $10", "$"):
        labels = StatsLabels(
            title, "$ sub $", "$1", "Moods $", ("$a$", "2", "3", "4", "5"), "hidden $", "-"
        )
        bars: list[tuple[str, int | Hidden]] = [("Active $x$", 12), ("New", HIDDEN)]
        png = stats_chart(bars, moods, ["Fees $5 and $10"], labels)
        assert Image.open(io.BytesIO(png)).size == (1080, 1350)
        figure = draw_stats(bars, moods, ["a $b$ c"], labels)
        texts = [t.get_text() for t in figure.findobj(Text) if t.get_text()]
        assert literal(title) in texts
        assert not [t for t in texts if cbook.is_math_text(t)], texts
    assert literal("Fees $5 and $10") == r"Fees \$5 and \$10"


@pytest.mark.parametrize("title", ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tX"])
def test_csv_never_starts_a_group_title_as_a_formula(title: str) -> None:
    """A group title that a spreadsheet would read as a formula is written as text."""
    [row] = list(csv.DictReader(io.StringIO(to_csv(title, _mixed()))))[:1]
    assert row["group"] == "'" + title
