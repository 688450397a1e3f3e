"""The one open question per person: asking replaces it, an answer or a lapse closes it.

Whatever a person types next goes first to their open question (`handlers/text_router.py`),
then to the features' free-text interpreters, then to the fallback. Stored in the database, so
a restart keeps it.
"""

from __future__ import annotations

from datetime import timedelta

from bot.domain.clock import Clock, iso
from bot.domain.questions import QUESTION_LIFETIME, OpenQuestion
from bot.storage.questions import QuestionRepository


class QuestionService:
    """Asks, reads and closes each person's open question."""

    def __init__(self, repo: QuestionRepository, clock: Clock) -> None:
        """Use the repository and the clock."""
        self.repo = repo
        self.clock = clock
        # Who may have an open question: most typed texts come from people with none, and
        # reading the table for each of them cost the reply path 5 ms at the median (bench
        # delivery). Only this service adds rows, so a person not here has none; one here
        # may not (erased, lapsed): the table decides.
        self._maybe_open: set[int] = set()

    async def load(self) -> None:
        """Learn who has an open question (at start: questions survive a restart)."""
        self._maybe_open = set(await self.repo.askers())

    async def ask(
        self,
        user_id: int,
        kind: str,
        data: dict[str, str | int] | None = None,
        lifetime: timedelta = QUESTION_LIFETIME,
    ) -> str | None:
        """Open a question of `kind` for the person; return the kind of the one it replaced."""
        now = self.clock()
        question = OpenQuestion(kind, now, now + lifetime, dict(data or {}))
        self._maybe_open.add(user_id)
        return await self.repo.replace(user_id, question)

    async def current(self, user_id: int) -> OpenQuestion | None:
        """Return the person's open question, or None (a lapsed one is closed on the way)."""
        if user_id not in self._maybe_open:
            return None
        question = await self.repo.get(user_id)
        if question is None:
            self._maybe_open.discard(user_id)
            return None
        if not question.open_at(self.clock()):
            await self.repo.close(user_id, question.kind)
            return None
        return question

    async def waiting(self, user_id: int, kind: str) -> OpenQuestion | None:
        """Return the person's open question if it is of `kind`."""
        question = await self.current(user_id)
        return question if question is not None and question.kind == kind else None

    async def close(self, user_id: int, kind: str) -> bool:
        """Close the person's question of `kind` (answered or given up); True if it was open."""
        closed = await self.repo.close(user_id, kind)
        if closed:
            self._maybe_open.discard(user_id)
        return closed

    async def close_lapsed(self) -> int:
        """Delete every question that lapsed (the storage timer); return how many."""
        closed = await self.repo.close_lapsed(iso(self.clock()))
        await self.load()
        return closed
