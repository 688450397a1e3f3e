"""Facilitators add, edit, cancel, move and end meetings through real handlers and buttons."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.app import services_of
from bot.devtools.emulator import StoredMessage
from bot.domain.buttons.meeting_editing import (
    AddForGroup,
    ChangeMode,
    ChooseDate,
    ChooseDuration,
    ChooseField,
    ChooseFrequency,
    ChooseLast,
    ChooseNth,
    ChooseWeekday,
    ChooseZone,
    ConfirmChange,
    GroupPostChoices,
    KeepZone,
    LastDate,
    PickMeeting,
    SaveMeeting,
    SetGroupPost,
    SkipStep,
    StopDraft,
)
from bot.domain.clock import iso
from bot.domain.models import Person
from bot.meetings.draft_values import first_on_or_after
from bot.meetings.models import ChangeKind, Frequency, Meeting, Recurrence
from bot.meetings.recurrence import upcoming_dates
from bot.services.container import Services
from tests.handlers.conftest import ADMIN_ID, HandlerHarness, running_app

FACILITATOR = 640_000_001
OTHER_FACILITATOR = 640_000_002
MEMBER = 640_000_003
LONDON = ZoneInfo("Europe/London")


def _today(zone: ZoneInfo = LONDON) -> date:
    """Today's date in a zone."""
    return datetime.now(UTC).astimezone(zone).date()


async def _setup(harness: HandlerHarness) -> tuple[int, int]:
    """Camden circle (London, facilitated by FACILITATOR) and Leeds circle (OTHER_FACILITATOR)."""
    core, services = harness.core, services_of(harness.app)
    for user_id, name in (
        (FACILITATOR, "Fay"),
        (OTHER_FACILITATOR, "Olu"),
        (MEMBER, "Max"),
        (ADMIN_ID, "Ada"),
    ):
        core.add_user(name, user_id, language_code="en")
        await services.members.consent(Person(user_id, name, None, "en"), "en", "Europe/London")
    camden = core.add_group("Camden circle", bot_is_member=False)
    leeds = core.add_group("Leeds circle", bot_is_member=False)
    for group in (camden, leeds):
        core.add_bot_to_group(group.id, ADMIN_ID)
    await harness.deliver()
    await services.groups.groups.db.write(
        "UPDATE groups SET timezone = 'Europe/London' WHERE chat_id = ?", (camden.id,)
    )
    now = iso(datetime.now(UTC))
    await services.roles.roles.add_facilitator(camden.id, FACILITATOR, ADMIN_ID, now)
    await services.roles.roles.add_facilitator(leeds.id, OTHER_FACILITATOR, ADMIN_ID, now)
    return camden.id, leeds.id


async def _meeting(services: Services, group_id: int, weekday: int = 2) -> Meeting:
    """Store a weekly meeting (on Tuesdays unless told) at St Mary's Hall for the group."""
    rule = Recurrence(Frequency.WEEKLY, _today(), weekday=weekday)
    meeting = Meeting(
        0,
        group_id,
        "tuesday",
        "Tuesday Circle",
        rule,
        time(19),
        90,
        "Europe/London",
        location="St Mary's Hall",
    )
    return await services.meetings.add(meeting, by=ADMIN_ID)


def _data(message: StoredMessage) -> list[str]:
    """The callback data of a message's buttons."""
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    return [str(button.get("callback_data", "")) for row in rows for button in row]


async def _tap(
    harness: HandlerHarness, user_id: int, message: StoredMessage, data: str
) -> list[StoredMessage]:
    """Press a button the message really offers; return the bot's new messages."""
    assert data in _data(message), f"{data} not in {_data(message)}"
    mark = harness.core.mark()
    await harness.press(user_id, message, data)
    return harness.new_messages(user_id, mark.message_seq)


async def _answers(harness: HandlerHarness, user_id: int, *texts: str) -> StoredMessage:
    """Type answers one after another; return the bot's last message."""
    last: list[StoredMessage] = []
    for text in texts:
        last = await harness.send(user_id, text)
        assert last, f"no answer to {text!r}"
    return last[-1]


def _text(message: StoredMessage) -> str:
    """A message's visible text."""
    return message.plain_text or ""


async def _step(harness: HandlerHarness, user_id: int) -> str | None:
    """The step of a person's meeting conversation, or None."""
    draft = await services_of(harness.app).meeting_drafts.get(user_id)
    return draft.step if draft else None


