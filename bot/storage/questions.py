"""Each person's one open question (SQL only)."""

from __future__ import annotations

import json

from bot.domain.clock import iso, parse_iso
from bot.domain.questions import OpenQuestion
from bot.storage.db import Database, Transaction


class QuestionRepository:
    """Reads and replaces the open question of each person."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def replace(self, user_id: int, question: OpenQuestion) -> str | None:
        """Make `question` the person's open one; return the kind it replaced, if any."""
        async with self.db.transaction() as tx:
            rows = await tx.execute_fetchall(
                "SELECT kind FROM questions WHERE user_id = ?", (user_id,)
            )
            await tx.execute(
                "INSERT OR REPLACE INTO questions (user_id, kind, data, asked_at, expires_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    user_id,
                    question.kind,
                    json.dumps(question.data, sort_keys=True),
                    iso(question.asked_at),
                    iso(question.expires_at),
                ),
            )
        previous = list(rows)
        return str(previous[0][0]) if previous else None

    async def get(self, user_id: int) -> OpenQuestion | None:
        """Return the person's open question as stored (expired or not)."""
        row = await self.db.fetch_one(
            "SELECT kind, data, asked_at, expires_at FROM questions WHERE user_id = ?",
            (user_id,),
        )
        if row is None:
            return None
        data = json.loads(row["data"])
        return OpenQuestion(
            kind=row["kind"],
            asked_at=parse_iso(row["asked_at"]),
            expires_at=parse_iso(row["expires_at"]),
            data=data if isinstance(data, dict) else {},
        )

    async def close(self, user_id: int, kind: str | None = None) -> bool:
        """Close the person's question (only if of `kind`, when given); True if one was open."""
        if kind is None:
            changed = await self.db.write("DELETE FROM questions WHERE user_id = ?", (user_id,))
        else:
            changed = await self.db.write(
                "DELETE FROM questions WHERE user_id = ? AND kind = ?", (user_id, kind)
            )
        return changed > 0

    async def askers(self) -> list[int]:
        """Everyone with a question stored (lapsed or not)."""
        rows = await self.db.fetch_all("SELECT user_id FROM questions")
        return [int(row[0]) for row in rows]

    async def close_lapsed(self, now: str) -> int:
        """Delete the questions that lapsed before `now`; return how many."""
        return await self.db.write("DELETE FROM questions WHERE expires_at <= ?", (now,))


async def erase_questions(tx: Transaction, user_id: int) -> None:
    """/forget: drop the person's open question."""
    await tx.execute("DELETE FROM questions WHERE user_id = ?", (user_id,))
