"""Export as a Meeting Guide feed: what other apps read (dates, types, areas, updated)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from bot.meetings.feed_export import write_feed
from bot.meetings.models import (
    FRIDAY,
    LAST,
    TUESDAY,
    Change,
    ChangeKind,
    Frequency,
    Meeting,
    Recurrence,
)
from tests.unit.meeting_guide_spec import has_location, problems

TODAY = date(2027, 3, 10)  # a Wednesday


def _meeting(recurrence: Recurrence, **fields: object) -> Meeting:
    """A stored meeting with this rule (and any field given)."""
    base: dict[str, object] = {
        "id": 1,
        "group_id": -1,
        "slug": "circle",
        "name": "Circle",
        "recurrence": recurrence,
        "start_time": time(19),
        "duration_minutes": 60,
        "timezone": "Europe/Paris",
        "location": "Salle des fêtes",
        "address": "1 rue de la Paix, 75002 Paris, France",
        "updated": datetime(2026, 5, 1, 8, 0, tzinfo=UTC),
    }
    return Meeting(**{**base, **fields})  # type: ignore[arg-type]


def test_a_monthly_meeting_is_one_entry_per_date_in_the_next_eight_weeks() -> None:
    """The last Friday: 26 March and 30 April, each its own entry with the date in the notes."""
    rule = Recurrence(Frequency.MONTHLY, date(2027, 1, 1), weekday=FRIDAY, nth=LAST)
    entries = write_feed([_meeting(rule, notes="Bring a friend.")], TODAY)
    assert [(e["slug"], e["day"]) for e in entries] == [
        ("circle-2027-03-26", FRIDAY),
        ("circle-2027-04-30", FRIDAY),
    ]
    assert entries[0]["notes"] == (
        "Only on Friday 26 March 2027 (meets on the last Friday of the month).\nBring a friend."
    )
    assert problems(entries) == []


def test_a_cancelled_date_is_left_out_and_a_moved_one_written_at_its_new_time() -> None:
    """Every other Tuesday: 30 March cancelled, 13 April moved to Wednesday 14 at 18:30."""
    fortnightly = Recurrence(Frequency.WEEKLY, date(2027, 3, 16), weekday=TUESDAY, interval=2)
    moved_to = datetime(2027, 4, 14, 18, 30, tzinfo=ZoneInfo("Europe/Paris"))
    changes = {
        1: [
            Change(1, date(2027, 3, 30), ChangeKind.CANCELLED, reason="Hall closed"),
            Change(1, date(2027, 4, 13), ChangeKind.MOVED, new_start=moved_to),
        ]
    }
    entries = write_feed([_meeting(fortnightly)], TODAY, changes=changes)
    assert [(e["slug"], e["day"], e["time"]) for e in entries] == [
        ("circle-2027-03-16", TUESDAY, "19:00"),
        ("circle-2027-04-14", TUESDAY + 1, "18:30"),
        ("circle-2027-04-27", TUESDAY, "19:00"),
    ]
    assert all("Hall closed" not in str(entry) for entry in entries)
    assert problems(entries) == []


def test_a_date_moved_from_before_today_to_after_it_is_written() -> None:
    """Every other Tuesday: the 2 March date (before today, 10 March) moved to 12 March."""
    fortnightly = Recurrence(Frequency.WEEKLY, date(2027, 3, 2), weekday=TUESDAY, interval=2)
    moved_to = datetime(2027, 3, 12, 19, 0, tzinfo=ZoneInfo("Europe/Paris"))
    changes = {1: [Change(1, date(2027, 3, 2), ChangeKind.MOVED, new_start=moved_to)]}
    entries = write_feed([_meeting(fortnightly)], TODAY, changes=changes)
    assert [e["slug"] for e in entries][:2] == ["circle-2027-03-12", "circle-2027-03-16"]


def test_every_two_weeks_and_ended_meetings() -> None:
    """Every other Tuesday gives four dates in eight weeks; an ended series gives nothing."""
    fortnightly = Recurrence(Frequency.WEEKLY, date(2027, 3, 16), weekday=TUESDAY, interval=2)
    ended = Recurrence(
        Frequency.WEEKLY, date(2026, 1, 6), weekday=TUESDAY, until=TODAY.replace(day=1)
    )
    entries = write_feed([_meeting(fortnightly), _meeting(ended, slug="old")], TODAY)
    assert [e["slug"] for e in entries] == [
        "circle-2027-03-16",
        "circle-2027-03-30",
        "circle-2027-04-13",
        "circle-2027-04-27",
    ]
    assert all("every 2 weeks" in str(e["notes"]) for e in entries)


def test_only_reserved_types_are_written_custom_ones_aside() -> None:
    """An unknown code and ONL stay out of `types`; every code is kept in x_peerbot_types."""
    weekly = Recurrence(Frequency.WEEKLY, date(2027, 1, 5), weekday=TUESDAY)
    (entry,) = write_feed([_meeting(weekly, types=("O", "QUIET", "ONL", "W"))], TODAY)
    assert entry["types"] == ["O", "W"]
    assert entry["x_peerbot_types"] == ["O", "QUIET", "ONL", "W"]
    assert problems([entry]) == []


def test_an_online_meeting_keeps_its_approximate_area_and_updated_time() -> None:
    """The area of an online meeting is written with approximate "yes"; updated is kept."""
    weekly = Recurrence(Frequency.WEEKLY, date(2027, 1, 5), weekday=TUESDAY)
    online = _meeting(
        weekly,
        location=None,
        address="Paris, France",
        approximate=True,
        conference_url="https://meet.example.org/circle",
    )
    (entry,) = write_feed([online], TODAY)
    assert (entry["formatted_address"], entry["approximate"]) == ("Paris, France", "yes")
    assert entry["updated"] == "2026-05-01 08:00:00"
    assert has_location(entry)
    assert problems([entry]) == []