async def _through_name(harness: HandlerHarness, name: str) -> StoredMessage:
    """Start /addmeeting as the facilitator, give the name; return the frequency question."""
    [ask_name] = await harness.send(FACILITATOR, "/addmeeting")
    assert "What is the meeting called" in _text(ask_name)
    [how_often] = await harness.send(FACILITATOR, name)
    assert "How often" in _text(how_often)
    return how_often


async def _stored(harness: HandlerHarness, group_id: int) -> Meeting:
    """The one meeting of a group."""
    [meeting] = await services_of(harness.app).meetings.of_groups([group_id])
    return meeting


async def test_add_a_weekly_meeting_by_buttons_and_answers(harness: HandlerHarness) -> None:
    """Weekly on Tuesday at 19:00 for 90 min in London's zone, at a hall: stored as answered."""
    camden, _ = await _setup(harness)
    how_often = await _through_name(harness, "Tuesday Evening Circle")
    [day] = await _tap(harness, FACILITATOR, how_often, ChooseFrequency("weekly").pack())
    assert "Tue" in day.button_texts()
    [ask_time] = await _tap(harness, FACILITATOR, day, ChooseWeekday(2).pack())
    assert "What time" in _text(ask_time)
    duration = await _answers(harness, FACILITATOR, "19:00")
    [zone] = await _tap(harness, FACILITATOR, duration, ChooseDuration(90).pack())
    assert "Keep Europe/London" in zone.button_texts()
    [_place] = await _tap(harness, FACILITATOR, zone, KeepZone().pack())
    link = await _answers(harness, FACILITATOR, "St Mary's Hall, 12 High St, London")
    [notes] = await _tap(harness, FACILITATOR, link, SkipStep("link").pack())
    assert "Anything members should know" in _text(notes)
    [preview] = await _tap(harness, FACILITATOR, notes, SkipStep("notes").pack())
    assert "how members will see it" in _text(preview)
    assert "Every Tuesday" in _text(preview)
    assert "St Mary's Hall" in _text(preview)
    [saved] = await _tap(harness, FACILITATOR, preview, SaveMeeting().pack())
    assert "Saved: Tuesday Evening Circle" in _text(saved)
    assert "/next" in _text(saved)
    meeting = await _stored(harness, camden)
    assert meeting.recurrence == Recurrence(Frequency.WEEKLY, _today(), weekday=2)
    assert (meeting.start_time, meeting.duration_minutes) == (time(19), 90)
    assert (meeting.timezone, meeting.slug) == ("Europe/London", "tuesday-evening-circle")
    assert (meeting.location, meeting.address) == ("St Mary's Hall", "12 High St, London")
    assert meeting.conference_url is None
    assert await _step(harness, FACILITATOR) is None, "the draft is gone once saved"


async def test_add_every_two_weeks_online_with_typed_answers(harness: HandlerHarness) -> None:
    """Every 2 weeks on Thursday, typed length and city zone, online only: interval 2; the
    link typed as copied from an invitation (no https://) is completed."""
    camden, _ = await _setup(harness)
    how_often = await _through_name(harness, "Online Peers")
    [day] = await _tap(harness, FACILITATOR, how_often, ChooseFrequency("biweekly").pack())
    await _tap(harness, FACILITATOR, day, ChooseWeekday(4).pack())
    place = await _answers(harness, FACILITATOR, "7.30pm", "1h30", "Madrid")
    [link] = await _tap(harness, FACILITATOR, place, SkipStep("place").pack())
    notes = await _answers(harness, FACILITATOR, "zoom.us/j/123456789")
    [preview] = await _tap(harness, FACILITATOR, notes, SkipStep("notes").pack())
    await _tap(harness, FACILITATOR, preview, SaveMeeting().pack())
    meeting = await _stored(harness, camden)
    madrid = ZoneInfo("Europe/Madrid")
    expected = Recurrence(
        Frequency.WEEKLY, first_on_or_after(4, _today(madrid)), weekday=4, interval=2
    )
    assert meeting.recurrence == expected
    assert (meeting.start_time, meeting.duration_minutes) == (time(19, 30), 90)
    assert meeting.timezone == "Europe/Madrid"
    assert (meeting.location, meeting.address) == (None, None)
    assert meeting.conference_url == "https://zoom.us/j/123456789"
    assert "What link" in _text(link)


