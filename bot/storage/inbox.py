"""The durable inbox: received updates, stored before they are confirmed to Telegram."""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.db import Database, Transaction

# After this many starts of processing without finishing, an update is given up (poison).
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class InboxItem:
    """One received update waiting to be processed."""

    update_id: int
    payload: str
    attempts: int
    user_id: int | None = None


@dataclass(frozen=True)
class Received:
    """One update as it came from Telegram, ready to store."""

    update_id: int
    user_id: int | None
    payload: str
    urgent: bool = False
    # True when the crisis check read this update's text as it was received (`urgent` is its
    # verdict); the handler then need not check the same text again.
    checked: bool = False


class InboxRepository:
    """Stores updates durably, hands out pending ones in order, marks them done."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def store(self, batch: list[Received], now: str) -> int:
        """Store a batch in one durable transaction; known update_ids are ignored. Return new."""
        async with self.db.transaction(durable=True) as tx:
            before = tx.total_changes
            await tx.executemany(
                "INSERT OR IGNORE INTO inbox (update_id, user_id, payload, received_at, urgent)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (item.update_id, item.user_id, item.payload, now, int(item.urgent))
                    for item in batch
                ],
            )
            return tx.total_changes - before

    async def next_offset(self) -> int:
        """Return the getUpdates offset after the newest stored update (0 when empty)."""
        row = await self.db.fetch_one("SELECT MAX(update_id) FROM inbox")
        return int(row[0]) + 1 if row and row[0] is not None else 0

    async def pending(self, limit: int = 100, urgent: bool | None = None) -> list[InboxItem]:
        """Return unprocessed updates, oldest first (only urgent or only ordinary ones if told)."""
        where = "" if urgent is None else f" AND urgent = {int(urgent)}"
        rows = await self.db.fetch_all(
            "SELECT update_id, payload, attempts, user_id FROM inbox WHERE processed_at IS NULL"
            f"{where} ORDER BY update_id LIMIT ?",
            (limit,),
        )
        return [InboxItem(row[0], row[1] or "", row[2], row[3]) for row in rows]

    async def pending_before(self, update_id: int, user_id: int, limit: int) -> list[InboxItem]:
        """Return the sender's last `limit` unprocessed updates before `update_id`, oldest first."""
        # inbox_by_user holds exactly the unprocessed rows: mark_done clears user_id.
        rows = await self.db.fetch_all(
            "SELECT update_id, payload, attempts, user_id FROM inbox WHERE user_id = ?"
            " AND processed_at IS NULL AND update_id < ? ORDER BY update_id DESC LIMIT ?",
            (user_id, update_id, limit),
        )
        return [InboxItem(row[0], row[1] or "", row[2], row[3]) for row in reversed(rows)]

    async def start_attempt(self, update_id: int) -> bool:
        """Count one more processing attempt; False (nothing counted) if it is already done."""
        changed = await self.db.write(
            "UPDATE inbox SET attempts = attempts + 1 WHERE update_id = ? AND processed_at IS NULL",
            (update_id,),
        )
        return changed > 0

    async def mark_done(self, update_id: int, now: str) -> None:
        """Mark an update processed and drop its payload and sender."""
        await self.db.write(
            "UPDATE inbox SET processed_at = ?, payload = NULL, user_id = NULL WHERE update_id = ?",
            (now, update_id),
        )

    async def apply_marks(self, attempts: list[int], done: list[tuple[int, str]]) -> set[int]:
        """Write many marks in one statement (group commit); return whose attempt counted.

        `done` are (update_id, now) pairs marked processed as `mark_done` does (at the group's
        latest `now`); each of `attempts` counts one more attempt as `start_attempt` does (only
        while pending). One statement is one implicit transaction and one round trip.
        """
        if not attempts and not done:
            return set()
        tried = ",".join("?" * len(attempts))  # SQLite reads "IN ()" as false
        ended = ",".join("?" * len(done))
        ended_ids = [update_id for update_id, _ in done]
        now = max((when for _, when in done), default=None)
        # Only non-empty lists in WHERE: an empty "IN ()" there makes SQLite scan the table.
        where = [f"(update_id IN ({tried}) AND processed_at IS NULL)"] if attempts else []
        where += [f"update_id IN ({ended})"] if done else []
        rows = await self.db.write_returning(
            f"UPDATE inbox SET attempts = attempts + (update_id IN ({tried})),"
            f" processed_at = CASE WHEN update_id IN ({ended}) THEN ? ELSE processed_at END,"
            f" payload = CASE WHEN update_id IN ({ended}) THEN NULL ELSE payload END,"
            f" user_id = CASE WHEN update_id IN ({ended}) THEN NULL ELSE user_id END"
            f" WHERE {' OR '.join(where)} RETURNING update_id",
            [
                *attempts,
                *ended_ids,
                now,
                *ended_ids,
                *ended_ids,
                *(attempts if attempts else []),
                *(ended_ids if done else []),
            ],
        )
        wanted = set(attempts)
        return {int(row[0]) for row in rows} & wanted

    async def pending_count(self) -> int:
        """Return how many updates wait to be processed."""
        row = await self.db.fetch_one("SELECT COUNT(*) FROM inbox WHERE processed_at IS NULL")
        return int(row[0]) if row else 0

    async def prune(self, before: str) -> int:
        """Forget processed updates older than `before` (ids only); return how many."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "DELETE FROM inbox WHERE processed_at IS NOT NULL AND processed_at < ?"
                " AND update_id < (SELECT MAX(update_id) FROM inbox)",
                (before,),
            )
            return cursor.rowcount


async def erase_inbox(tx: Transaction, user_id: int) -> None:
    """Drop what the inbox holds from a member: every update of theirs already read.

    A member's updates are handled in order, so one not started yet arrived after the
    erasure (a /start or a crisis message typed right after "Forget me"): it stays pending
    and is processed as something new, never silently dropped.
    """
    await tx.execute(
        "UPDATE inbox SET payload = NULL, user_id = NULL, processed_at = COALESCE(processed_at,"
        " strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
        " WHERE user_id = ? AND (processed_at IS NOT NULL OR attempts > 0)",
        (user_id,),
    )
