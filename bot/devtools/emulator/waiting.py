"""Blocking, thread-safe observation helpers for tests: no sleeps, one Condition."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from .base import CoreBase
from .models import CallRecord, EmulatorTimeout, Mark, StoredMessage

T = TypeVar("T")
MessagePredicate = Callable[[StoredMessage], bool]
CallPredicate = Callable[[CallRecord], bool]


class WaitMixin(CoreBase):
    """mark(), wait_for_messages(), wait_for_call(), wait_until(), wait_for_updates_consumed()."""

    def _wait(
        self, probe: Callable[[], T | None], timeout: float, describe: Callable[[], str]
    ) -> T:
        """Re-evaluate `probe` under the lock on every change until it returns non-None."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                result = probe()
                if result is not None:
                    return result
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise EmulatorTimeout(f"timed out after {timeout}s: {describe()}")
                self._cond.wait(remaining)

    def mark(self) -> Mark:
        """Return a marker of 'now' for `since=` ("the next message after my action")."""
        with self._lock:
            return Mark(self._message_seq, len(self.calls))

    def bot_messages(self, chat_id: int, *, include_deleted: bool = False) -> list[StoredMessage]:
        """Return snapshots of all messages the bot sent to a chat, oldest first."""
        with self._lock:
            return [
                m.snapshot()
                for m in self.messages.get(chat_id, [])
                if m.from_bot and (include_deleted or not m.deleted)
            ]

    def message(self, chat_id: int, message_id: int) -> StoredMessage:
        """Return a snapshot of one stored message (bot's or user's)."""
        with self._lock:
            found = self._message(chat_id, message_id)
            if found is None:
                raise KeyError(f"no message {message_id} in chat {chat_id}")
            return found.snapshot()

    def wait_for_messages(
        self,
        chat_id: int,
        count: int = 1,
        timeout: float = 10.0,
        predicate: MessagePredicate | None = None,
        since: Mark | None = None,
    ) -> list[StoredMessage]:
        """Wait for `count` new bot messages in a chat (after `since`, else after the cursor).

        Without `since`, each chat has a cursor that moves past the messages returned, so
        consecutive calls return consecutive messages.
        """
        start = since.message_seq if since is not None else self._cursors.get(chat_id, 0)

        def fresh() -> list[StoredMessage]:
            return [
                m
                for m in self.messages.get(chat_id, [])
                if m.from_bot and m.seq > start and (predicate is None or predicate(m))
            ]

        def probe() -> list[StoredMessage] | None:
            found = fresh()
            if len(found) < count:
                return None
            self._cursors[chat_id] = max(self._cursors.get(chat_id, 0), found[count - 1].seq)
            return [m.snapshot() for m in found[:count]]

        def describe() -> str:
            seen = [(m.message_id, m.plain_text) for m in fresh()]
            errors = [(c.method, c.error) for c in self.calls if c.error][-5:]
            return f"wanted {count} bot message(s) in chat {chat_id}, got {seen}; errors: {errors}"

        return self._wait(probe, timeout, describe)

    def wait_for_call(
        self,
        method: str,
        predicate: CallPredicate | None = None,
        timeout: float = 10.0,
        since: Mark | None = None,
    ) -> CallRecord:
        """Wait until the bot made a call of `method` (case-insensitive) matching `predicate`."""
        first = since.call_index if since is not None else 0
        wanted = method.lower()

        def probe() -> CallRecord | None:
            for call in self.calls[first:]:
                if call.method.lower() == wanted and (predicate is None or predicate(call)):
                    return call
            return None

        def describe() -> str:
            seen = [(c.method, c.status) for c in self.calls[first:]][-15:]
            return f"no matching {method} call; last calls: {seen}"

        return self._wait(probe, timeout, describe)

    def wait_until(self, predicate: Callable[[WaitMixin], bool], timeout: float = 10.0) -> None:
        """Wait until `predicate(core)` is true (evaluated under the lock on every change)."""

        def probe() -> bool | None:
            return True if predicate(self) else None

        self._wait(probe, timeout, lambda: f"predicate {predicate!r} stayed false")

    def wait_for_updates_consumed(self, timeout: float = 10.0) -> None:
        """Wait until every queued update was confirmed (offset) or delivered to the webhook."""

        def probe() -> bool | None:
            return True if not self.updates else None

        def describe() -> str:
            pending = [u["update_id"] for u in self.updates]
            return f"updates still pending: {pending}; webhook={bool(self.webhook)}"

        self._wait(probe, timeout, describe)

    def get_calls(self, method: str | None = None) -> list[CallRecord]:
        """Return all recorded calls, optionally only those of one method."""
        with self._lock:
            if method is None:
                return list(self.calls)
            return [c for c in self.calls if c.method.lower() == method.lower()]

    def count_responses(self, status: int) -> int:
        """Return how many calls were answered with this HTTP status (e.g. 429)."""
        with self._lock:
            return self.status_counts[status]
