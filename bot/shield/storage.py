"""The spam shield's SQL: newcomers' join times, groups' newcomer windows, the block list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.domain.clock import iso, parse_iso
from bot.storage.audit import add_audit
from bot.storage.db import Database, Transaction


@dataclass(frozen=True)
class Block:
    """A person blocked in every group of the bot: why, by whom (None once erased), since."""

    user_id: int
    reason: str
    blocked_by: int | None
    blocked_at: str


class ShieldRepository:
    """Reads and writes the shield's tables; block list changes are in the audit trail."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def record_join(self, chat_id: int, user_id: int, now: datetime) -> None:
        """Note that the person joined the group now (a new join starts the window again)."""
        async with self.db.transaction() as tx:
            await tx.execute(
                "INSERT INTO shield_newcomers (chat_id, user_id, joined_at) VALUES (?, ?, ?)"
                " ON CONFLICT (chat_id, user_id) DO UPDATE SET joined_at = excluded.joined_at",
                (chat_id, user_id, iso(now)),
            )

    async def joined_at(self, chat_id: int, user_id: int) -> datetime | None:
        """When the person joined the group, if it is still on record."""
        row = await self.db.fetch_one(
            "SELECT joined_at FROM shield_newcomers WHERE chat_id = ? AND user_id = ?",
            (chat_id, user_id),
        )
        return parse_iso(str(row[0])) if row else None

    async def forget_join(self, chat_id: int, user_id: int) -> None:
        """The person left (or was removed): no longer a newcomer there."""
        async with self.db.transaction() as tx:
            await tx.execute(
                "DELETE FROM shield_newcomers WHERE chat_id = ? AND user_id = ?",
                (chat_id, user_id),
            )

    async def prune_newcomers(self, now: datetime, default_hours: int) -> int:
        """Delete join records past their group's window; return how many went."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "DELETE FROM shield_newcomers WHERE (julianday(?) - julianday(joined_at)) * 24"
                " >= COALESCE((SELECT newcomer_hours FROM shield_groups AS g"
                " WHERE g.chat_id = shield_newcomers.chat_id), ?)",
                (iso(now), default_hours),
            )
            return int(cursor.rowcount)

    async def window(self, chat_id: int) -> int | None:
        """The group's own newcomer window in hours, if its facilitators chose one."""
        row = await self.db.fetch_one(
            "SELECT newcomer_hours FROM shield_groups WHERE chat_id = ?", (chat_id,)
        )
        return int(row[0]) if row else None

    async def set_window(self, chat_id: int, hours: int, actor_id: int, now: datetime) -> None:
        """Store the group's newcomer window and record who changed it."""
        async with self.db.transaction() as tx:
            await tx.execute(
                "INSERT INTO shield_groups (chat_id, newcomer_hours) VALUES (?, ?)"
                " ON CONFLICT (chat_id) DO UPDATE SET newcomer_hours = excluded.newcomer_hours",
                (chat_id, hours),
            )
            await add_audit(tx, actor_id, "shield.window", iso(now), chat_id, str(hours))

    async def block(self, user_id: int, by: int, reason: str, now: datetime) -> bool:
        """Put the person on the block list; False when they were on it already."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "INSERT OR IGNORE INTO shield_blocks (user_id, reason, blocked_by, blocked_at)"
                " VALUES (?, ?, ?, ?)",
                (user_id, reason, by, iso(now)),
            )
            if cursor.rowcount == 0:
                return False
            await add_audit(tx, by, "shield.block", iso(now), None, str(user_id))
            await tx.execute("DELETE FROM shield_newcomers WHERE user_id = ?", (user_id,))
            return True

    async def unblock(self, user_id: int, by: int, now: datetime) -> bool:
        """Take the person off the block list; False when they were not on it."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute("DELETE FROM shield_blocks WHERE user_id = ?", (user_id,))
            if cursor.rowcount == 0:
                return False
            await add_audit(tx, by, "shield.unblock", iso(now), None, str(user_id))
            return True

    async def blocked(self, user_id: int) -> Block | None:
        """The person's block, if they are on the list."""
        row = await self.db.fetch_one(
            "SELECT user_id, reason, blocked_by, blocked_at FROM shield_blocks WHERE user_id = ?",
            (user_id,),
        )
        if row is None:
            return None
        by = None if row[2] is None else int(row[2])
        return Block(int(row[0]), str(row[1]), by, str(row[3]))

    async def blocks_made_by(self, user_id: int) -> int:
        """How many people the person put on the block list (for /mydata: never their ids)."""
        row = await self.db.fetch_one(
            "SELECT COUNT(*) FROM shield_blocks WHERE blocked_by = ?", (user_id,)
        )
        return int(row[0]) if row else 0

    async def joins_of(self, user_id: int) -> list[tuple[int, str]]:
        """The groups the person joined within their windows, with when (for /mydata)."""
        rows = await self.db.fetch_all(
            "SELECT chat_id, joined_at FROM shield_newcomers WHERE user_id = ? ORDER BY joined_at",
            (user_id,),
        )
        return [(int(row[0]), str(row[1])) for row in rows]


async def erase_shield_person(tx: Transaction, user_id: int) -> None:
    """/forget: their join times go; a block of them stays as their id alone (see
    docs/members.md); blocks they made stay, without their name or their words."""
    await tx.execute("DELETE FROM shield_newcomers WHERE user_id = ?", (user_id,))
    await tx.execute(
        "UPDATE shield_blocks SET reason = '' WHERE user_id = ? OR blocked_by = ?",
        (user_id, user_id),
    )
    await tx.execute("UPDATE shield_blocks SET blocked_by = NULL WHERE blocked_by = ?", (user_id,))


async def export_shield(repo: ShieldRepository, user_id: int) -> dict[str, object] | None:
    """/mydata: groups joined lately and when, a block of the person (since when and why), and
    how many people they blocked (never whom)."""
    found: dict[str, object] = {}
    joins = await repo.joins_of(user_id)
    if joins:
        found["recently_joined"] = [{"group": chat, "joined_at": at} for chat, at in joins]
    block = await repo.blocked(user_id)
    if block is not None:
        found["blocked_in_our_groups"] = {"since": block.blocked_at, "reason": block.reason}
    made = await repo.blocks_made_by(user_id)
    if made:
        found["people_you_blocked"] = made
    return found or None
