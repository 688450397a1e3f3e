"""The one open question per person: asking replaces it, an answer or a lapse closes it.

Whatever a person types next goes first to their open question (`handlers/text_router.py`),
then to the features' free-text interpreters, then to the fallback. A multi-step draft (a
meeting, a resource, an announcement, a group setup) is an open question too, saved at each
step (`bot/storage/question_drafts.py`). Stored in the database, so a restart keeps it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.domain.clock import Clock, iso
from bot.domain.questions import QUESTION_LIFETIME, OpenQuestion
from bot.storage.questions import QuestionRepository


class QuestionService:
    """Asks, reads and closes each person's open question."""

    def __init__(self, repo: QuestionRepository, clock: Clock) -> None:
        """Use the repository and the clock."""
        self.repo = repo
        self.clock = clock

    async def load(self) -> None:
        """Learn who has an open question (at start: questions survive a restart)."""
        await self.repo.load()

    async def ask(
        self,
        user_id: int,
        kind: str,
        data: dict[str, Any] | None = None,
        lifetime: timedelta = QUESTION_LIFETIME,
    ) -> OpenQuestion | None:
        """Open a question of `kind` for the person; return the one it replaced, if any."""
        now = self.clock()
        question = OpenQuestion(kind, now, now + lifetime, dict(data or {}))
        return await self.repo.replace(user_id, question)

    async def current(self, user_id: int) -> OpenQuestion | None:
        """Return the person's open question, or None (a lapsed one is closed on the way)."""
        question = await self.repo.get(user_id)
        if question is None:
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
        return await self.repo.close(user_id, kind)

    async def close_lapsed(self) -> int:
        """Delete every question that lapsed (the storage timer); return how many."""
        return await self.repo.close_lapsed(iso(self.clock()))