async def test_a_zone_typo_offers_the_closest_zones_and_a_tap_takes_one(
    harness: HandlerHarness,
) -> None:
    """At the zone step 'Barcelna' is not guessed: the closest zones come as buttons (above
    Keep); tapping one moves on, and the meeting keeps that zone."""
    camden, _ = await _setup(harness)
    how_often = await _through_name(harness, "Barcelona Peers")
    [day] = await _tap(harness, FACILITATOR, how_often, ChooseFrequency("weekly").pack())
    await _tap(harness, FACILITATOR, day, ChooseWeekday(4).pack())
    unsure = await _answers(harness, FACILITATOR, "19:00", "90", "Barcelna")
    assert "Did you mean one of these?" in _text(unsure)
    assert unsure.button_texts()[0] == "Barcelona · Europe/Madrid"
    assert await _step(harness, FACILITATOR) == "zone"
    [place] = await _tap(harness, FACILITATOR, unsure, ChooseZone("Europe/Madrid").pack())
    assert await _step(harness, FACILITATOR) == "place"
    [link] = await _tap(harness, FACILITATOR, place, SkipStep("place").pack())
    notes = await _answers(harness, FACILITATOR, "https://meet.example.org/bcn")
    [preview] = await _tap(harness, FACILITATOR, notes, SkipStep("notes").pack())
    await _tap(harness, FACILITATOR, preview, SaveMeeting().pack())
    assert (await _stored(harness, camden)).timezone == "Europe/Madrid"
    assert "What link" in _text(link)


async def test_add_a_monthly_meeting_on_the_last_friday(harness: HandlerHarness) -> None:
    """Monthly, last Friday, 7pm for 2 hours: a MONTHLY rule with nth LAST."""
    camden, _ = await _setup(harness)
    how_often = await _through_name(harness, "Last Friday Social")
    [nth] = await _tap(harness, FACILITATOR, how_often, ChooseFrequency("monthly").pack())
    assert "Last" in nth.button_texts()
    [day] = await _tap(harness, FACILITATOR, nth, ChooseNth(-1).pack())
    await _tap(harness, FACILITATOR, day, ChooseWeekday(5).pack())
    duration = await _answers(harness, FACILITATOR, "7pm")
    [zone] = await _tap(harness, FACILITATOR, duration, ChooseDuration(120).pack())
    [_place] = await _tap(harness, FACILITATOR, zone, KeepZone().pack())
    preview = await _answers(
        harness, FACILITATOR, "Community Centre", "https://meet.example.org/x", "Side door"
    )
    assert "The last Friday of every month" in _text(preview)
    assert "Side door" in _text(preview)
    await _tap(harness, FACILITATOR, preview, SaveMeeting().pack())
    meeting = await _stored(harness, camden)
    assert meeting.recurrence == Recurrence(Frequency.MONTHLY, _today(), weekday=5, nth=-1)
    assert (meeting.start_time, meeting.duration_minutes) == (time(19), 120)
    assert (meeting.location, meeting.conference_url) == (
        "Community Centre",
        "https://meet.example.org/x",
    )


async def test_add_a_one_off_meeting_on_a_typed_date(harness: HandlerHarness) -> None:
    """Once, on a typed ISO date ten days ahead: a ONCE rule on that date."""
    camden, _ = await _setup(harness)
    on = _today() + timedelta(days=10)
    how_often = await _through_name(harness, "Winter Picnic")
    [ask_date] = await _tap(harness, FACILITATOR, how_often, ChooseFrequency("once").pack())
    assert "On which date" in _text(ask_date)
    duration = await _answers(harness, FACILITATOR, on.isoformat(), "11:00")
    [zone] = await _tap(harness, FACILITATOR, duration, ChooseDuration(60).pack())
    await _tap(harness, FACILITATOR, zone, KeepZone().pack())
    notes = await _answers(harness, FACILITATOR, "Regent's Park bandstand", "https://zoom.us/j/1")
    [preview] = await _tap(harness, FACILITATOR, notes, SkipStep("notes").pack())
    await _tap(harness, FACILITATOR, preview, SaveMeeting().pack())
    meeting = await _stored(harness, camden)
    assert meeting.recurrence == Recurrence(Frequency.ONCE, on)
    assert meeting.start_time == time(11)


async def _to_preview(harness: HandlerHarness, name: str) -> StoredMessage:
    """A weekly Tuesday meeting at 19:00, 90 min, at a hall, no link: return the notes question."""
    how_often = await _through_name(harness, name)
    [day] = await _tap(harness, FACILITATOR, how_often, ChooseFrequency("weekly").pack())
    await _tap(harness, FACILITATOR, day, ChooseWeekday(2).pack())
    duration = await _answers(harness, FACILITATOR, "19:00")
    [zone] = await _tap(harness, FACILITATOR, duration, ChooseDuration(90).pack())
    await _tap(harness, FACILITATOR, zone, KeepZone().pack())
    link = await _answers(harness, FACILITATOR, "St Mary's Hall, 12 High St")
    [notes] = await _tap(harness, FACILITATOR, link, SkipStep("link").pack())
    return notes


