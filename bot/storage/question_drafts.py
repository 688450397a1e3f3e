"""A feature's multi-step draft kept as its author's open question of one kind (SQL through
QuestionRepository only): saving a step replaces whatever else the person was asked."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.domain.clock import parse_iso
from bot.domain.questions import OpenQuestion
from bot.storage.db import Transaction
from bot.storage.questions import QuestionRepository, close_question


class DraftStore:
    """Loads, saves and drops one kind of draft in the questions table."""

    def __init__(self, questions: QuestionRepository, kind: str, lifetime: timedelta) -> None:
        """Keep drafts of `kind`, each for `lifetime` after its last step."""
        self.questions = questions
        self.kind = kind
        self.lifetime = lifetime

    async def load(self, user_id: int) -> OpenQuestion | None:
        """The person's draft of this kind, if their open question is one."""
        question = await self.questions.get(user_id)
        return question if question is not None and question.kind == self.kind else None

    async def save(
        self,
        user_id: int,
        step: str,
        data: dict[str, Any],
        now: str,
        tx: Transaction | None = None,
    ) -> None:
        """Store the draft at `step` (its answers so far in `data`), replacing any question."""
        asked = parse_iso(now)
        question = OpenQuestion(self.kind, asked, asked + self.lifetime, dict(data), step)
        await self.questions.replace(user_id, question, tx)

    async def drop(self, user_id: int) -> bool:
        """Drop the person's draft of this kind; False when there was none."""
        return await self.questions.close(user_id, self.kind)

    async def drop_in(self, tx: Transaction, user_id: int) -> None:
        """Drop the person's draft of this kind inside the caller's transaction."""
        await close_question(tx, user_id, self.kind)
