"""The features' timers: JobQueue jobs that read their due work from the database.

Registered by the composition root (`bot/app.py`); each job only calls a service.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta

from bot.context import BotApplication
from bot.domain.clock import iso
from bot.services.container import Services
from bot.storage.maintenance import RETRY_SECONDS, CheckpointTimer

log = logging.getLogger(__name__)

# Seconds between checks for due escalations: a tenth of the shortest wait, within these bounds.
ESCALATION_CHECK_MIN = 0.5
ESCALATION_CHECK_MAX = 10.0
# The daily digest is checked as often as escalations, but not more than every few seconds.
DIGEST_CHECK_MIN = 2.0


def schedule_storage_jobs(app: BotApplication, services: Services) -> None:
    """Truncate the WAL every CHECKPOINT_SECONDS, and every second while one is owed; delete
    finished sends past OUTBOX_KEEP daily (and soon after a start)."""
    if app.job_queue is None:
        return
    timer = CheckpointTimer(services.db, services.settings.checkpoint_seconds)

    async def checkpoint(_context: object) -> None:
        """Fold the WAL into the database and cut it (erased rows leave its old frames)."""
        await timer.tick()

    app.job_queue.run_repeating(checkpoint, interval=RETRY_SECONDS, first=1, name="checkpoint")

    async def prune_outbox() -> int:
        """Delete sends finished before the keeping time (their rows name whom and when)."""
        removed = await services.outbox.prune(iso(services.clock() - OUTBOX_KEEP))
        if removed:
            services.db.owe_checkpoint()
        return removed

    _repeat_cleanup(app, "outbox", PRUNE_EVERY_SECONDS, 90, prune_outbox)


def schedule_flag_jobs(app: BotApplication, services: Services) -> None:
    """Check for due escalations often (timers live in the database) and erase old excerpts."""
    if app.job_queue is None:
        return
    settings = services.settings
    waits = [
        settings.escalation_minutes,
        settings.escalation_imminent_minutes,
        settings.escalation_repeat_minutes,
        settings.escalation_late_minutes,
    ]
    if settings.taken_flag_repage_minutes > 0:  # re-pages of taken flags run in the same job
        waits.append(settings.taken_flag_repage_minutes)
    interval = min(ESCALATION_CHECK_MAX, max(ESCALATION_CHECK_MIN, min(waits) * 60 / 10))

    async def escalate(_context: object) -> None:
        """Move flags nobody took to their next step; re-page taken flags left open."""
        await services.escalator.escalate_due()

    async def erase(_context: object) -> None:
        """Erase excerpts and names of flags past the retention period."""
        erased = await services.flag_records.erase_expired()
        if erased:
            services.db.owe_checkpoint()
            log.info("erased the details of %d old flag(s)", erased)

    app.job_queue.run_repeating(escalate, interval=interval, first=0.5, name="escalation")

    async def digest(_context: object) -> None:
        """Send the admins' daily digest of flags not closed, once its hour has come."""
        await services.flag_digest.run_due()

    app.job_queue.run_repeating(erase, interval=3600, first=5, name="flag-retention")
    app.job_queue.run_repeating(
        digest, interval=max(interval, DIGEST_CHECK_MIN), first=1, name="flag-digest"
    )


def schedule_contact_request_jobs(app: BotApplication, services: Services) -> None:
    """Remind unclaimed requests to reach out (timers live in the database), like escalations."""
    if app.job_queue is None:
        return
    settings = services.settings
    shortest = min(settings.escalation_minutes, settings.escalation_repeat_minutes)
    interval = min(ESCALATION_CHECK_MAX, max(ESCALATION_CHECK_MIN, shortest * 60 / 10))

    async def remind(_context: object) -> None:
        """Send the next round of every unclaimed request whose wait is over."""
        await services.contact_requests.remind_due()

    app.job_queue.run_repeating(remind, interval=interval, first=0.5, name="contact-requests")


def schedule_meeting_jobs(app: BotApplication, services: Services) -> None:
    """Send due meeting reminders every few seconds; extend the reminder plan hourly."""
    if app.job_queue is None:
        return

    async def remind(_context: object) -> None:
        """Queue the reminders that are due (the plan lives in the database)."""
        await services.reminders.run_due()

    async def extend(_context: object) -> None:
        """Plan the reminders of occurrences that came into the horizon."""
        await services.reminders.extend_plan()

    every = services.settings.meeting_check_seconds
    app.job_queue.run_repeating(remind, interval=every, first=1, name="meeting-reminders")
    app.job_queue.run_repeating(extend, interval=3600, first=3600, name="meeting-plan")


def schedule_checkin_jobs(app: BotApplication, services: Services) -> None:
    """Send due check-in prompts every few seconds; delete old notes hourly."""
    if app.job_queue is None:
        return
    retention = timedelta(days=services.settings.checkin_note_retention_days)

    async def prompt(_context: object) -> None:
        """Queue the check-in prompts and weekly summaries that are due."""
        await services.checkin_prompts.run_due()

    async def erase(_context: object) -> None:
        """Delete check-in notes older than the retention period."""
        erased = await services.checkins.erase_old_notes(retention)
        if erased:
            services.db.owe_checkpoint()
            log.info("deleted %d check-in note(s) past the retention period", erased)

    every = services.settings.checkin_check_seconds
    app.job_queue.run_repeating(prompt, interval=every, first=1, name="checkin-prompts")
    app.job_queue.run_repeating(erase, interval=3600, first=10, name="checkin-retention")


# Lapsed questions are deleted this often (a lapsed one is also ignored when read).
QUESTION_SWEEP_SECONDS = 3600
# Active days are kept for at most ACTIVITY_KEEP_DAYS: checked daily (and soon after a start).
PRUNE_EVERY_SECONDS = 24 * 3600
# Sends the outbox finished (sent or failed for good) are deleted after this long: long past
# any redelivery or observer, and every key the bot could queue again is dated or one-off.
OUTBOX_KEEP = timedelta(days=30)


def schedule_question_jobs(app: BotApplication, services: Services) -> None:
    """Delete lapsed open questions hourly (and soon after a start)."""
    _repeat_cleanup(app, "questions", QUESTION_SWEEP_SECONDS, 30, services.questions.close_lapsed)


def schedule_activity_jobs(app: BotApplication, services: Services) -> None:
    """Delete active days past the keeping period, daily (and soon after a start)."""
    _repeat_cleanup(app, "activity", PRUNE_EVERY_SECONDS, 60, services.stats.prune_activity)


def _repeat_cleanup(
    app: BotApplication, name: str, every: float, first: float, clean: Callable[[], Awaitable[int]]
) -> None:
    """Run `clean` every `every` seconds (first after `first`); log how many rows it removed."""
    if app.job_queue is None:
        return

    async def run(_context: object) -> None:
        """One cleanup round."""
        removed = await clean()
        if removed:
            log.info("%s: removed %d old row(s)", name, removed)

    app.job_queue.run_repeating(run, interval=every, first=first, name=name)
