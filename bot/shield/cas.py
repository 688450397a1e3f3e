"""The optional lookup in a public spammer list (CAS, https://cas.chat) over HTTP.

`GET <url>?user_id=<id>` answers JSON: `{"ok": true, ...}` when the person is listed, `{"ok":
false, ...}` when not. Asked in a worker thread with a short timeout; any failure (timeout,
refused, not JSON) means "not known" and nothing is decided on it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import urllib.parse
import urllib.request
from collections.abc import Awaitable, Callable

from bot.shield.model import TtlCache

log = logging.getLogger(__name__)

# The most a CAS answer may weigh: a listed answer is a few hundred bytes.
MAX_BYTES = 64 * 1024
# How long an answer is kept (in memory only).
CACHE_SECONDS = 24 * 3600


class CasClient:
    """Asks the list at `url` whether a Telegram user id is a known spammer."""

    def __init__(self, url: str, timeout: float = 2.0) -> None:
        """Use the list at `url` (an http(s) address), waiting at most `timeout` seconds."""
        self.url = url
        self.timeout = timeout

    async def listed(self, user_id: int) -> bool | None:
        """True when listed, False when not, None when the list did not answer in time."""
        try:
            async with asyncio.timeout(self.timeout):
                return await asyncio.to_thread(self._ask, user_id)
        except TimeoutError:
            log.info("cas: no answer within %.1f s", self.timeout)
        except (OSError, ValueError) as error:
            log.info("cas: lookup failed: %s", type(error).__name__)
        return None

    def _ask(self, user_id: int) -> bool:
        """The blocking request (in a worker thread)."""
        query = urllib.parse.urlencode({"user_id": user_id})
        separator = "&" if "?" in self.url else "?"
        request = urllib.request.Request(
            f"{self.url}{separator}{query}", headers={"Accept": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            body = json.loads(response.read(MAX_BYTES))
        return isinstance(body, dict) and body.get("ok") is True


class CasLookups:
    """Lookups in the background, one at a time per person, answers kept for a day in memory.

    Off (`client` None) unless SHIELD_CAS_URL is set. A message never waits for a lookup.
    """

    def __init__(self, client: CasClient | None, monotonic: Callable[[], float]) -> None:
        """Ask through `client` (None: never ask); `monotonic` tells the time for the cache."""
        self.client = client
        self.monotonic = monotonic
        self.answers = TtlCache(CACHE_SECONDS)
        self._tasks: dict[int, asyncio.Task[None]] = {}

    def listed(self, user_id: int) -> bool:
        """Tell whether a kept answer says the person is listed."""
        return bool(self.answers.get(user_id, self.monotonic()))

    def look_up_later(
        self, user_id: int, on_listed: Callable[[], Awaitable[None]]
    ) -> asyncio.Task[None] | None:
        """Ask about the person in the background (nothing when off, known or under way)."""
        if self.client is None or user_id in self._tasks:
            return None
        if self.answers.get(user_id, self.monotonic()) is not None:
            return None
        task = asyncio.create_task(self._look_up(self.client, user_id, on_listed))
        self._tasks[user_id] = task
        task.add_done_callback(lambda _task: self._tasks.pop(user_id, None))
        return task

    async def _look_up(
        self, client: CasClient, user_id: int, on_listed: Callable[[], Awaitable[None]]
    ) -> None:
        """One lookup: keep the answer; act on a listed person."""
        listed = await client.listed(user_id)
        if listed is None:
            return  # no answer: asked again next time, nothing decided
        self.answers.put(user_id, listed, self.monotonic())
        if listed:
            try:
                await on_listed()
            except Exception as error:  # a background task: log, never lose it silently
                log.error("cas: acting on a listed person failed: %s", type(error).__name__)

    async def settled(self) -> None:
        """Wait for the lookups under way (tests, a clean stop)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks.values()), return_exceptions=True)
