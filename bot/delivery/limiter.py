"""DeliveryLimiter: the one place every outgoing Bot API call passes through (PTB hook).

Message-creating calls (see `calls.PACED_METHODS`) wait in a priority wait list served by one
scheduler task, paced by `Pacer`. Edits (editMessageText, editMessageReplyMarkup, ...) and all
other methods are NOT paced (Telegram limits edits separately and leniently) but they wait
out a 429 pause of their chat and get the same retry and error handling.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram._utils.types import JSONDict
from telegram.error import ChatMigrated, Forbidden, RetryAfter, TelegramError
from telegram.ext import BaseRateLimiter

from bot.delivery.calls import Call
from bot.delivery.errors import (
    Action,
    DeliveryClosedError,
    backoff_delay,
    classify,
    retry_after_seconds,
    unreachable_error,
)
from bot.delivery.pacing import BULK_LANES, ChatKey, Pacer, PacingPolicy
from bot.delivery.scheduler import Scheduler

log = logging.getLogger(__name__)

ForbiddenHook = Callable[[int, str], Awaitable[None]]
MigratedHook = Callable[[int, int], Awaitable[None]]
Result = bool | JSONDict | list[JSONDict]
MAX_MIGRATIONS = 3


class DeliveryLimiter(BaseRateLimiter[dict[str, Any]]):
    """Priority-aware pacing, retries and error handling for every Bot API call."""

    def __init__(
        self,
        rate: float = 30.0,
        max_retries: int = 5,
        *,
        headroom: float = 0.05,
        max_flood_waits: int = 10,
        max_retry_after: float = 300.0,
        backoff_base: float = 0.5,
        backoff_cap: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        rand: Callable[[], float] = random.random,
    ) -> None:
        """Pace at `rate` msg/s (0: no pacing); retry network errors up to `max_retries`.

        `headroom` stretches every limit by that fraction against network jitter.
        """
        self.pacer = Pacer(PacingPolicy.from_rate(rate, headroom))
        self.max_retries = max_retries
        self.max_flood_waits = max_flood_waits
        self.max_retry_after = max_retry_after
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.on_forbidden: ForbiddenHook | None = None
        self.on_migrated: MigratedHook | None = None
        self._clock = clock
        self._rand = rand
        self._scheduler = Scheduler(self.pacer, clock)
        self._unreachable: dict[ChatKey, str] = {}
        self._migrated: dict[int, int] = {}
        self._counters: Counter[str] = Counter()
        self._closed = False

    # -- lifecycle ----------------------------------------------------------------------------

    async def initialize(self) -> None:
        """Start the scheduler task (also started lazily by the first paced send)."""
        self._closed = False
        self._scheduler.start()

    async def shutdown(self) -> None:
        """Stop the scheduler and fail every waiting send with DeliveryClosedError."""
        self._closed = True
        await self._scheduler.stop()

    def stats(self) -> dict[str, int]:
        """Counters for benchmarks and ops, plus queue lengths per priority."""
        names = ("sent", "passed", "retried", "got_429", "forbidden", "failed", "migrated")
        stats = {name: self._counters[name] for name in names}
        stats["skipped_unreachable"] = self._counters["skipped_unreachable"]
        stats["unreachable_chats"] = len(self._unreachable)
        for priority, count in self._scheduler.waitlist.lengths().items():
            stats[f"queued_{priority.name.lower()}"] = count
        return stats

    def is_unreachable(self, chat_id: ChatKey) -> bool:
        """Whether a 403 marked this chat unreachable (bulk sends to it fail fast)."""
        return chat_id in self._unreachable

    # -- the PTB hook -------------------------------------------------------------------------

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: dict[str, Any] | None,
    ) -> Result:
        """Queue (if paced), call, and retry or classify failures until done or given up."""
        call = Call.of(endpoint, data, rate_limit_args)
        self._apply_migration(call)
        while True:
            if self._closed:
                raise DeliveryClosedError()
            chat = call.chat
            admitted = call.paced and chat is not None
            if call.paced and chat is not None:
                self._refuse_if_unreachable(call, chat)
                await self._admit(call, chat)
            else:
                await self._hold_unpaced(call, chat)
            try:
                result = await callback(*args, **kwargs)
            except TelegramError as exc:
                failure: TelegramError | None = exc
            else:
                failure = None
            finally:
                if admitted:
                    self._scheduler.release()
            if failure is not None:
                await self._recover(call, chat, failure)
                continue
            self._succeeded(call, chat)
            return result

    # -- admission ----------------------------------------------------------------------------

    async def _admit(self, call: Call, chat: ChatKey) -> None:
        """Wait in the priority wait list until the scheduler grants this send."""
        call.seq = await self._scheduler.admit(chat, call.priority, call.cost, call.seq)

    async def _hold_unpaced(self, call: Call, chat: ChatKey | None) -> None:
        """Unpaced requests only wait out their backoff and their chat's pause."""
        now = self._clock()
        wait = max(call.not_before - now, self.pacer.pause_wait(chat, None, now))
        if wait > 0:
            await asyncio.sleep(wait)

    # -- outcomes -----------------------------------------------------------------------------

    def _apply_migration(self, call: Call) -> None:
        """Send to the supergroup a known-migrated group became."""
        chat = call.chat
        if isinstance(chat, int) and chat in self._migrated:
            call.data["chat_id"] = self._migrated[chat]

    def _refuse_if_unreachable(self, call: Call, chat: ChatKey) -> None:
        """Bulk sends to a chat that answered 403 fail at once, without a request."""
        description = self._unreachable.get(chat)
        if description is not None and call.priority in BULK_LANES:
            self._counters["skipped_unreachable"] += 1
            raise unreachable_error(description)

    def _succeeded(self, call: Call, chat: ChatKey | None) -> None:
        """Count a success; a chat that accepted a send is reachable again."""
        self._counters["sent" if call.paced else "passed"] += 1
        if call.paced and chat is not None:
            self._unreachable.pop(chat, None)

    async def _recover(self, call: Call, chat: ChatKey | None, exc: TelegramError) -> None:
        """React to a failed attempt: prepare the retry, or raise `exc` to give up."""
        action = classify(exc)
        log.warning(
            "delivery %s chat=%s priority=%s failed: %s -> %s",
            call.endpoint,
            chat,
            call.priority.name,
            type(exc).__name__,
            action.value,
        )
        if action is Action.WAIT and isinstance(exc, RetryAfter):
            self._flood_wait(call, chat, exc)
        elif action is Action.RETRY:
            self._backoff(call, chat, exc)
        elif action is Action.MIGRATE and isinstance(exc, ChatMigrated):
            await self._migrate(call, chat, exc)
        elif action is Action.STOP and isinstance(exc, Forbidden):
            await self._forbidden(chat, exc)
        else:
            self._give_up(exc)
        self._counters["retried"] += 1

    def _give_up(self, exc: TelegramError) -> None:
        """Count a final failure and raise it to the caller."""
        self._counters["failed"] += 1
        raise exc

    def _flood_wait(self, call: Call, chat: ChatKey | None, exc: RetryAfter) -> None:
        """429: pause the chat and the bulk lanes for retry_after, then retry (bounded)."""
        self._counters["got_429"] += 1
        seconds = retry_after_seconds(exc)
        until = self._clock() + seconds
        if chat is not None:
            self.pacer.pause_chat(chat, until)
        self.pacer.pause_lanes(BULK_LANES, until)
        call.not_before = until
        call.waits += 1
        if call.waits > self.max_flood_waits or seconds > self.max_retry_after:
            self._give_up(exc)

    def _backoff(self, call: Call, chat: ChatKey | None, exc: TelegramError) -> None:
        """5xx/timeout/connection error: exponential backoff with jitter (bounded)."""
        call.retries += 1
        if call.retries > self.max_retries:
            self._give_up(exc)
        delay = backoff_delay(
            call.retries, base=self.backoff_base, cap=self.backoff_cap, rand=self._rand
        )
        until = self._clock() + delay
        call.not_before = until
        if call.paced and chat is not None:
            # Hold the chat, so later sends to it do not overtake this one.
            self.pacer.pause_chat(chat, until)

    async def _migrate(self, call: Call, chat: ChatKey | None, exc: ChatMigrated) -> None:
        """Group upgraded to a supergroup: remember, tell the app, resend at once."""
        call.migrations += 1
        if call.migrations > MAX_MIGRATIONS or not isinstance(chat, int):
            self._give_up(exc)
        assert isinstance(chat, int)
        new_chat = int(exc.new_chat_id)
        self._counters["migrated"] += 1
        self._migrated[chat] = new_chat
        call.data["chat_id"] = new_chat
        if self.on_migrated is not None:
            await self._run_hook("on_migrated", self.on_migrated(chat, new_chat))

    async def _forbidden(self, chat: ChatKey | None, exc: Forbidden) -> None:
        """403: remember the chat as unreachable, tell the app, raise (never retry)."""
        self._counters["forbidden"] += 1
        if chat is not None:
            self._unreachable[chat] = exc.message
        if self.on_forbidden is not None and isinstance(chat, int):
            await self._run_hook("on_forbidden", self.on_forbidden(chat, exc.message))
        self._give_up(exc)

    async def _run_hook(self, name: str, hook: Awaitable[None]) -> None:
        """Await an application hook; its failure is logged, never breaks delivery."""
        try:
            await hook
        except Exception:
            log.exception("delivery hook %s failed", name)
