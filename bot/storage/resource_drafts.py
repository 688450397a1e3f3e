"""Resources a facilitator is adding or editing in the chat, one step at a time: each draft is
its author's open question of kind "resource" (SQL through QuestionRepository only)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.domain.clock import iso
from bot.domain.questions import OpenQuestion
from bot.resources.models import Draft
from bot.storage.question_drafts import DraftStore
from bot.storage.questions import QuestionRepository

KIND = "resource"
# How long an untouched draft stays the person's open question (the service stops taking its
# answers sooner: `bot.services.resources.DRAFT_LIFETIME`).
LIFETIME = timedelta(days=7)


class DraftRepository:
    """Keeps one draft per facilitator, so a restart loses nothing they typed."""

    def __init__(self, questions: QuestionRepository) -> None:
        """Keep the drafts as open questions of kind "resource"."""
        self.store = DraftStore(questions, KIND, LIFETIME)

    async def get(self, user_id: int) -> Draft | None:
        """Return the person's draft, if their open question is one."""
        question = await self.store.load(user_id)
        return None if question is None else _draft(user_id, question)

    async def save(self, draft: Draft, now: str) -> None:
        """Store (or replace) the person's draft; it replaces any other open question."""
        data = {"group_id": draft.group_id, "resource_id": draft.resource_id, "fields": draft.data}
        await self.store.save(draft.user_id, draft.step, data, now)

    async def delete(self, user_id: int) -> bool:
        """Drop the person's draft; False when there was none."""
        return await self.store.drop(user_id)


def _draft(user_id: int, question: OpenQuestion) -> Draft:
    """The draft a stored question holds (a missing or odd value reads as none)."""
    data = question.data
    group_id, resource_id, fields = (
        data.get("group_id"),
        data.get("resource_id"),
        data.get("fields"),
    )
    answers: dict[str, Any] = dict(fields) if isinstance(fields, dict) else {}
    return Draft(
        user_id=user_id,
        group_id=group_id if isinstance(group_id, int) and not isinstance(group_id, bool) else None,
        resource_id=resource_id if isinstance(resource_id, str) else None,
        step=question.step,
        data=answers,
        updated_at=iso(question.asked_at),
    )