async def test_notes_are_asked_limited_and_escaped(harness: HandlerHarness) -> None:
    """The notes step takes up to 300 characters; markup in them is shown as typed, and saved."""
    camden, _ = await _setup(harness)
    notes = await _to_preview(harness, "Notes Circle")
    assert "Anything members should know" in _text(notes)
    assert "No notes" in notes.button_texts()
    await _expect_problem(harness, "x" * 301, ["under 300 characters"], "notes")
    typed = "Ring the <b>side</b> bell & wait"
    preview = await _answers(harness, FACILITATOR, typed)
    assert typed in _text(preview), "shown as typed, not as bold"
    assert "&lt;b&gt;side&lt;/b&gt; bell &amp; wait" in (preview.text or "")
    await _tap(harness, FACILITATOR, preview, SaveMeeting().pack())
    assert (await _stored(harness, camden)).notes == typed


async def test_preview_answers_can_be_changed_before_saving(harness: HandlerHarness) -> None:
    """'Change ...' buttons re-ask just that answer and come back to the preview: the time,
    the day and how often, the place, the link and the notes; then Save stores the changes."""
    camden, _ = await _setup(harness)
    notes = await _to_preview(harness, "Change Circle")
    [preview] = await _tap(harness, FACILITATOR, notes, SkipStep("notes").pack())
    labels = preview.button_texts()
    for label in ("Change name", "Change day", "Change time", "Change place", "Change link"):
        assert any(label in text for text in labels), (label, labels)
    assert any("Change notes" in text for text in labels)
    [ask_time] = await _tap(harness, FACILITATOR, preview, ChooseField("time").pack())
    assert "What time" in _text(ask_time)
    preview = await _answers(harness, FACILITATOR, "18:30")
    assert "how members will see it" in _text(preview)
    assert "18:30" in _text(preview)
    assert await _step(harness, FACILITATOR) == "confirm"
    [how_often] = await _tap(harness, FACILITATOR, preview, ChooseField("schedule").pack())
    [day] = await _tap(harness, FACILITATOR, how_often, ChooseFrequency("weekly").pack())
    [preview] = await _tap(harness, FACILITATOR, day, ChooseWeekday(3).pack())
    assert "Every Wednesday" in _text(preview)
    [ask_link] = await _tap(harness, FACILITATOR, preview, ChooseField("link").pack())
    assert "What link" in _text(ask_link)
    preview = await _answers(harness, FACILITATOR, "meet.example.org/change")
    assert "https://meet.example.org/change" in _text(preview)
    [ask_place] = await _tap(harness, FACILITATOR, preview, ChooseField("place").pack())
    [preview] = await _tap(harness, FACILITATOR, ask_place, SkipStep("place").pack())
    assert "St Mary's Hall" not in _text(preview), "online only now"
    [ask_notes] = await _tap(harness, FACILITATOR, preview, ChooseField("notes").pack())
    assert "Anything members should know" in _text(ask_notes)
    preview = await _answers(harness, FACILITATOR, "Camera optional")
    assert "Camera optional" in _text(preview)
    [ask_name] = await _tap(harness, FACILITATOR, preview, ChooseField("name").pack())
    assert "What is the meeting called" in _text(ask_name)
    preview = await _answers(harness, FACILITATOR, "Wednesday Circle")
    assert "Wednesday Circle" in _text(preview)
    await _tap(harness, FACILITATOR, preview, SaveMeeting().pack())
    meeting = await _stored(harness, camden)
    assert (meeting.name, meeting.start_time, meeting.recurrence.weekday) == (
        "Wednesday Circle",
        time(18, 30),
        3,
    )
    assert (meeting.location, meeting.conference_url) == (None, "https://meet.example.org/change")
    assert meeting.notes == "Camera optional"


async def test_a_changed_answer_still_needs_a_place_or_link(harness: HandlerHarness) -> None:
    """Changing the place to 'Online only' with no link asks for a place again; nothing lost."""
    await _setup(harness)
    notes = await _to_preview(harness, "Place Circle")
    [preview] = await _tap(harness, FACILITATOR, notes, SkipStep("notes").pack())
    [ask_place] = await _tap(harness, FACILITATOR, preview, ChooseField("place").pack())
    said = await _tap(harness, FACILITATOR, ask_place, SkipStep("place").pack())
    assert "where to go or how to join" in _text(said[0])
    assert await _step(harness, FACILITATOR) == "place"
    preview = await _answers(harness, FACILITATOR, "Library, 1 Main St")
    assert "how members will see it" in _text(preview)


