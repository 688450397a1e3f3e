"""Each column that can hold a person's id or words has one owner, and /forget empties it.

The schema is read with every migration applied; a column whose name says it may name a person
or hold their words must be claimed by exactly one feature (`bot/services/personal_data.py`),
as personal or as not personal with a reason. Then every claimed table gets a row naming one
person in every personal column, the real erasure runs, and no personal column may still hold
their id or words, nor the database file their words.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.app import services_of
from bot.feature import PersonalData
from bot.features import FEATURES
from bot.services.container import Services
from bot.storage.db import Database
from tests.handlers.conftest import running_app

# Names that may name a person (ids, "by" columns) or hold their words.
PERSON_ID = re.compile(
    r"(^|_)(user|member|author|actor|recipient|reader)_id$|chat_id$|_by$|^participants$|^subject$"
)
WORDS = re.compile(
    r"^(text|note|notes|excerpt|highlights|messages|payload|detail|data|doc|head|reason"
    r"|first_name|username|member_name|member_username|chat_title|title|last_error)$"
)
PERSON = 7_770_001_234
SECRET = "quokka-zebra-secret-words"
OTHER = 5_550_000_042
# Columns whose values the erasers read, with a value they accept.
FIXED = {
    "tier": "high",
    "category": "ideation",
    "state": "open",
    "status": "sending",
    "kind": "call",
    "chat_type": "supergroup",
    "bot_status": "member",
    "frequency": "weekly",
    "clock": None,
    "consent_version": 1,
    "method": "sendMessage",
    "source": "chat",
    "period": "week",
    "audience": "members",
    "rules": "[]",
    # Per table where a name means different things.
    "resources.status": "active",
    "meeting_subscriptions.group_id": None,
    # A flag from a private chat: its chat title is the person's, not a group's.
    "flags.group_id": None,
    # The wellbeing check: a wave and a consent of the few allowed.
    "wellbeing_answers.wave": 0,
    "wellbeing_consents.status": "yes",
    **{f"wellbeing_answers.{item}": 1 for item in ("interest", "down", "nervous", "worrying")},
}


def _declarations(services: Services) -> dict[str, PersonalData]:
    """Each feature's personal data, by feature name."""
    return {feature.name: feature.personal_data(services) for feature in FEATURES}


async def _schema(db: Database) -> dict[str, list[tuple[str, str]]]:
    """Every table's columns and declared types (FTS shadow tables left out)."""
    tables = await db.fetch_all(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'resources_fts%'"
    )
    schema: dict[str, list[tuple[str, str]]] = {}
    for (table,) in tables:
        columns = await db.fetch_all(f"PRAGMA table_info('{table}')")
        schema[str(table)] = [(str(row[1]), str(row[2]).upper()) for row in columns]
    return schema


def _candidates(schema: dict[str, list[tuple[str, str]]]) -> set[str]:
    """Columns whose name says they may name a person or hold their words."""
    return {
        f"{table}.{column}"
        for table, columns in schema.items()
        for column, _kind in columns
        if PERSON_ID.search(column) or WORDS.match(column)
    }


async def test_every_person_column_is_claimed_by_exactly_one_feature(tmp_path: Path) -> None:
    """A new column naming a person fails here until a feature claims it."""
    async with running_app(tmp_path) as harness:
        services = services_of(harness.app)
        schema = await _schema(services.db)
        claims: dict[str, list[str]] = {}
        for name, data in _declarations(services).items():
            for column in (*data.columns, *data.not_personal):
                claims.setdefault(column, []).append(name)
    existing = {f"{table}.{column}" for table, columns in schema.items() for column, _ in columns}
    assert sorted(_candidates(schema) - set(claims)) == [], "claim these in personal_data.py"
    assert {column: names for column, names in claims.items() if len(names) != 1} == {}
    assert sorted(set(claims) - existing) == [], "claimed columns that do not exist"


