"""Groups' agreements (SQL only): one row per group with its version and who changed it last,
its other languages, and who accepted which version."""

from __future__ import annotations

from bot.rules.model import Agreement
from bot.storage.audit import add_audit
from bot.storage.db import Database, Transaction


class AgreementRepository:
    """Reads and writes groups' agreements; every change is in the audit trail."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def get(self, chat_id: int, language: str | None = None) -> Agreement | None:
        """Return the group's agreement, in `language` when written in it, if it has one."""
        row = await self.db.fetch_one(
            "SELECT r.chat_id, coalesce(t.text, r.text), r.updated_at, r.version, t.language"
            " FROM group_rules r LEFT JOIN group_rules_texts t"
            " ON t.chat_id = r.chat_id AND t.language = ? WHERE r.chat_id = ?",
            (language, chat_id),
        )
        if row is None:
            return None
        written_in = str(row[4]) if row[4] is not None else None
        return Agreement(int(row[0]), str(row[1]), str(row[2]), int(row[3]), written_in)

    async def languages(self, chat_id: int) -> list[str]:
        """The other languages the group's agreement is written in."""
        rows = await self.db.fetch_all(
            "SELECT language FROM group_rules_texts WHERE chat_id = ? ORDER BY language",
            (chat_id,),
        )
        return [str(row[0]) for row in rows]

    async def save(self, chat_id: int, text: str, actor_id: int, now: str) -> int:
        """Store (or replace) the group's agreement, record who did it; return its version.

        A change makes a new version (members accept it again) and drops the other
        languages' texts, which said the old one.
        """
        async with self.db.transaction() as tx:
            await tx.execute(
                "INSERT INTO group_rules (chat_id, text, updated_by, updated_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET text = excluded.text,"
                " updated_by = excluded.updated_by, updated_at = excluded.updated_at,"
                " version = group_rules.version + 1",
                (chat_id, text, actor_id, now),
            )
            await tx.execute("DELETE FROM group_rules_texts WHERE chat_id = ?", (chat_id,))
            cursor = await tx.execute(
                "SELECT version FROM group_rules WHERE chat_id = ?", (chat_id,)
            )
            row = await cursor.fetchone()
            version = int(row[0]) if row else 1
            await add_audit(tx, actor_id, "rules.set", now, chat_id, str(version))
            await _accept_in(tx, chat_id, actor_id, version, now)
            return version

    async def save_translation(
        self, chat_id: int, language: str, text: str, actor_id: int, now: str
    ) -> bool:
        """Store the agreement in another language; False when the group has none."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "INSERT INTO group_rules_texts (chat_id, language, text, updated_at)"
                " SELECT chat_id, ?, ?, ? FROM group_rules WHERE chat_id = ?"
                " ON CONFLICT (chat_id, language) DO UPDATE SET text = excluded.text,"
                " updated_at = excluded.updated_at",
                (language, text, now, chat_id),
            )
            if cursor.rowcount == 0:
                return False
            await add_audit(tx, actor_id, "rules.translate", now, chat_id, language)
            return True

    async def clear(self, chat_id: int, actor_id: int, now: str) -> bool:
        """Remove the group's agreement (its languages and acceptances); False if it had none."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute("DELETE FROM group_rules WHERE chat_id = ?", (chat_id,))
            if cursor.rowcount == 0:
                return False
            await tx.execute("DELETE FROM group_rules_texts WHERE chat_id = ?", (chat_id,))
            await tx.execute("DELETE FROM agreement_acceptances WHERE chat_id = ?", (chat_id,))
            await add_audit(tx, actor_id, "rules.clear", now, chat_id)
            return True

    async def pinned(self, chat_id: int) -> int | None:
        """The bot's pinned message showing the agreement in the group, if any."""
        row = await self.db.fetch_one(
            "SELECT pinned_message_id FROM group_rules WHERE chat_id = ?", (chat_id,)
        )
        return int(row[0]) if row and row[0] is not None else None

    async def set_pinned(self, chat_id: int, message_id: int | None) -> None:
        """Remember which message shows the agreement pinned in the group."""
        async with self.db.transaction() as tx:
            await tx.execute(
                "UPDATE group_rules SET pinned_message_id = ? WHERE chat_id = ?",
                (message_id, chat_id),
            )

    async def written_by(self, user_id: int) -> list[int]:
        """The groups whose agreement the person changed last (for /mydata)."""
        rows = await self.db.fetch_all(
            "SELECT chat_id FROM group_rules WHERE updated_by = ? ORDER BY chat_id", (user_id,)
        )
        return [int(row[0]) for row in rows]

    async def accepted_version(self, chat_id: int, user_id: int) -> tuple[int, int]:
        """The version the person accepted in the group and the one they were last asked
        (0, 0 when neither)."""
        row = await self.db.fetch_one(
            "SELECT accepted_version, asked_version FROM agreement_acceptances"
            " WHERE chat_id = ? AND user_id = ?",
            (chat_id, user_id),
        )
        return (int(row[0]), int(row[1])) if row else (0, 0)

    async def accept(self, chat_id: int, user_id: int, version: int, now: str) -> None:
        """Record that the person accepted this version of the group's agreement."""
        async with self.db.transaction() as tx:
            await _accept_in(tx, chat_id, user_id, version, now)

    async def mark_asked(self, chat_id: int, user_id: int, version: int) -> bool:
        """Record that the person is asked to accept `version`; False when they already were
        (or accepted it)."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "INSERT INTO agreement_acceptances (chat_id, user_id, asked_version)"
                " SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM groups WHERE chat_id = ?)"
                " ON CONFLICT (chat_id, user_id) DO UPDATE"
                " SET asked_version = excluded.asked_version"
                " WHERE agreement_acceptances.asked_version < excluded.asked_version"
                " AND agreement_acceptances.accepted_version < excluded.asked_version",
                (chat_id, user_id, version, chat_id),
            )
            return cursor.rowcount > 0

    async def acceptances(self, user_id: int) -> list[dict[str, object]]:
        """The agreements the person accepted, for /mydata."""
        rows = await self.db.fetch_all(
            "SELECT chat_id, accepted_version, accepted_at FROM agreement_acceptances"
            " WHERE user_id = ? AND accepted_version > 0 ORDER BY chat_id",
            (user_id,),
        )
        return [{"group": int(r[0]), "version": int(r[1]), "accepted_at": r[2]} for r in rows]


async def _accept_in(tx: Transaction, chat_id: int, user_id: int, version: int, now: str) -> None:
    """Record an acceptance inside the caller's transaction."""
    await tx.execute(
        "INSERT INTO agreement_acceptances (chat_id, user_id, accepted_version, asked_version,"
        " accepted_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (chat_id, user_id) DO UPDATE SET"
        " accepted_version ="
        " max(agreement_acceptances.accepted_version, excluded.accepted_version),"
        " asked_version = max(agreement_acceptances.asked_version, excluded.asked_version),"
        " accepted_at = excluded.accepted_at",
        (chat_id, user_id, version, version, now),
    )


async def erase_rules_author(tx: Transaction, user_id: int) -> None:
    """/forget: an agreement stays with its group, no longer naming who wrote it; the person's
    acceptances go."""
    await tx.execute("UPDATE group_rules SET updated_by = NULL WHERE updated_by = ?", (user_id,))
    await tx.execute("DELETE FROM agreement_acceptances WHERE user_id = ?", (user_id,))
