"""Pure pacing math for outgoing messages: priorities, rate limits and pauses (no I/O).

Everything derives from ONE setting, `rate` (messages per second overall; 0 disables pacing):

* overall: `rate` per second, evenly spaced (a token bucket of burst 1, i.e. one send every
  1/rate s), so no 1-second window ever holds more than `rate` sends;
* per chat: `rate / 30` per second with a burst of 3 (a token bucket; 1/s at rate 30);
* per group, supergroup or channel (negative id or "@username"): `rate * 2 / 3` per minute in
  a sliding 60-second window (20/min at rate 30), on top of the per-chat bucket.

`headroom` (a fraction, e.g. 0.05) stretches every limit's time base by that much: our clock
is not Telegram's, and a few milliseconds of network jitter must not turn an exact match into
a 429 (which costs a 1-second pause). rate=30 with headroom 0.05 paces at 30 per 1.05 s.

Token buckets are kept as GCRA "theoretical arrival times" (equivalent, one float per chat).
Buckets may go into debt: a send costing more than one message (a media group) is granted when
one token is there and later sends wait longer. Pauses (after a 429) apply even with rate 0.
Times are plain floats from any monotonic clock; every method takes `now` explicitly.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

ChatKey = int | str
EPSILON = 1e-6  # positive waits are at least this long, so float noise never spins a loop
PRUNE_EVERY = 1024  # commits between sweeps of idle per-chat state


class Priority(IntEnum):
    """Send priority; lower values go first."""

    ALERT = 0  # crisis replies and facilitator alerts
    INTERACTIVE = 1  # replies to what a person just did (the default)
    SCHEDULED = 2  # reminders, check-in prompts
    BROADCAST = 3  # announcements


BULK_LANES: frozenset[Priority] = frozenset({Priority.SCHEDULED, Priority.BROADCAST})


def is_group_chat(chat: ChatKey) -> bool:
    """Whether a chat id names a group, supergroup or channel (negative id or @username)."""
    return isinstance(chat, str) or chat < 0


@dataclass(frozen=True)
class PacingPolicy:
    """The limits derived from one overall rate (messages per second)."""

    overall_per_s: float
    per_chat_per_s: float
    per_chat_burst: int
    per_group_per_min: int
    group_window_s: float = 60.0
    # Sends the overall limit may let through at once to catch up after a late wake-up;
    # the headroom pays for it, so no one-second window exceeds the real rate.
    overall_burst: int = 1

    @property
    def enabled(self) -> bool:
        """Whether any pacing applies (rate > 0)."""
        return self.overall_per_s > 0

    @classmethod
    def from_rate(cls, rate: float = 30.0, headroom: float = 0.0) -> PacingPolicy:
        """Derive all limits from `rate` msg/s overall (0: no pacing), stretched by headroom."""
        if rate < 0 or headroom < 0:
            raise ValueError("rate and headroom must be >= 0")
        if rate == 0:
            return cls(0.0, 0.0, 0, 0)
        stretch = 1.0 + headroom
        group_limit = max(1, int(rate * 2 / 3))
        catch_up = 1 + int(rate * headroom / stretch / 2)  # half the slack: room for jitter
        return cls(rate / stretch, rate / 30 / stretch, 3, group_limit, 60.0 * stretch, catch_up)


class Gcra:
    """A token bucket as GCRA: `rate` per second with `burst` sends at once; per-key state."""

    def __init__(self, rate: float, burst: int) -> None:
        """Allow `rate` sends per second with bursts of up to `burst`."""
        self.interval = 1.0 / rate
        self.tolerance = (burst - 1) * self.interval
        self.tat: dict[ChatKey, float] = {}

    def wait(self, key: ChatKey, now: float) -> float:
        """Seconds until one more send for `key` conforms (0 = now)."""
        tat = self.tat.get(key)
        return 0.0 if tat is None else max(0.0, tat - self.tolerance - now)

    def commit(self, key: ChatKey, now: float, cost: int = 1) -> None:
        """Account `cost` sends for `key` at `now`."""
        self.tat[key] = max(self.tat.get(key, now), now) + cost * self.interval

    def prune(self, now: float) -> None:
        """Forget keys whose bucket is full again (state equal to never having sent)."""
        self.tat = {key: tat for key, tat in self.tat.items() if tat > now}


class SlidingWindows:
    """At most `limit` sends per key within any `span` seconds (events expire at t + span)."""

    def __init__(self, limit: int, span: float) -> None:
        """Allow `limit` sends per `span` seconds per key."""
        self.limit = limit
        self.span = span
        self.events: dict[ChatKey, deque[float]] = {}

    def wait(self, key: ChatKey, now: float) -> float:
        """Seconds until the key's window has room for one more send."""
        window = self.events.get(key)
        if window is None:
            return 0.0
        while window and window[0] <= now - self.span:
            window.popleft()
        if len(window) < self.limit:
            return 0.0
        return max(0.0, window[len(window) - self.limit] + self.span - now)

    def commit(self, key: ChatKey, now: float, cost: int = 1) -> None:
        """Record `cost` sends for `key` at `now`."""
        self.events.setdefault(key, deque()).extend([now] * cost)

    def prune(self, now: float) -> None:
        """Forget keys whose window is empty."""
        self.events = {k: w for k, w in self.events.items() if w and w[-1] > now - self.span}