def _value(table: str, column: str, kind: str, personal: set[str], index: int) -> object:
    """A value for one column of the filler row: the person's where personal, else neutral."""
    name = f"{table}.{column}"
    if name in personal:
        if PERSON_ID.search(column):
            if column == "participants":
                return json.dumps([OTHER, PERSON])
            return str(PERSON) if "TEXT" in kind else PERSON
        if column == "highlights":
            return json.dumps([[SECRET, 0]])
        if column in {"payload", "data"}:
            return json.dumps({"text": SECRET, "from": {"id": PERSON}})
        return SECRET
    if name in FIXED:
        return FIXED[name]
    if column in FIXED:
        return FIXED[column]
    if "INT" in kind or "REAL" in kind:
        return index
    if column.endswith("_at") or column in {"day", "local_date", "original_date", "at"}:
        return "2026-12-01T10:00:00Z" if column.endswith("_at") else "2026-12-01"
    return f"{table}-{column}"


async def _fill(db: Database, schema: dict[str, list[tuple[str, str]]], personal: set[str]) -> None:
    """Give every table with a personal column one row naming the person.

    Parents first: a foreign key points at the parent's row, so erasers that follow a flag to
    its alerts, or a request to its copies, find them.
    """
    tables = {column.split(".")[0] for column in personal}
    parents = {table: await _foreign_keys(db, table) for table in tables}
    filled: dict[str, dict[str, object]] = {}
    async with db.transaction() as tx:
        for index, table in enumerate(_parents_first(parents), start=1):
            row = {
                column: _value(table, column, kind, personal, 900 + index)
                for column, kind in schema[table]
            }
            for column, (parent, key) in parents[table].items():
                if parent in filled and row[column] is not None:
                    row[column] = filled[parent][key]
            filled[table] = row
            names = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            await tx.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))


async def _foreign_keys(db: Database, table: str) -> dict[str, tuple[str, str]]:
    """A table's foreign keys: column -> (parent table, parent column)."""
    rows = await db.fetch_all(f"PRAGMA foreign_key_list('{table}')")
    return {str(row[3]): (str(row[2]), str(row[4])) for row in rows}


def _parents_first(parents: dict[str, dict[str, tuple[str, str]]]) -> list[str]:
    """Order tables so each comes after the filled tables it points at."""
    ordered: list[str] = []
    while len(ordered) < len(parents):
        for table in sorted(parents):
            needed = {parent for parent, _ in parents[table].values() if parent in parents}
            if table not in ordered and needed - {table} <= set(ordered):
                ordered.append(table)
    return ordered


async def _leftovers(db: Database, personal: set[str]) -> list[str]:
    """Personal columns that still hold the person's id or words."""
    found = []
    for name in sorted(personal):
        table, column = name.split(".")
        rows = await db.fetch_all(
            f"SELECT count(*) FROM {table} WHERE {column} = ? OR CAST({column} AS TEXT) LIKE ?"
            f" OR CAST({column} AS TEXT) LIKE ?",
            (PERSON, f"%{PERSON}%", f"%{SECRET}%"),
        )
        if rows[0][0]:
            found.append(name)
    return found


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
async def test_forget_empties_every_personal_column(tmp_path: Path) -> None:
    """/forget's erasure leaves none of the person's ids or words in any claimed column."""
    async with running_app(tmp_path) as harness:
        services = services_of(harness.app)
        schema = await _schema(services.db)
        personal = {column for data in _declarations(services).values() for column in data.columns}
        await _fill(services.db, schema, personal)
        assert await _leftovers(services.db, personal) == sorted(personal)  # the test can fail
        await services.privacy.erase(PERSON)
        assert await _leftovers(services.db, personal) == []
        await services.db.checkpoint()
    assert [path.name for path in _files_holding(tmp_path, SECRET.encode())] == []


def _files_holding(folder: Path, needle: bytes) -> list[Path]:
    """The database files (main, WAL) whose bytes contain `needle`."""
    return [path for path in folder.glob("db.sqlite3*") if needle in path.read_bytes()]


async def test_every_column_naming_a_group_moves_with_it(tmp_path: Path) -> None:
    """A group_id, or a key to groups, is declared by one feature: it follows a supergroup."""
    async with running_app(tmp_path) as harness:
        services = services_of(harness.app)
        schema = await _schema(services.db)
        keyed = {
            f"{table}.{column}"
            for table in schema
            for column, (parent, _key) in (await _foreign_keys(services.db, table)).items()
            if parent == "groups"
        }
        followed = services.groups.group_columns
    named = {
        f"{table}.{column}"
        for table, columns in schema.items()
        for column, _kind in columns
        if column == "group_id"
    }
    assert sorted((named | keyed) - set(followed)) == []
    assert len(followed) == len(set(followed))
