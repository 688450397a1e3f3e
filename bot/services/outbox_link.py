"""The services' one line to the outbox worker: made first, handed to each service that queues
sends when it is built, and joined to the worker when the runner starts one.

Before a worker is attached (tests, the command line) waking it does nothing and a cancel drops
nothing in flight: the rows stay in the database for the next worker.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from bot.domain.sends import OutcomeObserver, SendKind


class Worker(Protocol):
    """What the services need of the outbox worker."""

    def wake(self) -> None:
        """Look for new sends now."""

    async def drop(self, prefix: str) -> int:
        """Never send rows keyed `prefix…` (a cancel is about to delete them)."""


class OutboxLink:
    """Wakes the worker, drops a cancelled batch, and holds who hears which kind of send."""

    def __init__(self) -> None:
        """No worker yet, nobody listening."""
        self._worker: Worker | None = None
        self._observers: dict[SendKind, OutcomeObserver] = {}

    def attach(self, worker: Worker) -> None:
        """Join the running worker (the runner, once)."""
        self._worker = worker

    @property
    def running(self) -> bool:
        """Whether a worker sends: only then is waiting for a send useful."""
        return self._worker is not None

    def ready(self) -> None:
        """Tell the worker something was queued (call after the commit)."""
        if self._worker is not None:
            self._worker.wake()

    async def drop(self, prefix: str) -> int:
        """Stop the worker's sends keyed `prefix…`; how many were stopped."""
        return await self._worker.drop(prefix) if self._worker is not None else 0

    def observe(self, kind: SendKind, observer: OutcomeObserver) -> None:
        """Have `observer` hear how every send of `kind` went (one observer per kind)."""
        if kind in self._observers:
            raise ValueError(f"sends of kind {kind} already have an observer")
        self._observers[kind] = observer

    @property
    def observers(self) -> Mapping[SendKind, OutcomeObserver]:
        """Who hears which kind (handed to the worker)."""
        return self._observers
