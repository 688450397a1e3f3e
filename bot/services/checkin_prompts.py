"""Sending check-in prompts and weekly summaries when due, each at most once.

No timer per member: each plan stores when its next check-in is due (`next_due_at`, indexed),
and a job reads only the plans that are due, so the work each minute follows what is due. A
prompt is queued in the outbox (scheduled priority) in the same transaction that records the
day's check-in as asked and moves the plan on; the key `ci:<member>:<date>` makes it once a day
whatever happens. After downtime, a prompt still goes out on the same local day (late), and
is skipped on a later day.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.checkins.models import MOODS, CheckinPlan
from bot.checkins.patterns import summarise
from bot.checkins.schedule import due_date, end_of_day, next_due, still_same_day
from bot.delivery.pacing import Priority
from bot.domain.buttons.checkins import Mood, Skip
from bot.domain.clock import Clock, iso, parse_iso
from bot.domain.messages import Button, Keyboard, OutgoingText
from bot.domain.sends import SendKind
from bot.formats.formatting import decimal_text, reader_for
from bot.i18n import Texts
from bot.services.checkins import CheckinService, next_summary
from bot.services.outbox_link import OutboxLink
from bot.storage.checkins import CheckinRepository, DuePlan
from bot.storage.db import Database, Transaction
from bot.storage.outbox import enqueue_message

PROMPT_PREFIX = "ci"
SUMMARY_PREFIX = "cs"
BATCH = 500
LATE_AFTER = timedelta(minutes=2)


def todays_due(plan: CheckinPlan, now: datetime) -> datetime | None:
    """Today's check-in time (member's zone) if it has passed already, else None."""
    zone = ZoneInfo(plan.timezone)
    midnight = datetime.combine(now.astimezone(zone).date(), time.min, zone)
    due = next_due(plan, midnight - timedelta(seconds=1))
    if due is None or due > now or not still_same_day(plan, due, now):
        return None
    return due


class CheckinPrompts:
    """Queues due check-in prompts and weekly summaries."""

    def __init__(
        self,
        db: Database,
        repo: CheckinRepository,
        checkins: CheckinService,
        texts: Texts,
        clock: Clock,
        outbox: OutboxLink,
    ) -> None:
        """Use the check-ins storage and service, the texts and the clock."""
        self.db = db
        self.repo = repo
        self.checkins = checkins
        self.texts = texts
        self.clock = clock
        self.outbox = outbox

    async def run_due(self) -> int:
        """Queue every due prompt and summary; return how many messages were queued."""
        now = self.clock()
        queued = 0
        while due := await self.repo.due(iso(now), BATCH):
            async with self.db.transaction() as tx:
                for item in due:
                    queued += await self._prompt(tx, item, now)
            self.outbox.ready()
        while due := await self.repo.due_summaries(iso(now), BATCH):
            async with self.db.transaction() as tx:
                for item in due:
                    queued += await self._summary(tx, item, now)
            self.outbox.ready()
        return queued

    async def _prompt(self, tx: Transaction, item: DuePlan, now: datetime) -> int:
        """Ask one member (if reachable and still their day), then plan the next check-in."""
        plan, due = item.plan, parse_iso(item.due_at)
        if not still_same_day(plan, due, now):
            due = todays_due(plan, now) or due  # down since an earlier day: today's, if passed
        following = next_due(plan, max(due, now))
        await self.repo.set_next_due(tx, plan.user_id, iso(following) if following else None)
        if not item.reachable or not plan.enabled or not still_same_day(plan, due, now):
            return 0
        local = due_date(plan, due)
        if not await self.repo.ask(tx, plan.user_id, local, iso(now), iso(end_of_day(plan, local))):
            return 0
        late = now - due > LATE_AFTER
        queued = await enqueue_message(
            tx,
            self.prompt(item.language, local, late),
            kind=SendKind.CHECKIN_PROMPT,
            dedup_key=f"{PROMPT_PREFIX}:{plan.user_id}:{local.isoformat()}",
            chat_id=plan.user_id,
            user_id=plan.user_id,
            priority=Priority.SCHEDULED,
            now=iso(now),
        )
        return int(queued)

    def prompt(self, language: str, local: date, late: bool = False) -> OutgoingText:
        """The question with five mood buttons (emoji and words) and 'skip today'."""
        text = self.texts.get(language, "checkin-prompt")
        if late:
            text += "\n" + self.texts.get(language, "checkin-prompt-late")
        rows = [
            [Button.of_html(self.texts.get(language, f"mood-{m}"), Mood(local, m).pack())]
            for m in reversed(MOODS)
        ]
        skip = self.texts.get(language, "checkin-skip-today")
        rows.append([Button.of_html(skip, Skip(local).pack())])
        return OutgoingText(text, Keyboard.of(rows))

    async def _summary(self, tx: Transaction, item: DuePlan, now: datetime) -> int:
        """Send one weekly summary (if there is anything to sum up), then plan the next."""
        plan, due = item.plan, parse_iso(item.due_at)
        following = next_summary(plan, max(due, now))
        await self.repo.set_next_summary(tx, plan.user_id, iso(following) if following else None)
        if not item.reachable or now - due > timedelta(days=1):
            return 0
        today = due_date(plan, due)
        text = await self.summary_text(plan, item.language, today)
        if text is None:
            return 0
        queued = await enqueue_message(
            tx,
            OutgoingText(text),
            kind=SendKind.CHECKIN_SUMMARY,
            dedup_key=f"{SUMMARY_PREFIX}:{plan.user_id}:{today.isoformat()}",
            chat_id=plan.user_id,
            user_id=plan.user_id,
            priority=Priority.SCHEDULED,
            now=iso(now),
        )
        return int(queued)

    async def summary_text(self, plan: CheckinPlan, language: str, today: date) -> str | None:
        """The week in a few lines: check-ins, average, streak; None for an empty week."""
        week = await self.checkins.history(plan.user_id, 7, today)
        summary = summarise(week, today, 7)
        if not summary.answered or summary.average is None:
            return None
        return self.texts.get(
            language,
            "checkin-weekly-summary",
            answered=summary.answered,
            average=decimal_text(reader_for(language, plan.timezone), summary.average),
            streak=summary.streak,
        )
