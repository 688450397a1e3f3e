"""Processing the durable inbox in order: each stored update once, then marked done."""

from __future__ import annotations

import asyncio
import json
import logging
from collections import defaultdict
from typing import Any

from telegram import Update

from bot.context import BotApplication
from bot.delivery.updates import UrgencyCheck
from bot.domain.clock import Clock, iso
from bot.storage.inbox import MAX_ATTEMPTS, InboxItem, InboxRepository, Received

log = logging.getLogger(__name__)

BATCH = 100


class InboxProcessor:
    """Feeds stored updates to the Application one by one and marks each done.

    Updates whose text may be a crisis (`is_urgent`, checked when they are stored) are
    processed in a lane of their own, so a backlog of ordinary messages never delays them.
    """

    def __init__(
        self,
        app: BotApplication,
        inbox: InboxRepository,
        clock: Clock,
        concurrency: int = 8,
        is_urgent: UrgencyCheck | None = None,
    ) -> None:
        """Process updates from `inbox` with `app`, up to `concurrency` people at once."""
        self.app = app
        self.concurrency = concurrency
        self.inbox = inbox
        self.clock = clock
        self.is_urgent = is_urgent
        self.processed = 0
        self._wake = asyncio.Event()
        self._urgent_wake = asyncio.Event()
        self._stopping = False

    def wake(self) -> None:
        """Tell the processor new updates were stored."""
        self._wake.set()
        self._urgent_wake.set()

    def request_stop(self) -> None:
        """Finish the update in hand, then stop (the rest stays stored for the next start)."""
        self._stopping = True
        self.wake()

    async def store(self, batch: list[Received]) -> int:
        """Store received updates durably and wake the processor; return how many were new."""
        if not batch:
            return 0
        added = await self.inbox.store(batch, iso(self.clock()))
        if any(item.urgent for item in batch):
            self._urgent_wake.set()
        self._wake.set()
        return added

    async def run(self) -> None:
        """Process stored updates until asked to stop: urgent ones and the rest side by side."""
        urgent = asyncio.create_task(self._loop(self._urgent_wake, urgent=True), name="urgent")
        try:
            await self._loop(self._wake, urgent=False)
        finally:
            self._stopping = True
            self._urgent_wake.set()
            await asyncio.gather(urgent, return_exceptions=True)

    async def _loop(self, wake: asyncio.Event, urgent: bool) -> None:
        """Process one kind of update whenever some are stored."""
        while not self._stopping:
            if await self._drain_kind(urgent) == 0 and not self._stopping:
                await wake.wait()
                wake.clear()

    async def drain(self) -> int:
        """Process every pending update, urgent ones first; return how many were handled."""
        return await self._drain_kind(True) + await self._drain_kind(False)

    async def _drain_kind(self, urgent: bool) -> int:
        """Process every pending update of one kind; return how many were handled.

        Each person's updates are handled one after another, in order; different people's
        updates overlap (up to `concurrency` at once), so one slow reply holds up no one else.
        """
        handled = 0
        while not self._stopping:
            items = await self.inbox.pending(limit=BATCH, urgent=urgent)
            if not items:
                break
            lanes: dict[int, list[InboxItem]] = defaultdict(list)
            for item in items:
                lanes[lane_of(item)].append(item)
            gate = asyncio.Semaphore(self.concurrency)
            results = await asyncio.gather(
                *(self._lane(lane, gate) for lane in lanes.values()), return_exceptions=True
            )
            # Every lane has finished before a failure is passed on (nothing writes after it).
            failures = [result for result in results if isinstance(result, BaseException)]
            if failures:
                raise failures[0]
            handled += sum(result for result in results if isinstance(result, int))
        return handled

    async def _lane(self, items: list[InboxItem], gate: asyncio.Semaphore) -> int:
        """Process one person's updates in order; return how many were handled."""
        async with gate:
            for count, item in enumerate(items):
                if self._stopping:
                    return count
                await self._process(item.update_id, item.payload, item.attempts + 1)
            return len(items)

    async def _process(self, update_id: int, payload: str, attempt: int) -> None:
        """Process one update (unless it keeps crashing the bot) and mark it done."""
        # Counted before processing: an update that kills the process is given up eventually.
        await self.inbox.start_attempt(update_id)
        if attempt > MAX_ATTEMPTS:
            log.error("update %s given up after %d attempts", update_id, MAX_ATTEMPTS)
        else:
            update = self._decode(update_id, payload)
            if update is not None:
                await self.app.process_update(update)
        await self.inbox.mark_done(update_id, iso(self.clock()))
        self.processed += 1

    def _decode(self, update_id: int, payload: str) -> Update | None:
        """Rebuild the Update; malformed ones are logged (by id) and skipped."""
        try:
            data: Any = json.loads(payload)
            return Update.de_json(data, self.app.bot)
        except Exception as error:
            log.warning("update %s is malformed and skipped: %s", update_id, type(error).__name__)
            return None


def lane_of(item: InboxItem) -> int:
    """Updates of one chat go in one lane, in order (a person's private chat, or a group)."""
    try:
        data = json.loads(item.payload)
    except ValueError:
        return -item.update_id
    for value in data.values() if isinstance(data, dict) else ():
        chat = value.get("chat") if isinstance(value, dict) else None
        message = value.get("message") if isinstance(value, dict) else None
        if not isinstance(chat, dict) and isinstance(message, dict):
            chat = message.get("chat")
        if isinstance(chat, dict) and isinstance(chat.get("id"), int):
            return int(chat["id"])
    return item.user_id if item.user_id is not None else -item.update_id
