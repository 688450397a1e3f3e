"""The one SQLite database: connections, pragmas and the single write path."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import sqlite3
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import aiosqlite

from bot.storage.migrations import apply_migrations

log = logging.getLogger(__name__)

Params = Sequence[Any] | dict[str, Any]
# The open write transaction that erasers and other multi-table writes receive.
Transaction = aiosqlite.Connection

BUSY_TIMEOUT_MS = 5000
# After a checkpoint the WAL is cut back to this size at most (its old frames hold old rows).
JOURNAL_SIZE_LIMIT = 1 << 20
_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA secure_delete=ON",
    "PRAGMA synchronous=NORMAL",
    f"PRAGMA journal_size_limit={JOURNAL_SIZE_LIMIT}",
)


# Rows read while one update is handled (`remembered_reads`, set by the inbox around it): the
# same row asked for twice costs one trip to the database. Any write forgets them all, so an
# update always sees its own changes.
_REMEMBERED: ContextVar[dict[object, sqlite3.Row | None] | None] = ContextVar(
    "remembered_reads", default=None
)


_CLOSED = object()


@contextmanager
def remembered_reads() -> Iterator[None]:
    """Within the block (one update's handling), `Database.fetch_remembered` reuses reads."""
    remembered: dict[object, sqlite3.Row | None] = {}
    token = _REMEMBERED.set(remembered)
    try:
        yield
    finally:
        _REMEMBERED.reset(token)
        # Tasks started inside the block share the dict: from now on they read afresh.
        remembered.clear()
        remembered[_CLOSED] = None


def _forget_reads() -> None:
    """A write: forget what was remembered (it may have changed)."""
    remembered = _REMEMBERED.get()
    if remembered:
        remembered.clear()


# What a write trace keeps of a statement: its verb and table, never a value.
_TRACED = re.compile(
    r"^\s*(BEGIN(?: IMMEDIATE)?|COMMIT|ROLLBACK|PRAGMA synchronous=\w+"
    r"|INSERT(?: OR \w+)? INTO \w+|UPDATE \w+|DELETE FROM \w+)",
    re.IGNORECASE,
)


async def create_database(path: Path) -> None:
    """Create the database at `path` (or bring it up to date) with every migration, and close it
    (tools and benchmarks that write rows straight into a fresh database)."""
    db = Database(path)
    await db.open()
    await db.close()


def trace_line(sql: str) -> str | None:
    """Return the verb and table of a statement for a write trace (None: not traced)."""
    found = _TRACED.match(sql)
    return " ".join(found.group(1).split()) if found else None


class Database:
    """One writer connection behind a lock, one reader connection, both in WAL mode."""

    def __init__(self, path: Path, trace_file: Path | None = None) -> None:
        """Remember where the database lives (and where to trace writes); nothing is opened."""
        self.path = path
        self.trace_file = trace_file
        self._writer: aiosqlite.Connection | None = None
        self._reader: aiosqlite.Connection | None = None
        self._write_lock = asyncio.Lock()
        # True while a truncating checkpoint is owed (one was blocked by a reader).
        self.checkpoint_owed = False

    async def open(self) -> None:
        """Open both connections, set the pragmas and apply pending migrations."""
        if self.path.parent != Path():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._writer = await _connect(self.path)
        if self.trace_file is not None:
            await self._writer.set_trace_callback(_tracer(self.trace_file))
        await apply_migrations(self._writer)
        self._reader = await _connect(self.path)

    async def close(self) -> None:
        """Checkpoint the WAL (when nothing else is running) and close both connections."""
        if self._writer is not None:
            try:
                await self.checkpoint()
            except sqlite3.OperationalError as error:
                log.warning("no checkpoint at close: %s", error)
        for conn in (self._reader, self._writer):
            if conn is not None:
                await conn.close()
        self._reader = self._writer = None

    @asynccontextmanager
    async def transaction(self, durable: bool = False) -> AsyncIterator[aiosqlite.Connection]:
        """Run a write transaction (BEGIN IMMEDIATE) on the single writer connection.

        `durable=True` syncs the WAL at commit (synchronous=FULL), for writes that must survive
        a power loss, such as received updates before Telegram is told they arrived.
        """
        writer = self._require(self._writer)
        _forget_reads()
        async with self._write_lock:
            try:
                if durable:
                    await writer.execute("PRAGMA synchronous=FULL")
                await writer.execute("BEGIN IMMEDIATE")
                yield writer
                await asyncio.shield(writer.execute("COMMIT"))
            except BaseException:
                # Shielded and unconditional: a cancelled caller (even one cancelled while
                # BEGIN was still queued) must never leave the transaction open.
                await asyncio.shield(_rollback(writer))
                raise
            finally:
                _forget_reads()
                if durable:
                    await asyncio.shield(writer.execute("PRAGMA synchronous=NORMAL"))

    async def write(self, sql: str, params: Params = ()) -> int:
        """Run one write statement as its own (implicit, atomic) transaction; return rowcount.

        One round trip to the database thread instead of three (BEGIN, statement, COMMIT).
        """
        writer = self._require(self._writer)
        _forget_reads()
        async with self._write_lock:
            try:
                cursor = await writer.execute(sql, params)
            finally:
                _forget_reads()
            return cursor.rowcount

    async def write_returning(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """Run one write statement with RETURNING as its own (implicit, atomic) transaction;
        return its rows, in one round trip to the database thread."""
        writer = self._require(self._writer)
        _forget_reads()
        async with self._write_lock:
            try:
                return list(await writer.execute_fetchall(sql, params))
            finally:
                _forget_reads()

    async def fetch_one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        """Run a read query and return its first row, if any (queries here fetch few rows)."""
        rows = await self.fetch_all(sql, params)
        return rows[0] if rows else None

    async def fetch_remembered(
        self, key: object, sql: str, params: Params = ()
    ) -> sqlite3.Row | None:
        """`fetch_one`, reused under `key` while one update is handled (until a write)."""
        remembered = _REMEMBERED.get()
        if remembered is None or _CLOSED in remembered:
            return await self.fetch_one(sql, params)
        if key in remembered:
            return remembered[key]
        row = await self.fetch_one(sql, params)
        if _CLOSED not in remembered:
            remembered[key] = row
        return row

    async def fetch_all(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """Run a read query and return every row, in one round trip to the database thread."""
        rows = await self._require(self._reader).execute_fetchall(sql, params)
        return list(rows)

    def owe_checkpoint(self) -> None:
        """Rows were erased: the storage job truncates the WAL at its next tick."""
        self.checkpoint_owed = True

    async def checkpoint(self) -> bool:
        """Fold the WAL into the main file and truncate it; False when a reader blocked it.

        It never waits for readers (no busy wait while holding the write lock): when one is
        in the way, `checkpoint_owed` stays set and the storage job tries again shortly.
        """
        async with self._write_lock:
            writer = self._require(self._writer)
            await writer.execute("PRAGMA busy_timeout=0")
            try:
                async with writer.execute("PRAGMA wal_checkpoint(TRUNCATE)") as cursor:
                    row = await cursor.fetchone()
            except sqlite3.OperationalError:  # locked by another process's writer
                row = None
            finally:
                await writer.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        done = row is not None and not row[0]
        if not done and not self.checkpoint_owed:
            log.info("WAL checkpoint blocked by a reader: tried again until it succeeds")
        self.checkpoint_owed = not done
        return done

    @staticmethod
    def _require(conn: aiosqlite.Connection | None) -> aiosqlite.Connection:
        """Return an open connection or fail clearly when the database is closed."""
        if conn is None:
            raise RuntimeError("the database is not open")
        return conn


def _tracer(path: Path) -> Any:
    """Return a trace callback appending each write statement's verb and table to `path`.

    For tests and audits of durability only (DEV_SQL_TRACE_FILE): no values, so no user text.
    """

    def trace(sql: str) -> None:
        line = trace_line(sql)
        if line is not None:
            with path.open("a", encoding="utf-8") as out:
                out.write(line + "\n")

    return trace


async def _rollback(conn: aiosqlite.Connection) -> None:
    """Roll back whatever transaction is open once queued statements ran (none: no error)."""
    with contextlib.suppress(sqlite3.OperationalError):
        await conn.execute("ROLLBACK")


async def _connect(path: Path) -> aiosqlite.Connection:
    """Open one connection in autocommit mode with the project's pragmas."""
    conn = await aiosqlite.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    for pragma in _PRAGMAS:
        await _run(conn, pragma)
    return conn


async def _run(conn: aiosqlite.Connection, sql: str) -> None:
    """Run a statement and read it to the end, so no half-read statement stays open."""
    async with conn.execute(sql) as cursor:
        await cursor.fetchall()
