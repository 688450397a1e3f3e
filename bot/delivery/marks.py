"""Group commit of the inbox's marks: attempts counted and updates marked done, many at once.

Every update being processed writes two marks: its attempt (before it is handled, so one that
kills the process is given up eventually) and its 'done' mark (after). Written one by one,
the eight lanes queue for the single writer and each mark pays a transaction of its own. Here
each caller still waits until its own mark is committed, exactly as before; marks that arrive
while a commit is under way go together in the next one. Nothing is acknowledged before it is
written, so a kill -9 loses nothing that was not lost before.
"""

from __future__ import annotations

import asyncio

from bot.storage.inbox import InboxRepository


class InboxMarks:
    """Counts attempts and marks updates done through `InboxRepository.apply_marks`."""

    def __init__(self, inbox: InboxRepository) -> None:
        """Write through `inbox`."""
        self.inbox = inbox
        self._attempts: list[tuple[int, asyncio.Future[bool]]] = []
        self._done: list[tuple[int, str, asyncio.Future[None]]] = []
        self._writing: asyncio.Task[None] | None = None

    async def start_attempt(self, update_id: int) -> bool:
        """Count one more attempt once committed; False if the update is already done."""
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._attempts.append((update_id, future))
        self._kick()
        return await future

    async def mark_done(self, update_id: int, now: str) -> None:
        """Mark an update processed; return once that is committed."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._done.append((update_id, now, future))
        self._kick()
        await future

    def _kick(self) -> None:
        """Start the writer unless it runs (it takes what arrived meanwhile when it is done)."""
        if self._writing is None or self._writing.done():
            self._writing = asyncio.create_task(self._write(), name="inbox-marks")

    async def _write(self) -> None:
        """Commit everything queued, group after group, until nothing is left."""
        while self._attempts or self._done:
            attempts, self._attempts = self._attempts, []
            done, self._done = self._done, []
            everyone: list[asyncio.Future[bool] | asyncio.Future[None]] = [
                *(future for _, future in attempts),
                *(future for _, _, future in done),
            ]
            try:
                counted = await self.inbox.apply_marks(
                    [update_id for update_id, _ in attempts],
                    [(update_id, now) for update_id, now, _ in done],
                )
            except asyncio.CancelledError:
                for future in everyone:
                    future.cancel()
                raise
            except Exception as error:  # every caller of this group hears of it
                for future in everyone:
                    if not future.done():
                        future.set_exception(error)
                continue
            for update_id, future in attempts:
                if not future.done():
                    future.set_result(update_id in counted)
            for _, _, finished in done:
                if not finished.done():
                    finished.set_result(None)
