"""Meetings for members through real handlers: /next, /meetings, calendars, reminders, RSVPs."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from bot.app import services_of
from bot.devtools.clock import ManualClock
from bot.devtools.emulator import StoredMessage
from bot.domain.buttons.meetings import (
    AskQuietHours,
    Coming,
    GroupCalendar,
    GroupReminders,
    MeetingReminders,
    NotComing,
    QuietChoices,
    ReminderOverview,
    RemindersDone,
    SetQuietHours,
    Subject,
    ToggleReminder,
)
from bot.domain.clock import iso
from bot.domain.models import Person
from bot.meetings.models import THURSDAY, TUESDAY, Frequency, Meeting, Recurrence
from bot.services.container import Services
from bot.services.meeting_lookup import offset_text
from handlers.meetings import split_message
from tests.handlers.conftest import ADMIN_ID, HandlerHarness

MEMBER = 640_000_001  # English, in New York
MIEMBRO = 640_000_002  # Spanish, in Madrid
FACILITATOR = 640_000_003  # English, in London, facilitator of the group
STRANGER = 640_000_004  # never sent /start
LONDON = ZoneInfo("Europe/London")
# Tuesday 13 January 2026, 16:55 UTC: London is on UTC, New York five hours behind.
START = datetime(2026, 1, 13, 16, 55, tzinfo=UTC)
TUESDAY_13 = date(2026, 1, 13)


@pytest.fixture
def clock() -> ManualClock:
    """The fixed clock of the test, at START."""
    return ManualClock(START)


def tuesday_circle(group_id: int) -> Meeting:
    """A hybrid weekly meeting on Tuesdays at 19:00 London time."""
    return Meeting(
        id=0,
        group_id=group_id,
        slug="tuesday-circle",
        name="Tuesday circle",
        recurrence=Recurrence(Frequency.WEEKLY, date(2026, 1, 6), weekday=TUESDAY),
        start_time=time(19),
        duration_minutes=90,
        timezone="Europe/London",
        location="St Mary's Hall",
        address="12 High St, London",
        conference_url="https://zoom.example.org/j/123",
    )


def thursday_check_in(group_id: int) -> Meeting:
    """An online weekly meeting on Thursdays at 18:00 London time."""
    return Meeting(
        id=0,
        group_id=group_id,
        slug="thursday-check-in",
        name="Thursday check-in",
        recurrence=Recurrence(Frequency.WEEKLY, date(2026, 1, 8), weekday=THURSDAY),
        start_time=time(18),
        duration_minutes=60,
        timezone="Europe/London",
        conference_url="https://zoom.example.org/j/456",
    )


async def world(harness: HandlerHarness) -> tuple[int, Meeting]:
    """People, a group both members joined, its facilitator and the Tuesday circle."""
    core, services = harness.core, services_of(harness.app)
    people = (
        (MEMBER, "Mo", "en", "America/New_York"),
        (MIEMBRO, "Marta", "es", "Europe/Madrid"),
        (FACILITATOR, "Fay", "en", "Europe/London"),
    )
    for user_id, name, language, zone in people:
        core.add_user(name, user_id, language_code=language)
        await services.members.consent(Person(user_id, name, None, language), language, zone)
    core.add_user("Stan", STRANGER, language_code="en")
    core.add_user("Ada", ADMIN_ID, language_code="en")
    group = core.add_group("Camden circle", bot_is_member=False)
    core.add_bot_to_group(group.id, ADMIN_ID)
    await harness.deliver()
    stored = await services.groups.get(group.id)
    assert stored is not None
    for user_id in (MEMBER, MIEMBRO):
        await services.members.join_by_code(user_id, stored.invite_code)
    await services.roles.roles.add_facilitator(group.id, FACILITATOR, ADMIN_ID, iso(START))
    meeting = await services.meetings.add(tuesday_circle(group.id), by=FACILITATOR)
    return group.id, meeting


def text_of(message: StoredMessage) -> str:
    """The plain text of a bot message."""
    return message.plain_text or ""


async def pressed(
    harness: HandlerHarness, user_id: int, message: StoredMessage, data: str
) -> tuple[str, list[StoredMessage]]:
    """Press a button; return the toast text and the new messages in that chat."""
    mark = harness.core.mark()
    query_id = await harness.press(user_id, message, data)
    answer = harness.core.callback_answers.get(query_id) or {}
    return str(answer.get("text") or ""), harness.new_messages(message.chat_id, mark.message_seq)


def edited(harness: HandlerHarness, message: StoredMessage) -> StoredMessage:
    """The message as it stands now, after edits."""
    return harness.core.message(message.chat_id, message.message_id)


def services(harness: HandlerHarness) -> Services:
    """The application's services."""
    return services_of(harness.app)


