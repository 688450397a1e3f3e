"""Meeting Guide JSON feed: reading with rejections, writing, round trips and comparing."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest

from bot.meetings.feed import NO_WAY_IN, FeedRead, Rejected, read_feed
from bot.meetings.feed_export import write_feed
from bot.meetings.models import (
    FRIDAY,
    LAST,
    MONDAY,
    TUESDAY,
    Attendance,
    Frequency,
    Meeting,
    Recurrence,
)

TODAY = date(2027, 3, 10)
GROUPS = {"Tuesday Circle": -1001, "Morning Light": -1002}
LONDON = "Europe/London"

IN_PERSON = {
    "name": "Tuesday Circle",
    "slug": "tuesday-circle",
    "day": 2,
    "time": "19:00",
    "end_time": "20:30",
    "timezone": "Europe/London",
    "types": ["O", "D"],
    "location": "St Mary's Community Hall",
    "formatted_address": "12 High St, Leeds LS1 4AB, UK",
    "notes": "Ring the bell at the side door.",
    "group": "Tuesday Circle",
    "updated": "2027-02-01 09:30:00",
}
ONLINE = {
    "name": "Morning Light",
    "slug": "morning-light",
    "day": [1, 3, 5],
    "time": "07:30",
    "timezone": "Europe/London",
    "types": ["ONL", "O"],
    "formatted_address": "Leeds, UK",
    "conference_url": "https://zoom.us/j/123456789",
    "conference_url_notes": "Passcode: sunrise",
    "conference_phone": "+44 20 3481 5237,,123456789#",
    "conference_phone_notes": "Meeting ID 123 456 789",
    "group": " morning light ",
}
HYBRID = {
    "name": "Saturday Step Study",
    "day": "6",
    "time": "10:00",
    "end_time": "11:00",
    "location": "Quaker Meeting House",
    "address": "188 Woodhouse Lane",
    "city": "Leeds",
    "postal_code": "LS2 9DX",
    "country": "UK",
    "conference_url": "https://meet.example.org/step-study",
}


def _read(entries: object, default_group: int | None = None) -> FeedRead:
    """Read a feed with the test groups, London as the default zone and TODAY."""
    return read_feed(entries, GROUPS, default_group, LONDON, TODAY)


def _meeting(recurrence: Recurrence, **fields: object) -> Meeting:
    """A meeting as the bot stores it (id 7), with any field replaced."""
    meeting = Meeting(
        id=7,
        group_id=-1001,
        slug="tuesday-circle",
        name="Tuesday Circle",
        recurrence=recurrence,
        start_time=time(19),
        duration_minutes=90,
        timezone=LONDON,
        location="St Mary's Community Hall",
        address="12 High St, Leeds LS1 4AB, UK",
        notes="Ring the bell.\nSide door; upstairs, first left 🌱",
        types=("O",),
        updated=datetime(2027, 2, 1, 9, 30, tzinfo=UTC),
        recovery_group="Tuesday Circle",
    )
    return replace(meeting, **fields)  # type: ignore[arg-type]


def test_realistic_feed_reads_in_person_online_and_hybrid() -> None:
    """A feed with in-person, online (three days) and hybrid entries gives five meetings."""
    found = _read([IN_PERSON, ONLINE, HYBRID], default_group=-1002)
    assert found.rejected == []
    slugs = [meeting.slug for meeting in found.meetings]
    assert slugs == [
        "tuesday-circle",
        "morning-light-1",
        "morning-light-3",
        "morning-light-5",
        "saturday-step-study",
    ]
    circle, monday, _, friday, study = found.meetings
    assert circle.attendance is Attendance.IN_PERSON
    assert circle.recurrence == Recurrence(Frequency.WEEKLY, TODAY, weekday=TUESDAY)
    assert (circle.start_time, circle.duration_minutes, circle.group_id) == (time(19), 90, -1001)
    assert circle.types == ("O", "D")
    assert circle.updated == datetime(2027, 2, 1, 9, 30, tzinfo=UTC)
    assert circle.id == 0
    assert monday.attendance is Attendance.ONLINE
    assert (monday.location, monday.address) == (None, "Leeds, UK")  # only tells the area
    assert (monday.approximate, circle.approximate) == (True, False)
    assert (circle.recovery_group, monday.recovery_group) == ("Tuesday Circle", "morning light")
    assert monday.types == ("O",)
    assert monday.group_id == -1002
    assert monday.recurrence.weekday == MONDAY
    assert friday.recurrence.weekday == FRIDAY
    assert monday.notes == "Meeting ID 123 456 789"
    assert monday.duration_minutes == 60
    assert study.attendance is Attendance.HYBRID
    assert study.address == "188 Woodhouse Lane, Leeds, LS2 9DX, UK"
    assert study.group_id == -1002
    assert study.timezone == LONDON
    assert study.updated is None


def test_strings_are_stripped_and_empty_ones_dropped() -> None:
    """Spaces around values go; empty strings count as missing."""
    entry = {**IN_PERSON, "name": "  Tuesday Circle ", "notes": "   ", "location": ""}
    (meeting,) = _read([entry]).meetings
    assert meeting.name == "Tuesday Circle"
    assert (meeting.notes, meeting.location) == (None, None)


def test_missing_slug_is_made_from_the_name() -> None:
    """Without a slug the name is slugified."""
    entry = {key: value for key, value in IN_PERSON.items() if key != "slug"}
    (meeting,) = _read([{**entry, "name": "Café Serenity"}]).meetings
    assert meeting.slug == "cafe-serenity"


def test_end_time_past_midnight_and_extension_duration() -> None:
    """Duration wraps past midnight; without end_time x_peerbot_duration, else 60, is used."""
    late = {**IN_PERSON, "time": "23:30", "end_time": "00:45"}
    minutes = {**IN_PERSON, "end_time": None, "x_peerbot_duration": 75}
    plain = {**IN_PERSON, "slug": "plain", "end_time": None}
    read = _read([late, {**minutes, "slug": "minutes"}, plain]).meetings
    assert [meeting.duration_minutes for meeting in read] == [75, 75, 60]


def test_approximate_yes_and_temporarily_closed_are_online_only() -> None:
    """An approximate address or a TC (closed in person) online entry is online only."""
    approximate = {**HYBRID, "approximate": "yes"}
    closed = {**HYBRID, "slug": "closed", "types": ["TC"]}
    read = _read([approximate, closed], default_group=-1001).meetings
    assert [meeting.attendance for meeting in read] == [Attendance.ONLINE, Attendance.ONLINE]
    assert read[1].types == ("TC",)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"time": "25:00"}, 'time "25:00" is not a time of day (HH:MM)'),
        ({"time": None}, "time is missing"),
        ({"timezone": "Mars/Base"}, 'unknown time zone "Mars/Base"'),
        ({"group": "Chess Club"}, 'no Telegram group for recovery group "Chess Club"'),
        ({"day": 9}, "day 9 is not 0 (Sunday) to 6 (Saturday)"),
        ({"day": [1, True]}, "day true is not 0 (Sunday) to 6 (Saturday)"),
        ({"day": None}, "day is missing"),
        ({"name": " "}, "name is missing"),
    ],
)
def test_a_missing_name_day_time_or_zone_rejects_the_entry(
    change: dict[str, object], reason: str
) -> None:
    """Only what a meeting cannot be without rejects it, naming the field and the value."""
    found = _read([{**IN_PERSON, **change}, ONLINE], default_group=None)
    assert len(found.rejected) == 1
    rejected = found.rejected[0]
    assert (rejected.index, rejected.reason[: len(reason)]) == (0, reason)
    assert rejected.name == str(change.get("name", IN_PERSON["name"])).strip()
    assert found.meetings[0].slug == "morning-light-1"


@pytest.mark.parametrize(
    "change", [{"location": None, "formatted_address": None}, {"approximate": "yes"}]
)
def test_a_meeting_with_no_place_and_no_link_is_kept_with_a_warning(
    change: dict[str, object],
) -> None:
    """'Email us for the link' meetings are listed: the entry is kept, and the report says
    members see only its notes."""
    found = _read([{**IN_PERSON, **change}, ONLINE], default_group=-1001)
    assert found.rejected == []
    assert "morning-light-1" in [meeting.slug for meeting in found.meetings]
    assert [warning.reason for warning in found.warnings] == [NO_WAY_IN]


@pytest.mark.parametrize(
    ("change", "warning", "kept"),
    [
        ({"end_time": "7pm"}, 'end_time "7pm" is not a time of day (HH:MM); left out', {}),
        ({"conference_url": "zoom"}, 'conference_url "zoom" is not a link; left out', {}),
        (
            {"conference_phone": "call Sam"},
            'conference_phone "call Sam" is not a phone number; left out',
            {},
        ),
        ({"notes": "n" * 2000}, "notes is 2000 characters long (at most 500); left out", {}),
        ({"location": "L" * 201}, "location is 201 characters long (at most 200); left out", {}),
        ({"updated": "last week"}, 'updated "last week" is not a time', {"updated": None}),
        ({"x_peerbot_duration": 0, "end_time": None}, "x_peerbot_duration 0 is not minutes", {}),
        (
            {"x_peerbot_recurrence": {"frequency": "daily"}},
            'x_peerbot_recurrence frequency "daily" is not once/weekly/monthly; left out',
            {},
        ),
        (
            {"slug": "two words"},
            'slug "two words" is not a short word without spaces; "two-words-',
            {"slug": None},
        ),
        ({"name": "x" * 201}, "name is longer than 200 characters; it was cut", {"name": None}),
    ],
)
def test_a_bad_optional_field_is_left_out_with_a_warning(
    change: dict[str, object], warning: str, kept: dict[str, object]
) -> None:
    """One bad optional field drops that field (with a warning), never the meeting."""
    found = _read([{**IN_PERSON, **change}])
    assert found.rejected == []
    (meeting,) = found.meetings
    (problem,) = found.warnings
    assert (problem.index, problem.reason[: len(warning)]) == (0, warning)
    assert meeting.location == (None if "location" in change else IN_PERSON["location"])
    assert meeting.notes == (None if "notes" in change else IN_PERSON["notes"])
    if "updated" in kept:
        assert meeting.updated is None
    if "slug" in kept:
        assert meeting.slug.startswith("two-words-")
    if "name" in kept:
        assert meeting.name == "x" * 200


@pytest.mark.parametrize("types", ["O, D", "O,D,ONL", ["O", "D", 3, "two words"]])
def test_types_may_be_a_list_or_comma_separated_text(types: object) -> None:
    """ "C,M" reads as a list; odd codes are left out; ONL is implied by an online link."""
    (meeting,) = _read([{**ONLINE, "day": 1, "types": types}], default_group=-1).meetings
    assert meeting.types == ("O", "D")


def test_recovery_group_is_kept_and_routes_to_its_telegram_group() -> None:
    """`group` names the recovery group: kept on the meeting, routed by name or default."""
    mapped, unmapped = _read(
        [IN_PERSON, {**IN_PERSON, "slug": "other", "group": "Step Group"}], default_group=-5
    ).meetings
    assert (mapped.recovery_group, mapped.group_id) == ("Tuesday Circle", -1001)
    assert (unmapped.recovery_group, unmapped.group_id) == ("Step Group", -5)


def test_approximate_address_of_an_online_meeting_is_kept() -> None:
    """An online meeting's area ("Leeds, UK") is kept, marked approximate, not a place to go."""
    (meeting, *_) = _read([ONLINE], default_group=-1).meetings
    assert (meeting.address, meeting.approximate) == ("Leeds, UK", True)
    assert meeting.attendance is Attendance.ONLINE


