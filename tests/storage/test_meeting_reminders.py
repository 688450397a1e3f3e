"""Meeting storage and reminders on a real database: plan, send once, late, quiet hours, news."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from bot.config import DEFAULT_CONTENT_DIR
from bot.devtools.clock import ManualClock
from bot.domain.models import Group, Member
from bot.i18n import load_texts
from bot.meetings.models import Frequency, Meeting, MeetingDraft, Recurrence
from bot.services.meeting_choices import MeetingChoices
from bot.services.meeting_texts import MeetingWriter
from bot.services.meetings import MeetingError, MeetingService
from bot.services.outbox_link import OutboxLink
from bot.services.reminders import ReminderPolicy, ReminderService
from bot.storage.db import Database
from bot.storage.groups import GroupRepository
from bot.storage.meetings import MeetingRepository
from bot.storage.members import MemberRepository
from bot.storage.outbox import drop_unsent
from bot.storage.questions import QuestionRepository
from bot.storage.reminders import (
    MEETING_DRAFT_LIFETIME,
    MeetingDraftRepository,
    SlotRepository,
    SubscriptionRepository,
    erase_meeting_member,
)

GROUP = -100_500
MEMBER, OTHER = 501, 502
# A Tuesday; the weekly meeting is on Tuesdays (Meeting Guide day 2) at 19:00 London time.
MONDAY_NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


class World:
    """Meeting services on one database, with a movable clock."""

    def __init__(self, db: Database, clock: ManualClock) -> None:
        """Wire the repositories and services the way the container does."""
        texts = load_texts(DEFAULT_CONTENT_DIR)
        self.db, self.clock = db, clock
        self.members, self.groups = MemberRepository(db), GroupRepository(db)
        self.subscriptions = SubscriptionRepository(db)
        self.slots = SlotRepository(db)
        repo = MeetingRepository(db)
        writer = MeetingWriter(texts)
        self.reminders = ReminderService(
            db, repo, self.subscriptions, self.slots, self.groups, writer,
            ReminderPolicy((1440, 60), 30), clock, OutboxLink(),
        )  # fmt: skip
        self.meetings = MeetingService(
            db, repo, self.members, self.groups, self.reminders, writer, clock, OutboxLink()
        )
        self.choices = MeetingChoices(self.subscriptions, self.members, clock)

    async def outbox(self) -> list[tuple[str, int, str, str]]:
        """Every queued send: dedup key, chat, text (a file's caption) and when it may go."""
        rows = await self.db.fetch_all(
            "SELECT dedup_key, chat_id, payload, next_attempt_at FROM outbox ORDER BY id"
        )
        payloads = [json.loads(row[2]) for row in rows]
        assert all(payload["parse_mode"] == "HTML" for payload in payloads)  # cards are HTML
        texts = [p.get("text", p.get("caption")) for p in payloads]
        return [(row[0], row[1], text, row[3]) for row, text in zip(rows, texts, strict=True)]


def weekly(name: str = "Tuesday circle", zone: str = "Europe/London") -> Meeting:
    """A weekly Tuesday 19:00 meeting with a place and a link."""
    return Meeting(
        id=0,
        group_id=GROUP,
        slug="tuesday-circle",
        name=name,
        recurrence=Recurrence(Frequency.WEEKLY, date(2026, 11, 1), weekday=2),
        start_time=time(19, 0),
        duration_minutes=90,
        timezone=zone,
        location="Community Hall",
        conference_url="https://meet.example.org/tuesday",
    )


@pytest.fixture
async def world(db: Database) -> World:
    """A group with two members, one of whom asked for a day and an hour before."""
    made = World(db, ManualClock(MONDAY_NOON))
    now = "2026-11-01T00:00:00Z"
    await made.groups.upsert(
        Group(GROUP, "Circle", "supergroup", "code1", "Europe/London", "en", None, "member", now)
    )
    for user_id, language, zone in ((MEMBER, "en", "America/New_York"), (OTHER, "es", "UTC")):
        await made.members.add(
            Member(user_id, "Sam", None, language, zone, now, 1, False, None, now, now)
        )
        await made.members.join_group(user_id, GROUP, now)
    return made


async def test_a_meeting_round_trips_through_storage(world: World) -> None:
    """Every field of a stored meeting reads back the same; slugs are made unique."""
    first = await world.meetings.add(weekly(), by=MEMBER)
    second = await world.meetings.add(weekly(), by=MEMBER)
    assert second.slug == "tuesday-circle-2"
    assert replace(first, id=0, updated=None) == weekly()


async def test_reminders_go_once_at_their_time_with_the_group_post(world: World) -> None:
    """A day and an hour before, the subscriber is reminded once; the group 30 min before."""
    meeting = await world.meetings.add(weekly(), by=MEMBER)
    await world.choices.remind(MEMBER, [1440, 60], meeting_id=meeting.id)
    assert await world.reminders.run_due() == 0
    world.clock.now = datetime(2026, 11, 23, 19, 0, 30, tzinfo=UTC)  # a day before Tue 19:00
    assert await world.reminders.run_due() == 1
    assert await world.reminders.run_due() == 0  # nothing twice
    world.clock.now = datetime(2026, 11, 24, 18, 31, tzinfo=UTC)
    assert await world.reminders.run_due() == 2  # the hour-before and the group post
    sent = await world.outbox()
    assert sorted(chat for _key, chat, _text, _at in sent) == [GROUP, MEMBER, MEMBER]
    assert "2:00 PM (America/New_York)" in sent[0][2]  # the member's own zone
    assert "7:00 PM where the group meets" in sent[0][2]
    assert "late" not in sent[0][2]


async def test_a_reminder_missed_while_down_comes_late_once_or_not_at_all(world: World) -> None:
    """Due while the bot was down: sent late if the meeting is ahead; skipped once it began."""
    meeting = await world.meetings.add(weekly(), by=MEMBER)
    await world.choices.remind(MEMBER, [1440, 60], meeting_id=meeting.id)
    world.clock.now = datetime(2026, 11, 24, 18, 45, tzinfo=UTC)  # both member slots missed
    assert await world.reminders.run_due() == 2  # one late reminder + the group post
    texts = [text for _key, chat, text, _at in await world.outbox() if chat == MEMBER]
    assert len(texts) == 1
    assert "comes late" in texts[0]
    world.clock.now = datetime(2026, 12, 1, 19, 5, tzinfo=UTC)  # next week's, after it began
    assert await world.reminders.run_due() == 0
    assert await world.slots.pending_count() == 0


async def test_quiet_hours_hold_a_reminder_until_they_end(world: World) -> None:
    """A reminder due in quiet hours waits for their end; it is dropped if that is too late."""
    meeting = await world.meetings.add(weekly(), by=MEMBER)
    await world.choices.remind(MEMBER, [1440], meeting_id=meeting.id)
    await world.choices.set_quiet_hours(MEMBER, time(13, 0), time(15, 0))  # New York time
    world.clock.now = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)  # 14:00 in New York
    assert await world.reminders.run_due() == 1
    _key, _chat, _text, not_before = (await world.outbox())[0]
    assert not_before == "2026-11-23T20:00:00Z"  # 15:00 New York
    assert await drop_unsent(world.db, MEMBER, ("mr", "mnews")) == 1  # what /stop does
    assert await world.outbox() == []