# -- /next --------------------------------------------------------------------------------


async def test_next_is_shown_in_the_members_zone(harness: HandlerHarness) -> None:
    """/next: 14:00 New York time (19:00 in London), starts in 2 h 5 min, place and link."""
    await world(harness)
    cards = await harness.send(MEMBER, "/next")
    assert len(cards) == 1, "one card per meeting, not one per date"
    first = text_of(cards[0])
    assert "Tuesday circle" in first
    assert "Tue, Jan 13, 2:00 PM (America/New_York)" in first
    assert "starts in 2 h 5 min" in first
    assert "7:00 PM where the group meets, Europe/London" in first
    assert "St Mary's Hall, 12 High St, London" in first
    assert "https://zoom.example.org/j/123" in first
    assert "coming" not in first, "members never see the answers"
    assert cards[0].button_texts() == ["📅 Add to calendar", "🔔 Remind me"]
    assert "Also on Tue, Jan 20 and Tue, Jan 27" in first
    assert "You said" not in first, "no answer given yet"


async def test_next_gives_one_card_per_meeting_soonest_first(harness: HandlerHarness) -> None:
    """Two weekly meetings: two cards, the Tuesday one (today) first, each with its next dates;
    a cancelled date is not among them."""
    group_id, tuesday = await world(harness)
    await services(harness).meetings.add(thursday_check_in(group_id), by=FACILITATOR)
    await services(harness).meetings.cancel(tuesday.id, date(2026, 1, 20), None, FACILITATOR)
    cards = [text_of(card) for card in await harness.send(MEMBER, "/next")]
    assert len(cards) == 2
    assert "Tuesday circle" in cards[0]
    assert "Also on Tue, Jan 27 and Tue, Feb 3" in cards[0]
    assert "Thursday check-in" in cards[1]
    assert "Also on Thu, Jan 22 and Thu, Jan 29" in cards[1]


async def test_next_shows_the_members_own_answer(harness: HandlerHarness) -> None:
    """After "I'll be there" the card says so, in the member's language; "Can't make it" too."""
    _, meeting = await world(harness)
    choices = services(harness).meeting_choices
    await choices.answer(meeting.id, TUESDAY_13, MEMBER, "yes")
    await choices.answer(meeting.id, TUESDAY_13, MIEMBRO, "no")
    [card] = await harness.send(MEMBER, "/next")
    assert "You said you'd come" in text_of(card)
    [tarjeta] = await harness.send(MIEMBRO, "/next")
    assert "Dijiste que no puedes venir" in text_of(tarjeta)
    await choices.answer(meeting.id, date(2026, 1, 20), MEMBER, "no")
    [card] = await harness.send(MEMBER, "/next")
    assert "You said you'd come" in text_of(card), "the answer of the date shown, not the next"


async def test_next_follows_the_members_own_clock(harness: HandlerHarness) -> None:
    """A New York member who chose 24 hours in /settings reads 14:00, also for the group's time."""
    await world(harness)
    await services(harness).members.set_clock(MEMBER, "24")
    cards = await harness.send(MEMBER, "/next")
    first = text_of(cards[0])
    assert "Tue, Jan 13, 14:00 (America/New_York)" in first
    assert "19:00 where the group meets, Europe/London" in first


