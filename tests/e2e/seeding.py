"""Seeding a running bot's world in bulk through the project's own services, never raw SQL.

End-to-end tests build what a person would build through the chat. Where a test needs more
people or history than a chat walk can give in seconds (300 members, a month of answers), it
goes through the same services the handlers call, with the bot's own settings and clock.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

from bot.config import Settings, load_settings
from bot.domain.clock import Clock, system_clock
from bot.services.container import build_services
from bot.services.services import Services
from tests.e2e.harness import BotProcess

T = TypeVar("T")


def bot_settings(bot: BotProcess) -> Settings:
    """The settings the bot process runs with (its environment, no .env file)."""
    env = {key.lower(): value for key, value in bot.environment().items()}
    return load_settings(
        _env_file=None, **{key: value for key, value in env.items() if key in Settings.model_fields}
    )


def with_services(
    bot: BotProcess, work: Callable[[Services], Awaitable[T]], clock: Clock = system_clock
) -> T:
    """Open the bot's database with its services, run `work`, close again; return its result.

    With the system clock the services read the bot's own (shifted) time; a test that builds
    history passes a clock of its own to act at an earlier moment.
    """

    async def run() -> T:
        """Open, work, always close."""
        services = build_services(bot_settings(bot), clock=clock)
        await services.db.open()
        try:
            return await work(services)
        finally:
            await services.db.close()

    return asyncio.run(run())
