"""Keeping the database files small and free of erased rows: the WAL checkpoint timer."""

from __future__ import annotations

import time
from collections.abc import Callable

from bot.storage.db import Database

# While a checkpoint is owed (a reader blocked it), it is tried at every tick of the storage
# job, this often.
RETRY_SECONDS = 1.0


class CheckpointTimer:
    """Truncates the WAL once an interval, and at every tick while a checkpoint is owed.

    Erased rows live on in WAL frames until a truncating checkpoint; one blocked by a reader
    (a backup, a monitoring script) is tried again as soon as the reader may have gone.
    """

    def __init__(
        self, db: Database, interval: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        """Checkpoint `db` every `interval` seconds (monotonic `clock`)."""
        self.db = db
        self.interval = interval
        self.clock = clock
        self._last: float | None = None

    async def tick(self) -> bool:
        """Checkpoint if one is owed or the interval has passed; True when it succeeded."""
        now = self.clock()
        due = self._last is None or now - self._last >= self.interval
        if not (due or self.db.checkpoint_owed):
            return False
        self._last = now
        return await self.db.checkpoint()
