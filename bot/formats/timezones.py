"""Recognise time zones typed by people: IANA names and city names in every interface language.

Accepted, in any case, with or without accents, spaces or hyphens: IANA names
("europe/madrid"), the city part of one ("Buenos Aires", "sao paulo"), the city's name in
each supported language from CLDR via Babel ("Lisboa", "Wien", "Ciudad de México",
"Nueva York", "Bruxelles") and single-word zones ("CET", "GMT", "UTC").
Fixed offsets ("UTC+1") are not taken yet: their IANA names (Etc/GMT-1) read backwards to
members wherever the bot shows a zone.
"""

from __future__ import annotations

import unicodedata
import zoneinfo
from collections.abc import Mapping
from functools import cache

from babel import Locale

from bot.domain.language import SUPPORTED_LANGUAGES

_NOT_ZONES = {"localtime", "Factory"}


def _key(text: str) -> str:
    """Fold case, accents, spaces and hyphens so 'são paulo' matches 'Sao_Paulo'."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return plain.replace(" ", "_").replace("-", "_")


@cache
def _index() -> dict[str, str]:
    """Map folded full names, unambiguous city parts and CLDR city names to IANA names."""
    zones = sorted(zoneinfo.available_timezones() - _NOT_ZONES)
    names = [name for name in zones if "/" in name]
    full = {_key(name): name for name in zones}
    cities: dict[str, list[str]] = {}
    for name in names:
        if name.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/")):
            continue
        cities.setdefault(_key(name.rsplit("/", 1)[1]), []).append(name)
    by_city = {city: _one_zone(found) for city, found in cities.items()}
    known = {city: zone for city, zone in by_city.items() if zone is not None}
    return {**_cldr_cities(frozenset(zones)), **known, **full, "utc": "UTC"}


def _one_zone(found: list[str]) -> str | None:
    """Return the zone a city part names: the deepest name when all share a region.

    "Buenos_Aires" is both America/Buenos_Aires (an old link) and
    America/Argentina/Buenos_Aires: the same place. Names in different regions are ambiguous.
    """
    if len({name.split("/", 1)[0] for name in found}) != 1:
        return None
    return max(found, key=lambda name: (name.count("/"), name))


@cache
def _cldr_cities(zones: frozenset[str]) -> dict[str, str]:
    """Map city names in the interface languages (CLDR exemplar cities) to their zone."""
    found: dict[str, set[str]] = {}
    for language in SUPPORTED_LANGUAGES:
        for zone, names in Locale.parse(language).time_zones.items():
            city = names.get("city") if isinstance(names, Mapping) else None
            if isinstance(city, str) and zone in zones:
                found.setdefault(_key(city), set()).add(zone)
    return {city: next(iter(zs)) for city, zs in found.items() if len(zs) == 1}


def resolve_timezone(text: str) -> str | None:
    """Return the IANA name for a typed zone or city, or None when unknown."""
    if not text or len(text) > 64:
        return None
    return _index().get(_key(text))
