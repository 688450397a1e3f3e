"""Unfinished group setups (one per person, kept as their open question of kind "setup") and
applying a finished one (SQL only)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.domain.clock import iso, parse_iso
from bot.domain.group_setup import SETUP_LIFETIME, SetupDraft
from bot.domain.questions import OpenQuestion
from bot.storage.db import Database, Transaction
from bot.storage.question_drafts import DraftStore
from bot.storage.questions import QuestionRepository

KIND = "setup"


class GroupSetupRepository:
    """Keeps each person's unfinished setup, so a restart loses none of their answers.

    The setup names its group only inside the question's answers: a setup whose group was
    forgotten since (the bot removed) is dropped when read, as the old foreign key did.
    """

    def __init__(self, db: Database, questions: QuestionRepository) -> None:
        """Use the database (for the groups) and keep setups as open questions."""
        self.db = db
        self.store = DraftStore(questions, KIND, SETUP_LIFETIME)

    async def get(self, user_id: int, now: datetime | None = None) -> SetupDraft | None:
        """Return the person's unfinished setup, if any (lapsed at `now`, when given: none).

        A setup that cannot be read, or whose group is gone (or was forgotten and added
        again after the setup's last answer), is dropped.
        """
        question = await self.store.load(user_id)
        if question is None:
            return None
        draft = _draft(user_id, question)
        if draft is None or not await self._group_still_there(draft):
            await self.store.drop(user_id)
            return None
        if now is not None and not question.open_at(now):
            await self.store.drop(user_id)
            return None
        return draft

    async def save(self, draft: SetupDraft) -> None:
        """Store the person's setup as it stands, replacing whatever they were asked."""
        await self.store.save(draft.user_id, draft.step, _data(draft), draft.updated_at)

    async def offer(self, draft: SetupDraft) -> bool:
        """Store a setup only offered (at its intro) unless the person has another question
        open (a draft they started, a question they were asked): False when it is kept."""
        current = await self.store.questions.get(draft.user_id)
        if (
            current is not None
            and current.kind != KIND
            and current.open_at(parse_iso(draft.updated_at))
        ):
            return False
        await self.save(draft)
        return True

    async def delete(self, user_id: int) -> bool:
        """Drop the person's setup; False when there was none."""
        return await self.store.drop(user_id)

    async def delete_in(self, tx: Transaction, user_id: int) -> None:
        """Drop the person's setup inside the caller's transaction."""
        await self.store.drop_in(tx, user_id)

    async def _group_still_there(self, draft: SetupDraft) -> bool:
        """Whether the setup's group is known, and was already when the setup was last saved."""
        row = await self.db.fetch_one(
            "SELECT created_at FROM groups WHERE chat_id = ?", (draft.chat_id,)
        )
        if row is None:
            return False
        try:
            return parse_iso(str(row[0])) <= parse_iso(draft.updated_at)
        except ValueError:  # a time not written by `iso`: the group is there, keep the setup
            return True


def _data(draft: SetupDraft) -> dict[str, Any]:
    """The setup's answers as the question's JSON data."""
    return {
        "chat_id": draft.chat_id,
        "title": draft.title,
        "timezone": draft.timezone,
        "language": draft.language,
        "post_minutes": draft.post_minutes,
    }


def _draft(user_id: int, question: OpenQuestion) -> SetupDraft | None:
    """The setup a stored question holds, or None when its answers are not a setup's."""
    data = question.data
    chat_id, minutes = data.get("chat_id"), data.get("post_minutes")
    texts = [data.get(key) for key in ("title", "timezone", "language")]
    if type(chat_id) is not int or not question.step:
        return None
    if minutes is not None and type(minutes) is not int:
        return None
    title, timezone, language = texts
    if not (isinstance(title, str) and isinstance(timezone, str) and isinstance(language, str)):
        return None
    return SetupDraft(
        user_id=user_id,
        chat_id=chat_id,
        step=question.step,
        title=title,
        timezone=timezone,
        language=language,
        post_minutes=minutes,
        updated_at=iso(question.asked_at),
    )


async def apply_setup(tx: Transaction, draft: SetupDraft, now: str) -> bool:
    """Write a finished setup to its group, in the caller's transaction (the draft is the
    caller's to drop)."""
    cursor = await tx.execute(
        "UPDATE groups SET title = ?, timezone = ?, language = ?, meeting_post_minutes = ?,"
        " setup_done_at = ? WHERE chat_id = ?",
        (draft.title, draft.timezone, draft.language, draft.post_minutes, now, draft.chat_id),
    )
    return cursor.rowcount > 0
