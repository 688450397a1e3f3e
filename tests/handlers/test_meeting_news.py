"""News of meeting changes: previewed with who will be told, then sent with a calendar file."""

from __future__ import annotations

from datetime import time

from icalendar import Calendar

from bot.app import services_of
from bot.devtools.emulator import StoredMessage
from bot.domain.buttons.meeting_editing import (
    ChangeMode,
    ChooseField,
    ConfirmChange,
    SaveMeeting,
    SetGroupNews,
    SkipStep,
    StopDraft,
)
from bot.domain.models import Person
from tests.handlers.conftest import HandlerHarness
from tests.handlers.test_meetings_facilitator import (
    FACILITATOR,
    MEMBER,
    _answers,
    _data,
    _meeting,
    _picked,
    _setup,
    _stored,
    _tap,
    _text,
    _to_preview,
)


def _calendar_start(message: StoredMessage) -> time:
    """The local start time of the one meeting in a message's calendar file."""
    assert message.kind == "document", message.kind
    assert message.file is not None
    assert (message.file.filename or "").endswith(".ics")
    [event] = Calendar.from_ical(message.file.data).walk("VEVENT")
    start = event.decoded("dtstart")
    return time(start.hour, start.minute)


async def _news(harness: HandlerHarness, chat_id: int) -> list[StoredMessage]:
    """Send what the outbox holds; return the chat's messages that carry a calendar file."""
    await harness.flush_outbox()
    return [m for m in harness.core.bot_messages(chat_id) if m.kind == "document"]


async def _group_news(harness: HandlerHarness, chat_id: int) -> tuple[str, StoredMessage]:
    """The group chat's news: a text of its own (a group may forbid files), then the file."""
    await harness.flush_outbox()
    *_, text, document = harness.core.bot_messages(chat_id)
    assert text.kind == "text"
    assert document.kind == "document"
    assert "Open this file" in (document.plain_text or "")
    return text.plain_text or "", document


async def _editing_a_followed_meeting(harness: HandlerHarness, field: str) -> int:
    """A meeting MEMBER follows (an hour before), its `field` picked in /editmeeting by the
    facilitator; returns the group's chat id."""
    camden, _ = await _setup(harness)
    services = services_of(harness.app)
    meeting = await _meeting(services, camden)
    await services.meeting_choices.remind(MEMBER, [60], meeting_id=meeting.id)
    [_card, fields] = await _picked(harness, "/editmeeting", ChangeMode.EDIT, meeting)
    await _tap(harness, FACILITATOR, fields, ChooseField(field).pack())
    return camden


async def test_a_new_time_is_previewed_then_told_with_a_calendar_file(
    harness: HandlerHarness,
) -> None:
    """Time 18:30: the facilitator sees the news and who will be told before anything changes;
    on Confirm the follower and the group chat get it with a calendar file at 18:30."""
    camden = await _editing_a_followed_meeting(harness, "time")
    confirm = await _answers(harness, FACILITATOR, "18:30")
    said = _text(confirm)
    assert "This is what I will announce" in said
    assert "Tuesday Circle has a new day or time" in said
    assert "Every Tuesday" in said
    assert "18:30" in said
    assert "It was going to be" in said
    assert "1 subscriber and the group chat will be told" in said
    assert ConfirmChange().pack() in _data(confirm)
    assert (await _stored(harness, camden)).start_time == time(19), "nothing saved yet"
    assert await _news(harness, MEMBER) == []
    [done] = await _tap(harness, FACILITATOR, confirm, ConfirmChange().pack())
    assert "Saved: Tuesday Circle" in _text(done)
    assert "1 subscriber and the group chat will be told" in _text(done)
    assert (await _stored(harness, camden)).start_time == time(18, 30)
    [news] = await _news(harness, MEMBER)
    assert "has a new day or time" in (news.plain_text or "")
    assert "Open this file to update it" in (news.plain_text or "")
    assert _calendar_start(news) == time(18, 30)
    posted, document = await _group_news(harness, camden)
    assert "has a new day or time" in posted
    assert _calendar_start(document) == time(18, 30)


