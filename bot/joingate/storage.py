"""The join gate's SQL: each group's gate settings and raid state, and pending requests."""

from __future__ import annotations

from typing import Any

from bot.joingate.model import GateSettings, JoinRequest, Step
from bot.storage.audit import add_audit
from bot.storage.db import Database, Transaction

_GATE_COLUMNS = (
    "chat_id, requests_on, question, readonly_minutes, invite_link, raid_since, last_join_at"
)
# The settings a person changes, with their audit action (the link is the bot's own).
_AUDITED = {
    "requests_on": "joingate.requests",
    "question": "joingate.question",
    "readonly_minutes": "joingate.readonly",
}
_REQUEST_COLUMNS = "chat_id, user_id, user_chat_id, language, step, requested_at, expires_at"


def _settings(row: Any) -> GateSettings:
    """A join_gates row as settings."""
    return GateSettings(
        chat_id=int(row[0]),
        requests_on=bool(row[1]),
        question=row[2],
        readonly_minutes=int(row[3]),
        invite_link=row[4],
        raid_since=row[5],
        last_join_at=row[6],
    )


def _request(row: Any) -> JoinRequest:
    """A join_requests row as a request."""
    return JoinRequest(
        chat_id=int(row[0]),
        user_id=int(row[1]),
        user_chat_id=int(row[2]) if row[2] is not None else None,
        language=str(row[3]),
        step=Step(row[4]),
        requested_at=str(row[5]),
        expires_at=str(row[6]),
    )


class GateRepository:
    """Reads and writes the gate's settings (audited) and its pending requests."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def settings(self, chat_id: int) -> GateSettings:
        """The group's gate (the defaults when never set)."""
        row = await self.db.fetch_one(
            f"SELECT {_GATE_COLUMNS} FROM join_gates WHERE chat_id = ?", (chat_id,)
        )
        return _settings(row) if row else GateSettings(chat_id)

    async def change(
        self, chat_id: int, column: str, value: object, actor_id: int | None, now: str
    ) -> bool:
        """Set one of the gate's settings and audit it (`joingate.<column>`); False for a group
        the bot does not know."""
        if column not in _AUDITED and column != "invite_link":
            raise ValueError(column)
        async with self.db.transaction() as tx:
            if not await _ensure(tx, chat_id):
                return False
            await tx.execute(
                f"UPDATE join_gates SET {column} = ? WHERE chat_id = ?", (value, chat_id)
            )
            subject = None if column == "question" else str(value)
            if actor_id is not None and column in _AUDITED:
                await add_audit(tx, actor_id, _AUDITED[column], now, chat_id, subject)
            return True

    async def audit(self, actor_id: int, action: str, chat_id: int, now: str) -> None:
        """Record a staff action on the group's gate (a personal invite link made)."""
        async with self.db.transaction() as tx:
            await add_audit(tx, actor_id, action, now, chat_id)

    async def start_raid(self, chat_id: int, now: str) -> bool:
        """Switch raid mode on (audited as the bot's own act); False when it already was."""
        async with self.db.transaction() as tx:
            if not await _ensure(tx, chat_id):
                return False
            cursor = await tx.execute(
                "UPDATE join_gates SET raid_since = ?, last_join_at = ?"
                " WHERE chat_id = ? AND raid_since IS NULL",
                (now, now, chat_id),
            )
            if cursor.rowcount == 0:
                return False
            await add_audit(tx, None, "joingate.raid_on", now, chat_id)
            return True

    async def end_raid(self, chat_id: int, actor_id: int | None, now: str) -> bool:
        """Switch raid mode off; False when it was not on."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "UPDATE join_gates SET raid_since = NULL WHERE chat_id = ?"
                " AND raid_since IS NOT NULL",
                (chat_id,),
            )
            if cursor.rowcount == 0:
                return False
            await add_audit(tx, actor_id, "joingate.raid_off", now, chat_id)
            return True

    async def joined(self, chat_id: int, now: str) -> None:
        """Note the time of the latest join in a group in raid mode."""
        async with self.db.transaction() as tx:
            await tx.execute(
                "UPDATE join_gates SET last_join_at = ? WHERE chat_id = ?"
                " AND raid_since IS NOT NULL",
                (now, chat_id),
            )

    async def in_raid(self) -> list[GateSettings]:
        """Every group in raid mode."""
        rows = await self.db.fetch_all(
            f"SELECT {_GATE_COLUMNS} FROM join_gates WHERE raid_since IS NOT NULL"
        )
        return [_settings(row) for row in rows]

    async def add_request(self, request: JoinRequest) -> None:
        """Keep a join request at the gate (a new request replaces an old one)."""
        async with self.db.transaction() as tx:
            await tx.execute(
                f"INSERT OR REPLACE INTO join_requests ({_REQUEST_COLUMNS})"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    request.chat_id,
                    request.user_id,
                    request.user_chat_id,
                    request.language,
                    request.step.value,
                    request.requested_at,
                    request.expires_at,
                ),
            )

    async def request(self, chat_id: int, user_id: int) -> JoinRequest | None:
        """The person's pending request to join the group, if any."""
        row = await self.db.fetch_one(
            f"SELECT {_REQUEST_COLUMNS} FROM join_requests WHERE chat_id = ? AND user_id = ?",
            (chat_id, user_id),
        )
        return _request(row) if row else None

    async def set_step(self, chat_id: int, user_id: int, before: Step, after: Step) -> bool:
        """Move a request on from `before` to `after`; False when it was not at `before`."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "UPDATE join_requests SET step = ? WHERE chat_id = ? AND user_id = ? AND step = ?",
                (after.value, chat_id, user_id, before.value),
            )
            return cursor.rowcount > 0

    async def decided(self, chat_id: int, user_id: int) -> bool:
        """Delete a decided request (its private chat id with it); False if it was gone."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "DELETE FROM join_requests WHERE chat_id = ? AND user_id = ?", (chat_id, user_id)
            )
            return cursor.rowcount > 0

    async def lapsed(self, now: str, limit: int = 100) -> list[JoinRequest]:
        """Requests whose time ran out, oldest first."""
        rows = await self.db.fetch_all(
            f"SELECT {_REQUEST_COLUMNS} FROM join_requests WHERE expires_at <= ?"
            " ORDER BY expires_at LIMIT ?",
            (now, limit),
        )
        return [_request(row) for row in rows]

    async def requests_of(self, user_id: int) -> list[dict[str, object]]:
        """The person's pending requests, for /mydata."""
        rows = await self.db.fetch_all(
            "SELECT chat_id, step, requested_at, expires_at FROM join_requests"
            " WHERE user_id = ? ORDER BY requested_at",
            (user_id,),
        )
        return [
            {"group": int(r[0]), "step": str(r[1]), "requested_at": r[2], "expires_at": r[3]}
            for r in rows
        ]


async def _ensure(tx: Transaction, chat_id: int) -> bool:
    """Give a known group its gate row; False for a group the bot does not know."""
    cursor = await tx.execute(
        "INSERT OR IGNORE INTO join_gates (chat_id) SELECT chat_id FROM groups WHERE chat_id = ?",
        (chat_id,),
    )
    if cursor.rowcount > 0:
        return True
    cursor = await tx.execute("SELECT 1 FROM join_gates WHERE chat_id = ?", (chat_id,))
    return await cursor.fetchone() is not None


async def erase_join_requests(tx: Transaction, user_id: int) -> None:
    """/forget: the person's pending requests go (with where the bot could write to them)."""
    await tx.execute("DELETE FROM join_requests WHERE user_id = ?", (user_id,))
