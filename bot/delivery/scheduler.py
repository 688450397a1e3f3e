"""The one asyncio task that grants waiting sends from a WaitList as pacing allows."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from bot.delivery.errors import DeliveryClosedError
from bot.delivery.pacing import ChatKey, Pacer, Priority
from bot.delivery.waitlist import Ticket, WaitList

GRANTS_PER_YIELD = 100


class Scheduler:
    """Waiters await a future; one task resolves them in WaitList order (no polling)."""

    def __init__(self, pacer: Pacer, clock: Callable[[], float]) -> None:
        """Grant sends against `pacer`, reading time from `clock` (loop-compatible seconds)."""
        self.waitlist: WaitList[asyncio.Future[None]] = WaitList(pacer)
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
            ticket, wake_at = self.waitlist.select(self._clock())
            if ticket is not None:
                if not ticket.payload.done():
                    ticket.payload.set_result(None)
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
