"""The one asyncio task that grants waiting sends from a WaitList as pacing allows."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from bot.delivery.errors import DeliveryClosedError
from bot.delivery.pacing import ChatKey, Pacer, Priority
from bot.delivery.waitlist import Ticket, WaitList

GRANTS_PER_YIELD = 100
# Granted sends still waiting for their HTTP answer. Past this, waiters stay in the priority
# queue instead of piling up in the HTTP client's first-come queue, where an alert would wait
# behind bulk sends whenever the server (or this process) is slower than the pacing rate.
MAX_IN_FLIGHT = 32


class Scheduler:
    """Waiters await a future; one task resolves them in WaitList order (no polling)."""

    def __init__(
        self, pacer: Pacer, clock: Callable[[], float], capacity: int = MAX_IN_FLIGHT
    ) -> None:
        """Grant sends against `pacer`, reading time from `clock` (loop-compatible seconds)."""
        self.waitlist: WaitList[asyncio.Future[None]] = WaitList(pacer)
        self.capacity = capacity
        self.in_flight = 0
        self._clock = clock
        self._task: asyncio.Task[None] | None = None
        self._wakeup = asyncio.Event()

    def start(self) -> None:
        """Start the granting task if it is not running (needs a running loop)."""
        if self._task is None or self._task.done():
            self._wakeup = asyncio.Event()
            self._task = asyncio.create_task(self._run(), name="delivery-scheduler")

    async def stop(self) -> None:
        """Stop the task and fail every waiter with DeliveryClosedError."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.wait([task])
        for ticket in self.waitlist.drain():
            if not ticket.payload.done():
                ticket.payload.set_exception(DeliveryClosedError())

    def release(self) -> None:
        """A granted send got its answer: make room for the next one."""
        self.in_flight = max(0, self.in_flight - 1)
        self.wake()

    def wake(self) -> None:
        """Make the task look at the wait list again (e.g. after a pause changed)."""
        self._wakeup.set()

    async def admit(self, chat: ChatKey, priority: Priority, cost: int, seq: int | None) -> int:
        """Wait until this send is granted; return its seq (pass it back on a retry)."""
        self.start()
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        ticket = Ticket(chat, priority, future, cost, seq)
        self.waitlist.add(ticket)
        self.wake()
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self.release()  # granted, but the sender gave up before using it
            self.waitlist.discard(ticket)
            self.wake()
            raise
        assert ticket.seq is not None
        return ticket.seq

    async def _run(self) -> None:
        """Grant in priority order as pacing allows; sleep until the next grant is due."""
        loop = asyncio.get_running_loop()
        wakeup = self._wakeup
        granted = 0
        while True:
            full = self.in_flight >= self.capacity
            ticket, wake_at = (None, None) if full else self.waitlist.select(self._clock())
            if ticket is not None:
                if not ticket.payload.done():
                    ticket.payload.set_result(None)
                    self.in_flight += 1
                granted += 1
                if granted % GRANTS_PER_YIELD == 0:
                    await asyncio.sleep(0)  # let granted senders run during huge bursts
                continue
            wakeup.clear()
            delay = None if wake_at is None else max(0.0, wake_at - self._clock())
            timer = None if delay is None else loop.call_later(delay, wakeup.set)
            try:
                await wakeup.wait()
            finally:
                if timer is not None:
                    timer.cancel()
