"""Flood limits like Telegram's: overall rate, per-chat token bucket, per-group minute window.

Only message-creating methods (sendMessage, sendDocument, sendPhoto) are limited. Edits are
deliberately not counted: Telegram limits them far more leniently and separately, and counting
them here would make tests of "edit the menu in place" flows fail for no real-world reason.
A rejected call consumes nothing, so a well-behaved client that waits `retry_after` succeeds.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

Clock = Callable[[], float]


@dataclass(frozen=True)
class FloodConfig:
    """Limits: messages per second overall, per-chat bucket rate/burst, per-group per minute."""

    overall_per_s: float = 30
    per_chat_per_s: float = 1
    per_chat_burst: int = 3
    per_group_per_min: int = 20


@dataclass
class _Bucket:
    """A token bucket for one chat."""

    tokens: float
    updated: float


@dataclass
class FloodLimiter:
    """Decides whether a message-creating call would exceed a limit (injectable clock)."""

    config: FloodConfig = field(default_factory=FloodConfig)
    clock: Clock = time.monotonic
    _overall: deque[float] = field(default_factory=deque)
    _groups: dict[int, deque[float]] = field(default_factory=dict)
    _buckets: dict[int, _Bucket] = field(default_factory=dict)

    def check(self, chat_id: int, is_group: bool) -> int | None:
        """Return retry_after (whole seconds >= 1) if sending now would exceed a limit."""
        now = self.clock()
        waits = [
            self._window_wait(self._overall, 1.0, self.config.overall_per_s, now),
            self._bucket_wait(chat_id, now),
        ]
        if is_group:
            window = self._groups.setdefault(chat_id, deque())
            waits.append(self._window_wait(window, 60.0, self.config.per_group_per_min, now))
        worst = max(waits)
        if worst <= 0:
            return None
        return max(1, math.ceil(worst))

    def consume(self, chat_id: int, is_group: bool) -> None:
        """Account one successfully sent message."""
        now = self.clock()
        self._overall.append(now)
        if is_group:
            self._groups.setdefault(chat_id, deque()).append(now)
        bucket = self._refill(chat_id, now)
        bucket.tokens -= 1

    def _window_wait(self, window: deque[float], span: float, limit: float, now: float) -> float:
        """Seconds until a sliding window of `span` seconds has room for one more event."""
        while window and window[0] <= now - span:
            window.popleft()
        if len(window) < limit:
            return 0.0
        oldest_blocking = window[len(window) - int(limit)]
        return oldest_blocking + span - now

    def _refill(self, chat_id: int, now: float) -> _Bucket:
        """Return the chat's bucket with tokens refilled up to `now`."""
        burst = float(self.config.per_chat_burst)
        bucket = self._buckets.setdefault(chat_id, _Bucket(burst, now))
        elapsed = max(0.0, now - bucket.updated)
        bucket.tokens = min(burst, bucket.tokens + elapsed * self.config.per_chat_per_s)
        bucket.updated = now
        return bucket

    def _bucket_wait(self, chat_id: int, now: float) -> float:
        """Seconds until the chat's bucket holds one whole token."""
        bucket = self._refill(chat_id, now)
        if bucket.tokens >= 1:
            return 0.0
        return (1 - bucket.tokens) / self.config.per_chat_per_s
