"""Check-ins on a real database: prompts once at the local time, late only the same day."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.checkins.models import EVERY_DAY, WEEKDAYS
from bot.config import DEFAULT_CONTENT_DIR
from bot.devtools.clock import ManualClock
from bot.domain.escalation import EscalationPolicy
from bot.domain.models import Group, Member
from bot.i18n import load_texts
from bot.services.checkin_prompts import CheckinPrompts
from bot.services.checkins import NOTE_WINDOW, CheckinService
from bot.services.contact_requests import ContactRequestService
from bot.services.outbox_link import OutboxLink
from bot.services.roles import RoleService
from bot.storage.checkins import CheckinRepository, erase_checkins
from bot.storage.contact_requests import ContactRequestRepository
from bot.storage.db import Database
from bot.storage.groups import GroupRepository
from bot.storage.members import MemberRepository
from bot.storage.outbox import erase_outbox
from bot.storage.roles import RoleRepository

MEMBER, FACILITATOR, ADMIN = 701, 702, 703
GROUP = -100_700
# Monday 23 Nov 2026, 12:00 UTC = 13:00 in Madrid.
NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)

# How long a request to reach out waits before its reminder.
REQUEST_POLICY = EscalationPolicy(
    after=timedelta(minutes=5), imminent_after=timedelta(minutes=2), rounds=0
)


class World:
    """Check-in services on one database, with a movable clock."""

    def __init__(self, db: Database) -> None:
        """Wire the repositories and services the way the container does."""
        texts = load_texts(DEFAULT_CONTENT_DIR)
        self.db, self.clock = db, ManualClock(NOON)
        self.members = MemberRepository(db)
        self.repo = CheckinRepository(db)
        roles = RoleService(RoleRepository(db), (), self.clock)
        self.roles = roles
        outbox = OutboxLink()
        contacts = ContactRequestService(
            db, ContactRequestRepository(db), self.members, roles, texts, self.clock,
            REQUEST_POLICY, outbox=outbox,
        )  # fmt: skip
        self.checkins = CheckinService(
            db, self.repo, self.members, roles, texts, self.clock, contacts=contacts, outbox=outbox
        )
        self.prompts = CheckinPrompts(db, self.repo, self.checkins, texts, self.clock, outbox)

    async def outbox(self) -> list[tuple[str, int, dict[str, object]]]:
        """Every queued send: its key, chat and parameters."""
        rows = await self.db.fetch_all("SELECT dedup_key, chat_id, payload FROM outbox ORDER BY id")
        return [(row[0], row[1], json.loads(row[2])) for row in rows]


@pytest.fixture
async def world(db: Database) -> World:
    """A member in Madrid in a group with one facilitator."""
    made = World(db)
    stamp = "2026-11-01T00:00:00Z"
    await GroupRepository(db).upsert(
        Group(GROUP, "Circle", "supergroup", "c7", "Europe/Madrid", "es", None, "member", stamp)
    )
    for user_id in (MEMBER, FACILITATOR):
        await made.members.add(
            Member(user_id, "Ana", None, "es", "Europe/Madrid", stamp, 1, False, None, stamp, stamp)
        )
    await made.members.join_group(MEMBER, GROUP, stamp)
    await made.roles.roles.add_facilitator(GROUP, FACILITATOR, None, stamp)
    return made


async def test_a_prompt_comes_once_at_the_local_time(world: World) -> None:
    """Opted in for 21:30 Madrid: nothing before, one prompt at 20:30 UTC, none twice."""
    await world.checkins.opt_in(MEMBER, time(21, 30), EVERY_DAY, share_low_mood=False)
    assert await world.prompts.run_due() == 0
    world.clock.now = datetime(2026, 11, 23, 20, 30, 5, tzinfo=UTC)
    assert await world.prompts.run_due() == 1
    assert await world.prompts.run_due() == 0
    [(key, chat, params)] = await world.outbox()
    assert (key, chat) == (f"ci:{MEMBER}:2026-11-23", MEMBER)
    assert "¿Cómo te sientes hoy?" in str(params["text"])
    assert "tarde" not in str(params["text"])
    world.clock.now += timedelta(days=1)
    assert await world.prompts.run_due() == 1  # the next day's


async def test_downtime_sends_late_the_same_day_and_skips_a_past_day(world: World) -> None:
    """Due while down: sent late if it is still that local day; a missed day is skipped."""
    await world.checkins.opt_in(MEMBER, time(21, 30), EVERY_DAY, share_low_mood=False)
    world.clock.now = datetime(2026, 11, 23, 22, 45, tzinfo=UTC)  # 23:45 Madrid, same day
    assert await world.prompts.run_due() == 1
    [(_key, _chat, params)] = await world.outbox()
    assert "tarde" in str(params["text"])
    world.clock.now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # the 24th's was missed
    assert await world.prompts.run_due() == 0
    plan = await world.repo.due(world.clock.now.strftime("%Y-%m-%dT%H:%M:%SZ"), 10)
    assert plan == []  # the plan moved on to the 25th at 21:30


async def days_prompted(world: World, first: date, days: int) -> list[date]:
    """Walk the clock day by day (09:30 Madrid) and return the days a prompt was queued."""
    prompted = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        world.clock.now = datetime(day.year, day.month, day.day, 8, 30, tzinfo=UTC)
        if await world.prompts.run_due():
            prompted.append(day)
    return prompted


async def test_weekdays_pause_and_unreachable_members_get_no_prompt(world: World) -> None:
    """A weekday plan skips the weekend; a pause skips its days; a blocked bot stops prompts."""
    await world.checkins.opt_in(MEMBER, time(9, 0), WEEKDAYS, share_low_mood=False)
    week = await days_prompted(world, date(2026, 11, 26), 5)  # Thursday to Monday
    assert week == [date(2026, 11, 26), date(2026, 11, 27), date(2026, 11, 30)]
    await world.checkins.change(MEMBER, paused_until=date(2026, 12, 2))
    paused = await days_prompted(world, date(2026, 12, 1), 3)  # Tuesday to Thursday
    assert paused == [date(2026, 12, 3)]
    await world.members.set_unreachable(MEMBER, "2026-12-03T12:00:00Z")
    assert await days_prompted(world, date(2026, 12, 4), 1) == []


async def test_answers_notes_and_the_low_run(world: World) -> None:
    """Moods are saved until the day ends; the third low day in a row is reported once."""
    await world.checkins.opt_in(MEMBER, time(21, 0), EVERY_DAY, share_low_mood=True)
    results = []
    for day in range(3):
        world.clock.now = datetime(2026, 11, 23 + day, 20, 0, 30, tzinfo=UTC)
        await world.prompts.run_due()
        results.append(await world.checkins.answer(MEMBER, date(2026, 11, 23 + day), 2))
    assert [answer.low_run for answer in results] == [False, False, True]
    again = await world.checkins.answer(MEMBER, date(2026, 11, 25), 1)
    assert again.saved
    assert not again.low_run  # told once per day
    world.clock.now = datetime(2026, 11, 26, 20, 0, 30, tzinfo=UTC)
    await world.prompts.run_due()
    fourth = await world.checkins.answer(MEMBER, date(2026, 11, 26), 2)
    assert not fourth.low_run  # the same unbroken run: no nagging
    world.clock.now = datetime(2026, 11, 25, 20, 30, tzinfo=UTC)
    assert await world.checkins.note_window(MEMBER, date(2026, 11, 25)) == NOTE_WINDOW
    assert await world.checkins.take_note(MEMBER, date(2026, 11, 25), "Rough week at work")
    assert not await world.checkins.take_note(MEMBER, date(2026, 11, 20), "no check-in that day")
    world.clock.now = datetime(2026, 11, 26, 0, 5, tzinfo=UTC)  # after midnight in Madrid
    closed = await world.checkins.answer(MEMBER, date(2026, 11, 25), 4)
    assert not closed.saved


async def test_contact_requests_go_to_facilitators_without_mood(world: World) -> None:
    """ "Reach out" tells the group's facilitator once, with the name and no mood or note."""
    await world.checkins.opt_in(MEMBER, time(21, 0), EVERY_DAY, share_low_mood=False)
    world.clock.now = datetime(2026, 11, 23, 20, 0, 30, tzinfo=UTC)
    await world.prompts.run_due()
    await world.checkins.answer(MEMBER, date(2026, 11, 23), 1)
    opened = await world.checkins.request_contact(MEMBER, date(2026, 11, 23), "asked")
    assert opened is not None
    assert opened.told == 1
    assert await world.checkins.request_contact(MEMBER, date(2026, 11, 23), "asked") is None
    sent = [(chat, params) for key, chat, params in await world.outbox() if key.startswith("sr:")]
    assert [chat for chat, _params in sent] == [FACILITATOR]
    text = str(sent[0][1]["text"])
    assert "Ana" in text
    assert "1" not in text.replace(str(MEMBER), "")  # no mood figure


