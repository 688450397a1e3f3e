"""Facilitators' meetings end to end: add one by buttons and answers, refuse others, announce."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from icalendar import Calendar

from bot.devtools.emulator import StoredMessage
from tests.e2e.conftest import db_snapshot, group_with_bot, onboard, query_db
from tests.e2e.harness import BotProcess, Person
from tests.e2e.test_crisis import add_facilitator, circle


def _text(message: StoredMessage) -> str:
    """A message's visible text."""
    return message.plain_text or ""


def _add_weekly_meeting(facilitator: Person, name: str) -> StoredMessage:
    """Add a weekly Sunday meeting at a hall, the way a volunteer would; return 'Saved'."""
    assert "What is the meeting called" in _text(facilitator.ask("/addmeeting"))
    how_often = facilitator.ask(name)
    [day] = facilitator.press(how_often, "Weekly")
    [ask_time] = facilitator.press(day, "Sun")
    assert "What time" in _text(ask_time)
    assert "couldn't read «25:00» as a time" in _text(facilitator.ask("25:00"))
    duration = facilitator.ask("18:00")
    [zone] = facilitator.press(duration, "90 min")
    [place] = facilitator.press(zone, "Keep")
    assert "Where does it meet" in _text(place)
    link = facilitator.ask("Casa del Barrio, Calle Mayor 12, Madrid")
    assert "isn't a link" in _text(facilitator.ask("zoom"))
    [notes] = facilitator.press(link, "No online link")
    assert "Anything members should know" in _text(notes)
    [preview] = facilitator.press(notes, "No notes")
    assert "Casa del Barrio" in _text(preview)
    [saved] = facilitator.press(preview, "Save")
    return saved


def test_facilitator_adds_a_meeting_in_the_chat(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """Buttons and typed answers make a weekly meeting, stored as answered."""
    group, _ = group_with_bot(bot.emulator, admin, "Lavapiés peers")
    facilitator = person("Inés")
    onboard(facilitator)
    add_facilitator(admin, group.id, facilitator)
    saved = _add_weekly_meeting(facilitator, "Sunday Circle Lavapiés")
    assert "Saved: Sunday Circle Lavapiés" in _text(saved)
    rows = query_db(
        bot.database,
        "SELECT frequency, weekday, start_time, duration_minutes, location, address"
        " FROM meetings WHERE group_id = ?",
        (group.id,),
    )
    assert rows == [("weekly", 0, "18:00", 90, "Casa del Barrio", "Calle Mayor 12, Madrid")]


def test_a_member_cannot_add_or_change_meetings(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """Every meeting command answers a member with a plain refusal; nothing is stored."""
    group_with_bot(bot.emulator, admin, "Chamberí peers")
    member = person("Mo")
    onboard(member)
    before = db_snapshot(bot.database)
    for command in ("/addmeeting", "/editmeeting", "/cancelmeeting", "/movemeeting", "/endmeeting"):
        assert "for facilitators and admins" in _text(member.ask(command)), command
    assert "Hello" not in _text(member.ask("Hello Circle")), "no conversation was started"
    after = db_snapshot(bot.database)
    for table in ("meetings", "meeting_changes", "questions"):
        assert after.get(table) == before.get(table), table


def test_a_cancellation_is_announced_in_the_group_chat(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """Cancelling the next date, with a reason, posts the news in the group chat."""
    group, _ = group_with_bot(bot.emulator, admin, "Malasaña peers")
    facilitator = person("Fran")
    onboard(facilitator)
    add_facilitator(admin, group.id, facilitator)
    _add_weekly_meeting(facilitator, "Malasaña Sundays")
    listing = facilitator.ask("/cancelmeeting")
    [dates] = facilitator.press(listing, "Malasaña Sundays")
    first_date = dates.button_texts()[0]
    [reason] = facilitator.press(dates, first_date)
    confirm = facilitator.ask("The hall is closed")
    assert "the group chat will be told" in _text(confirm)
    mark = bot.emulator.mark()
    [done] = facilitator.press(confirm, "Yes, cancel")
    assert "Cancelled: Malasaña Sundays" in _text(done)
    [news] = bot.emulator.wait_for_messages(
        group.id, since=mark, timeout=20, predicate=lambda m: "cancelled" in _text(m)
    )
    assert "Malasaña Sundays" in _text(news)
    assert "is cancelled" in _text(news)
    assert "The hall is closed" in _text(news)
    assert "Would you like to say why" in _text(reason)


def _is_news_file(message: StoredMessage) -> bool:
    """A meeting news message carrying a calendar file."""
    return message.kind == "document" and "Open this file" in _text(message)


def test_a_new_time_reaches_a_follower_with_a_calendar_file(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """A member asks for reminders; the facilitator moves the weekly time to 19:30, sees who
    will be told and confirms; the member and the group chat get the news with a calendar file
    whose event starts at 19:30."""
    group, facilitator, member = circle(bot, admin, person, "Usera peers")
    _add_weekly_meeting(facilitator, "Usera Sundays")
    [card] = member.send("/next")
    [menu] = member.press(card, "Remind me")
    assert "✅ 1 hour before" in member.press_for_edit(menu, "1 hour before").button_texts()
    listing = facilitator.ask("/editmeeting")
    [_card, fields] = facilitator.press(listing, "Usera Sundays", count=2)
    [ask_time] = facilitator.press(fields, "Time")
    assert "What time" in _text(ask_time)
    confirm = facilitator.ask("19:30")
    assert "Usera Sundays has a new day or time" in _text(confirm)
    assert "1 subscriber and the group chat will be told" in _text(confirm)
    mark = bot.emulator.mark()
    [done] = facilitator.press(confirm, "Yes, save and tell them")
    assert "Saved: Usera Sundays" in _text(done)
    [posted] = bot.emulator.wait_for_messages(
        group.id, since=mark, timeout=20, predicate=lambda m: "new day or time" in _text(m)
    )
    assert posted.kind == "text", "a group chat may forbid files: the news never rides on one"
    for chat_id in (member.id, group.id):
        [news] = bot.emulator.wait_for_messages(
            chat_id, since=mark, timeout=20, predicate=_is_news_file
        )
        if chat_id == member.id:
            assert "Usera Sundays has a new day or time" in _text(news)
        assert news.file is not None
        [event] = Calendar.from_ical(news.file.data).walk("VEVENT")
        start = event.decoded("dtstart")
        assert time(start.hour, start.minute) == time(19, 30)
        assert str(event["summary"]) == "Usera Sundays"