async def test_place_and_link_news_is_in_the_followers_language(harness: HandlerHarness) -> None:
    """A Spanish follower reads a new place and a new link in Spanish; each edit is one copy."""
    camden, _ = await _setup(harness)
    services = services_of(harness.app)
    meeting = await _meeting(services, camden)
    await services.members.consent(Person(MEMBER, "Max", None, "es"), "es", "Europe/Madrid")
    await services.members.set_language(MEMBER, "es")
    await services.meeting_choices.remind(MEMBER, [60], group_id=camden)
    [_card, fields] = await _picked(harness, "/editmeeting", ChangeMode.EDIT, meeting)
    await _tap(harness, FACILITATOR, fields, ChooseField("place").pack())
    confirm = await _answers(harness, FACILITATOR, "Library, 1 Main St")
    assert "now meets at Library, 1 Main St" in _text(confirm)
    await _tap(harness, FACILITATOR, confirm, ConfirmChange().pack())
    [_card, fields] = await _picked(harness, "/editmeeting", ChangeMode.EDIT, meeting)
    await _tap(harness, FACILITATOR, fields, ChooseField("link").pack())
    confirm = await _answers(harness, FACILITATOR, "zoom.us/j/42")
    assert "has a new link to join: https://zoom.us/j/42" in _text(confirm)
    await _tap(harness, FACILITATOR, confirm, ConfirmChange().pack())
    place, link = [news.plain_text or "" for news in await _news(harness, MEMBER)]
    assert "ahora se reúne en Library, 1 Main St" in place
    assert "tiene un enlace nuevo para entrar: https://zoom.us/j/42" in link
    assert "Abre este archivo para actualizarla" in link


async def test_stop_on_the_preview_changes_and_tells_nothing(harness: HandlerHarness) -> None:
    """Stop at the preview of a new time: the meeting keeps its time, nobody hears anything."""
    camden = await _editing_a_followed_meeting(harness, "time")
    confirm = await _answers(harness, FACILITATOR, "20:00")
    [stopped] = await _tap(harness, FACILITATOR, confirm, StopDraft().pack())
    assert "Nothing was changed" in _text(stopped)
    assert (await _stored(harness, camden)).start_time == time(19)
    assert await _news(harness, MEMBER) == []
    assert await _news(harness, camden) == []


async def test_new_notes_are_saved_quietly(harness: HandlerHarness) -> None:
    """Notes are saved at once and nobody is sent a message; the facilitator is told so."""
    camden = await _editing_a_followed_meeting(harness, "notes")
    [saved] = await harness.send(FACILITATOR, "Ring the bell")
    assert "Nobody was sent a message" in _text(saved)
    assert (await _stored(harness, camden)).notes == "Ring the bell"
    await harness.flush_outbox()
    assert harness.core.bot_messages(MEMBER) == []


async def test_a_new_meeting_is_told_to_the_groups_followers(harness: HandlerHarness) -> None:
    """The preview says who will be told; Save tells the group's follower and its chat, with
    the calendar file to add it."""
    camden, _ = await _setup(harness)
    services = services_of(harness.app)
    await services.meeting_choices.remind(MEMBER, [60], group_id=camden)
    notes = await _to_preview(harness, "Brand New Circle")
    [preview] = await _tap(harness, FACILITATOR, notes, SkipStep("notes").pack())
    assert "1 subscriber and the group chat will be told" in _text(preview)
    assert await _news(harness, MEMBER) == []
    await _tap(harness, FACILITATOR, preview, SaveMeeting().pack())
    [news] = await _news(harness, MEMBER)
    posted, document = await _group_news(harness, camden)
    for text in (news.plain_text or "", posted):
        assert "A new meeting in Camden circle" in text
        assert "Brand New Circle" in text
        assert "Every Tuesday" in text
    assert "Open this file to add it to your calendar" in (news.plain_text or "")
    assert _calendar_start(news) == time(19)
    assert _calendar_start(document) == time(19)


async def test_the_group_chat_news_can_be_turned_off(harness: HandlerHarness) -> None:
    """'Meeting news in the group chat: on' turns it off: a cancelled date then reaches the
    follower only (with the calendar file), and the preview says so."""
    camden, _ = await _setup(harness)
    services = services_of(harness.app)
    meeting = await _meeting(services, camden)
    await services.meeting_choices.remind(MEMBER, [60], meeting_id=meeting.id)
    [listing] = await harness.send(FACILITATOR, "/editmeeting")
    assert "📣 Meeting news in the group chat: on" in listing.button_texts()
    [done] = await _tap(harness, FACILITATOR, listing, SetGroupNews(camden, False).pack())
    assert "will no longer be posted in Camden circle" in _text(done)
    group = await services.groups.get(camden)
    assert group is not None
    assert not group.meeting_news
    [listing] = await harness.send(FACILITATOR, "/editmeeting")
    assert "📣 Meeting news in the group chat: off" in listing.button_texts()
    [dates] = await _picked(harness, "/cancelmeeting", ChangeMode.CANCEL, meeting)
    [reason] = await _tap(harness, FACILITATOR, dates, _data(dates)[0])
    [confirm] = await _tap(harness, FACILITATOR, reason, SkipStep("reason").pack())
    assert "1 subscriber will be told" in _text(confirm)
    await _tap(harness, FACILITATOR, confirm, ConfirmChange().pack())
    [news] = await _news(harness, MEMBER)
    assert "is cancelled" in (news.plain_text or "")
    assert news.file is not None
    assert b"EXDATE" in news.file.data, "the fresh calendar leaves the date out"
    assert await _news(harness, camden) == []
    assert not any("cancelled" in (m.plain_text or "") for m in harness.core.bot_messages(camden))
