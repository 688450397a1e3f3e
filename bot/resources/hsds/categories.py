"""Resource categories from taxonomy terms, by the mapping in content/hsds_categories.toml (pure).

A term goes to the first category (in file order) one of whose phrases it contains as whole
words ("Mental Health Care" contains "mental health"), or whose id it is ("peer support").
A term that maps to nothing is kept as a search keyword; a service none of whose terms maps
to a category is filed under OTHER, never under a guessed category.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from bot.config import DEFAULT_CONTENT_DIR
from bot.resources.hsds.fields import objects, one, split, text, words
from bot.resources.hsds.report import HsdsError

MAP_FILE = "hsds_categories.toml"
OTHER = "other"

CategoryMap = Mapping[str, tuple[str, ...]]  # category id -> phrases, in the file's order


def load_category_map(path: Path) -> dict[str, tuple[str, ...]]:
    """Read a category mapping file; raise HsdsError naming the problem."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise HsdsError(f"{path}: cannot be read ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise HsdsError(f"{path}: TOML syntax error: {error}") from None
    mapping: dict[str, tuple[str, ...]] = {}
    for category, entry in data.items():
        phrases = entry.get("terms") if isinstance(entry, dict) else None
        if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
            raise HsdsError(f'{path}: [{category}] needs terms = ["...", ...]')
        mapping[category] = tuple(" ".join(words(phrase)) for phrase in phrases)
    return mapping


@cache
def default_category_map() -> dict[str, tuple[str, ...]]:
    """The mapping shipped in the checkout's content folder."""
    return load_category_map(DEFAULT_CONTENT_DIR / MAP_FILE)


def terms(record: dict[str, Any]) -> list[tuple[str, str]]:
    """(name, parent name) of each taxonomy term of a service, and of its category column."""
    found = [(term, "") for term in split(record.get("category")) + split(record.get("categories"))]
    linked = objects(record.get("taxonomy_terms")) + [
        one(attribute.get("taxonomy_term")) for attribute in objects(record.get("attributes"))
    ]
    for term in linked:
        name = text(term.get("name")) or text(term.get("term")) or text(term.get("code"))
        if name:
            found.append((name, text(term.get("parent_name"))))
    return list(dict.fromkeys(found))


def categories(
    found: list[tuple[str, str]], mapping: CategoryMap, known: Collection[str]
) -> tuple[tuple[str, ...], list[str]]:
    """Known category ids the terms map to (else OTHER, when known); and the unmapped names."""
    chosen: list[str] = []
    unmapped: list[str] = []
    for name, parent in found:
        hit = category_of(name, mapping, known) or category_of(parent, mapping, known)
        if hit is None:
            unmapped.append(name)
        elif hit not in chosen:
            chosen.append(hit)
    if not chosen and OTHER in known:
        chosen.append(OTHER)
    return tuple(chosen), list(dict.fromkeys(unmapped))


def category_of(term: str, mapping: CategoryMap, known: Collection[str]) -> str | None:
    """The known category a term maps to, if any."""
    folded = words(term)
    if not folded:
        return None
    as_id = "_".join(folded)
    if as_id in known and as_id != OTHER:
        return as_id
    padded = f" {' '.join(folded)} "
    for category, phrases in mapping.items():
        if category in known and any(f" {phrase} " in padded for phrase in phrases if phrase):
            return category
    return None
