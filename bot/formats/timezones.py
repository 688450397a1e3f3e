"""Recognise time zones typed by people, and suggest the closest ones when unsure.

Accepted, in any case, with or without accents, spaces or hyphens: IANA names
("europe/madrid"), the city part of one ("Buenos Aires", "sao paulo"), the city's name in
each supported language from CLDR via Babel ("Lisboa", "Wien", "Ciudad de México",
"Nueva York", "Bruxelles"), single-word zones ("CET", "GMT", "UTC"), big cities that name no
zone and abbreviations from content/timezone_names.toml ("Barcelona", "München", "BST"), and
whole-hour offsets ("UTC+1", "GMT-3", "+2": a fixed zone, shown as "UTC+01:00", see
`bot.domain.zone_offsets`).

When a text names no zone for sure, `match_timezone` gives the zones to choose from: those
an abbreviation may mean ("CST"), the places at an offset with minutes now ("UTC+05:30"),
or the closest names to a typo ("Madird", "Buenos Aries").
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

from babel import Locale
from rapidfuzz import fuzz, process

from bot.domain.language import SUPPORTED_LANGUAGES
from bot.domain.zone_country import country_zones
from bot.domain.zone_offsets import parse_offset, zone_label
from bot.formats.zone_names import DEFAULT_PATH, ZoneNames, read_zone_names, zone_key

_NOT_ZONES = {"localtime", "Factory"}
MAX_CHOICES = 4
_FUZZY_CUTOFF = 75.0
_FUZZY_MIN_LENGTH = 4
_names_path: list[Path] = [DEFAULT_PATH]
# A names file `use_zone_names` has just read and checked, taken by `_zone_names` (not read again).
_loaded: dict[Path, ZoneNames] = {}


@dataclass(frozen=True)
class ZoneMatch:
    """What a typed text names: one zone for sure, or zones to choose from (maybe none).

    `names` go with `choices`: the name a typo came closest to, when the zone's own name does
    not say it ("Atlanta" for America/New_York), else "".
    """

    zone: str | None = None
    choices: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    def labels(self) -> tuple[str, ...]:
        """Button labels for the choices: "Atlanta · America/New_York", "Europe/Madrid"."""
        names = self.names or ("",) * len(self.choices)
        return tuple(
            f"{name} · {zone_label(zone)}" if name else zone_label(zone)
            for zone, name in zip(self.choices, names, strict=True)
        )


def use_zone_names(path: Path) -> ZoneNames:
    """Read and check a names file (content/timezone_names.toml) and use it from now on."""
    names = read_zone_names(path, _base_index())
    _names_path[0] = path
    _index.cache_clear()
    _zone_names.cache_clear()
    _spellings.cache_clear()
    _loaded[path] = names
    return names


def resolve_timezone(text: str) -> str | None:
    """Return the IANA name for a typed zone, city, abbreviation or offset, or None."""
    return match_timezone(text).zone


def match_timezone(text: str, now: datetime | None = None) -> ZoneMatch:
    """The zone a typed text names, or the zones it may mean (closest first) when unsure."""
    if not text or len(text) > 64:
        return ZoneMatch()
    key = zone_key(text)
    found = _index().get(key)
    if found is not None:
        return ZoneMatch(zone=found)
    several = _zone_names().abbreviations.get(key)
    if several:
        return ZoneMatch(choices=several[:MAX_CHOICES])
    offset = parse_offset(text)
    if offset is not None:
        fixed = offset.zone()
        if fixed is not None:
            return ZoneMatch(zone=fixed)
        return ZoneMatch(choices=_zones_at(offset.total_minutes, now or datetime.now(UTC)))
    return _closest(key)


def _closest(key: str) -> ZoneMatch:
    """The zones whose names are closest to a typo, best first (none for very short words)."""
    if len(key) < _FUZZY_MIN_LENGTH:
        return ZoneMatch()
    index, canonical = _index(), country_zones()
    found = process.extract(
        key, index.keys(), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=None
    )
    best: dict[str, str] = {}  # zone -> the closest name that means it
    for name, _score, _ in found:
        if index[name] in canonical:
            best.setdefault(index[name], name)
    zones = tuple(best)[:MAX_CHOICES]
    return ZoneMatch(choices=zones, names=tuple(_shown_name(best[zone], zone) for zone in zones))


def _shown_name(key: str, zone: str) -> str:
    """The matched name as people write it, or "" when the zone's own name says it."""
    if key in (zone_key(zone), zone_key(zone.rsplit("/", 1)[-1])):
        return ""
    return _spellings().get(key, "")


@cache
def _spellings() -> dict[str, str]:
    """Folded names -> as written: CLDR's city names and the names file's."""
    found: dict[str, str] = {}
    for _zone, city in _cldr_city_names():
        found.setdefault(zone_key(city), city)
    return {**found, **_zone_names().spellings}


def _zones_at(minutes: int, now: datetime) -> tuple[str, ...]:
    """The countries' zones (tzdata's zone.tab) whose offset is `minutes` at `now`."""
    wanted = timedelta(minutes=minutes)
    found = []
    for zone in _country_zones():
        if now.astimezone(zoneinfo.ZoneInfo(zone)).utcoffset() == wanted:
            found.append(zone)
    return tuple(found[:MAX_CHOICES])


@cache
def _country_zones() -> tuple[str, ...]:
    """Every zone of a country (canonical names), by name."""
    return tuple(sorted(country_zones()))


@cache
def _zone_names() -> ZoneNames:
    """The names file in use (checked when the bot starts, by `use_zone_names`: read once)."""
    path = _names_path[0]
    return _loaded.pop(path, None) or read_zone_names(path, _base_index())


@cache
def _index() -> dict[str, str]:
    """Every folded name that means one zone: zones, cities, the file's cities and words."""
    names = _zone_names()
    single = {word: zones[0] for word, zones in names.abbreviations.items() if len(zones) == 1}
    base = {key: zone for key, zone in _base_index().items() if key not in names.abbreviations}
    return {**base, **names.cities, **single}


@cache
def _base_index() -> dict[str, str]:
    """Map folded full names, unambiguous city parts and CLDR city names to IANA names."""
    zones = sorted(zoneinfo.available_timezones() - _NOT_ZONES)
    names = [name for name in zones if "/" in name]
    full = {zone_key(name): name for name in zones}
    cities: dict[str, list[str]] = {}
    for name in names:
        if name.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/")):
            continue
        cities.setdefault(zone_key(name.rsplit("/", 1)[1]), []).append(name)
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
    for zone, city in _cldr_city_names():
        if zone in zones:
            found.setdefault(zone_key(city), set()).add(zone)
    return {city: next(iter(zs)) for city, zs in found.items() if len(zs) == 1}


@cache
def _cldr_city_names() -> tuple[tuple[str, str], ...]:
    """(zone, city name) for every CLDR exemplar city in the interface languages, in order."""
    found: list[tuple[str, str]] = []
    for language in SUPPORTED_LANGUAGES:
        for zone, names in Locale.parse(language).time_zones.items():
            city = names.get("city") if isinstance(names, Mapping) else None
            if isinstance(city, str):
                found.append((zone, city))
    return tuple(found)
