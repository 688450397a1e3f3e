"""The resource directory: stored resources, their full-text index and its vocabulary.

Each resource is one row of `resources` (the whole Resource as JSON in `data`) and, while it is
active, one row of `resources_fts` per language it has text in. Those index rows have the rowids
`doc * 64 + n`, so a resource's rows are found and deleted by rowid range, never by a scan.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
import weakref
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import time
from typing import Any

from bot.resources.models import FALLBACK_LANGUAGE, Category, OpeningHours, Phone, Resource
from bot.storage.db import Database, Transaction

SOURCES = ("file", "chat", "import")
ACTIVE = "active"
RETIRED = "retired"

# Index rows per resource (languages beyond this many are not indexed).
_ROWS_PER_DOC = 64
# bm25 weights: resource_id, language (unindexed), name, description, categories, keywords.
_BM25 = "bm25(resources_fts, 0.0, 0.0, 8.0, 1.0, 3.0, 4.0)"
# Bounds on what one search may ask of the index, whatever the caller passes.
MAX_GROUPS = 8
MAX_ALTERNATIVES = 8
MAX_WORD_LENGTH = 48
PREFIX_FROM = 4  # words of this many characters or more also match longer words
# A unicode61 token: a run of letters and digits (underscore and everything else separate).
_TOKEN = re.compile(r"[^\W_]+")

_COLUMNS = "id, doc, data, source, status, added_by, updated_at"


@dataclass(frozen=True)
class StoredResource:
    """A resource as stored: the resource, whether it is active, who added it and when."""

    resource: Resource
    status: str
    added_by: int | None
    updated_at: str


@dataclass(frozen=True)
class SearchHit:
    """One index row that matched: a resource, the language of the row, and how well.

    `score` is bm25 relevance turned so that higher is better and scaled so that the best hit
    of the search is 1.0 (0 < score <= 1). `matched_groups` counts the query's word groups
    found in this row (any alternative of a group, a prefix for words of 4+ characters).
    """

    resource: Resource
    language: str
    score: float
    matched_groups: int


@dataclass(frozen=True)
class FileSync:
    """What `replace_from_files` did, as resource ids.

    `skipped` are file resources left alone because a chat or import resource has their id.
    """

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()


# --- JSON ---------------------------------------------------------------------------------


def resource_to_json(resource: Resource) -> str:
    """Serialise a Resource (every field) to compact JSON."""
    data: dict[str, Any] = {
        "id": resource.id,
        "names": resource.names,
        "descriptions": resource.descriptions,
        "categories": list(resource.categories),
        "phones": [
            {"number": phone.number, "kind": phone.kind, "hours": phone.hours}
            for phone in resource.phones
        ],
        "url": resource.url,
        "email": resource.email,
        "languages": list(resource.languages),
        "country": resource.country,
        "region": resource.region,
        "timezone": resource.timezone,
        "hours": [
            [period.weekday, period.opens.isoformat(), period.closes.isoformat()]
            for period in resource.hours
        ],
        "always_open": resource.always_open,
        "crisis": resource.crisis,
        "keywords": {language: list(words) for language, words in resource.keywords.items()},
        "group_id": resource.group_id,
        "source": resource.source,
        "sources": list(resource.sources),
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def resource_from_json(text: str) -> Resource:
    """Rebuild a Resource from `resource_to_json` output."""
    data = json.loads(text)
    return Resource(
        id=data["id"],
        names=dict(data["names"]),
        descriptions=dict(data["descriptions"]),
        categories=tuple(data["categories"]),
        phones=tuple(
            Phone(phone["number"], phone["kind"], phone.get("hours", ""))
            for phone in data["phones"]
        ),
        url=data["url"],
        email=data["email"],
        languages=tuple(data["languages"]),
        country=data["country"],
        region=data["region"],
        timezone=data["timezone"],
        hours=tuple(
            OpeningHours(int(day), time.fromisoformat(opens), time.fromisoformat(closes))
            for day, opens, closes in data["hours"]
        ),
        always_open=bool(data["always_open"]),
        crisis=bool(data["crisis"]),
        keywords={language: tuple(words) for language, words in data["keywords"].items()},
        group_id=data["group_id"],
        source=data["source"],
        sources=tuple(data.get("sources", ())),  # rows written before sources existed
    )


def _stored(row: sqlite3.Row) -> StoredResource:
    """Build a StoredResource from a row selected with _COLUMNS."""
    return StoredResource(
        resource_from_json(row["data"]), row["status"], row["added_by"], row["updated_at"]
    )


# --- text as the index sees it ------------------------------------------------------------


def fold(text: str) -> str:
    """Lower-case and strip accents the way the index does ("Depresión" -> "depresion")."""
    text = text.lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def tokens(text: str) -> list[str]:
    """Split text into the index's terms (folded letter and digit runs)."""
    return _TOKEN.findall(fold(text))


