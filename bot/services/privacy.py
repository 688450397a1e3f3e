"""The features' personal data together: /mydata exports, /forget erases and /stop stops."""

from __future__ import annotations

from typing import Any

from bot.feature import Eraser, Exporter, PersonalData, Stopper
from bot.services.outbox_link import OutboxLink
from bot.storage.db import Database


class PrivacyRegistry:
    """Collects every feature's eraser, exporter and stopper; /forget runs all erasers at once."""

    def __init__(self, db: Database, *, outbox: OutboxLink) -> None:
        """Start with no features registered."""
        self.db = db
        self._erasers: dict[str, Eraser] = {}
        self._exporters: dict[str, Exporter] = {}
        self._stoppers: dict[str, Stopper] = {}
        self._declared: set[str] = set()
        self.outbox = outbox

    def add(self, feature: str, data: PersonalData) -> None:
        """Take a feature's declaration of its personal data; each feature declares once."""
        if feature in self._declared:
            raise ValueError(f"feature {feature!r} already declared its personal data")
        self._declared.add(feature)
        if data.erase is not None:
            self._erasers[feature] = data.erase
        if data.export is not None:
            self._exporters[data.export_as or feature] = data.export
        if data.stop is not None:
            self._stoppers[feature] = data.stop

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
        self.outbox.ready()
        await self.db.checkpoint()

    async def stop(self, user_id: int) -> None:
        """Ask every feature to stop its scheduled messages to the member."""
        for stopper in self._stoppers.values():
            await stopper(user_id)
