"""Processing the durable inbox in order: each stored update once, then marked done."""

from __future__ import annotations

import asyncio
import json
import logging
from collections import defaultdict
from functools import partial
from typing import Any

from telegram import Update

from bot.context import BotApplication
from bot.crisis.layered import CHECKED_HARMLESS
from bot.delivery.marks import InboxMarks
from bot.delivery.updates import UrgencyCheck, written_text
from bot.domain.clock import Clock, iso
from bot.storage.db import remembered_reads
from bot.storage.inbox import MAX_ATTEMPTS, InboxItem, InboxRepository, Received

log = logging.getLogger(__name__)

BATCH = 100
# How many of a person's earlier pending updates the urgent lane processes before their urgent
# one (the latest ones). A joining link, a language choice, a time zone: the few updates that
# change how an alert is routed come right before it, and 20 keeps the alert's wait short.
CATCH_UP = 20


class InboxProcessor:
    """Feeds stored updates to the Application one by one and marks each done.

    Updates whose text may be a crisis (`is_urgent`, checked when they are stored) are
    processed in a lane of their own, so a backlog of ordinary messages never delays them; each
    one first takes its sender's earlier pending updates (the last CATCH_UP), so a person's
    updates stay in order. An update is processed under a claim (`_process`), so the two lanes
    never process one update twice.
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
        self.marks = InboxMarks(inbox)  # attempts and done marks, committed in groups
        self.clock = clock
        self.is_urgent = is_urgent
        self.processed = 0
        self._wake = asyncio.Event()
        self._urgent_wake = asyncio.Event()
        self._stopping = False
        # Claims: the update_ids being processed now, each with an event set when it is done.
        self._in_hand: dict[int, asyncio.Event] = {}
        # Urgent updates in a task of their own, and each person's latest: (update_id, task).
        self._urgent: dict[int, asyncio.Task[int]] = {}
        self._last_of: dict[int, tuple[int, asyncio.Task[int]]] = {}
        self._failure: BaseException | None = None
        self._harmless: set[int] = set()

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
        # Checked as they came and found harmless: not checked again when handled (by id, so
        # only updates this process checked; none of their text is kept here).
        self._harmless.update(item.update_id for item in batch if item.checked and not item.urgent)
        if any(item.urgent for item in batch):
            self._urgent_wake.set()
        self._wake.set()
        return added

    async def run(self) -> None:
        """Process stored updates until asked to stop: urgent ones and the rest side by side.

        Either lane failing ends this with its error (the runner stops, and a restart takes
        up what is stored): a dead urgent lane must never leave crisis messages waiting.
        """
        urgent = asyncio.create_task(self._urgent_loop(), name="urgent")
        ordinary = asyncio.create_task(self._ordinary_loop(), name="ordinary")
        try:
            done, _ = await asyncio.wait({urgent, ordinary}, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                task.result()
        except asyncio.CancelledError:
            urgent.cancel()
            ordinary.cancel()
            raise
        finally:
            self._stopping = True
            self.wake()
            await asyncio.gather(urgent, ordinary, return_exceptions=True)

    async def _ordinary_loop(self) -> None:
        """Process ordinary updates whenever some are stored, until asked to stop."""
        while not self._stopping:
            if await self._drain_ordinary() == 0 and not self._stopping:
                await self._wake.wait()
                self._wake.clear()

    async def drain(self) -> int:
        """Process every pending update, urgent ones first; return how many were handled."""
        return await self._drain_urgent() + await self._drain_ordinary()

    async def _urgent_loop(self) -> None:
        """Start a task for every urgent update as soon as it is stored, until asked to stop."""
        try:
            while not self._stopping:
                started = await self._start_urgent()
                if self._failure is not None:
                    raise self._failure
                if not started and not self._stopping:
                    await self._urgent_wake.wait()
                    self._urgent_wake.clear()
        finally:
            await asyncio.gather(*self._urgent.values(), return_exceptions=True)

    async def _drain_urgent(self) -> int:
        """Process every pending urgent update (each after its sender's earlier ones)."""
        handled = 0
        while not self._stopping and (tasks := await self._start_urgent()):
            handled += _total(await asyncio.gather(*tasks, return_exceptions=True))
        return handled

    async def _start_urgent(self) -> list[asyncio.Task[int]]:
        """Start a task for each pending urgent update that has none; return the new tasks.

        Each update has a task of its own, so one person's catch-up (or slow handler) never
        holds up another person's alert; a person's tasks run one after another, in order.
        """
        # Read past those in a task already: a flood of one person's urgent updates never
        # hides another person's behind it, and one stored out of order is still seen.
        items = await self.inbox.pending(limit=BATCH + len(self._urgent), urgent=True)
        if self._failure is not None:
            return []  # the urgent loop raises it; nothing is tried again meanwhile
        return [self._start_one(item) for item in items if item.update_id not in self._urgent]

    def _start_one(self, item: InboxItem) -> asyncio.Task[int]:
        """Start the task of one urgent update, after the task of the same person's last one."""
        person = person_of(item)
        _, before = self._last_of.get(person, (None, None))
        task = asyncio.create_task(self._urgent_one(item, before))
        self._urgent[item.update_id] = task
        self._last_of[person] = (item.update_id, task)
        task.add_done_callback(partial(self._urgent_done, item))
        return task

    def _urgent_done(self, item: InboxItem, task: asyncio.Task[int]) -> None:
        """Forget a finished urgent task; keep its failure for the urgent loop to raise."""
        self._urgent.pop(item.update_id, None)
        person = person_of(item)
        if self._last_of.get(person, (None, None))[1] is task:
            del self._last_of[person]
        if not task.cancelled() and task.exception() is not None and self._failure is None:
            self._failure = task.exception()
        self._urgent_wake.set()

    async def _urgent_one(self, item: InboxItem, after: asyncio.Task[int] | None) -> int:
        """Process the sender's last CATCH_UP earlier pending updates, then this urgent one.

        A flood from one person delays only that person's own alert, by at most CATCH_UP
        updates; their older pending updates are left to the ordinary lane.
        """
        if after is not None:
            await asyncio.wait([after])  # the same person's earlier urgent update
        earlier = (
            []
            if item.user_id is None
            else await self.inbox.pending_before(item.update_id, item.user_id, CATCH_UP)
        )
        handled = 0
        for each in [*earlier, item]:
            if self._stopping:
                break
            handled += await self._process(each)
        return handled

    async def _drain_ordinary(self) -> int:
        """Process every pending ordinary update; return how many were handled.

        Each person's updates are handled one after another, in order; different people's
        updates overlap (up to `concurrency` at once), so one slow reply holds up no one else.
        """
        handled = 0
        while not self._stopping:
            items = await self.inbox.pending(limit=BATCH, urgent=False)
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
            handled += _total(results)
        return handled

    async def _lane(self, items: list[InboxItem], gate: asyncio.Semaphore) -> int:
        """Process one chat's updates in order; return how many were handled.

        The lane holds one of the `concurrency` places while an update is handled, and gives
        it up before the update's done mark is committed: the next lane's attempt then goes
        into the same group commit as this done mark (one statement for both).
        """
        handled = 0
        for item in items:
            if self._stopping:
                break
            await self._after_urgent(item)
            await gate.acquire()  # given up by _process once the update was handled
            handled += await self._process(item, gate)
        return handled

    async def _after_urgent(self, item: InboxItem) -> None:
        """Wait until the sender's earlier urgent update in hand is done (a /forget right
        after a crisis message must not erase before the flag is raised)."""
        last = self._last_of.get(person_of(item))
        if last is not None and last[0] < item.update_id:
            await asyncio.wait([last[1]])

    async def _process(self, item: InboxItem, place: asyncio.Semaphore | None = None) -> int:
        """Process one update under its claim, unless it is already done; return 1 if it was.

        Both lanes may hold the same pending update (the urgent lane takes a person's earlier
        ones): whoever claims it second waits until the first is done, and the re-check in
        start_attempt (only a pending update counts an attempt) then skips it. `place`: the
        place the caller took (the ordinary lanes' limit, taken before the claim), given up
        here once the update was handled, before its done mark is committed.
        """
        try:
            while (busy := self._in_hand.get(item.update_id)) is not None:
                await busy.wait()
            done = self._in_hand[item.update_id] = asyncio.Event()
            try:
                # Counted before processing: an update that kills the process is given up
                # eventually.
                if not await self.marks.start_attempt(item.update_id):
                    return 0
                await self._handle(item.update_id, item.payload, item.attempts + 1)
                if place is not None:
                    place.release()
                    place = None  # given up: not released again below
                # Still under the claim: neither lane starts it again before this is committed.
                await self.marks.mark_done(item.update_id, iso(self.clock()))
                self.processed += 1
                return 1
            finally:
                del self._in_hand[item.update_id]
                done.set()
        finally:
            if place is not None:
                place.release()

    async def _handle(self, update_id: int, payload: str, attempt: int) -> None:
        """Give one update to the Application, unless it keeps crashing the bot."""
        if attempt > MAX_ATTEMPTS:
            log.error("update %s given up after %d attempts", update_id, MAX_ATTEMPTS)
            return
        decoded = self._decode(update_id, payload)
        if decoded is None:
            return
        update, data = decoded
        harmless = written_text(data) if update_id in self._harmless else None
        token = CHECKED_HARMLESS.set(harmless or None)
        try:
            with remembered_reads():  # the gate and the answer read the member once
                await self.app.process_update(update)
        finally:
            CHECKED_HARMLESS.reset(token)
            self._harmless.discard(update_id)

    def _decode(self, update_id: int, payload: str) -> tuple[Update, dict[str, Any]] | None:
        """Rebuild the Update (and its JSON); malformed ones are logged (by id) and skipped."""
        try:
            data: Any = json.loads(payload)
            return Update.de_json(data, self.app.bot), data
        except Exception as error:
            log.warning("update %s is malformed and skipped: %s", update_id, type(error).__name__)
            return None


def _total(results: list[int | BaseException]) -> int:
    """Sum what the lanes handled, once all have finished; raise the first failure if any."""
    failures = [result for result in results if isinstance(result, BaseException)]
    if failures:
        raise failures[0]
    return sum(result for result in results if isinstance(result, int))


def person_of(item: InboxItem) -> int:
    """The sender of an update (or, without one, its chat lane): whose order the alert keeps."""
    return item.user_id if item.user_id is not None else lane_of(item)


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