async def test_cancelling_announces_and_skips_its_reminders(world: World) -> None:
    """A cancelled occurrence is announced to subscribers and the group, and never reminded."""
    meeting = await world.meetings.add(weekly(), by=MEMBER)
    await world.choices.remind(OTHER, [60], group_id=GROUP)
    await world.meetings.cancel(meeting.id, date(2026, 11, 24), "Holiday", by=MEMBER)
    news = await world.outbox()
    assert {chat for _key, chat, _text, _at in news} == {OTHER, GROUP}
    spanish = next(text for _key, chat, text, _at in news if chat == OTHER)
    assert "se cancela" in spanish
    assert "Holiday" in spanish
    world.clock.now = datetime(2026, 11, 24, 18, 30, tzinfo=UTC)
    assert await world.reminders.run_due() == 0
    with pytest.raises(MeetingError):
        await world.meetings.cancel(meeting.id, date(2026, 11, 25), None, by=MEMBER)


async def test_a_moved_occurrence_is_reminded_at_its_new_time(world: World) -> None:
    """Moving an occurrence re-plans its reminders for the new start and announces the move."""
    meeting = await world.meetings.add(weekly(), by=MEMBER)
    await world.choices.remind(MEMBER, [60], meeting_id=meeting.id)
    new_start = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
    moved = await world.meetings.move(meeting.id, date(2026, 11, 24), new_start, None, by=MEMBER)
    assert moved.start == new_start
    assert moved.moved
    world.clock.now = datetime(2026, 11, 24, 18, 30, tzinfo=UTC)  # the old reminder time
    assert await world.reminders.run_due() == 0
    world.clock.now = datetime(2026, 11, 25, 17, 1, tzinfo=UTC)
    assert await world.reminders.run_due() == 1
    assert any("has moved" in text for _key, chat, text, _at in await world.outbox())


