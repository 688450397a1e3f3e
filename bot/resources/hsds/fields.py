"""Small readers for loosely typed HSDS fields: text, lists, yes/no (pure)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_SPLIT = re.compile(r"\s*[;|,]\s*")


def text(value: Any) -> str:
    """A field as one line of text (None and non-text values become '')."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def split(value: Any) -> list[str]:
    """A list field, or a text of items separated by ; | or commas."""
    if isinstance(value, list):
        return [text(item) for item in value if text(item)]
    return [part for part in _SPLIT.split(text(value)) if part]


def truthy(value: Any) -> bool:
    """Read yes/true/1 (any case) as true."""
    return value is True or text(value).lower() in ("1", "true", "yes", "y", "si", "sí")


def fold(value: str) -> str:
    """Lower case without accents, for matching words."""
    decomposed = unicodedata.normalize("NFKD", value.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(value: str) -> list[str]:
    """The folded words of a text (letters and digits only)."""
    return re.findall(r"[^\W_]+", fold(value))


def objects(value: Any) -> list[dict[str, Any]]:
    """The objects of a list field (anything else is ignored)."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def one(value: Any) -> dict[str, Any]:
    """An object field, or an empty one."""
    return value if isinstance(value, dict) else {}
