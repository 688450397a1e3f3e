"""Fixtures for limiter tests: an in-process emulator, a limited ExtBot, event-driven waits."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import pytest
from telegram.ext import ExtBot

from bot.delivery.limiter import DeliveryLimiter
from bot.devtools.emulator import EmulatorCore, EmulatorRequest

TOKEN = "4242:DELIVERY"
WAIT_LIMIT = 5.0  # seconds `until` waits before failing the test

LimitedBot = ExtBot[dict[str, Any]]
BotFactory = Callable[..., AbstractAsyncContextManager[tuple[LimitedBot, DeliveryLimiter]]]
Until = Callable[..., Awaitable[None]]


@pytest.fixture
def core() -> EmulatorCore:
    """A fresh in-process Bot API emulator."""
    return EmulatorCore(TOKEN)


@pytest.fixture
def limited_bot(core: EmulatorCore) -> BotFactory:
    """Build `async with limited_bot(rate=..., ...) as (bot, limiter)` served by `core`."""

    @asynccontextmanager
    async def build(**options: Any) -> AsyncIterator[tuple[LimitedBot, DeliveryLimiter]]:
        """Yield an initialised ExtBot with a DeliveryLimiter built from `options`."""
        options.setdefault("rate", 1000.0)
        options.setdefault("backoff_base", 0.01)
        limiter = DeliveryLimiter(**options)
        bot: LimitedBot = ExtBot(
            TOKEN,
            request=EmulatorRequest(core),
            get_updates_request=EmulatorRequest(core),
            rate_limiter=limiter,
        )
        async with bot:
            yield bot, limiter
        assert limiter.stats()["queued_interactive"] == 0

    return build


@pytest.fixture
def until(core: EmulatorCore) -> Until:
    """Await (without polling) until `predicate()` over the emulator state holds."""

    async def wait(predicate: Callable[[], bool]) -> None:
        """Return once `predicate()` holds; fail after WAIT_LIMIT seconds."""
        loop = asyncio.get_running_loop()
        event = asyncio.Event()

        def listener() -> None:
            """Called by the emulator after every state change (maybe from its thread)."""
            if predicate():
                loop.call_soon_threadsafe(event.set)

        core.add_listener(listener)
        try:
            if not predicate():
                await asyncio.wait_for(event.wait(), WAIT_LIMIT)
        finally:
            core.remove_listener(listener)

    return wait