async def _expect_problem(
    harness: HandlerHarness, text: str, words: list[str], step: str
) -> StoredMessage:
    """Type a bad answer: the answer says what was wrong (with examples); the step stays."""
    [answer] = await harness.send(FACILITATOR, text)
    for word in words:
        assert word in _text(answer), f"{word!r} not in {_text(answer)!r}"
    assert await _step(harness, FACILITATOR) == step
    return answer


async def test_every_malformed_answer_is_explained_and_asked_again(
    harness: HandlerHarness,
) -> None:
    """Past and unreadable dates, bad times, lengths, zones and links get clear answers."""
    await _setup(harness)
    how_often = await _through_name(harness, "Careful Circle")
    await _tap(harness, FACILITATOR, how_often, ChooseFrequency("once").pack())
    await _expect_problem(harness, "2020-01-01", ["already passed", "today is"], "date")
    # A day and month that passed a few days ago is refused, not moved a year ahead.
    past = _today() - timedelta(days=3)
    week = _today() + timedelta(days=7)
    await _expect_problem(
        harness, f"{past.day} {past:%b}", ["already passed", f"like {week.day} {week:%b}"], "date"
    )
    await _expect_problem(harness, "someday", ["couldn't read «someday» as a date"], "date")
    await _answers(harness, FACILITATOR, (_today() + timedelta(days=3)).isoformat())
    for bad in ("25:00", "soon"):
        await _expect_problem(harness, bad, [f"«{bad}» as a time", "19:00", "7pm"], "time")
    await _answers(harness, FACILITATOR, "18:00")
    for bad in ("forever", "0", "20 hours"):
        await _expect_problem(harness, bad, ["as a length", "1h30"], "duration")
    await _answers(harness, FACILITATOR, "45")
    zone = await _expect_problem(
        harness, "Mars/Base", ["time zone «Mars/Base»", "Europe/London"], "zone"
    )
    assert "Keep Europe/London" in zone.button_texts(), "the step's buttons come again"
    [place] = await _tap(harness, FACILITATOR, zone, KeepZone().pack())
    [link] = await _tap(harness, FACILITATOR, place, SkipStep("place").pack())
    for bad in ("zoom", "javascript:alert(1)", "zoom us/j/123"):
        await _expect_problem(harness, bad, ["isn't a link", "https://zoom.us/j/"], "link")
    mark = harness.core.mark()
    await harness.press(FACILITATOR, link, SkipStep("link").pack())
    said = [_text(m) for m in harness.new_messages(FACILITATOR, mark.message_seq)]
    assert any("where to go or how to join" in text for text in said)
    assert await _step(harness, FACILITATOR) == "place", "a place is asked for again"
    await _expect_problem(harness, "x", ["2 to 200 characters"], "place")


async def test_cancel_ends_the_conversation(harness: HandlerHarness) -> None:
    """/cancel mid-way drops the draft and nothing is stored; the Cancel button does too."""
    camden, _ = await _setup(harness)
    await _through_name(harness, "Never Saved")
    [stopped] = await harness.send(FACILITATOR, "/cancel")
    assert "Nothing was changed" in _text(stopped)
    assert await _step(harness, FACILITATOR) is None
    [ask_name] = await harness.send(FACILITATOR, "/addmeeting")
    [stopped] = await _tap(harness, FACILITATOR, ask_name, StopDraft().pack())
    assert "Nothing was changed" in _text(stopped)
    assert await services_of(harness.app).meetings.of_groups([camden]) == []


async def test_draft_survives_a_restart(tmp_path: Path) -> None:
    """Half a conversation, a restart on the same database, then the rest: it is saved."""
    async with running_app(tmp_path) as first:
        camden, _ = await _setup(first)
        how_often = await _through_name(first, "Restart Circle")
        await _tap(first, FACILITATOR, how_often, ChooseFrequency("weekly").pack())
    async with running_app(tmp_path) as second:
        second.core.add_user("Fay", FACILITATOR, language_code="en")
        assert await _step(second, FACILITATOR) == "day"
        [ask_time] = await second.send(FACILITATOR, "Friday")
        assert "What time" in _text(ask_time)
        duration = await _answers(second, FACILITATOR, "18:00")
        [zone] = await _tap(second, FACILITATOR, duration, ChooseDuration(60).pack())
        [place] = await _tap(second, FACILITATOR, zone, KeepZone().pack())
        assert "Where does it meet" in _text(place)
        notes = await _answers(second, FACILITATOR, "Library, 1 Main St", "https://zoom.us/j/9")
        [preview] = await _tap(second, FACILITATOR, notes, SkipStep("notes").pack())
        await _tap(second, FACILITATOR, preview, SaveMeeting().pack())
        meeting = await _stored(second, camden)
        assert (meeting.name, meeting.recurrence.weekday) == ("Restart Circle", 5)


