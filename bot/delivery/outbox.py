"""Sending what the outbox holds, most urgent first, at least once, even after a crash."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import logging
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from telegram import InputFile
from telegram.error import BadRequest, Forbidden
from telegram.ext import ExtBot

from bot.delivery.updates import raw_call
from bot.domain.clock import Clock, iso
from bot.domain.messages import FILE_BASE64, FILE_TEXT
from bot.domain.sends import OutcomeObserver, SendKind, SendOutcome
from bot.storage.outbox import OutboxMessage, OutboxRepository

log = logging.getLogger(__name__)


RETRY_DELAYS = (2, 5, 15, 60, 300)
MAX_ATTEMPTS = 20
STOP_GRACE = 10.0
IDLE_CHECK = 60.0
MAX_IN_FLIGHT = 400
# Priorities at or above this urgency (Priority.INTERACTIVE) bypass the in-flight cap.
URGENT = 1
URGENT_BATCH = 50
FLUSH_EVERY = 0.05
# A finished send is recorded at most this long after its answer (one write for all that
# finish together): what a crash can send twice beyond the sends still awaiting an answer.
RECORD_WITHIN = 0.02
FLUSH_BATCH = 100


def uploads_of(params: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters with each file held as text or base64 (OutgoingFile) made an upload."""
    found: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, Mapping) and isinstance(value.get(FILE_TEXT), str):
            name = str(value.get("filename") or "file")
            found[key] = InputFile(value[FILE_TEXT].encode("utf-8"), filename=name)
        elif isinstance(value, Mapping) and isinstance(value.get(FILE_BASE64), str):
            name = str(value.get("filename") or "file")
            found[key] = InputFile(base64.b64decode(value[FILE_BASE64]), filename=name)
        else:
            found[key] = value
    return found


def outcome_of(message: OutboxMessage, result: Any) -> SendOutcome:
    """How a send went, as its kind's observer hears it (result None: failed for good)."""
    return SendOutcome.of(
        message.kind, message.dedup_key, message.chat_id, message.context, message.params, result
    )


