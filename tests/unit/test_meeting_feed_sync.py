"""Feed sync: compare, plan (added, changed, unchanged, gone, conflicts) and the report."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from bot.meetings.feed_source import source_key
from bot.meetings.feed_sync import SyncPlan, compare, plan_sync, report_lines
from bot.meetings.models import TUESDAY, Frequency, Recurrence
from tests.unit.test_meeting_feed import IN_PERSON, TODAY, _meeting, _read


def test_compare_sorts_added_changed_and_unchanged() -> None:
    """Same slug and fields is unchanged (ids, updated and a weekly start date aside)."""
    weekly = Recurrence(Frequency.WEEKLY, date(2026, 1, 6), weekday=TUESDAY)
    stored = {
        "tuesday-circle": _meeting(weekly),
        "online": _meeting(weekly, slug="online", conference_url="https://zoom.us/j/1"),
        "moved": _meeting(weekly, slug="moved"),
    }
    from_feed = [
        _meeting(replace(weekly, start_date=TODAY), id=0, updated=None),
        _meeting(
            weekly, id=0, slug="online", conference_url="https://zoom.us/j/1", types=("O", "ONL")
        ),
        _meeting(weekly, id=0, slug="moved", start_time=time(19, 30)),
        _meeting(weekly, id=0, slug="new"),
    ]
    added, changed, unchanged = compare(stored, from_feed)
    assert [meeting.slug for meeting in added] == ["new"]
    assert [meeting.slug for meeting in changed] == ["moved"]
    assert [meeting.slug for meeting in unchanged] == ["tuesday-circle", "online"]


def test_compare_counts_the_dates_a_start_date_gives() -> None:
    """A one-off event's date and an every-2-weeks phase count; a whole-cycle shift does not."""
    fortnightly = Recurrence(Frequency.WEEKLY, date(2027, 1, 5), weekday=TUESDAY, interval=2)
    once = Recurrence(Frequency.ONCE, date(2027, 4, 17))
    stored = {"a": _meeting(fortnightly, slug="a"), "b": _meeting(once, slug="b")}
    same_weeks = replace(fortnightly, start_date=date(2027, 1, 14))  # first: 19 Jan
    other_weeks = replace(fortnightly, start_date=date(2027, 1, 7))  # first: 12 Jan
    _, changed, unchanged = compare(
        stored,
        [_meeting(same_weeks, slug="a"), _meeting(replace(once, start_date=TODAY), slug="b")],
    )
    assert ([m.slug for m in changed], [m.slug for m in unchanged]) == (["b"], ["a"])
    _, changed, _ = compare(stored, [_meeting(other_weeks, slug="a")])
    assert [meeting.slug for meeting in changed] == ["a"]


def test_sync_never_overwrites_a_meeting_made_in_the_bot_or_from_another_feed() -> None:
    """Same slug as a facilitator's meeting or another feed's: a conflict; an old import is
    taken over; a meeting of this feed gone from it is reported, an ended one is not."""
    weekly = Recurrence(Frequency.WEEKLY, date(2027, 1, 5), weekday=TUESDAY)
    feed = "https://example.org/feed.json"
    stored = [
        _meeting(weekly, id=1, slug="mine"),
        _meeting(weekly, id=2, slug="old-import"),
        _meeting(weekly, id=3, slug="theirs", source="https://other.example/feed.json"),
        _meeting(weekly, id=4, slug="gone", source=feed),
        _meeting(replace(weekly, until=TODAY.replace(day=1)), id=5, slug="ended", source=feed),
    ]
    incoming = [
        _meeting(weekly, id=0, slug=slug, source=feed) for slug in ("mine", "old-import", "theirs")
    ]
    plan = plan_sync(stored, incoming, feed, TODAY, made_in_bot={1})
    assert [m.slug for m in plan.unchanged] == ["old-import"]
    assert [m.slug for m in plan.gone] == ["gone"]
    assert [c.summary for c in plan.conflicts] == [
        "its slug is already used by a meeting made in the bot (or imported before feeds were"
        " remembered: --adopt takes it over)",
        "its slug is already used by a meeting from another feed",
    ]


def test_report_counts_problems_by_kind_and_keeps_long_lists_short() -> None:
    """Alike problems are counted once with a few examples; 25 new meetings name 20."""
    weekly = Recurrence(Frequency.WEEKLY, date(2027, 1, 5), weekday=TUESDAY)
    late = [{**IN_PERSON, "slug": f"s{i}", "end_time": "7pm"} for i in range(4)]
    read = _read(late)
    plan = SyncPlan(added=[_meeting(weekly, slug=f"m{i}") for i in range(25)])
    lines = report_lines("feed.json", 4, read, plan)
    assert lines[1] == "  25 new, 0 changed, 0 unchanged, 0 no longer in the feed."
    assert "  + ... and 5 more" in lines
    start = lines.index("Imported, with a field left out or changed: 4")
    assert lines[start + 1] == "  4 × end_time is not a time of day (HH:MM); left out"
    assert len(lines) == start + 2 + 3  # three examples


def test_a_changed_weekly_meeting_keeps_its_start_date() -> None:
    """A new time from the feed does not move the series' start to today: past dates stay."""
    stored = _meeting(Recurrence(Frequency.WEEKLY, date(2026, 1, 6), weekday=TUESDAY), id=3)
    incoming = _meeting(
        Recurrence(Frequency.WEEKLY, TODAY, weekday=TUESDAY), id=0, start_time=time(20)
    )
    (changed,) = plan_sync([stored], [incoming], "feed", TODAY).changed
    assert (changed.id, changed.start_time) == (3, time(20))
    assert changed.recurrence.start_date == date(2026, 1, 6)


def test_a_feed_address_is_remembered_without_its_password() -> None:
    """A user name and password in the feed's address never reach the database or a report."""
    key = source_key("https://intergroup:s3cret@example.org/feed.json?x=1")
    assert key == "https://example.org/feed.json?x=1"
