"""Each feature registers how to export, erase and stop what it keeps about a member."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from bot.storage.db import Database, Transaction

Eraser = Callable[[Transaction, int], Awaitable[None]]
Exporter = Callable[[int], Awaitable[Any]]
Stopper = Callable[[int], Awaitable[None]]


class PrivacyRegistry:
    """Collects every feature's eraser, exporter and stopper; /forget runs all erasers at once."""

    def __init__(self, db: Database) -> None:
        """Start with no features registered."""
        self.db = db
        self._erasers: dict[str, Eraser] = {}
        self._exporters: dict[str, Exporter] = {}
        self._stoppers: dict[str, Stopper] = {}
        # Set by the runner: wakes the outbox worker (an erasure may queue notices and edits).
        self.outbox_ready: Callable[[], None] = lambda: None

    def add_eraser(self, feature: str, eraser: Eraser) -> None:
        """Register a feature's eraser; each feature registers exactly one."""
        if feature in self._erasers:
            raise ValueError(f"feature {feature!r} already has an eraser")
        self._erasers[feature] = eraser

    def add_exporter(self, feature: str, exporter: Exporter) -> None:
        """Register how a feature exports a member's data for /mydata."""
        if feature in self._exporters:
            raise ValueError(f"feature {feature!r} already has an exporter")
        self._exporters[feature] = exporter

    def add_stopper(self, feature: str, stopper: Stopper) -> None:
        """Register how a feature stops its scheduled messages to a member for /stop."""
        self._stoppers[feature] = stopper

    @property
    def features(self) -> tuple[str, ...]:
        """Return the names of features with an eraser."""
        return tuple(self._erasers)

    async def export(self, user_id: int) -> dict[str, Any]:
        """Collect every feature's export; features with nothing to show are left out."""
        sections: dict[str, Any] = {}
        for feature, exporter in self._exporters.items():
            data = await exporter(user_id)
            if data:
                sections[feature] = data
        return sections

    async def erase(self, user_id: int) -> None:
        """Run every eraser in one transaction, then truncate the WAL so no copy remains."""
        async with self.db.transaction(durable=True) as tx:
            for eraser in self._erasers.values():
                await eraser(tx, user_id)
        self.outbox_ready()
        await self.db.checkpoint()

    async def stop(self, user_id: int) -> None:
        """Ask every feature to stop its scheduled messages to the member."""
        for stopper in self._stoppers.values():
            await stopper(user_id)
