"""Facilitator care's pure parts: night hours, the next day's hour, time on call, buttons."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.care.load import pack
from bot.care.model import (
    Choice,
    ContactOf,
    DebriefChoice,
    Feeling,
    GroupDutyPlan,
    HowAreYou,
    RemoveSupervisor,
    checkin_time,
    is_hard,
    is_night,
    on_call_time,
)
from bot.domain.oncall import Period, Rotation, Shift

START = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)


def test_night_is_22_to_7_in_the_groups_zone() -> None:
    """21:59 and 07:00 local are day; 22:00 and 06:59 are night; the zone decides."""
    assert not is_night(datetime(2026, 1, 13, 21, 59, tzinfo=UTC), "Europe/London")
    assert is_night(datetime(2026, 1, 13, 22, 0, tzinfo=UTC), "Europe/London")
    assert is_night(datetime(2026, 1, 14, 6, 59, tzinfo=UTC), "Europe/London")
    assert not is_night(datetime(2026, 1, 14, 7, 0, tzinfo=UTC), "Europe/London")
    # 21:30 UTC is 22:30 in Madrid in winter.
    assert is_night(datetime(2026, 1, 13, 21, 30, tzinfo=UTC), "Europe/Madrid")


def test_the_next_days_question_is_at_ten_local() -> None:
    """Resolved late at night in New York (already the next day in UTC): 10:00 the next local
    day, in New York."""
    resolved = datetime(2026, 1, 14, 3, 0, tzinfo=UTC)  # 22:00 on the 13th in New York
    due = checkin_time(resolved, "America/New_York")
    assert due.date() == date(2026, 1, 14)
    assert due.time() == time(10)
    assert due.astimezone(UTC) == datetime(2026, 1, 14, 15, 0, tzinfo=UTC)


def test_only_high_and_imminent_offer_a_debrief() -> None:
    """Concern does not; high and imminent do."""
    assert [is_hard(tier) for tier in ("concern", "high", "imminent")] == [False, True, True]


def test_time_on_call_counts_shifts_once_across_groups() -> None:
    """A 3-hour shift in two groups at once counts 3 hours, not 5; a later shift taken in one
    group counts for its own taker."""
    three = Shift(1, START, START + timedelta(hours=3))
    plans = [
        GroupDutyPlan(None, None, (1, 2), (three,)),
        GroupDutyPlan(None, None, (1,), (three, Shift(2, START, START + timedelta(hours=1)))),
    ]
    spent = on_call_time(plans, START, START + timedelta(days=1))
    assert spent == {1: timedelta(hours=3), 2: timedelta(hours=1)}


def test_time_on_call_follows_a_rotation_from_when_it_was_set() -> None:
    """A daily rotation of two set 12 hours in: only the last 12 hours count, to whoever's turn
    it is (handover at midnight UTC)."""
    rotation = Rotation(Period.DAILY, time(0), date(2026, 3, 2), "UTC", None)
    since = START + timedelta(hours=12)
    plans = [GroupDutyPlan(rotation, since, (1, 2), ())]
    spent = on_call_time(plans, START, START + timedelta(days=2))
    assert spent == {1: timedelta(hours=12), 2: timedelta(hours=24)}


@pytest.mark.parametrize(
    "button",
    [
        DebriefChoice(7, Choice.SUPERVISOR),
        DebriefChoice(7, Choice.LATER),
        HowAreYou(9, Feeling.NOT_GREAT),
        ContactOf(11),
        RemoveSupervisor(123_456_789_012),
    ],
)
def test_buttons_read_back(button: object) -> None:
    """Every care button packs and parses to itself."""
    packed = button.pack()  # type: ignore[attr-defined]
    assert type(button).parse(packed) == button  # type: ignore[attr-defined]


def test_forged_choices_are_refused() -> None:
    """A choice or feeling the bot never offers is not a button of this kind."""
    assert DebriefChoice.parse("care:d:7:everyone") is None
    assert HowAreYou.parse("care:h:9:fine") is None


def test_load_pages_keep_each_block_whole() -> None:
    """Blocks are joined with blank lines up to the limit, never cut, in order."""
    blocks = ["head", "a" * 40, "b" * 40, "c" * 40, "foot"]
    pages = pack(blocks, limit=80)
    assert pages == ["head\n\n" + "a" * 40, "b" * 40, "c" * 40 + "\n\nfoot"]
    assert pack(["x" * 200], limit=90) == ["x" * 200]