async def test_next_says_in_progress_for_a_meeting_that_just_began(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """Five minutes after the start, /next shows the meeting as in progress."""
    await world(harness)
    clock.now = datetime(2026, 1, 13, 19, 5, tzinfo=UTC)
    cards = await harness.send(MEMBER, "/next")
    assert "in progress (started 5 min ago)" in text_of(cards[0])
    clock.now = datetime(2026, 1, 13, 19, 11, tzinfo=UTC)
    later = await harness.send(MEMBER, "/next")
    assert "Tue, Jan 20" in text_of(later[0]), "over ten minutes in, the next one comes first"


async def test_next_shows_counts_to_the_facilitator_only(harness: HandlerHarness) -> None:
    """The group's facilitator sees how many are coming; a member sees no counts."""
    _, meeting = await world(harness)
    await services(harness).meeting_choices.answer(meeting.id, TUESDAY_13, MEMBER, "yes")
    [card, *_] = await harness.send(FACILITATOR, "/next")
    assert "1 coming · 0 can't make it" in text_of(card)
    assert "Tue 13 Jan, 19:00 (Europe/London)" in text_of(card)
    [member_card, *_] = await harness.send(MIEMBRO, "/next")
    assert "vienen" not in text_of(member_card)
    assert "mar, 13 ene, 20:00 (Europe/Madrid)" in text_of(member_card)


async def test_next_before_start_and_without_meetings(harness: HandlerHarness) -> None:
    """Someone who never sent /start is asked to; with no meetings the answer is kind."""
    core = harness.core
    core.add_user("Stan", STRANGER, language_code="en")
    core.add_user("Mo", MEMBER, language_code="en")
    [need] = await harness.send(STRANGER, "/next")
    assert "Send /start" in text_of(need)
    person = Person(MEMBER, "Mo", None, "en")
    await services(harness).members.consent(person, "en", "America/New_York")
    group = await services(harness).groups.bot_status_changed(
        -100_640, "Quiet circle", "supergroup", "member", MEMBER
    )
    assert group is not None
    await services(harness).members.join_by_code(MEMBER, group.invite_code)
    [none] = await harness.send(MEMBER, "/next")
    assert "I don't know of any meetings coming up yet" in text_of(none)


async def test_member_without_a_group_is_told_how_to_join(harness: HandlerHarness) -> None:
    """Someone in no group sees no group's places or links, only how to join one."""
    await world(harness)
    harness.core.add_user("Lu", 640_000_009, language_code="en")
    person = Person(640_000_009, "Lu", None, "en")
    await services(harness).members.consent(person, "en", "Europe/London")
    for command in ("/next", "/meetings"):
        [answer] = await harness.send(640_000_009, command)
        assert "You haven't joined a group yet" in text_of(answer)
        assert "Tuesday circle" not in text_of(answer)


# -- plain questions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("user_id", "question", "expected"),
    [
        (MEMBER, "When is the next meeting?", "starts in 2 h 5 min"),
        (MIEMBRO, "¿Cuándo es la próxima reunión?", "empieza en 2 h 5 min"),
        (MIEMBRO, "dónde nos reunimos", "St Mary's Hall"),
    ],
)
async def test_plain_questions_get_the_next_meetings(
    harness: HandlerHarness, user_id: int, question: str, expected: str
) -> None:
    """A plain question in English or Spanish is answered with the /next cards."""
    await world(harness)
    cards = await harness.send(user_id, question)
    assert len(cards) == 1
    assert expected in text_of(cards[0])


async def test_other_questions_are_left_to_other_features(harness: HandlerHarness) -> None:
    """A housing question goes to the resource search; a privacy question to the fallback."""
    await world(harness)
    [housing] = await harness.send(MEMBER, "where can I find housing help?")
    assert "Tuesday circle" not in text_of(housing)
    [other] = await harness.send(MEMBER, "how do I forget my data")
    assert "Tuesday circle" not in text_of(other)
    assert "I'm a simple bot" in text_of(other)


# -- /meetings and calendars --------------------------------------------------------------


async def test_week_shows_cancelled_and_moved_meetings(harness: HandlerHarness) -> None:
    """/meetings: a cancelled one with its reason, a moved one at its new time, and buttons."""
    group_id, tuesday = await world(harness)
    service = services(harness).meetings
    thursday = await service.add(thursday_check_in(group_id), by=FACILITATOR)
    await service.cancel(tuesday.id, TUESDAY_13, "The hall is closed", by=FACILITATOR)
    moved_to = datetime(2026, 1, 16, 18, 0, tzinfo=LONDON)
    await service.move(thursday.id, date(2026, 1, 15), moved_to, "Holiday", by=FACILITATOR)
    [week] = await harness.send(MEMBER, "/meetings")
    text = text_of(week)
    assert "Meetings in the next 7 days" in text
    assert "Tue, Jan 13, 2:00 PM (America/New_York) · cancelled" in text
    assert "Reason: The hall is closed" in text
    assert "Fri, Jan 16, 1:00 PM (America/New_York)" in text
    assert "Moved from Thu, Jan 15" in text
    assert "Tue, Jan 20" not in text, "only the coming seven days"
    assert week.button_texts() == ["📅 Whole schedule: Camden circle", "🔔 Reminders"]
    _, [overview] = await pressed(harness, MEMBER, week, ReminderOverview().pack())
    assert "Your meeting reminders" in text_of(overview)


