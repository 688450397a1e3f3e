"""Long polling that confirms updates to Telegram only after they are stored."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram import Update
from telegram.error import (
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import ExtBot

from bot.delivery.inbox import InboxProcessor
from bot.delivery.updates import raw_call, to_received
from bot.storage.inbox import InboxRepository

log = logging.getLogger(__name__)

MAX_BACKOFF = 30.0


class FatalBotError(Exception):
    """The bot cannot go on (another instance polls, or the token was revoked)."""


class Poller:
    """getUpdates in a loop: store each batch durably, then ask for the next (which confirms)."""

    def __init__(
        self,
        bot: ExtBot[Any],
        inbox: InboxRepository,
        processor: InboxProcessor,
        timeout: int,
    ) -> None:
        """Poll with `bot`, storing into `inbox` and waking `processor`."""
        self.bot = bot
        self.inbox = inbox
        self.processor = processor
        self.timeout = timeout
        self.offset = 0

    async def run(self) -> None:
        """Poll until cancelled; raise FatalBotError on 409 Conflict or a rejected token."""
        self.offset = await self.inbox.next_offset()
        backoff = 1.0
        while True:
            try:
                batch = await self._fetch()
            except (Conflict, InvalidToken, Forbidden, EndPointNotFound) as error:
                # do_api_request reports a 401/404 on a known method as EndPointNotFound.
                raise FatalBotError(_fatal_message(error)) from None
            except RetryAfter as error:
                await asyncio.sleep(_seconds(error.retry_after))
                continue
            except TimedOut:
                continue
            except NetworkError as error:
                log.warning(
                    "polling failed (%s); retrying in %.0f s", type(error).__name__, backoff
                )
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
                continue
            backoff = 1.0
            await self._store(batch)

    async def _fetch(self) -> list[dict[str, Any]]:
        """One long poll; returns the raw updates."""
        result = await raw_call(
            self.bot,
            "getUpdates",
            {"offset": self.offset, "timeout": self.timeout, "allowed_updates": Update.ALL_TYPES},
            read_timeout=self.timeout + 10,
        )
        return (
            [item for item in result if isinstance(item, dict)] if isinstance(result, list) else []
        )

    async def _store(self, batch: list[dict[str, Any]]) -> None:
        """Store the batch, then move the offset past it (the next poll confirms it)."""
        check = self.processor.is_urgent
        received = [item for item in (to_received(u, check) for u in batch) if item is not None]
        await self.processor.store(received)
        ids = [item["update_id"] for item in batch if isinstance(item.get("update_id"), int)]
        if ids:
            self.offset = max(self.offset, max(ids) + 1)


def _seconds(retry_after: Any) -> float:
    """Turn PTB's retry_after (int or timedelta) into seconds."""
    total = getattr(retry_after, "total_seconds", None)
    return float(total()) if callable(total) else float(retry_after)


def _fatal_message(error: Exception) -> str:
    """Explain a fatal polling error in plain words."""
    if isinstance(error, Conflict):
        return (
            "another bot process is using this token (409 Conflict), or a webhook is set."
            " Stop the other instance (or run with --webhook) and start again."
        )
    return "Telegram rejected BOT_TOKEN (revoked or wrong). Check it with @BotFather."
