"""Group chats the bot has been added to."""

from __future__ import annotations

import sqlite3
from dataclasses import astuple

import aiosqlite

from bot.domain.models import Group
from bot.storage.db import Database


def _group(row: sqlite3.Row) -> Group:
    """Turn a groups row into a Group (columns and fields share names)."""
    values = dict(row)
    values["meeting_news"] = bool(values.get("meeting_news", 1))
    return Group(**values)


class GroupRepository:
    """Reads and writes groups."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def get(self, chat_id: int) -> Group | None:
        """Return the group with this chat id, if the bot is in it."""
        row = await self.db.fetch_one("SELECT * FROM groups WHERE chat_id = ?", (chat_id,))
        return _group(row) if row else None

    async def by_invite_code(self, code: str) -> Group | None:
        """Return the group whose invite deep link carries this code."""
        row = await self.db.fetch_one("SELECT * FROM groups WHERE invite_code = ?", (code,))
        return _group(row) if row else None

    async def upsert(self, group: Group) -> Group:
        """Register a group, or update bot status (and title, until set up); return the stored."""
        async with self.db.transaction() as tx:
            await tx.execute(
                "INSERT INTO groups (chat_id, title, chat_type, invite_code, timezone, language,"
                " added_by, bot_status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(chat_id) DO UPDATE SET title = CASE WHEN groups.setup_done_at"
                " IS NULL THEN excluded.title ELSE groups.title END,"
                " chat_type = excluded.chat_type, bot_status = excluded.bot_status",
                astuple(group)[:9],
            )
        stored = await self.get(group.chat_id)
        assert stored is not None
        return stored

    async def remove(self, chat_id: int) -> bool:
        """Forget a group with its memberships and facilitators; False if unknown."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute("DELETE FROM groups WHERE chat_id = ?", (chat_id,))
            return cursor.rowcount > 0

    async def set_bot_status(self, chat_id: int, status: str) -> bool:
        """Record the bot's status in a group (e.g. 'unreachable' after a 403)."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "UPDATE groups SET bot_status = ? WHERE chat_id = ?", (status, chat_id)
            )
            return cursor.rowcount > 0

    async def migrate(self, old_id: int, new_id: int, columns: tuple[str, ...]) -> bool:
        """Move a group to its new supergroup chat id, and every `table.column` naming it."""
        async with self.db.transaction() as tx:
            cursor = await tx.execute(
                "INSERT INTO groups (chat_id, title, chat_type, invite_code, timezone, language,"
                " added_by, bot_status, created_at, meeting_post_minutes, setup_done_at,"
                " meeting_news) SELECT ?, title, 'supergroup', invite_code || '~', timezone,"
                " language, added_by, bot_status, created_at, meeting_post_minutes,"
                " setup_done_at, meeting_news"
                " FROM groups WHERE chat_id = ? AND NOT EXISTS"
                " (SELECT 1 FROM groups WHERE chat_id = ?)",
                (new_id, old_id, new_id),
            )
            if cursor.rowcount == 0:
                return False
            for table, column in (name.split(".") for name in columns):
                await tx.execute(
                    f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (new_id, old_id)
                )
            # The resource's JSON names its group too.
            await tx.execute(
                "UPDATE resources SET data = json_set(data, '$.group_id', ?) WHERE group_id = ?",
                (new_id, new_id),
            )
            # An unfinished group setup (an open question) names its group in its answers.
            await tx.execute(
                "UPDATE questions SET data = json_set(data, '$.chat_id', ?)"
                " WHERE kind = 'setup' AND json_extract(data, '$.chat_id') = ?",
                (new_id, old_id),
            )
            # So does a resource draft being written for the group.
            await tx.execute(
                "UPDATE questions SET data = json_set(data, '$.group_id', ?)"
                " WHERE kind = 'resource' AND json_extract(data, '$.group_id') = ?",
                (new_id, old_id),
            )
            # And an announcement draft to the group.
            await tx.execute(
                "UPDATE questions SET data = json_set(data, '$.group_id', ?)"
                " WHERE kind = 'announcement' AND json_extract(data, '$.group_id') = ?",
                (new_id, old_id),
            )
            await tx.execute("DELETE FROM groups WHERE chat_id = ?", (old_id,))
            await tx.execute(
                "UPDATE groups SET invite_code = substr(invite_code, 1, length(invite_code) - 1)"
                " WHERE chat_id = ?",
                (new_id,),
            )
            return True

    async def all(self) -> list[Group]:
        """Return every registered group, by title."""
        rows = await self.db.fetch_all("SELECT * FROM groups ORDER BY title COLLATE NOCASE")
        return [_group(row) for row in rows]

    async def member_count(self, chat_id: int) -> int:
        """Return how many members joined the group through the bot."""
        row = await self.db.fetch_one(
            "SELECT COUNT(*) FROM group_members WHERE chat_id = ?", (chat_id,)
        )
        return int(row[0]) if row else 0


async def set_meeting_post_minutes_in(tx: aiosqlite.Connection, chat_id: int, minutes: int) -> bool:
    """Set the group chat's meeting reminder inside the caller's transaction."""
    cursor = await tx.execute(
        "UPDATE groups SET meeting_post_minutes = ? WHERE chat_id = ?", (minutes, chat_id)
    )
    return cursor.rowcount > 0


async def set_meeting_news_in(tx: aiosqlite.Connection, chat_id: int, on: bool) -> bool:
    """Set whether meeting news is posted in the group chat, inside the caller's transaction."""
    cursor = await tx.execute(
        "UPDATE groups SET meeting_news = ? WHERE chat_id = ?", (int(on), chat_id)
    )
    return cursor.rowcount > 0


async def groups_added_by(db: Database, user_id: int) -> list[str]:
    """Return the titles of the groups this person added the bot to (for /mydata)."""
    rows = await db.fetch_all(
        "SELECT title FROM groups WHERE added_by = ? ORDER BY title", (user_id,)
    )
    return [str(row[0]) for row in rows]


async def erase_group_references(tx: aiosqlite.Connection, user_id: int) -> None:
    """Drop the record of who added a group, for a member who asks to be forgotten."""
    await tx.execute("UPDATE groups SET added_by = NULL WHERE added_by = ?", (user_id,))