async def _picked(
    harness: HandlerHarness, command: str, mode: ChangeMode, meeting: Meeting
) -> list[StoredMessage]:
    """Send a meeting command as the facilitator and pick the meeting; return the answers."""
    [listing] = await harness.send(FACILITATOR, command)
    return await _tap(harness, FACILITATOR, listing, PickMeeting(mode, meeting.id).pack())


async def test_edit_the_time_and_refuse_to_lose_the_place(harness: HandlerHarness) -> None:
    """A new time is saved and shown; 'Online only' without a link is refused, nothing lost."""
    camden, _ = await _setup(harness)
    meeting = await _meeting(services_of(harness.app), camden)
    [card, fields] = await _picked(harness, "/editmeeting", ChangeMode.EDIT, meeting)
    assert "Tuesday Circle" in _text(card)
    assert "Day & how often" in fields.button_texts()
    await _tap(harness, FACILITATOR, fields, ChooseField("time").pack())
    await _expect_problem(harness, "half past", ["«half past» as a time"], "time")
    [confirm] = await harness.send(FACILITATOR, "18:30")
    [updated] = await _tap(harness, FACILITATOR, confirm, ConfirmChange().pack())
    assert "Saved: Tuesday Circle" in _text(updated)
    assert "18:30" in _text(updated)
    assert (await _stored(harness, camden)).start_time == time(18, 30)
    [_card, fields] = await _picked(harness, "/editmeeting", ChangeMode.EDIT, meeting)
    [place] = await _tap(harness, FACILITATOR, fields, ChooseField("place").pack())
    said = await _tap(harness, FACILITATOR, place, SkipStep("place").pack())
    assert "where to go or how to join" in _text(said[0])
    assert (await _stored(harness, camden)).location == "St Mary's Hall"


async def test_edit_the_schedule_to_every_second_wednesday(harness: HandlerHarness) -> None:
    """Day & how often: every 2 weeks on Wednesday replaces the weekly Tuesday rule."""
    camden, _ = await _setup(harness)
    meeting = await _meeting(services_of(harness.app), camden)
    [_card, fields] = await _picked(harness, "/editmeeting", ChangeMode.EDIT, meeting)
    [how_often] = await _tap(harness, FACILITATOR, fields, ChooseField("schedule").pack())
    [day] = await _tap(harness, FACILITATOR, how_often, ChooseFrequency("biweekly").pack())
    [confirm] = await _tap(harness, FACILITATOR, day, ChooseWeekday(3).pack())
    assert "Every 2 weeks on Wednesday" in _text(confirm)
    [updated] = await _tap(harness, FACILITATOR, confirm, ConfirmChange().pack())
    assert "Every 2 weeks on Wednesday" in _text(updated)
    rule = (await _stored(harness, camden)).recurrence
    assert (rule.weekday, rule.interval, rule.start_date) == (
        3,
        2,
        first_on_or_after(3, _today()),
    )


async def test_group_chat_reminder_is_chosen_from_editmeeting(harness: HandlerHarness) -> None:
    """The group reminder button offers Off..1 day; 3 hours is stored for the group."""
    camden, _ = await _setup(harness)
    [listing] = await harness.send(FACILITATOR, "/editmeeting")
    assert "Your groups have no meetings yet" in _text(listing)
    assert any("Group chat reminder: 1 h before" in label for label in listing.button_texts())
    [choices] = await _tap(harness, FACILITATOR, listing, GroupPostChoices(camden).pack())
    assert choices.button_texts() == ["Off", "15 min", "1 h", "3 h", "1 day"]
    [done] = await _tap(harness, FACILITATOR, choices, SetGroupPost(camden, 180).pack())
    assert "now 3 h before" in _text(done)
    group = await services_of(harness.app).groups.get(camden)
    assert group is not None
    assert group.meeting_post_minutes == 180


