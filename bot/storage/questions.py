"""Each person's one open question (SQL only): a question asked a moment ago, or a draft of
several answers (a meeting, a resource, an announcement, a group setup) at its current step."""

from __future__ import annotations

import json
from typing import Any

from bot.domain.clock import iso, parse_iso
from bot.domain.questions import OpenQuestion
from bot.storage.db import Database, Transaction


class QuestionRepository:
    """Reads and replaces the open question of each person.

    Keeps who may have one in memory: most typed texts come from people with none, and
    reading the table for each of them cost the reply path 5 ms at the median (bench
    delivery). Every row is written through this class, so a person not in the set has none;
    one in it may not (answered elsewhere, erased, lapsed): the table decides.
    """

    def __init__(self, db: Database) -> None:
        """Use the given database; `load` learns who has a question."""
        self.db = db
        self._maybe_open: set[int] = set()

    async def load(self) -> None:
        """Learn who has a question stored (at start: questions survive a restart)."""
        rows = await self.db.fetch_all("SELECT user_id FROM questions")
        self._maybe_open = {int(row[0]) for row in rows}

    async def replace(
        self, user_id: int, question: OpenQuestion, tx: Transaction | None = None
    ) -> OpenQuestion | None:
        """Make `question` the person's open one; return the one it replaced, if any."""
        if tx is None:
            async with self.db.transaction() as own:
                return await self.replace(user_id, question, own)
        self._maybe_open.add(user_id)
        previous = await _read(tx, user_id)
        await tx.execute(
            "INSERT OR REPLACE INTO questions (user_id, kind, step, data, asked_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                user_id,
                question.kind,
                question.step,
                json.dumps(question.data, sort_keys=True),
                iso(question.asked_at),
                iso(question.expires_at),
            ),
        )
        return previous

    async def get(self, user_id: int) -> OpenQuestion | None:
        """Return the person's open question as stored (lapsed or not)."""
        if user_id not in self._maybe_open:
            return None
        # Asked for by each step typed text passes (answers, interpreters, late answers):
        # read once per update, until a write.
        row = await self.db.fetch_remembered(("question", user_id), _SELECT, (user_id,))
        if row is None:
            self._maybe_open.discard(user_id)
            return None
        return _question(row)

    async def close(self, user_id: int, kind: str | None = None) -> bool:
        """Close the person's question (only if of `kind`, when given); True if one was open."""
        if user_id not in self._maybe_open:
            return False
        async with self.db.transaction() as tx:
            closed = await close_question(tx, user_id, kind)
        if closed:
            self._maybe_open.discard(user_id)
        return closed

    async def close_lapsed(self, now: str) -> int:
        """Delete the questions that lapsed before `now`; return how many."""
        closed = await self.db.write("DELETE FROM questions WHERE expires_at <= ?", (now,))
        if closed:
            await self.load()
        return closed


_SELECT = "SELECT kind, step, data, asked_at, expires_at FROM questions WHERE user_id = ?"


async def _read(tx: Transaction, user_id: int) -> OpenQuestion | None:
    """The person's question inside a transaction, if any."""
    rows = list(await tx.execute_fetchall(_SELECT, (user_id,)))
    return _question(rows[0]) if rows else None


def _question(row: Any) -> OpenQuestion:
    """A stored row as a question."""
    data = json.loads(row[2])
    return OpenQuestion(
        kind=row[0],
        step=row[1],
        data=data if isinstance(data, dict) else {},
        asked_at=parse_iso(row[3]),
        expires_at=parse_iso(row[4]),
    )


async def close_question(tx: Transaction, user_id: int, kind: str | None = None) -> bool:
    """Delete the person's question (only if of `kind`) inside a transaction; True if one was."""
    if kind is None:
        cursor = await tx.execute("DELETE FROM questions WHERE user_id = ?", (user_id,))
    else:
        cursor = await tx.execute(
            "DELETE FROM questions WHERE user_id = ? AND kind = ?", (user_id, kind)
        )
    return cursor.rowcount > 0


async def erase_questions(tx: Transaction, user_id: int) -> None:
    """/forget: drop the person's open question (a draft and its words with it)."""
    await close_question(tx, user_id)


async def export_question(db: Database, user_id: int) -> dict[str, Any] | None:
    """/mydata: the person's open question or unfinished draft, with their answers so far."""
    row = await db.fetch_one(_SELECT, (user_id,))
    if row is None:
        return None
    question = _question(row)
    return {"kind": question.kind, "step": question.step, "answers": question.data}