def test_long_weeks_are_split_within_telegrams_limit() -> None:
    """Blocks are joined into messages of at most 4096 characters, none lost, order kept."""
    blocks = [f"<b>Meeting {number}</b>\n" + "x" * 900 for number in range(10)]
    chunks = split_message(blocks)
    assert len(chunks) == 3
    assert all(len(chunk) <= 4096 for chunk in chunks)
    assert "\n\n".join(chunks) == "\n\n".join(blocks)
    huge = ("line " * 200 + "\n") * 10
    assert all(len(chunk) <= 4096 for chunk in split_message([huge]))


async def test_offset_labels_are_built_from_minutes(harness: HandlerHarness) -> None:
    """Reminder choices read as days, hours or minutes before, in English and Spanish."""
    writer = services(harness).meetings.writer
    labels = [offset_text(writer, "en", minutes) for minutes in (2880, 1440, 60, 120, 15, 90)]
    assert labels == [
        "2 days before",
        "1 day before",
        "1 hour before",
        "2 hours before",
        "15 min before",
        "1 h 30 min before",
    ]
    assert offset_text(writer, "es", 60) == "1 hora antes"


async def test_calendar_files_parse_back(harness: HandlerHarness) -> None:
    """'Add to calendar' sends one meeting's .ics; 'Whole schedule' sends every meeting."""
    group_id, _ = await world(harness)
    await services(harness).meetings.add(thursday_check_in(group_id), by=FACILITATOR)
    [card, *_] = await harness.send(MEMBER, "/next")
    _, [document] = await pressed(harness, MEMBER, card, card_data(card, 0))
    assert document.kind == "document"
    assert document.file is not None
    assert document.file.filename == "tuesday-circle.ics"
    events = Calendar.from_ical(document.file.data).walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == ["Tuesday circle"]
    raw = events[0]["RRULE"].to_ical()
    rule = raw.decode() if isinstance(raw, bytes) else str(raw)
    assert set(rule.split(";")) >= {"FREQ=WEEKLY", "BYDAY=TU"}
    [week] = await harness.send(MEMBER, "/meetings")
    _, [schedule] = await pressed(harness, MEMBER, week, GroupCalendar(group_id).pack())
    assert schedule.file is not None
    assert schedule.file.filename == "camden-circle.ics"
    names = {
        str(event["SUMMARY"]) for event in Calendar.from_ical(schedule.file.data).walk("VEVENT")
    }
    assert names == {"Tuesday circle", "Thursday check-in"}


def card_data(message: StoredMessage, index: int) -> str:
    """The callback data of a message's button, counting across rows."""
    assert message.reply_markup is not None
    buttons = [button for row in message.reply_markup["inline_keyboard"] for button in row]
    return str(buttons[index]["callback_data"])


# -- reminders and quiet hours ------------------------------------------------------------


async def test_reminder_toggles_store_subscriptions(harness: HandlerHarness) -> None:
    """'Remind me' toggles offsets per meeting and per group, edits in place, Done saves."""
    group_id, meeting = await world(harness)
    choices = services(harness).meeting_choices
    [card, *_] = await harness.send(MEMBER, "/next")
    _, [menu] = await pressed(harness, MEMBER, card, MeetingReminders(meeting.id).pack())
    assert menu.button_texts()[:2] == ["1 day before", "1 hour before"]
    await pressed(harness, MEMBER, menu, ToggleReminder(Subject.MEETING, meeting.id, 60).pack())
    assert edited(harness, menu).button_texts()[:2] == ["1 day before", "✅ 1 hour before"]
    assert [(s.meeting_id, s.offset_minutes) for s in await choices.of_member(MEMBER)] == [
        (meeting.id, 60)
    ]
    await pressed(harness, MEMBER, menu, GroupReminders(group_id, in_place=True).pack())
    assert "every meeting of Camden circle" in text_of(edited(harness, menu))
    await pressed(harness, MEMBER, menu, ToggleReminder(Subject.GROUP, group_id, 1440).pack())
    subscriptions = {
        (s.meeting_id, s.group_id, s.offset_minutes) for s in await choices.of_member(MEMBER)
    }
    assert subscriptions == {(meeting.id, None, 60), (None, group_id, 1440)}
    not_offered = ToggleReminder(Subject.GROUP, group_id, 999).pack()
    toast, _ = await pressed(harness, MEMBER, menu, not_offered)
    assert toast == "That button no longer works."
    await pressed(harness, MEMBER, menu, RemindersDone(Subject.GROUP, group_id).pack())
    assert "Saved. I'll remind you 1 day before." in text_of(edited(harness, menu))
    [overview] = await harness.send(MEMBER, "/reminders")
    assert "• Tuesday circle: 1 hour before" in text_of(overview)
    assert "• Every meeting of Camden circle: 1 day before" in text_of(overview)
    await pressed(harness, MEMBER, menu, ToggleReminder(Subject.MEETING, meeting.id, 60).pack())
    assert {s.meeting_id for s in await choices.of_member(MEMBER)} == {None}, "toggled off"