async def test_forget_and_retention_erase_check_ins(world: World) -> None:
    """Old notes are deleted after the retention period; /forget leaves no row."""
    await world.checkins.opt_in(MEMBER, time(21, 0), EVERY_DAY, share_low_mood=False)
    world.clock.now = datetime(2026, 11, 23, 20, 0, 30, tzinfo=UTC)
    await world.prompts.run_due()
    await world.checkins.answer(MEMBER, date(2026, 11, 23), 3)
    assert await world.checkins.take_note(MEMBER, date(2026, 11, 23), "private words")
    world.clock.now += timedelta(days=91)
    assert await world.checkins.erase_old_notes(timedelta(days=90)) == 1
    [checkin] = await world.repo.history(MEMBER, date(2026, 11, 1))
    assert (checkin.mood, checkin.note) == (3, None)
    exported = await world.repo.export(MEMBER)
    assert exported is not None
    assert exported["checkins"] == [
        {"date": "2026-11-23", "mood": 3, "note": None, "asked_for_contact": False}
    ]
    async with world.db.transaction() as tx:
        await erase_checkins(tx, MEMBER)
    assert await world.repo.export(MEMBER) is None


async def test_weekly_summary_on_sunday_evening(world: World) -> None:
    """A member who wants a summary gets one on Sunday 18:00 local, summing up the week."""
    await world.checkins.opt_in(MEMBER, time(21, 0), EVERY_DAY, share_low_mood=False)
    await world.checkins.change(MEMBER, weekly_summary=True)
    for day, mood in ((23, 3), (24, 4), (25, 5)):
        world.clock.now = datetime(2026, 11, day, 20, 0, 30, tzinfo=UTC)
        await world.prompts.run_due()
        await world.checkins.answer(MEMBER, date(2026, 11, day), mood)
    world.clock.now = datetime(2026, 11, 29, 17, 0, 30, tzinfo=UTC)  # Sunday 18:00 Madrid
    await world.prompts.run_due()
    summaries = [params for key, _chat, params in await world.outbox() if key.startswith("cs:")]
    assert len(summaries) == 1
    assert "3 veces" in str(summaries[0]["text"])
    assert "4,0" in str(summaries[0]["text"]), "a Spanish decimal comma"


