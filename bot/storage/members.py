"""Members and their group memberships."""

from __future__ import annotations

import sqlite3
from dataclasses import astuple

import aiosqlite

from bot.domain.models import Member
from bot.storage.db import Database


def _member(row: sqlite3.Row) -> Member:
    """Turn a members row into a Member (columns and fields share names)."""
    return Member(**{**dict(row), "scheduled_stopped": bool(row["scheduled_stopped"])})


class MemberRepository:
    """Reads and writes members and group_members."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def get(self, user_id: int) -> Member | None:
        """Return the member with this Telegram user id, if they have consented."""
        row = await self.db.fetch_remembered(
            ("member", user_id), "SELECT * FROM members WHERE user_id = ?", (user_id,)
        )
        return _member(row) if row else None

    async def add(self, member: Member) -> None:
        """Insert a member, or replace the profile and consent of an existing one."""
        async with self.db.transaction() as tx:
            await tx.execute(
                "INSERT INTO members (user_id, first_name, username, language, timezone,"
                " consented_at, consent_version, scheduled_stopped, unreachable_at,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, ?)"
                " ON CONFLICT(user_id) DO UPDATE SET first_name = excluded.first_name,"
                " username = excluded.username, language = excluded.language,"
                " timezone = excluded.timezone, consented_at = excluded.consented_at,"
                " consent_version = excluded.consent_version, updated_at = excluded.updated_at",
                (
                    *astuple(member)[:7],
                    member.created_at,
                    member.updated_at,
                ),
            )

    async def update_profile(
        self, user_id: int, first_name: str, username: str | None, now: str
    ) -> None:
        """Refresh name and username, and clear an earlier block: the member is talking again."""
        async with self.db.transaction() as tx:
            await tx.execute(
                "UPDATE members SET first_name = ?, username = ?, updated_at = ?,"
                " unreachable_at = NULL WHERE user_id = ? AND (first_name IS NOT ?"
                " OR username IS NOT ? OR unreachable_at IS NOT NULL)",
                (first_name, username, now, user_id, first_name, username),
            )

    async def set_unreachable(self, user_id: int, when: str | None) -> bool:
        """Record that the member blocked the bot (a time) or can be reached again (None)."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "UPDATE members SET unreachable_at = ? WHERE user_id = ?"
                " AND unreachable_at IS NOT ?",
                (when, user_id, when),
            )
            return cursor.rowcount > 0

    async def set_language(self, user_id: int, language: str, now: str) -> bool:
        """Change a member's language; False when there is no such member."""
        return await self._update(user_id, "language", language, now)

    async def set_timezone(self, user_id: int, timezone: str, now: str) -> bool:
        """Change a member's time zone; False when there is no such member."""
        return await self._update(user_id, "timezone", timezone, now)

    async def set_country(self, user_id: int, country: str | None, now: str) -> bool:
        """Remember the member's country (None: infer it from the time zone again)."""
        return await self._update(user_id, "country", country, now)

    async def set_clock(self, user_id: int, clock: str | None, now: str) -> bool:
        """Set how times are written to the member: '12', '24' or None (their locale's way)."""
        return await self._update(user_id, "clock", clock, now)

    async def set_scheduled_stopped(self, user_id: int, stopped: bool, now: str) -> bool:
        """Turn every scheduled message to the member off (or back on)."""
        return await self._update(user_id, "scheduled_stopped", int(stopped), now)

    async def set_quiet_hours(
        self, user_id: int, start: str | None, end: str | None, now: str
    ) -> bool:
        """Set the member's quiet hours ("HH:MM" local), or clear them with None."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "UPDATE members SET quiet_start = ?, quiet_end = ?, updated_at = ?"
                " WHERE user_id = ?",
                (start, end, now, user_id),
            )
            return cursor.rowcount > 0

    async def _update(self, user_id: int, column: str, value: object, now: str) -> bool:
        """Set one whitelisted column of a member."""
        if column not in {"language", "timezone", "scheduled_stopped", "country", "clock"}:
            raise ValueError(f"column {column} cannot be updated")
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                f"UPDATE members SET {column} = ?, updated_at = ? WHERE user_id = ?",
                (value, now, user_id),
            )
            return cursor.rowcount > 0

    async def join_group(self, user_id: int, chat_id: int, now: str) -> bool:
        """Add the member to a group; False when they were in it already."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "INSERT OR IGNORE INTO group_members (chat_id, user_id, joined_at)"
                " VALUES (?, ?, ?)",
                (chat_id, user_id, now),
            )
            return cursor.rowcount > 0

    async def group_ids(self, user_id: int) -> list[int]:
        """Return the chat ids of the groups the member has joined."""
        rows = await self.db.fetch_all(
            "SELECT chat_id FROM group_members WHERE user_id = ? ORDER BY joined_at", (user_id,)
        )
        return [row["chat_id"] for row in rows]

    async def memberships(self, user_id: int) -> list[dict[str, object]]:
        """Return the member's groups with join times, for their data export."""
        rows = await self.db.fetch_all(
            "SELECT g.title, gm.joined_at FROM group_members gm"
            " JOIN groups g ON g.chat_id = gm.chat_id WHERE gm.user_id = ? ORDER BY gm.joined_at",
            (user_id,),
        )
        return [{"group": row["title"], "joined_at": row["joined_at"]} for row in rows]

    async def count(self) -> int:
        """Return how many members have consented."""
        row = await self.db.fetch_one("SELECT COUNT(*) FROM members")
        return int(row[0]) if row else 0


async def erase_member(tx: aiosqlite.Connection, user_id: int) -> None:
    """Delete the member and their group memberships (the membership feature's eraser)."""
    await tx.execute("DELETE FROM group_members WHERE user_id = ?", (user_id,))
    await tx.execute("DELETE FROM members WHERE user_id = ?", (user_id,))
