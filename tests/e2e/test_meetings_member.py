"""Meetings for members end to end: /next in their zone, reminders, RSVP, a late reminder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar

from bot.devtools.emulator import Chat, Emulator, StoredMessage
from bot.meetings.models import Frequency, Meeting, Recurrence
from tests.e2e.conftest import onboard, query_db
from tests.e2e.harness import BotProcess, Person
from tests.e2e.seeding import with_services
from tests.e2e.test_crisis import admin_of, circle, make_in

# Reminders open with this heading (bold in HTML: the plain text shows no tags).
REMINDER = "⏰ Reminder\n"
LATE = "This reminder comes late"
# Short offsets so the clock need not move far; the group chat is reminded 10 minutes before.
REMINDER_ENV = {
    "MEETING_REMINDER_CHOICES": "30,10",
    "MEETING_GROUP_POST_MINUTES": "10",
    "MEETING_CHECK_SECONDS": "0.5",
}


def add_meeting(bot: BotProcess, meeting: Meeting) -> Meeting:
    """Store a meeting with the project's own services on the running bot's database."""
    return with_services(bot, lambda services: services.meetings.add(meeting, by=None))


def one_off(group_id: int, name: str, start: datetime, zone: str) -> Meeting:
    """A one-off hybrid meeting starting at `start` (aware), as a wall time in `zone`."""
    local = start.astimezone(ZoneInfo(zone))
    return Meeting(
        id=0,
        group_id=group_id,
        slug=name.lower().replace(" ", "-"),
        name=name,
        recurrence=Recurrence(Frequency.ONCE, local.date()),
        start_time=local.time().replace(second=0, microsecond=0),
        duration_minutes=60,
        timezone=zone,
        location="Community Hall",
        conference_url="https://meet.example.org/circle",
    )


def minute_ahead(delta: timedelta) -> datetime:
    """Now plus `delta`, on a whole minute (meetings start on the minute)."""
    moment = datetime.now(UTC) + delta
    return moment.replace(second=0, microsecond=0) + timedelta(minutes=1)


def set_clock(bot: BotProcess, moment: datetime) -> None:
    """Make the bot's clock read `moment` now (DEV_CLOCK_FILE holds the shift in seconds)."""
    shift = (moment - datetime.now(UTC)).total_seconds()
    (bot.workdir / "clock").write_text(f"{shift}\n", encoding="utf-8")


def reminders_in(emulator: Emulator, chat_id: int) -> list[StoredMessage]:
    """The meeting reminders the bot sent to a chat, oldest first."""
    return [m for m in emulator.bot_messages(chat_id) if (m.plain_text or "").startswith(REMINDER)]


def wait_for_reminders(emulator: Emulator, chat_id: int, count: int = 1) -> list[StoredMessage]:
    """Wait until a chat has `count` reminders and return them."""
    emulator.wait_until(lambda _core: len(reminders_in(emulator, chat_id)) >= count, timeout=20)
    return reminders_in(emulator, chat_id)


def started_circle(bot: BotProcess, title: str) -> tuple[Emulator, Chat, Person, Person]:
    """Start a bot of the test's own, with reminder settings and a circle (group, people)."""
    bot.extra_env.update(REMINDER_ENV, DEV_CLOCK_FILE=str(bot.workdir / "clock"))
    bot.start()
    emulator = bot.emulator
    admin = admin_of(emulator)
    onboard(admin)
    group, facilitator, member = circle(bot, admin, make_in(emulator), title)
    return emulator, group, facilitator, member


def subscribe(member: Person, label: str) -> None:
    """Through the chat: /next, 'Remind me', then tick one offset."""
    [card] = member.send("/next")
    [menu] = member.press(card, "Remind me")
    ticked = member.press_for_edit(menu, label)
    assert f"✅ {label}" in ticked.button_texts()


def press_for_toast(emulator: Emulator, who: Person, message: StoredMessage, label: str) -> str:
    """Press a button that only answers with a toast; return the toast text."""
    query = emulator.press_button(message.chat_id, message.message_id, user_id=who.id, text=label)
    emulator.wait_until(lambda _core: emulator.callback_answer(query["id"]) is not None)
    answer = emulator.callback_answer(query["id"]) or {}
    return str(answer.get("text") or "")