def test_twelve_hour_times_and_us_dates_of_real_feeds_are_read() -> None:
    """ "11:00 AM", "7:30 pm" and "8/25/2022 11:17:07 AM" (as Edmonton publishes) are read."""
    entries = [
        {**IN_PERSON, "time": "11:00 AM", "end_time": None, "updated": "8/25/2022 11:17:07 AM"},
        {**IN_PERSON, "slug": "pm", "time": "7:30 pm", "end_time": None, "updated": "8/29/2021"},
        {**IN_PERSON, "slug": "noon", "time": "12:15 PM", "end_time": None},
    ]
    found = _read(entries)
    assert [m.start_time for m in found.meetings] == [time(11), time(19, 30), time(12, 15)]
    assert found.meetings[0].updated == datetime(2022, 8, 25, 11, 17, 7, tzinfo=UTC)
    assert found.meetings[1].updated == datetime(2021, 8, 29, tzinfo=UTC)


def test_a_phone_with_a_lettered_passcode_keeps_the_number() -> None:
    """A one-tap dial-in with letters keeps the part that can be dialled, with a warning."""
    phone = "+15873281099,,82900440659#,,#,,M1F3TTRlakdHUDg4Ukl0VjFZSHo5QT09#"
    (meeting,) = _read([{**ONLINE, "day": 1, "conference_phone": phone}], -1).meetings
    assert meeting.conference_phone == "+15873281099,,82900440659#,,#"


