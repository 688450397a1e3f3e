"""Resources a facilitator is adding or editing in the chat, one step at a time (SQL only)."""

from __future__ import annotations

import json

from bot.resources.models import Draft
from bot.storage.db import Database, Transaction


class DraftRepository:
    """Keeps one draft per facilitator, so a restart loses nothing they typed."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def get(self, user_id: int) -> Draft | None:
        """Return the person's draft, if any."""
        row = await self.db.fetch_one(
            "SELECT user_id, group_id, resource_id, step, data, updated_at FROM resource_drafts"
            " WHERE user_id = ?",
            (user_id,),
        )
        if row is None:
            return None
        return Draft(row[0], row[1], row[2], row[3], json.loads(row[4]), row[5])

    async def save(self, draft: Draft, now: str) -> None:
        """Store (or replace) the person's draft."""
        await self.db.write(
            "INSERT OR REPLACE INTO resource_drafts (user_id, group_id, resource_id, step, data,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                draft.user_id,
                draft.group_id,
                draft.resource_id,
                draft.step,
                json.dumps(draft.data),
                now,
            ),
        )

    async def delete(self, user_id: int) -> bool:
        """Drop the person's draft; False when there was none."""
        return await self.db.write("DELETE FROM resource_drafts WHERE user_id = ?", (user_id,)) > 0


async def erase_drafts(tx: Transaction, user_id: int) -> None:
    """/forget: drop the person's draft."""
    await tx.execute("DELETE FROM resource_drafts WHERE user_id = ?", (user_id,))