def test_next_in_the_members_zone(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """A member in Madrid asks /next about a New York meeting and sees their own time first."""
    group, _, member = circle(bot, admin, person, "Next circle")
    start = minute_ahead(timedelta(days=2, hours=3))
    add_meeting(bot, one_off(group.id, "Next circle meeting", start, "America/New_York"))
    [card] = member.send("/next")
    text = card.plain_text or ""
    madrid = start.astimezone(ZoneInfo("Europe/Madrid")).strftime("%H:%M")
    new_york = start.astimezone(ZoneInfo("America/New_York")).strftime("%H:%M")
    assert f"{madrid} (Europe/Madrid)" in text
    assert f"{new_york} where the group meets, America/New_York" in text
    assert "starts in 2 days 3 h" in text
    assert "Community Hall" in text
    assert "https://meet.example.org/circle" in text
    assert card.button_texts() == ["📅 Add to calendar", "🔔 Remind me"]
    [answer] = member.send("When is the next meeting?")
    assert "Next circle meeting" in (answer.plain_text or "")


def test_reminders_reach_member_and_group_and_rsvp_is_recorded(fresh_bot: BotProcess) -> None:
    """With the clock moved to 10 minutes before, the member and the group are reminded."""
    emulator, group, facilitator, member = started_circle(fresh_bot, "Reminder circle")
    start = minute_ahead(timedelta(hours=1))
    meeting = add_meeting(fresh_bot, one_off(group.id, "Evening circle", start, "Europe/London"))
    subscribe(member, "10 min before")
    set_clock(fresh_bot, start - timedelta(minutes=10) + timedelta(seconds=5))
    [reminder] = wait_for_reminders(emulator, member.id)
    [post] = wait_for_reminders(emulator, group.id)
    assert "Evening circle" in (reminder.plain_text or "")
    assert LATE not in (reminder.plain_text or "")
    assert reminder.button_texts() == ["🙋 I'll be there", "Can't make it"]
    assert press_for_toast(emulator, member, reminder, "I'll be there") == "Thanks, see you there!"
    toast = press_for_toast(emulator, facilitator, post, "Can't make it")
    assert toast == "Thanks for letting us know."
    answers = query_db(
        fresh_bot.database,
        "SELECT user_id, answer FROM meeting_rsvps WHERE meeting_id = ? ORDER BY answer DESC",
        (meeting.id,),
    )
    assert answers == [(member.id, "yes"), (facilitator.id, "no")]


def test_late_reminder_after_a_restart_comes_once(fresh_bot: BotProcess) -> None:
    """Offline when due: after a restart the reminder comes once, saying it is late."""
    emulator, group, _, member = started_circle(fresh_bot, "Late circle")
    start = minute_ahead(timedelta(hours=2))
    add_meeting(fresh_bot, one_off(group.id, "Late circle", start, "Europe/London"))
    subscribe(member, "30 min before")
    assert fresh_bot.stop() == 0
    set_clock(fresh_bot, start - timedelta(minutes=25))
    fresh_bot.start()
    [late] = wait_for_reminders(emulator, member.id)
    assert LATE in (late.plain_text or "")
    assert fresh_bot.stop() == 0
    fresh_bot.start()
    set_clock(fresh_bot, start - timedelta(minutes=10) + timedelta(seconds=5))
    [post] = wait_for_reminders(emulator, group.id)
    assert LATE not in (post.plain_text or ""), "the group's reminder is on time"
    texts = [m.plain_text for m in reminders_in(emulator, member.id)]
    assert reminders_in(emulator, member.id) == [late], f"no second copy after restart: {texts}"


def test_calendar_files_from_next_and_meetings_parse_back(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """'Add to calendar' and 'Whole schedule' send .ics files that parse back to the meetings."""
    group, _, member = circle(bot, admin, person, "Calendar circle")
    start = minute_ahead(timedelta(days=1))
    weekly = Meeting(
        id=0,
        group_id=group.id,
        slug="calendar-weekly",
        name="Calendar weekly",
        recurrence=Recurrence(Frequency.WEEKLY, start.date(), weekday=(start.weekday() + 1) % 7),
        start_time=time(19, 0),
        duration_minutes=90,
        timezone="Europe/London",
        conference_url="https://meet.example.org/weekly",
    )
    add_meeting(bot, weekly)
    add_meeting(bot, one_off(group.id, "Calendar one-off", start, "Europe/London"))
    cards = member.send("/next", count=2)  # one card per meeting: the one-off and the weekly
    card = next(c for c in cards if "Calendar weekly" in (c.plain_text or ""))
    [document] = member.press(card, "Add to calendar")
    assert document.file is not None
    assert document.file.filename == "calendar-weekly.ics"
    [event] = Calendar.from_ical(document.file.data).walk("VEVENT")
    assert str(event["summary"]) == "Calendar weekly"
    assert "FREQ=WEEKLY" in str(event["rrule"].to_ical())
    assert event.decoded("dtstart").strftime("%H:%M") == "19:00"
    [week] = member.send("/meetings")
    [schedule] = member.press(week, "Whole schedule: Calendar circle")
    assert schedule.file is not None
    summaries = {str(e["summary"]) for e in Calendar.from_ical(schedule.file.data).walk("VEVENT")}
    assert summaries == {"Calendar weekly", "Calendar one-off"}


def test_a_meeting_question_in_the_group_is_answered_there(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """Through the real inbox (which keeps no group chatter): '¿cuándo es la próxima reunión?'
    in the group gets the group's next meeting there; the talk before it gets nothing."""
    group, _, member = circle(bot, admin, person, "Question circle")
    start = minute_ahead(timedelta(days=1, hours=2))
    add_meeting(bot, one_off(group.id, "Question circle meeting", start, "Europe/Madrid"))
    mark = bot.emulator.mark()
    bot.emulator.inject_message(member.id, "the meeting was lovely last week", group.id)
    [answer] = member.send("¿cuándo es la próxima reunión?", chat_id=group.id)
    assert "Question circle meeting" in (answer.plain_text or "")
    assert [
        m.message_id for m in bot.emulator.bot_messages(group.id) if m.seq > mark.message_seq
    ] == [answer.message_id], "the talk before the question got no answer"
    [english] = member.send("When is the next meeting?", chat_id=group.id)
    assert "Question circle meeting" in (english.plain_text or "")