def test_source_id_is_kept_and_suffixed_per_day() -> None:
    """The feed's `id` is kept to find the meeting again; a day list suffixes it like the slug."""
    read = _read([{**IN_PERSON, "id": 3659}, {**ONLINE, "id": "77"}], default_group=-1)
    assert [m.source_id for m in read.meetings] == ["3659", "77-1", "77-3", "77-5"]


def test_duplicate_slug_keeps_the_first() -> None:
    """A slug seen earlier in the feed rejects the later entry."""
    found = _read([IN_PERSON, {**IN_PERSON, "name": "Copy"}])
    assert [meeting.name for meeting in found.meetings] == ["Tuesday Circle"]
    (rejected,) = found.rejected
    assert (rejected.index, rejected.name) == (1, "Copy")
    assert rejected.reason == 'slug "tuesday-circle" is already used by an earlier entry'


@pytest.mark.parametrize("feed", [{"meetings": []}, "[]", None, 3])
def test_a_feed_that_is_not_a_list_is_rejected(feed: object) -> None:
    """Anything but a JSON array gives one rejection at index -1."""
    reason = "the feed is not a list of meetings"
    assert _read(feed) == FeedRead([], [Rejected(-1, "", reason, reason)])


def test_an_entry_that_is_not_an_object_is_rejected() -> None:
    """A string or number in the list is rejected; the rest is read."""
    found = _read(["Tuesday Circle", 5, IN_PERSON])
    assert [meeting.slug for meeting in found.meetings] == ["tuesday-circle"]
    assert [(r.index, r.reason) for r in found.rejected] == [
        (0, "entry is not an object"),
        (1, "entry is not an object"),
    ]


