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

log = logging.getLogger(__name__)

# The most a CAS answer may weigh: a listed answer is a few hundred bytes.
MAX_BYTES = 64 * 1024


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