async def test_forget_erases_reminders_and_answers(world: World) -> None:
    """The meeting eraser leaves no subscription or answer of the member."""
    meeting = await world.meetings.add(weekly(), by=MEMBER)
    await world.choices.remind(MEMBER, [60], meeting_id=meeting.id)
    await world.choices.answer(meeting.id, date(2026, 11, 24), MEMBER, "yes")
    assert await world.choices.counts(meeting.id, date(2026, 11, 24)) == {"yes": 1}
    async with world.db.transaction() as tx:
        await erase_meeting_member(tx, MEMBER)
    assert await world.subscriptions.export(MEMBER) is None
    assert await world.choices.counts(meeting.id, date(2026, 11, 24)) == {}


async def test_a_meeting_draft_is_the_facilitators_open_question(db: Database) -> None:
    """A draft reads back as saved, lasts a week, and another question replaces it."""
    questions = QuestionRepository(db)
    drafts = MeetingDraftRepository(questions)
    data = {"mode": "add", "group_id": GROUP, "name": "Circle", "duration": 90}
    await drafts.save(MeetingDraft(MEMBER, "freq", data), "2026-11-23T12:00:00Z")
    assert await drafts.get(MEMBER) == MeetingDraft(MEMBER, "freq", data)
    assert await drafts.get(OTHER) is None
    stored = await questions.get(MEMBER)
    assert stored is not None
    assert (stored.kind, stored.step, stored.data) == ("meeting", "freq", data)
    assert stored.expires_at - stored.asked_at == MEETING_DRAFT_LIFETIME == timedelta(days=7)
    other = replace(stored, kind="timezone", step="", data={})
    await questions.replace(MEMBER, other)
    assert await drafts.get(MEMBER) is None
    assert not await drafts.delete(MEMBER), "the other question is not a draft to drop"
    assert await questions.get(MEMBER) == other
    await drafts.save(MeetingDraft(MEMBER, "name", {"mode": "add"}), "2026-11-23T12:05:00Z")
    assert await drafts.delete(MEMBER)
    assert await drafts.get(MEMBER) is None
    assert await questions.get(MEMBER) is None


async def test_unreachable_and_stopped_members_are_not_reminded(world: World) -> None:
    """A member who blocked the bot or chose /stop gets no reminder."""
    meeting = await world.meetings.add(weekly(), by=MEMBER)
    await world.choices.remind(MEMBER, [60], meeting_id=meeting.id)
    await world.choices.remind(OTHER, [60], meeting_id=meeting.id)
    await world.members.set_unreachable(MEMBER, "2026-11-20T00:00:00Z")
    await world.members.set_scheduled_stopped(OTHER, True, "2026-11-20T00:00:00Z")
    world.clock.now = datetime(2026, 11, 24, 18, 0, 30, tzinfo=UTC)
    await world.reminders.run_due()
    assert {chat for _key, chat, _text, _at in await world.outbox()} <= {GROUP}


async def test_the_plan_extends_without_duplicates(world: World) -> None:
    """Extending the plan again adds nothing planned before; a week later, the next one."""
    await world.meetings.add(weekly(), by=MEMBER)
    before = await world.slots.pending_count()
    assert before > 0
    await world.reminders.extend_plan()
    assert await world.slots.pending_count() == before
    world.clock.now += timedelta(days=7)
    await world.reminders.extend_plan()
    assert await world.slots.pending_count() > before


def test_content_dir_exists() -> None:
    """The texts these tests read are the project's own."""
    assert Path(DEFAULT_CONTENT_DIR, "locales", "en", "meetings.ftl").exists()


