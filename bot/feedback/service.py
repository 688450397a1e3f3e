"""Who is asked "How was it for you?" and when; answers kept without the member's id."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

from bot.delivery.pacing import Priority
from bot.domain.clock import Clock, iso
from bot.domain.messages import Button, Keyboard, OutgoingText
from bot.domain.sends import SendKind
from bot.feedback.figures import FeedbackSummary, summarise
from bot.feedback.model import (
    ASK_KEEP,
    ASK_WINDOW,
    SCORES,
    FeltSafe,
    SkipFeedback,
    ask_key,
    iso_week,
)
from bot.feedback.storage import Attendee, FeedbackRepository
from bot.i18n import Texts
from bot.meetings.models import Meeting, Occurrence
from bot.meetings.recurrence import occurrence_on
from bot.meetings.timing import quiet_end_after
from bot.services.container import Services
from bot.services.outbox_link import OutboxLink
from bot.storage.db import Database, Transaction
from bot.storage.meetings import MeetingRepository
from bot.storage.outbox import enqueue_message

log = logging.getLogger(__name__)


class FeedbackService:
    """Asks attendees after an occurrence ends; keeps answers naming no one."""

    def __init__(
        self,
        *,
        db: Database,
        repo: FeedbackRepository,
        meetings: MeetingRepository,
        texts: Texts,
        clock: Clock,
        outbox: OutboxLink,
    ) -> None:
        """Use the database, feedback and meeting storage, the texts, the clock and the outbox."""
        self.db = db
        self.repo = repo
        self.meetings = meetings
        self.texts = texts
        self.clock = clock
        self.outbox = outbox

    async def run_due(self) -> int:
        """Ask about every occurrence that ended in the last day (once each); return how many
        messages were queued."""
        now = self.clock()
        first = (now - ASK_WINDOW - timedelta(days=1)).date().isoformat()
        last = (now + timedelta(days=1)).date().isoformat()
        queued = 0
        for meeting_id, original in await self.repo.candidates(first, last):
            meeting = await self.meetings.get(meeting_id)
            if meeting is None:
                continue
            changes = (await self.meetings.changes_of([meeting_id])).get(meeting_id, [])
            occurrence = occurrence_on(meeting, changes, date.fromisoformat(original))
            if occurrence is not None and occurrence.end > now:
                continue  # not over yet: asked about later
            askable = occurrence is not None and not occurrence.cancelled
            recent = occurrence is not None and now - occurrence.end <= ASK_WINDOW
            attendees = await self.repo.attendees(meeting_id, original) if askable else []
            async with self.db.transaction() as tx:
                if not await self.repo.start_round(tx, meeting_id, original, iso(now)):
                    continue
                if occurrence is None or not askable or not recent:
                    continue
                for attendee in attendees:
                    queued += await self._ask(tx, occurrence, attendee, now)
        await self.repo.forget_old_asks(iso(now - ASK_KEEP))
        if queued:
            self.outbox.ready()
        return queued

    async def _ask(
        self, tx: Transaction, occurrence: Occurrence, attendee: Attendee, now: datetime
    ) -> int:
        """Queue one member's question, held past their quiet hours; remember they were asked."""
        meeting = occurrence.meeting
        original = occurrence.original_date.isoformat()
        await self.repo.add_ask(tx, attendee.user_id, meeting.id, original, iso(now))
        send_at = quiet_end_after(attendee.quiet_start, attendee.quiet_end, attendee.timezone, now)
        message = self.question(meeting, occurrence.original_date, attendee.language)
        queued = await enqueue_message(
            tx,
            message,
            kind=SendKind.FEEDBACK_ASK,
            dedup_key=ask_key(meeting.id, original, attendee.user_id),
            chat_id=attendee.user_id,
            user_id=attendee.user_id,
            priority=Priority.SCHEDULED,
            now=iso(now),
            not_before=iso(send_at) if send_at is not None else None,
        )
        return int(queued)

    def question(self, meeting: Meeting, on: date, language: str) -> OutgoingText:
        """The first question (felt safe, 1-5) with its buttons and "Skip"."""
        text = self.texts.get(language, "feedback-ask", meeting=meeting.name)
        scores = tuple(
            Button(str(score), FeltSafe(meeting.id, on, score).pack()) for score in SCORES
        )
        skip = Button.of_html(
            self.texts.get(language, "btn-feedback-skip"), SkipFeedback(meeting.id, on).pack()
        )
        return OutgoingText(text, Keyboard((scores, (skip,))))

    async def was_asked(self, user_id: int, meeting_id: int, on: date) -> bool:
        """Whether the member was asked about the occurrence and has not answered yet."""
        return await self.repo.was_asked(user_id, meeting_id, on.isoformat())

    async def answer(
        self, user_id: int, meeting_id: int, on: date, scores: tuple[int, int] | None
    ) -> bool:
        """Keep the answer under the meeting and the week only (None: skipped) and forget that
        the member was asked; False when they were not asked or already answered."""
        return await self.repo.answer(user_id, meeting_id, on.isoformat(), iso_week(on), scores)

    async def summary(self, group_id: int, days: int) -> FeedbackSummary:
        """The group's feedback over the last days, each figure hidden below 5 people."""
        first_week = iso_week((self.clock() - timedelta(days=days)).date())
        return summarise(await self.repo.answers_of_group(group_id, first_week))

    async def export(self, user_id: int) -> dict[str, object] | None:
        """/mydata: the meetings the member was asked about and has not answered (answers
        themselves name no one, so they cannot be found again)."""
        asks = await self.repo.asks_of(user_id)
        return {"asked_about": asks} if asks else None


def feedback_service(services: Services) -> FeedbackService:
    """The feature's service over the shared storage, texts and clock."""
    return FeedbackService(
        db=services.db,
        repo=FeedbackRepository(services.db),
        meetings=MeetingRepository(services.db),
        texts=services.texts,
        clock=services.clock,
        outbox=services.outbox_link,
    )
