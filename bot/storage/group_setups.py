"""Unfinished group setups (one per person) and applying a finished one (SQL only)."""

from __future__ import annotations

from bot.domain.group_setup import SetupDraft
from bot.storage.db import Database, Transaction

_COLUMNS = "user_id, chat_id, step, title, timezone, language, post_minutes, updated_at"


class GroupSetupRepository:
    """Keeps each person's unfinished setup, so a restart loses none of their answers."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def get(self, user_id: int) -> SetupDraft | None:
        """Return the person's unfinished setup, if any."""
        row = await self.db.fetch_one(
            f"SELECT {_COLUMNS} FROM group_setups WHERE user_id = ?", (user_id,)
        )
        return SetupDraft(*row) if row else None

    async def save(self, draft: SetupDraft) -> None:
        """Store (or replace) the person's setup as it stands."""
        await self.db.write(
            f"INSERT OR REPLACE INTO group_setups ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                draft.user_id,
                draft.chat_id,
                draft.step,
                draft.title,
                draft.timezone,
                draft.language,
                draft.post_minutes,
                draft.updated_at,
            ),
        )

    async def delete(self, user_id: int) -> bool:
        """Drop the person's setup; False when there was none."""
        return await self.db.write("DELETE FROM group_setups WHERE user_id = ?", (user_id,)) > 0


async def apply_setup(tx: Transaction, draft: SetupDraft, now: str) -> bool:
    """Write a finished setup to its group and drop the draft, in the caller's transaction."""
    cursor = await tx.execute(
        "UPDATE groups SET title = ?, timezone = ?, language = ?, meeting_post_minutes = ?,"
        " setup_done_at = ? WHERE chat_id = ?",
        (draft.title, draft.timezone, draft.language, draft.post_minutes, now, draft.chat_id),
    )
    await tx.execute("DELETE FROM group_setups WHERE user_id = ?", (draft.user_id,))
    return cursor.rowcount > 0


async def erase_group_setups(tx: Transaction, user_id: int) -> None:
    """/forget: drop the person's unfinished setup."""
    await tx.execute("DELETE FROM group_setups WHERE user_id = ?", (user_id,))