class OutboxWorker:
    """Keeps up to MAX_IN_FLIGHT outbox sends waiting in the priority limiter at once.

    The limiter, not this worker, decides the order: an alert queued while thousands of
    reminders wait is fetched at the next wake-up and overtakes them there.
    """

    def __init__(
        self,
        bot: ExtBot[Any],
        outbox: OutboxRepository,
        clock: Clock,
        max_in_flight: int = MAX_IN_FLIGHT,
        observers: Mapping[SendKind, OutcomeObserver] | None = None,
    ) -> None:
        """Send with `bot` what `outbox` holds; `observers` (by kind of send) hear outcomes."""
        self.bot = bot
        self.observers = dict(observers or {})
        self.outbox = outbox
        self.clock = clock
        self.max_in_flight = max_in_flight
        self.sent = 0
        self._in_flight: dict[int, asyncio.Task[None]] = {}
        self._wake = asyncio.Event()
        # Sent ids are recorded in batches: one write per batch, not per message, so the single
        # write path stays free for everything else (an alert's own state change included).
        self._sent: list[int] = []
        self._flush_lock = asyncio.Lock()
        # Ids whose outcome may not be visible to a due() query that is running: skipped by it.
        self._settling: set[int] = set()
        self._stopping = False
        # Key prefixes whose unsent rows were deleted (a cancelled announcement): never sent.
        self._dropped: tuple[str, ...] = ()
        # While run() runs: the timer that records finished sends RECORD_WITHIN after the first.
        self._running = False
        self._flusher: asyncio.Task[None] | None = None

    def wake(self) -> None:
        """Tell the worker something was queued."""
        self._wake.set()

    async def drop(self, prefix: str) -> int:
        """Never send rows keyed `prefix…` again (a cancel is about to delete them).

        Sends waiting in the limiter are stopped; finished ones are recorded first, so the
        caller's delete keeps them as sent. Returns how many sends were stopped.
        """
        self._dropped += (prefix,)
        tasks = [task for task in self._in_flight.values() if task.get_name().startswith(prefix)]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.flush()
        return len(tasks)

    async def run(self) -> None:
        """Send due messages until cancelled."""
        self._running = True
        try:
            # Ends on stop() by itself: a cancel can be swallowed by wait_for on Python 3.11
            # when the wake-up lands at the same moment.
            while not self._stopping:
                self._wake.clear()
                await self.flush()
                await self.fill()
                with contextlib.suppress(TimeoutError):
                    timeout = FLUSH_EVERY if self._sent else await self._idle_time()
                    await asyncio.wait_for(self._wake.wait(), timeout=timeout)
        finally:
            # Sends finishing during the stop's grace are recorded as they finish, too.
            await self._settle_in_flight()
            self._running = False
            if self._flusher is not None:
                self._flusher.cancel()
                await asyncio.gather(self._flusher, return_exceptions=True)
            await asyncio.shield(self.flush())

    def _record_soon(self) -> None:
        """Record finished sends within RECORD_WITHIN, however many others are in flight.

        A crash then re-sends at most what finished in the last RECORD_WITHIN and the sends
        whose answer had not been read; the batch keeps it one write for all of them.
        """
        if self._running and (self._flusher is None or self._flusher.done()):
            self._flusher = asyncio.create_task(self._flush_later(), name="outbox-record")

    async def _flush_later(self) -> None:
        """Wait RECORD_WITHIN (so sends finishing together share one write), then record;
        again while sends finished meanwhile (during the write)."""
        while self._sent:
            await asyncio.sleep(RECORD_WITHIN)
            try:
                await self.flush()
            except Exception as error:  # kept for the loop's next flush, which tries again
                log.warning("outbox: recording sent messages failed: %s", type(error).__name__)
                return

    async def _settle_in_flight(self) -> None:
        """On a graceful stop let sends in flight finish (up to STOP_GRACE), then cancel the rest.

        A send cancelled after Telegram took it would be sent again after a restart, so a
        stop waits for the answer; only what is still unanswered after the grace is cancelled.
        """
        tasks = list(self._in_flight.values())
        if not tasks:
            return
        grace = STOP_GRACE if self._stopping else 0.0
        _, pending = await asyncio.wait(tasks, timeout=grace) if grace else (set(), set(tasks))
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    async def flush(self) -> None:
        """Record the sends finished since the last flush (kept for the next try on failure)."""
        async with self._flush_lock:
            done = list(self._sent)
            if done:
                await self.outbox.mark_sent_many(done, iso(self.clock()))
                # A fill() whose due() read began before this commit may still see them as
                # unsent: they join its skip set in the same step as they leave _sent.
                self._settling.update(done)
                del self._sent[: len(done)]

    async def stop(self) -> None:
        """Take nothing new, let sends in flight finish (up to STOP_GRACE s), record them."""
        self._stopping = True
        self._wake.set()
        if self._in_flight:
            await asyncio.wait(list(self._in_flight.values()), timeout=STOP_GRACE)
        await self.flush()

    async def fill(self) -> int:
        """Start sending due messages not already in flight; return how many were started.

        Urgent sends (alerts, replies) are always taken, even when bulk fills every place.
        """
        if self._stopping:
            return 0
        room = self.max_in_flight - len(self._in_flight)
        now, busy = iso(self.clock()), len(self._in_flight) + len(self._sent)
        finished_meanwhile: set[int] = set()
        self._settling = finished_meanwhile
        if room > 0:
            due = await self.outbox.due(now, limit=room + busy)
        else:
            due = await self.outbox.due(now, limit=URGENT_BATCH + busy, max_priority=URGENT)
            room = URGENT_BATCH
        skip = self._in_flight.keys() | set(self._sent) | finished_meanwhile
        fresh = [
            message
            for message in due
            if message.id not in skip and not message.dedup_key.startswith(self._dropped)
        ][:room]
        for message in fresh:
            task = asyncio.create_task(self._send(message), name=message.dedup_key)
            self._in_flight[message.id] = task
            task.add_done_callback(functools.partial(self._done, message.id))
        return len(fresh)

    async def drain(self) -> None:
        """Send everything due now and wait for it (for tests and shutdown)."""
        while await self.fill() or self._in_flight:
            await asyncio.gather(*self._in_flight.values(), return_exceptions=True)
            await self.flush()

    def _done(self, message_id: int, _task: asyncio.Task[None]) -> None:
        """Forget a finished send; wake the loop when there is room for more."""
        self._in_flight.pop(message_id, None)
        self._settling.add(message_id)
        if len(self._in_flight) <= self.max_in_flight // 2:
            self._wake.set()

    async def _retry_later(self, message: OutboxMessage, error: str) -> None:
        """Schedule the next attempt with backoff; give up after MAX_ATTEMPTS."""
        if message.attempts + 1 >= MAX_ATTEMPTS:
            log.error("outbox %s given up after %d attempts: %s", message.id, MAX_ATTEMPTS, error)
            await self.outbox.mark_failed(message.id, iso(self.clock()), error)
            await self._tell(message, None)
            return
        delay = RETRY_DELAYS[min(message.attempts, len(RETRY_DELAYS) - 1)]
        await self.outbox.retry_later(
            message.id, iso(self.clock() + timedelta(seconds=delay)), error
        )

    async def _idle_time(self) -> float:
        """Seconds until the next send is due (at most IDLE_CHECK)."""
        if self._in_flight:
            return IDLE_CHECK
        next_due = await self.outbox.next_due_at()
        if next_due is None:
            return IDLE_CHECK
        due = datetime.fromisoformat(next_due.replace("Z", "+00:00"))
        return max(0.05, min(IDLE_CHECK, (due - self.clock()).total_seconds()))

    async def _send(self, message: OutboxMessage) -> None:
        """Send one message; record success, a final failure, or the next attempt."""
        params = {"chat_id": message.chat_id, **uploads_of(message.params)}
        try:
            result = await raw_call(
                self.bot, message.method, params, rate_limit_args={"priority": message.priority}
            )
        except (Forbidden, BadRequest) as error:
            log.warning("outbox %s failed for good: %s", message.id, type(error).__name__)
            await self.outbox.mark_failed(message.id, iso(self.clock()), type(error).__name__)
            await self._tell(message, None)
            return
        except Exception as error:  # any failure is retried later, never spun on
            await self._retry_later(message, type(error).__name__)
            return
        await self._tell(message, result)
        self._sent.append(message.id)
        self.sent += 1
        self._record_soon()
        if len(self._sent) >= FLUSH_BATCH:
            self._wake.set()

    async def _tell(self, message: OutboxMessage, result: Any) -> None:
        """Tell the observer of this kind of send how it went; its failure stops nothing."""
        observer = self.observers.get(message.kind)
        if observer is None:
            return
        try:
            await observer(outcome_of(message, result))
        except Exception as error:  # an observer's bug must not stop sending
            log.error("outbox %s observer failed: %s", message.id, type(error).__name__)