def test_day_list_without_repeats_and_single_day_list_gets_suffix() -> None:
    """Repeated days count once; a list of one day still suffixes the slug."""
    read = _read([{**IN_PERSON, "day": [4, 4]}]).meetings
    assert [(meeting.slug, meeting.recurrence.weekday) for meeting in read] == [
        ("tuesday-circle-4", 4)
    ]


@pytest.mark.parametrize(
    "recurrence",
    [
        Recurrence(Frequency.WEEKLY, date(2027, 1, 5), weekday=TUESDAY),
        Recurrence(Frequency.WEEKLY, date(2027, 1, 5), weekday=TUESDAY, interval=2),
        Recurrence(
            Frequency.MONTHLY, date(2027, 1, 1), weekday=FRIDAY, nth=LAST, until=date(2027, 12, 31)
        ),
        Recurrence(Frequency.ONCE, date(2027, 4, 17)),
    ],
    ids=["weekly", "every-2-weeks", "last-friday", "once"],
)
def test_write_then_read_gives_the_same_meetings(recurrence: Recurrence) -> None:
    """An export read back (through JSON) equals the meetings, but for the id."""
    meetings = [
        _meeting(recurrence),
        _meeting(
            recurrence,
            slug="online",
            location=None,
            address=None,
            conference_url="https://zoom.us/j/1",
            conference_url_notes="Passcode: 7",
            conference_phone="+44 20 1234 5678",
            duration_minutes=45,
            types=(),
        ),
        _meeting(recurrence, slug="late", start_time=time(23, 15), conference_url="https://x.org"),
    ]
    feed = json.loads(json.dumps(write_feed(meetings, TODAY)))
    found = _read(feed)
    assert found.rejected == []
    assert found.meetings == [replace(meeting, id=0) for meeting in meetings]


def test_write_feed_shape() -> None:
    """A one-off event is an entry of its date: reserved types only, no ONL, no None values."""
    online = _meeting(
        Recurrence(Frequency.ONCE, date(2027, 4, 17)),
        location=None,
        address=None,
        notes=None,
        conference_url="https://zoom.us/j/1",
        recovery_group=None,
        types=("O", "ONL", "XYZ"),
    )
    (entry,) = write_feed([online], TODAY)
    assert entry == {
        "name": "Tuesday Circle",
        "slug": "tuesday-circle-2027-04-17",
        "day": 6,  # 17 April 2027 is a Saturday
        "time": "19:00",
        "end_time": "20:30",
        "timezone": LONDON,
        "types": ["O"],
        "conference_url": "https://zoom.us/j/1",
        "notes": "Only on Saturday 17 April 2027 (a one-off meeting).",
        "updated": "2027-02-01 09:30:00",
        "x_peerbot_types": ["O", "ONL", "XYZ"],
        "x_peerbot_series": "tuesday-circle",
        "x_peerbot_recurrence": {
            "frequency": "once",
            "interval": 1,
            "nth": None,
            "start_date": "2027-04-17",
            "until": None,
        },
        "x_peerbot_duration": 90,
    }