def _index_rows(
    resource: Resource, labels: dict[str, dict[str, str]]
) -> list[tuple[str, str, str, str, str]]:
    """Return (language, name, description, categories, keywords) per language of a resource."""
    texts = dict.fromkeys([*resource.names, *resource.descriptions, *resource.keywords])
    languages = list(texts)[:_ROWS_PER_DOC] or [FALLBACK_LANGUAGE]
    place = resource.region or ""
    rows = []
    for language in languages:
        # The id and the labels in every language, this row's first: "vivienda" finds an
        # English-only housing service too.
        categories = " ".join(
            " ".join(dict.fromkeys([category, *_labels_first(labels.get(category, {}), language)]))
            for category in resource.categories
        )
        keywords = " ".join(resource.keywords.get(language, ()))
        rows.append(
            (
                language,
                resource.name(language),
                resource.description(language),
                categories,
                f"{keywords} {place}".strip(),
            )
        )
    return rows


def _labels_first(labels: dict[str, str], language: str) -> list[str]:
    """A category's labels, the one in `language` first."""
    first = [labels[language]] if language in labels else []
    return first + [label for key, label in labels.items() if key != language]


# --- the MATCH expression -----------------------------------------------------------------


def clean_groups(alternatives: Sequence[Sequence[str]]) -> list[list[str]]:
    """Make query words safe and bounded: folded tokens only, no empty or repeated groups.

    A word that is not one token (it held punctuation, quotes, spaces) becomes a phrase of its
    tokens; a word with no letters or digits is dropped. Of more than MAX_GROUPS groups, those
    with the longest words are kept (in their order): in a pasted paragraph the short words are
    the common ones, which match nearly everything and cost the most.
    """
    groups: list[list[str]] = []
    for group in alternatives[: MAX_GROUPS * 64]:
        words: list[str] = []
        for word in group[: MAX_ALTERNATIVES * 4]:
            parts = tokens(str(word)[: MAX_WORD_LENGTH * 2])
            phrase = " ".join(parts)[:MAX_WORD_LENGTH].strip()
            if phrase and phrase not in words:
                words.append(phrase)
            if len(words) == MAX_ALTERNATIVES:
                break
        if words and words not in groups:
            groups.append(words)
    if len(groups) > MAX_GROUPS:
        longest = sorted(range(len(groups)), key=lambda index: -len(groups[index][0]))
        groups = [groups[index] for index in sorted(longest[:MAX_GROUPS])]
    return groups


def _term(word: str) -> str:
    """One FTS5 string literal (quotes doubled), with a prefix star for longer words."""
    literal = '"' + word.replace('"', '""') + '"'
    return literal + "*" if len(word) >= PREFIX_FROM else literal


def match_expression(groups: list[list[str]]) -> str:
    """OR every alternative of every group, so rows matching only some words still rank."""
    return " OR ".join("(" + " OR ".join(_term(word) for word in group) + ")" for group in groups)


def count_matched(groups: list[list[str]], text_tokens: list[str]) -> int:
    """Count the groups with an alternative among the tokens (sorted), as the index matches."""
    matched = 0
    for group in groups:
        for word in group:
            if all(
                _has(text_tokens, part, prefix=len(word) >= PREFIX_FROM) for part in word.split()
            ):
                matched += 1
                break
    return matched


def _has(sorted_tokens: list[str], word: str, prefix: bool) -> bool:
    """Tell whether a sorted token list holds the word (or, with prefix, a word it starts)."""
    index = bisect_left(sorted_tokens, word)
    if index == len(sorted_tokens):
        return False
    found = sorted_tokens[index]
    return found == word or (prefix and found.startswith(word))


# --- the repository -----------------------------------------------------------------------

# Vocabulary per open database (every term, then per minimum length), shared by every
# repository on it and dropped on any write.
_VOCABULARY: weakref.WeakKeyDictionary[Database, dict[int, frozenset[str]]] = (
    weakref.WeakKeyDictionary()
)
_GENERATION: weakref.WeakKeyDictionary[Database, int] = weakref.WeakKeyDictionary()
_EVERY = -1


