"""Recognise time zones typed by people: IANA names or big city names."""

from __future__ import annotations

import unicodedata
import zoneinfo
from functools import cache


def _key(text: str) -> str:
    """Fold case, accents, spaces and hyphens so 'são paulo' matches 'Sao_Paulo'."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return plain.replace(" ", "_").replace("-", "_")


@cache
def _index() -> dict[str, str]:
    """Map folded full names and unambiguous city parts to IANA names."""
    names = sorted(name for name in zoneinfo.available_timezones() if "/" in name)
    full = {_key(name): name for name in names}
    cities: dict[str, list[str]] = {}
    for name in names:
        if name.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/")):
            continue
        cities.setdefault(_key(name.rsplit("/", 1)[1]), []).append(name)
    unambiguous = {city: found[0] for city, found in cities.items() if len(found) == 1}
    return {**unambiguous, **full, "utc": "UTC"}


def resolve_timezone(text: str) -> str | None:
    """Return the IANA name for a typed zone or city, or None when unknown."""
    if not text or len(text) > 64:
        return None
    return _index().get(_key(text))