def _at_least_epsilon(wait: float) -> float:
    """0 stays 0; a positive wait is rounded up to EPSILON (never grant early)."""
    return 0.0 if wait <= 0 else max(wait, EPSILON)


class Pacer:
    """Decides when a send may go: overall, per-chat and per-group limits plus pauses."""

    def __init__(self, policy: PacingPolicy | None = None) -> None:
        """Pace by `policy` (default: `PacingPolicy.from_rate(30)`)."""
        self.policy = policy or PacingPolicy.from_rate()
        enabled = self.policy.enabled
        p = self.policy
        self._overall = Gcra(p.overall_per_s, p.overall_burst) if enabled else None
        self._chats = Gcra(p.per_chat_per_s, p.per_chat_burst) if enabled else None
        self._groups = SlidingWindows(p.per_group_per_min, p.group_window_s) if enabled else None
        self._chat_pauses: dict[ChatKey, float] = {}
        self._lane_pauses: dict[Priority, float] = {}
        self._commits = 0

    def pause_chat(self, chat: ChatKey, until: float) -> None:
        """Send nothing to `chat` before `until` (pauses only ever get longer)."""
        self._chat_pauses[chat] = max(until, self._chat_pauses.get(chat, until))

    def pause_lanes(self, priorities: Iterable[Priority], until: float) -> None:
        """Send nothing of these priorities, to any chat, before `until`."""
        for priority in priorities:
            self._lane_pauses[priority] = max(until, self._lane_pauses.get(priority, until))

    def pause_wait(self, chat: ChatKey | None, priority: Priority | None, now: float) -> float:
        """Seconds until pauses of this chat (if any) and lane (if any) are over."""
        chat_until = self._chat_pauses.get(chat, now) if chat is not None else now
        lane_until = self._lane_pauses.get(priority, now) if priority is not None else now
        return max(0.0, chat_until - now, lane_until - now)

    def chat_wait(self, chat: ChatKey, priority: Priority, now: float) -> float:
        """Seconds until `chat` may get a send of `priority`, ignoring the overall limit."""
        wait = self.pause_wait(chat, priority, now)
        if self._chats is not None:
            wait = max(wait, self._chats.wait(chat, now))
        if self._groups is not None and is_group_chat(chat):
            wait = max(wait, self._groups.wait(chat, now))
        return _at_least_epsilon(wait)

    def overall_wait(self, now: float) -> float:
        """Seconds until the overall limit allows one more send."""
        wait = 0.0 if self._overall is None else self._overall.wait("*", now)
        return _at_least_epsilon(wait)

    def commit(self, chat: ChatKey, now: float, cost: int = 1) -> None:
        """Account a send of `cost` messages to `chat` at `now`."""
        if self._overall is None or self._chats is None or self._groups is None:
            return
        self._overall.commit("*", now, cost)
        self._chats.commit(chat, now, cost)
        if is_group_chat(chat):
            self._groups.commit(chat, now, cost)
        self._commits += 1
        if self._commits % PRUNE_EVERY == 0:
            self.prune(now)

    def reserve(
        self, chat: ChatKey, now: float, priority: Priority = Priority.INTERACTIVE, cost: int = 1
    ) -> float:
        """Commit and return 0 if the send may go now, else return the seconds to wait."""
        wait = max(self.chat_wait(chat, priority, now), self.overall_wait(now))
        if wait == 0:
            self.commit(chat, now, cost)
        return wait

    def prune(self, now: float) -> None:
        """Drop per-chat state that no longer limits anything (expired pauses, full buckets)."""
        self._chat_pauses = {c: t for c, t in self._chat_pauses.items() if t > now}
        if self._chats is not None and self._groups is not None:
            self._chats.prune(now)
            self._groups.prune(now)

    def tracked_chats(self) -> int:
        """How many chats have pacing state (for tests and ops)."""
        chats = set(self._chat_pauses)
        if self._chats is not None and self._groups is not None:
            chats.update(self._chats.tat, self._groups.events)
        return len(chats)
