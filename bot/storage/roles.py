"""Admins and facilitators."""

from __future__ import annotations

import aiosqlite

from bot.storage.db import Database


class RoleRepository:
    """Reads and writes the admins and facilitators tables."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def seed_admins(self, user_ids: tuple[int, ...], now: str) -> None:
        """Make the configured ids the admins from config, dropping ids no longer configured."""
        async with self.db.transaction() as tx:
            # "NOT IN (NULL)" is never true: an emptied list must still drop every config admin.
            kept = f" AND user_id NOT IN ({','.join('?' * len(user_ids))})" if user_ids else ""
            await tx.execute(f"DELETE FROM admins WHERE source = 'config'{kept}", user_ids)
            await tx.executemany(
                "INSERT OR IGNORE INTO admins (user_id, source, added_at) VALUES (?, 'config', ?)",
                [(user_id, now) for user_id in user_ids],
            )

    async def admin_ids(self) -> list[int]:
        """Return every admin's user id."""
        rows = await self.db.fetch_all("SELECT user_id FROM admins ORDER BY user_id")
        return [row["user_id"] for row in rows]

    async def is_admin(self, user_id: int) -> bool:
        """Tell whether the user is an admin."""
        row = await self.db.fetch_one("SELECT 1 FROM admins WHERE user_id = ?", (user_id,))
        return row is not None

    async def add_facilitator(
        self, chat_id: int, user_id: int, added_by: int | None, now: str
    ) -> bool:
        """Make the user a facilitator of the group; False when they were one already."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "INSERT OR IGNORE INTO facilitators (chat_id, user_id, added_by, added_at)"
                " VALUES (?, ?, ?, ?)",
                (chat_id, user_id, added_by, now),
            )
            return cursor.rowcount > 0

    async def remove_facilitator(self, chat_id: int, user_id: int) -> bool:
        """Remove the user's facilitator role in the group; False when they had none."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "DELETE FROM facilitators WHERE chat_id = ? AND user_id = ?", (chat_id, user_id)
            )
            return cursor.rowcount > 0

    async def is_facilitator(self, chat_id: int, user_id: int) -> bool:
        """Tell whether the user facilitates this group."""
        row = await self.db.fetch_one(
            "SELECT 1 FROM facilitators WHERE chat_id = ? AND user_id = ?", (chat_id, user_id)
        )
        return row is not None

    async def facilitated_groups(self, user_id: int) -> list[int]:
        """Return the chat ids of the groups this user facilitates."""
        rows = await self.db.fetch_all(
            "SELECT chat_id FROM facilitators WHERE user_id = ? ORDER BY chat_id", (user_id,)
        )
        return [row["chat_id"] for row in rows]

    async def facilitators_of(self, chat_id: int) -> list[int]:
        """Return the user ids of a group's facilitators."""
        rows = await self.db.fetch_all(
            "SELECT user_id FROM facilitators WHERE chat_id = ? ORDER BY added_at", (chat_id,)
        )
        return [row["user_id"] for row in rows]

    async def all_facilitator_ids(self) -> list[int]:
        """Return every user who facilitates at least one group."""
        rows = await self.db.fetch_all("SELECT DISTINCT user_id FROM facilitators ORDER BY user_id")
        return [row["user_id"] for row in rows]


async def erase_roles(tx: aiosqlite.Connection, user_id: int) -> None:
    """Delete the user's facilitator and admin rows (config admins are re-seeded at start)."""
    await tx.execute("DELETE FROM facilitators WHERE user_id = ?", (user_id,))
    await tx.execute("UPDATE facilitators SET added_by = NULL WHERE added_by = ?", (user_id,))
    await tx.execute("DELETE FROM admins WHERE user_id = ?", (user_id,))