async def test_done_with_no_reminder_names_what_it_was_for(harness: HandlerHarness) -> None:
    """Done with nothing ticked says 'no reminders' for that meeting, or for the group's
    meetings when the choice was every meeting of the group (it said 'for this one')."""
    group_id, meeting = await world(harness)
    [card, *_] = await harness.send(MEMBER, "/next")
    _, [menu] = await pressed(harness, MEMBER, card, MeetingReminders(meeting.id).pack())
    await pressed(harness, MEMBER, menu, RemindersDone(Subject.MEETING, meeting.id).pack())
    assert "no reminders for this one" in text_of(edited(harness, menu))
    _, [menu] = await pressed(harness, MEMBER, card, MeetingReminders(meeting.id).pack())
    await pressed(harness, MEMBER, menu, GroupReminders(group_id, in_place=True).pack())
    await pressed(harness, MEMBER, menu, RemindersDone(Subject.GROUP, group_id).pack())
    said = text_of(edited(harness, menu))
    assert "no reminders for this group's meetings" in said, said


async def test_quiet_hours_set_cleared_and_typed(harness: HandlerHarness) -> None:
    """Quiet hours from a choice, cleared with None, typed after Other…; bad input explained."""
    await world(harness)
    members = services(harness).members
    [overview] = await harness.send(MEMBER, "/reminders")
    assert "Quiet hours: none" in text_of(overview)
    assert "never arrive during quiet hours" in text_of(overview)
    await pressed(harness, MEMBER, overview, QuietChoices().pack())
    assert "10:00 PM–8:00 AM" in edited(harness, overview).button_texts()
    await pressed(harness, MEMBER, overview, SetQuietHours(time(22), time(8)).pack())
    member = await members.get(MEMBER)
    assert member is not None
    assert (member.quiet_start, member.quiet_end) == ("22:00", "08:00")
    assert "Quiet hours set: 10:00 PM–8:00 AM" in text_of(edited(harness, overview))
    await pressed(harness, MEMBER, overview, SetQuietHours(None, None).pack())
    member = await members.get(MEMBER)
    assert member is not None
    assert member.quiet_start is None
    assert member.quiet_end is None
    await pressed(harness, MEMBER, overview, AskQuietHours().pack())
    [bad] = await harness.send(MEMBER, "25:00-07:00")
    assert "I couldn't read that" in text_of(bad)
    [done] = await harness.send(MEMBER, "22:30-07:00")
    assert "Quiet hours set: 10:30 PM–7:00 AM" in text_of(done)
    member = await members.get(MEMBER)
    assert member is not None
    assert (member.quiet_start, member.quiet_end) == ("22:30", "07:00")
    toast, _ = await pressed(harness, MEMBER, overview, "mt:qset:2200:2200")  # no such hours
    assert toast == "That button no longer works."


# -- "I'll be there" ----------------------------------------------------------------------


async def reminders_sent(harness: HandlerHarness, clock: ManualClock, group_id: int) -> None:
    """Subscribe the member to the hour-before reminder and send the due reminders."""
    service = services(harness)
    meeting_id = (await service.meetings.of_groups([group_id]))[0].id
    await service.meeting_choices.remind(MEMBER, [60], meeting_id=meeting_id)
    clock.now = datetime(2026, 1, 13, 18, 0, 30, tzinfo=UTC)
    assert await service.reminders.run_due() >= 2
    await harness.flush_outbox()