async def test_cancel_one_date_is_announced(harness: HandlerHarness) -> None:
    """A cancelled date with a reason is stored; the group chat and a subscriber hear of it."""
    camden, _ = await _setup(harness)
    services = services_of(harness.app)
    meeting = await _meeting(services, camden)
    await services.meeting_choices.remind(MEMBER, [60], meeting_id=meeting.id)
    [dates] = await _picked(harness, "/cancelmeeting", ChangeMode.CANCEL, meeting)
    assert len(dates.button_texts()) == 7, "six dates and the stop button"
    first = _data(dates)[0]
    await _tap(harness, FACILITATOR, dates, first)
    [confirm] = await harness.send(FACILITATOR, "The hall is closed for repairs")
    assert "is cancelled" in _text(confirm)
    assert "closed for repairs" in _text(confirm)
    assert "1 subscriber and the group chat will be told" in _text(confirm)
    [done] = await _tap(harness, FACILITATOR, confirm, ConfirmChange().pack())
    assert "Cancelled: Tuesday Circle" in _text(done)
    [change] = await services.meetings.changes(meeting.id)
    chosen = ChooseDate.parse(first)
    assert chosen is not None
    assert (change.original_date, change.kind, change.reason) == (
        chosen.on,
        ChangeKind.CANCELLED,
        "The hall is closed for repairs",
    )
    await harness.flush_outbox()
    for chat_id in (camden, MEMBER):
        news = [_text(m) for m in harness.core.bot_messages(chat_id)]
        assert any("is cancelled" in text and "repairs" in text for text in news), chat_id


async def test_move_one_date_to_a_typed_time(harness: HandlerHarness) -> None:
    """A date moved to 'tomorrow 19:30' is stored as MOVED; bad and past times are answered."""
    camden, _ = await _setup(harness)
    services = services_of(harness.app)
    meeting = await _meeting(services, camden)
    [dates] = await _picked(harness, "/movemeeting", ChangeMode.MOVE, meeting)
    await _tap(harness, FACILITATOR, dates, _data(dates)[1])
    await _expect_problem(harness, "whenever", ["«whenever» as a date and time"], "newtime")
    await _expect_problem(harness, "2020-01-01 10:00", ["already passed"], "newtime")
    [reason] = await harness.send(FACILITATOR, "tomorrow 19:30")
    [confirm] = await _tap(harness, FACILITATOR, reason, SkipStep("reason").pack())
    assert "has moved to" in _text(confirm)
    [done] = await _tap(harness, FACILITATOR, confirm, ConfirmChange().pack())
    assert "Moved: Tuesday Circle" in _text(done)
    [change] = await services.meetings.changes(meeting.id)
    tomorrow = datetime.combine(_today() + timedelta(days=1), time(19, 30), LONDON)
    assert (change.kind, change.new_start, change.reason) == (ChangeKind.MOVED, tomorrow, None)
    await harness.flush_outbox()
    assert any("has moved to" in _text(m) for m in harness.core.bot_messages(camden))


async def test_end_a_series_after_the_next_meeting(harness: HandlerHarness) -> None:
    """'After the next one' sets the series' last date to its next date, and says so (the
    meeting is never on today's weekday: then the next date is today, and one button says it)."""
    camden, _ = await _setup(harness)
    services = services_of(harness.app)
    meeting = await _meeting(services, camden, (_today() + timedelta(days=2)).isoweekday() % 7)
    [last] = await _picked(harness, "/endmeeting", ChangeMode.END, meeting)
    [confirm] = await _tap(harness, FACILITATOR, last, ChooseLast(LastDate.NEXT).pack())
    assert "coming to an end" in _text(confirm)
    [done] = await _tap(harness, FACILITATOR, confirm, ConfirmChange().pack())
    assert "ends after" in _text(done)
    [next_date] = upcoming_dates(meeting, datetime.now(UTC), 1)
    assert (await _stored(harness, camden)).recurrence.until == next_date
    await harness.flush_outbox()
    assert any("coming to an end" in _text(m) for m in harness.core.bot_messages(camden))


async def test_a_cancelled_date_is_not_offered_again(harness: HandlerHarness) -> None:
    """After one date is cancelled, /cancelmeeting and /movemeeting list six other dates."""
    camden, _ = await _setup(harness)
    services = services_of(harness.app)
    meeting = await _meeting(services, camden)
    first = upcoming_dates(meeting, datetime.now(UTC), 1)[0]
    await services.meetings.cancel(meeting.id, first, None, by=FACILITATOR)
    for command, mode in (("/cancelmeeting", ChangeMode.CANCEL), ("/movemeeting", ChangeMode.MOVE)):
        await harness.send(FACILITATOR, "/cancel")
        [dates] = await _picked(harness, command, mode, meeting)
        offered = [ChooseDate.parse(data) for data in _data(dates)[:-1]]
        assert len(offered) == 6, command
        assert None not in offered, command
        assert first not in [choice.on for choice in offered if choice is not None], command


