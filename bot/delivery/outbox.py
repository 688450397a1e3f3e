"""Sending what the outbox holds, most urgent first, at least once, even after a crash."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime, timedelta
from typing import Any

from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import ExtBot

from bot.delivery.updates import raw_call
from bot.domain.clock import Clock, iso
from bot.storage.outbox import OutboxMessage, OutboxRepository

log = logging.getLogger(__name__)

RETRY_DELAYS = (2, 5, 15, 60, 300)
IDLE_CHECK = 60.0


class OutboxWorker:
    """Sends due outbox rows through the bot (and so through the priority limiter)."""

    def __init__(self, bot: ExtBot[Any], outbox: OutboxRepository, clock: Clock) -> None:
        """Send with `bot` what `outbox` holds."""
        self.bot = bot
        self.outbox = outbox
        self.clock = clock
        self._wake = asyncio.Event()

    def wake(self) -> None:
        """Tell the worker something was queued."""
        self._wake.set()

    async def run(self) -> None:
        """Send due messages until cancelled; sleep until the next is due or a wake-up."""
        while True:
            sent = await self.drain()
            if sent:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=await self._idle_time())
            self._wake.clear()

    async def drain(self) -> int:
        """Send everything due now, in parallel per priority order; return how many were tried."""
        due = await self.outbox.due(iso(self.clock()))
        await asyncio.gather(*(self._send(message) for message in due))
        return len(due)

    async def _idle_time(self) -> float:
        """Seconds until the next retry is due (at most IDLE_CHECK)."""
        next_due = await self.outbox.next_due_at()
        if next_due is None:
            return IDLE_CHECK
        due = datetime.fromisoformat(next_due.replace("Z", "+00:00"))
        return max(0.05, min(IDLE_CHECK, (due - self.clock()).total_seconds()))

    async def _send(self, message: OutboxMessage) -> None:
        """Send one message; record success, a final failure, or the next attempt."""
        params = {"chat_id": message.chat_id, **message.params}
        try:
            await raw_call(
                self.bot, message.method, params, rate_limit_args={"priority": message.priority}
            )
        except (Forbidden, BadRequest) as error:
            log.warning(
                "outbox %s to chat %s failed: %s", message.id, message.chat_id, type(error).__name__
            )
            await self.outbox.mark_failed(message.id, iso(self.clock()), type(error).__name__)
            return
        except TelegramError as error:
            delay = RETRY_DELAYS[min(message.attempts, len(RETRY_DELAYS) - 1)]
            when = iso(self.clock() + timedelta(seconds=delay))
            await self.outbox.retry_later(message.id, when, type(error).__name__)
            return
        await self.outbox.mark_sent(message.id, iso(self.clock()))
