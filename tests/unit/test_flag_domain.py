"""Pure rules of crisis escalation: excerpts, escalation levels and on-call rotations."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.domain.escalation import EscalationPolicy, build_levels, recipients_at
from bot.domain.excerpt import excerpt_html, make_excerpt
from bot.domain.oncall import Period, Rotation, Shift, on_duty, shift_bounds, shift_end


def test_excerpt_highlights_the_matched_words() -> None:
    """The matched words are highlighted at their place in the cleaned excerpt."""
    text = "Hello.\nI want to   kill myself tonight."
    start = text.index("kill myself")
    excerpt = make_excerpt(text, [(start, start + len("kill myself"))])
    [(begin, end)] = excerpt.highlights
    assert excerpt.text[begin:end] == "kill myself"
    assert "\n" not in excerpt.text
    assert "   " not in excerpt.text


def test_excerpt_of_a_long_text_is_cut_around_the_match() -> None:
    """A long message is cut to a short window around the match, marked with ellipses."""
    text = "a" * 5000 + " I want to die " + "b" * 5000
    start = text.index("die")
    excerpt = make_excerpt(text, [(start, start + 3)])
    assert len(excerpt.text) < 400
    assert excerpt.text.startswith("…")
    assert excerpt.text.endswith("…")
    begin, end = excerpt.highlights[0]
    assert excerpt.text[begin:end] == "die"


def test_excerpt_html_escapes_and_drops_invisible_controls() -> None:
    """User text is escaped and bidi/zero-width controls are removed before it reaches HTML."""
    text = "<b>x</b> \u202eI want to die\u200b & more"
    start = text.index("die")
    rendered = excerpt_html(make_excerpt(text, [(start, start + 3)]))
    assert "<b>x</b>" not in rendered
    assert "&lt;b&gt;x&lt;/b&gt;" in rendered
    assert "\u202e" not in rendered
    assert "\u200b" not in rendered
    assert "<b><u>die</u></b>" in rendered
    assert "&amp;" in rendered


def test_levels_widen_and_leave_out_the_member_and_the_unreachable() -> None:
    """Levels are on call, then other facilitators, then admins; excluded people never appear."""
    levels = build_levels(on_call=[1], facilitators=[1, 2, 3], admins=[9, 2], exclude=[3])
    assert levels == [(1,), (2,), (9,)]
    assert recipients_at(levels, 0) == (1,)
    assert recipients_at(levels, 1) == (1, 2)
    assert recipients_at(levels, 5) == (1, 2, 9)


def test_without_on_call_all_facilitators_come_first() -> None:
    """With no one on call, the first level is every facilitator; empty levels are dropped."""
    assert build_levels([], [4, 5], []) == [(4, 5)]
    assert recipients_at([], 0) == ()


def test_policy_reaches_every_level_and_waits_less_for_imminent() -> None:
    """The last step is at least the number of levels; imminent flags escalate sooner."""
    policy = EscalationPolicy(timedelta(minutes=5), timedelta(minutes=2), rounds=1)
    assert policy.last_step(3) == 2
    assert policy.timeout("imminent") == timedelta(minutes=2)
    assert policy.timeout("high") == timedelta(minutes=5)


def _rotation(period: Period = Period.DAILY, zone: str = "Europe/Madrid") -> Rotation:
    """A rotation handing over at 09:00 local time, first shift on 2026-03-01."""
    return Rotation(period, time(9, 0), date(2026, 3, 1), zone)


def test_daily_rotation_passes_at_the_handover_time() -> None:
    """Before 09:00 local the previous facilitator is on duty; at 09:00 the next one."""
    rotation = _rotation()
    before = datetime(2026, 3, 2, 7, 59, tzinfo=UTC)  # 08:59 in Madrid (UTC+1)
    after = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    assert on_duty(rotation, [10, 20, 30], [], before).user_id == 10
    assert on_duty(rotation, [10, 20, 30], [], after).user_id == 20


def test_rotation_keeps_local_handover_across_daylight_saving() -> None:
    """On the day clocks change (29 March 2026 in Spain) the handover stays 09:00 local."""
    rotation = _rotation()
    # 06:00 UTC on the 29th is 08:00 CEST: the shift that began at 09:00 CET on the 28th.
    _, start, end = shift_bounds(rotation, datetime(2026, 3, 29, 6, 0, tzinfo=UTC))
    assert start.astimezone(UTC).hour == 8  # 09:00 CET
    assert end.astimezone(UTC).hour == 7  # 09:00 CEST the next day
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=23)


def test_weekly_rotation_and_taken_shift() -> None:
    """A weekly rotation changes every 7 days; a taken shift overrides it until it ends."""
    rotation = _rotation(Period.WEEKLY)
    week_two = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
    assert on_duty(rotation, [10, 20], [], week_two).user_id == 20
    shift = Shift(10, week_two - timedelta(hours=1), shift_end(rotation, week_two))
    duty = on_duty(rotation, [10, 20], [shift], week_two)
    assert duty.user_id == 10
    assert duty.until == shift.ends_at
    later = shift.ends_at + timedelta(minutes=1)
    assert on_duty(rotation, [10, 20], [shift], later).user_id == 10  # week three: back to 10


@pytest.mark.parametrize("participants", [[], [5]])
def test_no_rotation_means_nobody_unless_a_shift_is_taken(participants: list[int]) -> None:
    """Without a rotation nobody is on call; a shift taken without one lasts a day."""
    now = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
    assert on_duty(None, participants, [], now).user_id is None
    assert shift_end(None, now) == now + timedelta(hours=24)


def test_rotation_turns_follow_the_chosen_people_who_still_facilitate() -> None:
    """Chosen participants keep their order; someone no longer a facilitator drops out."""
    chosen = Rotation(Period.DAILY, time(9, 0), date(2026, 3, 1), "UTC", (30, 10, 99))
    assert chosen.turns([10, 20, 30]) == (30, 10)
    assert _rotation().turns([10, 20]) == (10, 20)