async def test_ending_when_the_next_date_is_today_offers_it_once(harness: HandlerHarness) -> None:
    """A series meeting late today: 'Today is the last day' only, not a second button with
    the same date."""
    camden, _ = await _setup(harness)
    services = services_of(harness.app)
    today = _today()
    tonight = Meeting(
        0,
        camden,
        "tonight",
        "Late Circle",
        Recurrence(Frequency.WEEKLY, today, weekday=today.isoweekday() % 7),
        time(23, 59),
        1,
        "Europe/London",
        location="St Mary's Hall",
    )
    meeting = await services.meetings.add(tonight, by=ADMIN_ID)
    [last] = await _picked(harness, "/endmeeting", ChangeMode.END, meeting)
    labels = last.button_texts()
    assert not any(label.startswith("After the next one") for label in labels), labels
    assert any(label.startswith("Today is the last day") for label in labels), labels


async def _state(services: Services, camden: int, meeting: Meeting) -> tuple[Any, ...]:
    """What a refused person must not change: meetings, changes, reminder, Camden drafts."""
    group = await services.groups.get(camden)
    drafts = [await services.meeting_drafts.get(u) for u in (MEMBER, OTHER_FACILITATOR)]
    drafts = [draft for draft in drafts if draft and draft.data.get("group_id") == camden]
    return (
        await services.meetings.of_groups([camden]),
        await services.meetings.changes(meeting.id),
        group.meeting_post_minutes if group else None,
        drafts,
    )


@pytest.mark.parametrize("intruder", [MEMBER, OTHER_FACILITATOR])
async def test_outsiders_are_refused_on_commands_and_forged_buttons(
    harness: HandlerHarness, intruder: int
) -> None:
    """A member and another group's facilitator change nothing, by command or forged button."""
    camden, _ = await _setup(harness)
    services = services_of(harness.app)
    meeting = await _meeting(services, camden)
    before = await _state(services, camden, meeting)
    for command in ("/addmeeting", "/editmeeting", "/cancelmeeting", "/movemeeting", "/endmeeting"):
        [answer] = await harness.send(intruder, command)
        if intruder == MEMBER:
            assert "for facilitators and admins" in _text(answer), command
        assert PickMeeting(ChangeMode.EDIT, meeting.id).pack() not in _data(answer)
        assert AddForGroup(camden).pack() not in _data(answer)
    [anything] = await harness.send(intruder, "/help")
    soon = _today() + timedelta(days=7)
    forged = [PickMeeting(mode, meeting.id).pack() for mode in ChangeMode]
    forged += [
        AddForGroup(camden).pack(),
        GroupPostChoices(camden).pack(),
        SetGroupPost(camden, 0).pack(),
    ]
    forged += [
        SaveMeeting().pack(),
        ConfirmChange().pack(),
        ChooseDate(soon).pack(),
        ChooseLast(LastDate.TODAY).pack(),
        ChooseField("name").pack(),
    ]
    for data in forged:
        mark = harness.core.mark()
        await harness.press(intruder, anything, data)
        said = [_text(m) for m in harness.new_messages(intruder, mark.message_seq)]
        assert any("only change meetings" in t or "expired" in t for t in said), (data, said)
    assert await _state(services, camden, meeting) == before


async def test_the_conversation_started_last_takes_typed_answers(harness: HandlerHarness) -> None:
    """/addmeeting after an unfinished /addresource: the typed name goes to the meeting."""
    await _setup(harness)
    services = services_of(harness.app)
    await harness.send(FACILITATOR, "/addresource")
    assert await services.resources.draft(FACILITATOR) is not None
    said = await harness.send(FACILITATOR, "/addmeeting")
    assert "put aside what you were doing with a resource" in _text(said[0]), "they are told"
    assert "What is the meeting called" in _text(said[-1])
    [how_often] = await harness.send(FACILITATOR, "Thursday Circle")
    assert "How often" in _text(how_often)
    assert await services.resources.draft(FACILITATOR) is None
    draft = await services.meeting_drafts.get(FACILITATOR)
    assert draft is not None
    assert draft.data["name"] == "Thursday Circle"
