"""Words for time zones that are not zone names: content/timezone_names.toml, checked.

Big cities that name no zone ("Barcelona" -> Europe/Madrid, in every spelling the file gives)
and abbreviations ("BST" -> Europe/London; "CST" -> several zones, to choose from). Names are
compared folded (`zone_key`): case, accents, spaces and hyphens aside.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.domain.zones import is_valid_timezone

FILE_NAME = "timezone_names.toml"
DEFAULT_PATH = Path(__file__).resolve().parents[2] / "content" / FILE_NAME


class ZoneNamesError(ValueError):
    """The file has a mistake; the message names the file, the entry and the problem."""


@dataclass(frozen=True)
class ZoneNames:
    """Folded city names -> zone, and folded abbreviations -> their zones (one or several)."""

    cities: Mapping[str, str]
    abbreviations: Mapping[str, tuple[str, ...]]
    spellings: Mapping[str, str] = field(default_factory=dict)  # folded name -> as written


def zone_key(text: str) -> str:
    """Fold case, accents, spaces, dots and hyphens so 'são paulo' matches 'Sao_Paulo'."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.replace(".", " ").split()).replace(" ", "_").replace("-", "_")


def read_zone_names(path: Path, known: Mapping[str, str]) -> ZoneNames:
    """Read and check the file; `known` maps the folded names zones already have to them."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ZoneNamesError(f"{path}: cannot be read ({error.strerror})") from None
    except tomllib.TOMLDecodeError as error:
        raise ZoneNamesError(f"{path}: TOML syntax error: {error}") from None
    spellings: dict[str, str] = {}
    cities = _cities(path, data.get("city", []), known, spellings)
    return ZoneNames(cities, _abbreviations(path, data.get("abbreviations", {})), spellings)


def _cities(
    path: Path, entries: object, known: Mapping[str, str], spellings: dict[str, str]
) -> dict[str, str]:
    """The [[city]] entries: each a zone and a list of names no other zone has (each name's
    first spelling is kept in `spellings`)."""
    if not isinstance(entries, list):
        raise ZoneNamesError(f"{path}: [[city]] must be a list of entries")
    cities: dict[str, str] = {}
    for number, entry in enumerate(entries, start=1):
        where = f"{path}: city {number}"
        zone = entry.get("zone") if isinstance(entry, dict) else None
        names = entry.get("names") if isinstance(entry, dict) else None
        if not isinstance(zone, str) or not is_valid_timezone(zone):
            raise ZoneNamesError(f"{where}: unknown zone {zone!r}")
        if not isinstance(names, list) or not names:
            raise ZoneNamesError(f"{where} ({zone}): names must be a list of names")
        for name in names:
            key = zone_key(name) if isinstance(name, str) else ""
            if not key:
                raise ZoneNamesError(f"{where} ({zone}): {name!r} is not a name")
            other = cities.get(key) or known.get(key)
            if other is not None and other != zone:
                raise ZoneNamesError(f"{where} ({zone}): {name!r} already means {other}")
            cities[key] = zone
            spellings.setdefault(key, name)
    return cities


def _abbreviations(path: Path, table: object) -> dict[str, tuple[str, ...]]:
    """The [abbreviations] table: each a zone, or a list of the zones it may mean."""
    if not isinstance(table, dict):
        raise ZoneNamesError(f"{path}: [abbreviations] must be a table")
    found: dict[str, tuple[str, ...]] = {}
    for word, value in table.items():
        zones = tuple(value) if isinstance(value, list) else (value,)
        if not zones or not all(
            isinstance(zone, str) and is_valid_timezone(zone) for zone in zones
        ):
            raise ZoneNamesError(f"{path}: [abbreviations] {word}: unknown zone in {value!r}")
        found[zone_key(word)] = zones
    return found
