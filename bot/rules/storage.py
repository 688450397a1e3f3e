"""Groups' agreements (SQL only): one row per group, with who changed it last."""

from __future__ import annotations

from bot.rules.model import Agreement
from bot.storage.audit import add_audit
from bot.storage.db import Database, Transaction


class AgreementRepository:
    """Reads and writes groups' agreements; every change is in the audit trail."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def get(self, chat_id: int) -> Agreement | None:
        """Return the group's agreement, if it has one."""
        row = await self.db.fetch_one(
            "SELECT chat_id, text, updated_at FROM group_rules WHERE chat_id = ?", (chat_id,)
        )
        return Agreement(int(row[0]), str(row[1]), str(row[2])) if row else None

    async def save(self, chat_id: int, text: str, actor_id: int, now: str) -> None:
        """Store (or replace) the group's agreement and record who did it."""
        async with self.db.transaction() as tx:
            await tx.execute(
                "INSERT INTO group_rules (chat_id, text, updated_by, updated_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET text = excluded.text,"
                " updated_by = excluded.updated_by, updated_at = excluded.updated_at",
                (chat_id, text, actor_id, now),
            )
            await add_audit(tx, actor_id, "rules.set", now, chat_id)

    async def clear(self, chat_id: int, actor_id: int, now: str) -> bool:
        """Remove the group's agreement; False if it had none."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute("DELETE FROM group_rules WHERE chat_id = ?", (chat_id,))
            if cursor.rowcount == 0:
                return False
            await add_audit(tx, actor_id, "rules.clear", now, chat_id)
            return True

    async def written_by(self, user_id: int) -> list[int]:
        """The groups whose agreement the person changed last (for /mydata)."""
        rows = await self.db.fetch_all(
            "SELECT chat_id FROM group_rules WHERE updated_by = ? ORDER BY chat_id", (user_id,)
        )
        return [int(row[0]) for row in rows]


async def erase_rules_author(tx: Transaction, user_id: int) -> None:
    """/forget: an agreement stays with its group, no longer naming who wrote it."""
    await tx.execute("UPDATE group_rules SET updated_by = NULL WHERE updated_by = ?", (user_id,))
