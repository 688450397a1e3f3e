"""The daily job deletes sends finished more than OUTBOX_KEEP ago, in the running bot."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.app import services_of
from bot.delivery.pacing import Priority
from bot.devtools.clock import ManualClock
from bot.domain.clock import iso
from bot.domain.messages import OutgoingText
from bot.domain.sends import SendKind
from bot.jobs import OUTBOX_KEEP
from bot.storage.db import Database
from bot.storage.outbox import enqueue_message
from tests.handlers.conftest import running_app
from tests.handlers.world import onboard

MEMBER = 670_000_001


async def _rows(db: Database) -> list[str]:
    """The outbox's keys."""
    return [str(row[0]) for row in await db.fetch_all("SELECT dedup_key FROM outbox")]


async def test_finished_sends_are_deleted_after_the_keeping_time(tmp_path: Path) -> None:
    """A text sent to a member stays in the outbox for OUTBOX_KEEP, and is gone after it;
    one still waiting (held for later) stays."""
    clock = ManualClock(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    async with running_app(tmp_path, clock=clock) as harness:
        await onboard(harness, MEMBER, "Robin")
        db = services_of(harness.app).db
        async with db.transaction() as tx:
            for key, later in (("sent", None), ("waiting", "2027-01-01T00:00:00Z")):
                await enqueue_message(
                    tx,
                    OutgoingText("Hello"),
                    kind=SendKind.OTHER,
                    dedup_key=key,
                    chat_id=MEMBER,
                    priority=Priority.INTERACTIVE,
                    now=iso(clock.now),
                    not_before=later,
                )
        await harness.flush_outbox()
        assert harness.app.job_queue is not None
        [job] = harness.app.job_queue.get_jobs_by_name("outbox")
        await job.callback(None)  # type: ignore[arg-type]
        assert sorted(await _rows(db)) == ["sent", "waiting"]
        clock.now += OUTBOX_KEEP * 1.1
        await job.callback(None)  # type: ignore[arg-type]
        assert await _rows(db) == ["waiting"]