async def test_down_since_yesterday_still_sends_todays_prompt_late(world: World) -> None:
    """Down from before Monday's 21:30 to Tuesday 21:45: Tuesday's prompt comes, late."""
    await world.checkins.opt_in(MEMBER, time(21, 30), EVERY_DAY, share_low_mood=False)
    world.clock.now = datetime(2026, 11, 24, 20, 45, tzinfo=UTC)  # Tuesday 21:45 Madrid
    assert await world.prompts.run_due() == 1
    [(key, _chat, params)] = await world.outbox()
    assert key == f"ci:{MEMBER}:2026-11-24"
    assert "tarde" in str(params["text"])


async def test_opting_in_again_after_stop_brings_prompts_back(world: World) -> None:
    """/stop silences prompts; turning check-ins on again is asking for them again."""
    await world.members.set_scheduled_stopped(MEMBER, True, "2026-11-23T00:00:00Z")
    await world.checkins.opt_in(MEMBER, time(21, 30), EVERY_DAY, share_low_mood=False)
    world.clock.now = datetime(2026, 11, 23, 20, 30, 5, tzinfo=UTC)
    assert await world.prompts.run_due() == 1


async def test_requests_after_forget_get_new_ids_and_are_dropped_unsent(world: World) -> None:
    """A forgotten member's unsent request is dropped; the next request gets a fresh id."""
    await world.checkins.opt_in(MEMBER, time(21, 0), EVERY_DAY, share_low_mood=False)
    world.clock.now = datetime(2026, 11, 23, 20, 0, 30, tzinfo=UTC)
    await world.prompts.run_due()
    await world.checkins.answer(MEMBER, date(2026, 11, 23), 3)
    assert await world.checkins.request_contact(MEMBER, date(2026, 11, 23), "asked")
    [first_key] = [key for key, _chat, _p in await world.outbox() if key.startswith("sr:")]
    async with world.db.transaction() as tx:
        await erase_checkins(tx, MEMBER)
        await erase_outbox(tx, MEMBER)
    assert [key for key, _chat, _p in await world.outbox() if key.startswith("sr:")] == []
    await world.checkins.opt_in(MEMBER, time(21, 0), EVERY_DAY, share_low_mood=False)
    world.clock.now = datetime(2026, 11, 24, 20, 0, 30, tzinfo=UTC)
    await world.prompts.run_due()
    assert await world.checkins.request_contact(MEMBER, date(2026, 11, 24), "asked")
    [second_key] = [key for key, _chat, _p in await world.outbox() if key.startswith("sr:")]
    assert second_key != first_key


async def test_closed_days_take_no_note_and_no_request(world: World) -> None:
    """After a check-in's day ended, neither a note nor a request to reach out is taken."""
    await world.checkins.opt_in(MEMBER, time(21, 0), EVERY_DAY, share_low_mood=False)
    world.clock.now = datetime(2026, 11, 23, 20, 0, 30, tzinfo=UTC)
    await world.prompts.run_due()
    await world.checkins.answer(MEMBER, date(2026, 11, 23), 3)
    world.clock.now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    assert await world.checkins.note_window(MEMBER, date(2026, 11, 23)) is None
    assert await world.checkins.request_contact(MEMBER, date(2026, 11, 23), "asked") is None


async def test_low_mood_consent_names_facilitators_only(world: World) -> None:
    """With no facilitator, a low-run follow-up tells nobody, not even the admin there is
    (consent named facilitators)."""
    await world.roles.roles.seed_admins((ADMIN,), "2026-11-01T00:00:00Z")
    assert await world.roles.all_admin_ids() == [ADMIN]
    await world.roles.roles.remove_facilitator(GROUP, FACILITATOR)
    await world.checkins.opt_in(MEMBER, time(21, 0), EVERY_DAY, share_low_mood=True)
    opened = await world.checkins.request_contact(MEMBER, None, "low_mood")
    assert opened is not None
    assert (opened.audience, opened.told) == ("nobody", 0)
    assert [key for key, _chat, _p in await world.outbox() if key.startswith("sr:")] == []
