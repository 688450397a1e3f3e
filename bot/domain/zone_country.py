"""The country of an IANA time zone, from tzdata's own tables (zone.tab and its links)."""

from __future__ import annotations

from functools import cache
from importlib import resources

# Zones named after a region's time, not a country ("CET" links to Europe/Brussels in tzdata,
# but a member who types CET may live anywhere in central Europe): no country.
_REGIONAL_ZONES = frozenset(
    {"CET", "MET", "EET", "WET", "EST", "MST", "HST", "EST5EDT", "CST6CDT", "MST7MDT", "PST8PDT"}
)


def country_for_timezone(zone: str | None) -> str | None:
    """Return the ISO country code of an IANA time zone (zone.tab, aliases resolved), or None."""
    if not zone or zone.strip().upper() in _REGIONAL_ZONES:
        return None
    table, links = _zone_table()
    name = zone.strip()
    for _ in range(4):  # follow alias -> zone links (US/Eastern -> America/New_York)
        if name in table:
            return table[name]
        target = links.get(name)
        if target is None:
            break
        name = target
    return _zone_table_folded().get(zone.strip().casefold())


@cache
def _zone_table() -> tuple[dict[str, str], dict[str, str]]:
    """Read zone -> country from tzdata's zone.tab and alias -> zone from its tzdata.zi."""
    try:
        folder = resources.files("tzdata").joinpath("zoneinfo")
        zone_tab = folder.joinpath("zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}, {}
    table: dict[str, str] = {}
    for line in zone_tab.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) >= 3:
            table[fields[2]] = fields[0]
    links: dict[str, str] = {}
    try:
        compiled = folder.joinpath("tzdata.zi").read_text(encoding="utf-8")
    except FileNotFoundError:
        return table, links
    for line in compiled.splitlines():
        if line.startswith("L "):
            parts = line.split()
            if len(parts) == 3:
                links[parts[2]] = parts[1]
    return table, links


@cache
def _zone_table_folded() -> dict[str, str]:
    """Map case-folded zone names to countries, for members who typed 'europe/madrid'."""
    table, _ = _zone_table()
    return {name.casefold(): code for name, code in table.items()}


def country_zones() -> frozenset[str]:
    """Every zone tzdata's zone.tab gives a country (canonical names, no old links)."""
    table, _ = _zone_table()
    return frozenset(table)
