"""The meeting conversation's steps: their order and how typed answers are read."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.meetings.draft_steps import Reading, next_step, read_answer, split_place
from bot.meetings.draft_values import (
    edited,
    first_on_or_after,
    has_place_or_link,
    meeting_of,
    recurrence_of,
)
from bot.meetings.models import Frequency, Meeting, Recurrence

# Wednesday 2 December 2026, 10:00 in London.
NOW = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)
LONDON = Reading(NOW, "Europe/London")
TODAY = date(2026, 12, 2)


def test_add_steps_follow_the_frequency() -> None:
    """Weekly skips nth and date; monthly asks nth then day; once asks the date, not the day."""
    assert next_step({"mode": "add"}, "name") == "freq"
    assert next_step({"mode": "add", "freq": "weekly"}, "freq") == "day"
    assert next_step({"mode": "add", "freq": "weekly"}, "day") == "time"
    assert next_step({"mode": "add", "freq": "monthly"}, "freq") == "nth"
    assert next_step({"mode": "add", "freq": "monthly"}, "nth") == "day"
    assert next_step({"mode": "add", "freq": "once"}, "freq") == "date"
    assert next_step({"mode": "add"}, "link") == "notes"
    assert next_step({"mode": "add"}, "notes") == "confirm"


def test_a_changed_answer_returns_to_the_preview() -> None:
    """From the preview, one field's steps are asked (the schedule's by frequency), then the
    preview again."""
    assert next_step({"mode": "add", "redo": "time"}, "time") == "confirm"
    schedule = {"mode": "add", "redo": "schedule", "freq": "monthly"}
    assert next_step(schedule, "freq") == "nth"
    assert next_step(schedule, "nth") == "day"
    assert next_step(schedule, "day") == "confirm"
    assert next_step({"mode": "add", "redo": "link"}, "place") == "confirm"


def test_edit_and_change_flows_end_where_they_should() -> None:
    """An edit members are told of ends in its preview (confirm), a new name or notes in save;
    the schedule after its day; moves ask a time."""
    assert next_step({"mode": "edit", "field": "time"}, "time") == "confirm"
    assert next_step({"mode": "edit", "field": "notes"}, "notes") == "save"
    assert next_step({"mode": "edit", "field": "name"}, "name") == "save"
    schedule = {"mode": "edit", "field": "schedule", "freq": "biweekly"}
    assert next_step(schedule, "freq") == "day"
    assert next_step(schedule, "day") == "confirm"
    assert next_step({"mode": "move"}, "on") == "newtime"
    assert next_step({"mode": "cancel"}, "on") == "reason"
    assert next_step({"mode": "end"}, "last") == "confirm"


@pytest.mark.parametrize(
    ("step", "text", "values"),
    [
        ("name", "  Tuesday   Circle ", {"name": "Tuesday Circle"}),
        ("day", "jueves", {"day": 4}),
        ("date", "5 Dec", {"date": "2026-12-05"}),
        ("time", "7pm", {"time": "19:00"}),
        ("duration", "1h30", {"duration": 90}),
        ("zone", "new york", {"zone": "America/New_York"}),
        ("link", "https://zoom.us/j/1", {"link": "https://zoom.us/j/1"}),
        ("reason", "Hall closed", {"reason": "Hall closed"}),
        ("last", "2026-12-20", {"last": "2026-12-20"}),
    ],
)
def test_good_answers_become_values(step: str, text: str, values: dict[str, object]) -> None:
    """Each typed step reads its usual forms into JSON-friendly values."""
    answer = read_answer(step, text, LONDON)
    assert answer.problem is None
    assert answer.values == values


@pytest.mark.parametrize(
    ("step", "text", "problem"),
    [
        ("name", "x", "mte-bad-name"),
        ("day", "someday", "mte-bad-day"),
        ("date", "2026-11-30", "mte-date-past"),
        ("date", "the 40th", "mte-bad-date"),
        ("time", "25:00", "mte-bad-time"),
        ("time", "soon", "mte-bad-time"),
        ("duration", "forever", "mte-bad-duration"),
        ("zone", "Mars/Base", "mte-bad-zone"),
        ("link", "zoom", "mte-bad-link"),
        ("link", "javascript:alert(1)", "mte-bad-link"),
        ("link", "http://zoom.us/j/1", "mte-bad-link"),
        ("place", "x", "mte-bad-place"),
        ("newtime", "whenever", "mte-bad-datetime"),
        ("newtime", "2 Dec 09:00", "mte-datetime-past"),
        ("confirm", "yes", "mte-use-buttons"),
    ],
)
def test_bad_answers_name_their_problem(step: str, text: str, problem: str) -> None:
    """Unreadable, past or unsafe answers give the id of the text that explains them."""
    assert read_answer(step, text, LONDON).problem == problem


def test_a_moved_time_is_read_in_the_meetings_zone() -> None:
    """'tomorrow 19:30' is the next day at 19:30 in the reading's zone."""
    answer = read_answer("newtime", "tomorrow 19:30", LONDON)
    expected = datetime(2026, 12, 3, 19, 30, tzinfo=ZoneInfo("Europe/London"))
    assert datetime.fromisoformat(answer.values["new_start"]) == expected


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("St Mary's Hall, 12 High St, Leeds", ("St Mary's Hall", "12 High St, Leeds")),
        ("12 High St, Leeds", (None, "12 High St, Leeds")),
        ("Community Centre", ("Community Centre", None)),
    ],
)
def test_places_split_into_name_and_address(
    text: str, parts: tuple[str | None, str | None]
) -> None:
    """A name before an address with a number is split; an address alone is an address."""
    assert split_place(text) == parts


def test_rules_start_today_or_on_the_first_chosen_day() -> None:
    """Weekly and monthly start today; every 2 weeks starts on the first chosen weekday."""
    assert recurrence_of({"freq": "weekly", "day": 1}, TODAY) == Recurrence(
        Frequency.WEEKLY, TODAY, weekday=1
    )
    biweekly = recurrence_of({"freq": "biweekly", "day": 5}, TODAY)
    assert (biweekly.start_date, biweekly.interval) == (date(2026, 12, 4), 2)
    monthly = recurrence_of({"freq": "monthly", "day": 5, "nth": -1}, TODAY)
    assert (monthly.frequency, monthly.nth, monthly.weekday) == (Frequency.MONTHLY, -1, 5)
    assert first_on_or_after(3, TODAY) == TODAY, "Wednesday is today"


def test_a_finished_draft_builds_the_meeting_and_edits_keep_the_rest() -> None:
    """meeting_of uses every answer; an edit changes only its field."""
    data = {
        "group_id": -5,
        "name": "Café Circle",
        "freq": "once",
        "date": "2026-12-24",
        "time": "18:00",
        "duration": 60,
        "zone": "Europe/Madrid",
        "location": None,
        "address": None,
        "link": "https://zoom.us/j/1",
    }
    meeting = meeting_of(data, TODAY)
    assert (meeting.slug, meeting.recurrence.frequency) == ("cafe-circle", Frequency.ONCE)
    assert has_place_or_link(meeting)
    renamed = edited(meeting, {"field": "name", "name": "Tea Circle"}, TODAY)
    assert (renamed.name, renamed.slug, renamed.start_time) == (
        "Tea Circle",
        "cafe-circle",
        time(18),
    )
    offline = edited(meeting, {"field": "link", "link": None}, TODAY)
    assert not has_place_or_link(offline)
    assert isinstance(offline, Meeting)