async def test_a_date_moved_after_its_reminder_is_reminded_again(world: World) -> None:
    """A day-before reminder went out for Tuesday; the date moves to Saturday: reminded again."""
    meeting = await world.meetings.add(weekly(), by=MEMBER)
    await world.choices.remind(MEMBER, [1440], meeting_id=meeting.id)
    world.clock.now = datetime(2026, 11, 23, 19, 0, 30, tzinfo=UTC)
    assert await world.reminders.run_due() == 1
    await world.db.write("UPDATE outbox SET sent_at = '2026-11-23T19:00:31Z'")  # it went out
    world.clock.now = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    saturday = datetime(2026, 11, 28, 19, 0, tzinfo=UTC)
    await world.meetings.move(meeting.id, date(2026, 11, 24), saturday, "Hall booked", by=MEMBER)
    world.clock.now = datetime(2026, 11, 27, 19, 0, 30, tzinfo=UTC)
    assert await world.reminders.run_due() == 1
    reminders = [text for key, chat, text, _at in await world.outbox() if key.startswith("mr:")]
    assert len(reminders) == 2
    assert "Sat, Nov 28" in reminders[1]


async def test_an_edit_keeps_a_reminder_that_is_due_but_not_yet_sent(world: World) -> None:
    """Editing the meeting seconds after a reminder fell due does not lose that reminder."""
    meeting = await world.meetings.add(weekly(), by=MEMBER)
    await world.choices.remind(MEMBER, [60], meeting_id=meeting.id)
    world.clock.now = datetime(2026, 11, 24, 18, 0, 10, tzinfo=UTC)  # due at 18:00:00
    await world.meetings.update(replace(meeting, notes="Bring a mug"), by=MEMBER)
    assert await world.reminders.run_due() == 1  # the group post is due at 18:30
    texts = [text for _key, chat, text, _at in await world.outbox() if chat == MEMBER]
    assert len(texts) == 1
    assert "Bring a mug" in texts[0]


async def test_cancelling_drops_a_reminder_held_for_quiet_hours(world: World) -> None:
    """A reminder waiting for quiet hours to end is dropped when its date is cancelled."""
    meeting = await world.meetings.add(weekly(), by=MEMBER)
    await world.choices.remind(MEMBER, [1440], meeting_id=meeting.id)
    await world.choices.set_quiet_hours(MEMBER, time(13, 0), time(15, 0))  # New York time
    world.clock.now = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)  # 14:00 in New York
    assert await world.reminders.run_due() == 1
    await world.meetings.cancel(meeting.id, date(2026, 11, 24), None, by=MEMBER)
    keys = [key for key, chat, _text, _at in await world.outbox() if chat == MEMBER]
    assert len(keys) == 1
    assert keys[0].startswith("mnews:")  # only the news; the held reminder is gone


async def test_news_too_long_for_a_caption_comes_as_text_then_the_file(world: World) -> None:
    """A caption Telegram would refuse (over 1,024 characters) becomes the news as a text,
    then the calendar file with a short caption; a short one is the file's caption. The group
    chat (which may forbid files) always gets the news as a text, then the file."""
    meeting = await world.meetings.add(weekly(), by=MEMBER)
    await world.choices.remind(MEMBER, [60], meeting_id=meeting.id)
    news = world.meetings.news
    now = world.clock()
    async with world.db.transaction() as tx:
        await news.announce(tx, meeting, "1:long", now, lambda *_: "é" * 1100, b"BEGIN:VCALENDAR")
        await news.announce(tx, meeting, "1:short", now, lambda *_: "Short", b"BEGIN:VCALENDAR")
    rows = await world.db.fetch_all(
        "SELECT dedup_key, method, payload FROM outbox WHERE chat_id = ? ORDER BY id", (MEMBER,)
    )
    methods = [(str(key).split(":")[2], method) for key, method, _payload in rows]
    assert methods == [("long", "sendMessage"), ("long", "sendDocument"), ("short", "sendDocument")]
    long_file, short_file = (json.loads(row[2]) for row in rows[1:])
    assert long_file["document"]["file_text"] == "BEGIN:VCALENDAR"
    assert "Open this file" in long_file["caption"]
    assert short_file["caption"].startswith("Short\n\n")
    assert short_file["document"]["filename"] == "tuesday-circle.ics"
    posted = await world.db.fetch_all(
        "SELECT method FROM outbox WHERE chat_id = ? AND dedup_key LIKE 'mnews:1:%' ORDER BY id",
        (GROUP,),
    )
    assert [row[0] for row in posted] == ["sendMessage", "sendDocument"] * 2