async def test_rsvp_from_reminders_in_private_and_in_the_group(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """'I'll be there' in private and 'Can't make it' in the group are stored and counted."""
    group_id, meeting = await world(harness)
    await reminders_sent(harness, clock, group_id)
    [reminder] = harness.core.bot_messages(MEMBER)[-1:]
    assert "Reminder" in text_of(reminder)
    [post] = [m for m in harness.core.bot_messages(group_id) if "Reminder" in text_of(m)]
    toast, _ = await pressed(harness, MEMBER, reminder, Coming(meeting.id, TUESDAY_13).pack())
    assert toast == "Thanks, see you there!"
    toast, _ = await pressed(harness, MIEMBRO, post, NotComing(meeting.id, TUESDAY_13).pack())
    assert toast == "Gracias por avisarnos."
    counts = await services(harness).meeting_choices.counts(meeting.id, TUESDAY_13)
    assert counts == {"yes": 1, "no": 1}
    toast, _ = await pressed(harness, MEMBER, reminder, NotComing(meeting.id, TUESDAY_13).pack())
    counts = await services(harness).meeting_choices.counts(meeting.id, TUESDAY_13)
    assert counts == {"no": 2}, "a member's second answer replaces the first"


async def test_rsvp_refused_for_strangers_and_closed_meetings(harness: HandlerHarness) -> None:
    """A non-member, a cancelled and a past occurrence: a toast says why, nothing is stored."""
    group_id, meeting = await world(harness)
    await services(harness).meetings.cancel(meeting.id, date(2026, 1, 20), None, by=FACILITATOR)
    post = harness.core.bot_messages(group_id)[-1]
    cases = [
        (STRANGER, "2026-01-13", "send /start first"),
        (MEMBER, "2026-01-20", "That meeting was cancelled"),
        (MEMBER, "2026-01-06", "That meeting is over now"),
    ]
    for user_id, day, expected in cases:
        answer = Coming(meeting.id, date.fromisoformat(day)).pack()
        toast, _ = await pressed(harness, user_id, post, answer)
        assert expected in toast
    for day in ("2026-01-13", "2026-01-20", "2026-01-06"):
        assert (
            await services(harness).meeting_choices.counts(meeting.id, date.fromisoformat(day))
            == {}
        )


async def test_rsvp_refused_for_a_member_of_no_group_in_private(harness: HandlerHarness) -> None:
    """A forged answer from someone outside the group (in private) is refused, not counted."""
    _, meeting = await world(harness)
    harness.core.add_user("Lu", 640_000_009, language_code="en")
    await services(harness).members.consent(Person(640_000_009, "Lu", None, "en"), "en", "UTC")
    [answer] = await harness.send(640_000_009, "/help")
    coming = Coming(meeting.id, TUESDAY_13).pack()
    toast, _ = await pressed(harness, 640_000_009, answer, coming)
    assert toast == "That button no longer works."
    assert await services(harness).meeting_choices.counts(meeting.id, TUESDAY_13) == {}


@pytest.mark.parametrize(
    "data",
    [
        "mt:y:abc:2026-01-13",
        "mt:y:{id}:2026-13-45",
        "mt:y:{id}:2026-01-14",
        "mt:y:999999:2026-01-13",
        "mt:y:{id}",
        "mt:y:{id}:2026-01-13:extra",
        "mt:y:{id}:20260113",
        "mt:zz",
        "mt:t:m:{id}:abc",
        "mt:t:x:{id}:60",
        "mt:rem:999999",
        "mt:ics:999999",
        "mt:icsg:-1",
        "mt:q:bad",
        "mt:qset:2200",
        "mt:qset:2200:-",
        "mt:rem:{id}:x",
        "mt:done:x:1",
    ],
)
async def test_forged_buttons_change_nothing(harness: HandlerHarness, data: str) -> None:
    """Malformed or forged mt: data gets 'That button no longer works' and stores nothing."""
    _, meeting = await world(harness)
    [card, *_] = await harness.send(MEMBER, "/next")
    before = await snapshot(harness)
    toast, new = await pressed(harness, MEMBER, card, data.format(id=meeting.id))
    assert toast == "That button no longer works."
    assert new == []
    assert await snapshot(harness) == before


async def snapshot(harness: HandlerHarness) -> list[tuple[object, ...]]:
    """The members' meeting choices as stored: subscriptions, answers and quiet hours."""
    db = services(harness).db
    rows: list[tuple[object, ...]] = []
    for sql in (
        "SELECT user_id, meeting_id, group_id, offset_minutes FROM meeting_subscriptions",
        "SELECT meeting_id, original_date, user_id, answer FROM meeting_rsvps",
        "SELECT user_id, quiet_start, quiet_end FROM members",
    ):
        rows.extend(tuple(row) for row in await db.fetch_all(sql))
    return sorted(rows, key=repr)


def test_fixed_start_is_a_tuesday() -> None:
    """The tests' clock starts on a Tuesday, two hours and five minutes before the circle."""
    assert START.weekday() == 1
    assert datetime.combine(TUESDAY_13, time(19), LONDON) - START == timedelta(hours=2, minutes=5)
