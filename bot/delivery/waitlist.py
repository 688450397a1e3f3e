"""Pure scheduling of waiting sends: strict priority, then FIFO, subject to a Pacer.

Only the head of each chat's own line (its best (priority, seq) waiter) competes globally,
because every other waiter of that chat is equally throttled. Heads live in a `ready` heap
ordered by (priority, seq); a head whose chat is throttled or paused moves to a `sleeping`
heap keyed by the time it becomes eligible, so a busy chat never blocks other chats and a
low-priority head of an idle chat never blocks a higher one. Heap entries carry a version
and go stale (are skipped) when their chat's head changes. No I/O, no event loop.
"""

from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from bot.delivery.pacing import ChatKey, Pacer, Priority

T = TypeVar("T")


@dataclass(eq=False)
class Ticket(Generic[T]):
    """One send waiting for its turn; `seq` orders FIFO within a priority (kept on retries)."""

    chat: ChatKey
    priority: Priority
    payload: T
    cost: int = 1
    seq: int | None = None
    cancelled: bool = False
    granted: bool = False


@dataclass
class _Line(Generic[T]):
    """The waiters of one chat, best first; `version` identifies the current head."""

    version: int
    heap: list[tuple[int, int, int, Ticket[T]]] = field(default_factory=list)

    def head(self) -> Ticket[T] | None:
        """Return the best live waiter, dropping cancelled ones."""
        while self.heap and self.heap[0][3].cancelled:
            heapq.heappop(self.heap)
        return self.heap[0][3] if self.heap else None


class WaitList(Generic[T]):
    """Waiting sends across chats; `select(now)` grants the best eligible one."""

    def __init__(self, pacer: Pacer) -> None:
        """Schedule against `pacer` (which is also charged for every grant)."""
        self.pacer = pacer
        self._lines: dict[ChatKey, _Line[T]] = {}
        self._ready: list[tuple[int, int, int, ChatKey, int]] = []
        self._sleeping: list[tuple[float, int, ChatKey, int]] = []
        self._seq = itertools.count()
        self._tie = itertools.count()
        self._versions = itertools.count(1)
        self._queued = dict.fromkeys(Priority, 0)

    def __len__(self) -> int:
        """Number of live waiters."""
        return sum(self._queued.values())

    def lengths(self) -> dict[Priority, int]:
        """Number of live waiters per priority."""
        return dict(self._queued)

    def add(self, ticket: Ticket[T]) -> None:
        """Queue a ticket (a fresh seq unless it already has one, e.g. on a retry)."""
        if ticket.seq is None:
            ticket.seq = next(self._seq)
        ticket.cancelled = ticket.granted = False
        line = self._lines.get(ticket.chat)
        if line is None:
            line = self._lines[ticket.chat] = _Line(0)
        old_head = line.head()
        heapq.heappush(line.heap, (ticket.priority, ticket.seq, next(self._tie), ticket))
        self._queued[ticket.priority] += 1
        if line.head() is not old_head:
            self._publish(ticket.chat, line)

    def discard(self, ticket: Ticket[T]) -> None:
        """Withdraw a waiting ticket (its sender gave up); no-op if granted or gone."""
        if ticket.cancelled or ticket.granted:
            return
        line = self._lines.get(ticket.chat)
        if line is None:
            return
        was_head = line.head() is ticket
        ticket.cancelled = True
        self._queued[ticket.priority] -= 1
        if was_head:
            self._advance(ticket.chat, line)

    def drain(self) -> list[Ticket[T]]:
        """Remove and return every live waiter (e.g. to fail them on shutdown)."""
        tickets = [e[3] for line in self._lines.values() for e in line.heap if not e[3].cancelled]
        for ticket in tickets:
            ticket.cancelled = True
        self._lines.clear()
        self._ready.clear()
        self._sleeping.clear()
        self._queued = dict.fromkeys(Priority, 0)
        return tickets

    def select(self, now: float) -> tuple[Ticket[T] | None, float | None]:
        """Grant (and charge) the best eligible ticket, or say when to look again (None: idle)."""
        self._wake_sleepers(now)
        while self._ready:
            _prio, _seq, _tie, chat, version = self._ready[0]
            line = self._lines.get(chat)
            head = line.head() if line is not None and line.version == version else None
            if line is None or head is None:
                heapq.heappop(self._ready)
                continue
            wait = self.pacer.chat_wait(chat, head.priority, now)
            if wait > 0:
                heapq.heappop(self._ready)
                heapq.heappush(self._sleeping, (now + wait, next(self._tie), chat, version))
                continue
            overall = self.pacer.overall_wait(now)
            if overall > 0:
                return None, now + overall
            heapq.heappop(self._ready)
            return self._grant(head, line, now), None
        return None, self._next_wake()

    def _grant(self, head: Ticket[T], line: _Line[T], now: float) -> Ticket[T]:
        """Remove the chat's head, charge the pacer and publish the chat's next head."""
        heapq.heappop(line.heap)
        head.granted = True
        self._queued[head.priority] -= 1
        self.pacer.commit(head.chat, now, head.cost)
        self._advance(head.chat, line)
        return head

    def _advance(self, chat: ChatKey, line: _Line[T]) -> None:
        """The chat's head changed: publish the new one or forget the empty line."""
        if line.head() is None:
            del self._lines[chat]
        else:
            self._publish(chat, line)

    def _publish(self, chat: ChatKey, line: _Line[T]) -> None:
        """Give the chat a new version and put its head into the ready heap."""
        head = line.head()
        assert head is not None
        assert head.seq is not None
        line.version = next(self._versions)
        heapq.heappush(self._ready, (head.priority, head.seq, next(self._tie), chat, line.version))

    def _wake_sleepers(self, now: float) -> None:
        """Move chats whose wait is over back to the ready heap (dropping stale entries)."""
        while self._sleeping and self._sleeping[0][0] <= now:
            _at, _tie, chat, version = heapq.heappop(self._sleeping)
            line = self._lines.get(chat)
            head = line.head() if line is not None and line.version == version else None
            if head is not None and head.seq is not None:
                entry = (head.priority, head.seq, next(self._tie), chat, version)
                heapq.heappush(self._ready, entry)

    def _next_wake(self) -> float | None:
        """The earliest time a sleeping chat becomes eligible (None if nothing waits)."""
        while self._sleeping:
            _at, _tie, chat, version = self._sleeping[0]
            line = self._lines.get(chat)
            if line is not None and line.version == version and line.head() is not None:
                return self._sleeping[0][0]
            heapq.heappop(self._sleeping)
        return None
