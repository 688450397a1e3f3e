"""Daily check-ins: opting in and out, pausing, answers, notes and gentle follow-up.

Check-ins belong to the member. Facilitators hear of them only when the member asks ("I'd
like a facilitator to reach out") or agreed at opt-in to be followed up after a run of low
days, and even then they learn that someone would like contact, never a mood or a note.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.checkins.models import Checkin, CheckinPlan
from bot.checkins.patterns import low_pattern
from bot.checkins.schedule import next_due
from bot.domain.clock import Clock, iso
from bot.domain.localtime import local_moment
from bot.i18n import Texts
from bot.services.contact_requests import ContactRequestService, Opened
from bot.services.contact_texts import COPY_PREFIX
from bot.services.outbox_link import OutboxLink
from bot.services.roles import RoleService
from bot.storage.checkins import CheckinRepository
from bot.storage.db import Database
from bot.storage.members import MemberRepository

LOW_MOOD = 2  # a mood at or below this counts towards a low run
SUMMARY_DAY = 6  # weekly summaries come on Sundays (Python weekday)
SUMMARY_AT = time(18, 0)
NOTE_WINDOW = timedelta(minutes=30)  # a note is waited for this long after "Add a note"
# Text typed this soon after answering a check-in (without "Add a note") is offered as its
# note; once offered, it is held this long for the tap, then dropped.
NOTE_OFFER_WINDOW = timedelta(minutes=10)
NOTE_LIMIT = 1000  # characters of a note kept (and of text held to be offered as one)
LOOK_BACK_DAYS = 60  # how far back an unbroken run of low days is traced
REQUEST_PREFIX = COPY_PREFIX  # sr:<request id>:<reader> (bot.services.contact_texts)


@dataclass(frozen=True)
class Answer:
    """How recording a mood went: saved (and whether a low run just completed), or closed."""

    saved: bool
    low_run: bool = False


def low_run_start(history: list[Checkin], last: date) -> date:
    """The first day of the unbroken run of low days that ends on `last`."""
    moods = {checkin.local_date: checkin.mood for checkin in history}
    first = last
    while (mood := moods.get(first - timedelta(days=1))) is not None and mood <= LOW_MOOD:
        first -= timedelta(days=1)
    return first


def next_summary(plan: CheckinPlan, after: datetime) -> datetime | None:
    """The next Sunday 18:00 (member's zone) after `after`, for members who want a summary."""
    if not plan.enabled or not plan.weekly_summary:
        return None
    local = after.astimezone(ZoneInfo(plan.timezone)).date()
    for ahead in range(8):
        day = local + timedelta(days=ahead)
        if day.weekday() == SUMMARY_DAY:
            moment = local_moment(plan.timezone, day, SUMMARY_AT)
            if moment > after:
                return moment
    return None


class CheckinService:
    """A member's check-in plan, answers and notes; support requests to facilitators."""

    def __init__(
        self,
        db: Database,
        repo: CheckinRepository,
        members: MemberRepository,
        roles: RoleService,
        texts: Texts,
        clock: Clock,
        *,
        contacts: ContactRequestService,
        outbox: OutboxLink,
        low_run: int = 3,
    ) -> None:
        """Wire storage, roles (who to tell), texts, the length of a low run and the requests."""
        self.db = db
        self.repo = repo
        self.members = members
        self.roles = roles
        self.texts = texts
        self.clock = clock
        self.low_run = low_run
        self.outbox = outbox
        # Requests to reach out (bot.services.contact_requests): told, claimed and reminded.
        self.contacts = contacts

    async def plan(self, user_id: int) -> CheckinPlan | None:
        """The member's plan, if they ever opted in."""
        return await self.repo.plan(user_id)

    async def save(self, plan: CheckinPlan) -> datetime | None:
        """Store a plan and when its next check-in (and summary) falls; return the next one."""
        now = self.clock()
        due = next_due(plan, now)
        summary = next_summary(plan, now)
        await self.repo.save_plan(
            plan, iso(due) if due else None, iso(summary) if summary else None, iso(now)
        )
        return due

    async def opt_in(
        self, user_id: int, at: time, days: frozenset[int], share_low_mood: bool
    ) -> CheckinPlan | None:
        """Turn check-ins on at a local time and days (None for someone who is not a member)."""
        member = await self.members.get(user_id)
        if member is None:
            return None
        old = await self.repo.plan(user_id)
        plan = CheckinPlan(
            user_id,
            at,
            days,
            member.timezone,
            weekly_summary=old.weekly_summary if old else False,
            share_low_mood=share_low_mood,
        )
        if member.scheduled_stopped:  # turning check-ins on is asking for messages again
            await self.members.set_scheduled_stopped(user_id, False, iso(self.clock()))
        await self.save(plan)
        return plan

    async def change(self, user_id: int, **fields: object) -> CheckinPlan | None:
        """Change some fields of the plan (at, days, enabled, paused_until, ...), re-planned."""
        plan = await self.repo.plan(user_id)
        if plan is None:
            return None
        member = await self.members.get(user_id)
        zone = member.timezone if member else plan.timezone
        changed = replace(plan, timezone=zone, **fields)  # type: ignore[arg-type]
        await self.save(changed)
        return changed

    async def replan(self, user_id: int) -> None:
        """Recompute the next check-in (after the member changed time zone)."""
        await self.change(user_id)

    def today(self, plan: CheckinPlan) -> date:
        """The member's local date now."""
        return self.clock().astimezone(ZoneInfo(plan.timezone)).date()

    async def answer(self, user_id: int, local_date: date, mood: int) -> Answer:
        """Record a mood; say whether it completes a run of low days (once per unbroken run)."""
        now = iso(self.clock())
        if not await self.repo.answer(user_id, local_date, mood, now):
            return Answer(saved=False)
        if mood > LOW_MOOD:
            return Answer(saved=True)
        history = await self.repo.history(user_id, local_date - timedelta(days=LOOK_BACK_DAYS))
        if not low_pattern(history, local_date, run=self.low_run, threshold=LOW_MOOD):
            return Answer(saved=True)
        first = low_run_start(history, local_date)
        if await self.repo.followed_up_between(user_id, first, local_date):
            return Answer(saved=True)  # this run was followed up already: no nagging
        marked = await self.repo.mark(user_id, local_date, "followed_up", now)
        return Answer(saved=True, low_run=marked)

    async def note_window(self, user_id: int, local_date: date) -> timedelta | None:
        """How long to wait for a note on this check-in: NOTE_WINDOW if answered and open."""
        if not await self.repo.takes_note(user_id, local_date, iso(self.clock())):
            return None
        return NOTE_WINDOW

    async def get(self, user_id: int, local_date: date) -> Checkin | None:
        """One day's check-in of the member."""
        return await self.repo.get(user_id, local_date)

    async def take_note(self, user_id: int, local_date: date, text: str) -> bool:
        """Store a typed note on the day's answered check-in; False when there is none."""
        return await self.repo.save_note(user_id, local_date, text[:NOTE_LIMIT], iso(self.clock()))

    async def history(self, user_id: int, days: int, today: date) -> list[Checkin]:
        """The member's check-ins over the last `days` days up to `today`."""
        return await self.repo.history(user_id, today - timedelta(days=days - 1))

    async def request_contact(
        self, user_id: int, local_date: date | None, kind: str
    ) -> Opened | None:
        """Ask the member's facilitators (else admins) to reach out; say who was told.

        `kind` is "asked" (the member tapped the button) or "low_mood" (a run of low days, told
        only with the member's consent). The message names the member, never a mood or a note.
        None when nothing was recorded (not a member, asked before, the day has closed).
        """
        member = await self.members.get(user_id)
        if member is None:
            return None
        asked_before = (
            local_date is not None
            and kind == "asked"
            and not await self.repo.mark(user_id, local_date, "wants_contact", iso(self.clock()))
        )
        if asked_before:
            return None
        return await self.contacts.open(user_id, kind)

    async def erase_old_notes(self, retention: timedelta) -> int:
        """Delete notes older than the retention period; return how many."""
        return await self.repo.erase_notes_before(iso(self.clock() - retention))