class ResourceRepository:
    """Stored resources, their full-text search and vocabulary."""

    def __init__(self, db: Database, categories: Iterable[Category] = ()) -> None:
        """Use the database; category labels (per language) are indexed with each resource."""
        self.db = db
        self._labels: dict[str, dict[str, str]] = {}
        self.set_categories(categories)

    def set_categories(self, categories: Iterable[Category]) -> None:
        """Index these labels from now on (`reindex` applies them to stored rows)."""
        self._labels = {category.id: dict(category.labels) for category in categories}

    # --- writes ---

    async def replace_from_files(self, resources: Sequence[Resource], now: str) -> FileSync:
        """Make the file-sourced rows exactly these, in one transaction.

        New ids are added (active), changed ones rewritten, file rows no longer listed deleted;
        chat and import rows stay as they are, and a file resource whose id one of them holds is
        skipped. A file resource retired in the chat stays retired. Index rows are rebuilt for
        new and changed resources, and for every active file resource when the category labels
        changed since the index was built (so a restart with nothing changed rewrites nothing).
        """
        labels = json.dumps(self._labels, sort_keys=True, ensure_ascii=False)
        wanted: dict[str, tuple[Resource, str]] = {}
        for resource in resources:
            if resource.source != "file":
                resource = replace(resource, source="file")
            wanted[resource.id] = (resource, resource_to_json(resource))
        added: list[str] = []
        changed: list[str] = []
        skipped: list[str] = []
        async with self.db.transaction() as tx:
            rows = await tx.execute_fetchall("SELECT id, doc, data, source, status FROM resources")
            built = list(
                await tx.execute_fetchall(
                    "SELECT value FROM resource_index_meta WHERE key = 'labels'"
                )
            )
            relabel = not built or built[0][0] != labels
            existing = {row["id"]: row for row in rows}
            next_doc = max((int(row["doc"]) for row in rows), default=0) + 1
            removed = sorted(
                key
                for key, row in existing.items()
                if row["source"] == "file" and key not in wanted
            )
            await _delete_index(tx, [int(existing[key]["doc"]) for key in removed])
            await tx.executemany("DELETE FROM resources WHERE id = ?", [(k,) for k in removed])
            inserts: list[tuple[object, ...]] = []
            updates: list[tuple[object, ...]] = []
            reindex: list[tuple[int, Resource]] = []  # new docs have no index rows yet
            stale: list[int] = []
            for key, (resource, data) in wanted.items():
                row = existing.get(key)
                if row is None:
                    doc, next_doc = next_doc, next_doc + 1
                    inserts.append((key, doc, data, *_facts(resource), "file", ACTIVE, None, now))
                    added.append(key)
                    reindex.append((doc, resource))
                    continue
                if row["source"] != "file":
                    skipped.append(key)
                    continue
                if row["data"] != data:
                    updates.append((data, *_facts(resource), now, key))
                    changed.append(key)
                elif not relabel:
                    continue
                if row["status"] == ACTIVE:
                    stale.append(int(row["doc"]))
                    reindex.append((int(row["doc"]), resource))
            await tx.executemany(
                "INSERT INTO resources (id, doc, data, country, region, crisis, group_id, source,"
                " status, added_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                inserts,
            )
            await tx.executemany(
                "UPDATE resources SET data = ?, country = ?, region = ?, crisis = ?,"
                " group_id = ?, updated_at = ? WHERE id = ?",
                updates,
            )
            await _delete_index(tx, stale)
            await self._insert_index(tx, reindex)
            await tx.execute(
                "INSERT OR REPLACE INTO resource_index_meta (key, value) VALUES ('labels', ?)",
                (labels,),
            )
        _forget_vocabulary(self.db)
        return FileSync(tuple(added), tuple(changed), tuple(removed), tuple(skipped))

    async def upsert(self, resource: Resource, added_by: int | None, now: str) -> bool:
        """Add or replace one resource (active again if it was retired); True when new.

        The row's source is the resource's own; the first author is kept on an update.
        """
        async with self.db.transaction() as tx:
            new = await self._upsert(tx, resource, added_by, now)
        _forget_vocabulary(self.db)
        return new

    async def upsert_many(
        self, resources: Sequence[Resource], added_by: int | None, now: str
    ) -> tuple[int, int]:
        """Add or replace many resources in one transaction; return (added, updated)."""
        added = 0
        async with self.db.transaction() as tx:
            for resource in resources:
                added += await self._upsert(tx, resource, added_by, now)
        _forget_vocabulary(self.db)
        return added, len(resources) - added

    async def retire(self, resource_id: str, now: str | None = None) -> bool:
        """Take an active resource out of browsing and search; False when none was active."""
        async with self.db.transaction() as tx:
            rows = list(
                await tx.execute_fetchall(
                    "SELECT doc FROM resources WHERE id = ? AND status = ?", (resource_id, ACTIVE)
                )
            )
            if not rows:
                return False
            await tx.execute(
                "UPDATE resources SET status = ?, updated_at = COALESCE(?, updated_at)"
                " WHERE id = ?",
                (RETIRED, now, resource_id),
            )
            await _delete_index(tx, [int(rows[0]["doc"])])
        _forget_vocabulary(self.db)
        return True

    async def reindex(self) -> None:
        """Rebuild the index rows of every active resource (after category labels changed)."""
        async with self.db.transaction() as tx:
            rows = await tx.execute_fetchall(
                "SELECT doc, data FROM resources WHERE status = ?", (ACTIVE,)
            )
            await tx.execute("DELETE FROM resources_fts")
            docs = [(int(row["doc"]), resource_from_json(row["data"])) for row in rows]
            await self._insert_index(tx, docs)
        _forget_vocabulary(self.db)

    async def _upsert(
        self, tx: Transaction, resource: Resource, added_by: int | None, now: str
    ) -> bool:
        """Write one resource and its index rows inside a transaction; True when new."""
        if resource.source not in SOURCES:
            raise ValueError(f"unknown resource source {resource.source!r}")
        data = resource_to_json(resource)
        rows = list(
            await tx.execute_fetchall("SELECT doc FROM resources WHERE id = ?", (resource.id,))
        )
        if rows:
            doc = int(rows[0]["doc"])
            await tx.execute(
                "UPDATE resources SET data = ?, country = ?, region = ?, crisis = ?,"
                " group_id = ?, source = ?, status = ?, added_by = COALESCE(added_by, ?),"
                " updated_at = ? WHERE id = ?",
                (data, *_facts(resource), resource.source, ACTIVE, added_by, now, resource.id),
            )
            await _delete_index(tx, [doc])
        else:
            top = list(await tx.execute_fetchall("SELECT COALESCE(MAX(doc), 0) FROM resources"))
            doc = int(top[0][0]) + 1
            await tx.execute(
                "INSERT INTO resources (id, doc, data, country, region, crisis, group_id, source,"
                " status, added_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (resource.id, doc, data, *_facts(resource), resource.source, ACTIVE, added_by, now),
            )
        await self._insert_index(tx, [(doc, resource)])
        return not rows

    async def _insert_index(self, tx: Transaction, docs: Iterable[tuple[int, Resource]]) -> None:
        """Insert the index rows of these resources (their old rows already deleted)."""
        await tx.executemany(
            "INSERT INTO resources_fts (rowid, resource_id, language, name, description,"
            " categories, keywords) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (doc * _ROWS_PER_DOC + n, resource.id, *row)
                for doc, resource in docs
                for n, row in enumerate(_index_rows(resource, self._labels))
            ],
        )

    # --- reads ---

    async def get(self, resource_id: str) -> StoredResource | None:
        """Return a resource, active or retired, with its status and author."""
        row = await self.db.fetch_one(
            f"SELECT {_COLUMNS} FROM resources WHERE id = ?", (resource_id,)
        )
        return _stored(row) if row else None

    async def all(self, source: str | None = None) -> list[StoredResource]:
        """Return every stored resource (of one source), by id."""
        rows = await self.db.fetch_all(
            f"SELECT {_COLUMNS} FROM resources WHERE ? IS NULL OR source = ? ORDER BY id",
            (source, source),
        )
        return [_stored(row) for row in rows]

    async def counts(self) -> dict[tuple[str, str], int]:
        """Return how many resources there are per (source, status)."""
        rows = await self.db.fetch_all(
            "SELECT source, status, COUNT(*) FROM resources GROUP BY source, status"
        )
        return {(row[0], row[1]): int(row[2]) for row in rows}

    async def categories_in_use(self, country: str | None) -> set[str]:
        """The categories holding at least one active resource for a country (None: any)."""
        rows = await self.db.fetch_all(
            "SELECT DISTINCT c.value FROM resources r, json_each(r.data, '$.categories') c"
            " WHERE r.status = 'active' AND (?1 IS NULL OR r.country IN (?1, 'INT'))",
            (country,),
        )
        return {str(row[0]) for row in rows}

    async def by_category(
        self, category: str, country: str | None, limit: int = 20
    ) -> list[Resource]:
        """Active resources of a category for a country (None: all) and international ones.

        Crisis lines first, then the country's own before international ones, then by name.
        """
        rows = await self.db.fetch_all(
            "SELECT data FROM resources r WHERE status = 'active'"
            " AND (?1 IS NULL OR country IN (?1, 'INT'))"
            " AND EXISTS (SELECT 1 FROM json_each(r.data, '$.categories') WHERE value = ?2)"
            " ORDER BY crisis DESC, country = 'INT',"
            " lower(COALESCE(json_extract(data, '$.names.en'), id)), id LIMIT ?3",
            (country, category, limit),
        )
        return [resource_from_json(row["data"]) for row in rows]

    async def search(
        self, alternatives: Sequence[Sequence[str]], country: str | None, limit: int = 50
    ) -> list[SearchHit]:
        """Full-text search of active resources serving a country (None: all countries).

        `alternatives` holds one group per query word: the word as typed, then corrections.
        Any word of any group may match; hits matching more groups come first, then by bm25.
        Never raises on odd input: words are reduced to letters and digits and quoted.
        """
        groups = clean_groups(alternatives)
        if not groups or limit <= 0:
            return []
        fetch = limit if len(groups) == 1 else max(limit * 2, 20)  # room to re-sort
        # Rank on the index and the covering (doc, status, country) index alone; read text and
        # JSON for the best rows only.
        rows = await self.db.fetch_all(
            f"WITH top AS (SELECT f.rowid AS row, {_BM25} AS rank FROM resources_fts f"
            f" CROSS JOIN resources r ON r.doc = f.rowid / {_ROWS_PER_DOC}"
            " WHERE resources_fts MATCH ?1 AND r.status = 'active'"
            " AND (?2 IS NULL OR r.country IN (?2, 'INT')) ORDER BY rank LIMIT ?3)"
            " SELECT top.rank, f.language, f.name, f.description, f.categories, f.keywords,"
            " r.data FROM top CROSS JOIN resources_fts f ON f.rowid = top.row"
            f" CROSS JOIN resources r ON r.doc = top.row / {_ROWS_PER_DOC} ORDER BY top.rank",
            (match_expression(groups), country, fetch),
        )
        if not rows:
            return []
        scored = []
        for row in rows:
            text = " ".join(row[column] for column in (2, 3, 4, 5))
            found = count_matched(groups, sorted(set(tokens(text))))
            scored.append((found, -float(row["rank"]), row))
        scored.sort(key=lambda item: (-item[0], -item[1]))
        best = max(item[1] for item in scored) or 1.0
        return [
            SearchHit(resource_from_json(row["data"]), row["language"], value / best, found)
            for found, value, row in scored[:limit]
        ]

    async def vocabulary(self, min_length: int = 3) -> frozenset[str]:
        """Return every indexed term of at least `min_length` characters (cached until a write)."""
        cache = _VOCABULARY.get(self.db)
        if cache is None:
            generation = _GENERATION.get(self.db, 0)
            rows = await self.db.fetch_all("SELECT term FROM resources_vocab")
            cache = {_EVERY: frozenset(str(row[0]) for row in rows)}
            if _GENERATION.get(self.db, 0) == generation:  # else a write came in meanwhile
                _VOCABULARY[self.db] = cache
        if min_length not in cache:
            cache[min_length] = frozenset(t for t in cache[_EVERY] if len(t) >= min_length)
        # The same object until the next write, so callers can tell a change by identity.
        return cache[min_length]


def _facts(resource: Resource) -> tuple[object, ...]:
    """The columns repeated from the JSON: country, region, crisis, group_id."""
    return (resource.country, resource.region, int(resource.crisis), resource.group_id)


async def _delete_index(tx: Transaction, docs: Sequence[int]) -> None:
    """Delete the index rows of these resources (by rowid range)."""
    await tx.executemany(
        "DELETE FROM resources_fts WHERE rowid >= ? AND rowid < ?",
        [(doc * _ROWS_PER_DOC, (doc + 1) * _ROWS_PER_DOC) for doc in docs],
    )


def _forget_vocabulary(db: Database) -> None:
    """Drop the cached vocabulary after a write (which has committed)."""
    _GENERATION[db] = _GENERATION.get(db, 0) + 1
    _VOCABULARY.pop(db, None)


async def erase_resource_authors(tx: Transaction, user_id: int) -> None:
    """Forget who added resources (for /forget); the resources themselves hold no member data."""
    await tx.execute("UPDATE resources SET added_by = NULL WHERE added_by = ?", (user_id,))
