"""Crisis lines by country from content/crisis_lines.toml: validated data, lookup and rendering."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from pathlib import Path

from bot.content_checks import check_number, check_url, read_toml
from bot.domain.zone_country import country_for_timezone
from bot.formats.formatting import (
    Reader,
    collation_key,
    country_name,
    time_text,
    uses_12_hour_clock,
    weekday_name,
)
from bot.i18n import ContentError

FILE_NAME = "crisis_lines.toml"
INTERNATIONAL = "INT"
FALLBACK_LANGUAGE = "en"
PHONE_KINDS = ("voice", "text")

ALWAYS = "24/7"
_DAY_CODES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY = "|".join(_DAY_CODES)
_CLOCK = r"(?:[01]\d|2[0-3]):[0-5]\d|24:00"
_HOURS = re.compile(rf"(?:({_DAY})(?:-({_DAY}))? )?({_CLOCK})-({_CLOCK})")
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")
_LANGUAGE_CODE = re.compile(r"[a-z]{2}")
_COUNTRY_FIELDS = ("emergency", "lines")
_LINE_FIELDS = ("name", "phones", "url", "languages")
_PHONE_FIELDS = ("number", "kind", "hours")
_DEFAULT_LABELS = {"call": "call", "text": "text", "emergency": "Emergency", "website": "Website"}


@dataclass(frozen=True)
class Phone:
    """One way to reach a line: a number as dialled, voice or text, and its opening hours."""

    number: str
    kind: str
    hours: str


@dataclass(frozen=True)
class CrisisLine:
    """A helpline with per-language descriptions, its phones, optional website and languages."""

    name: str
    descriptions: dict[str, str]
    phones: tuple[Phone, ...]
    url: str | None
    languages: tuple[str, ...]

    def description(self, language: str) -> str:
        """Return the description in a language, falling back to English."""
        return self.descriptions.get(language) or self.descriptions[FALLBACK_LANGUAGE]


@dataclass(frozen=True)
class CountryLines:
    """A country's (or the international fallback's) names, emergency number and lines."""

    code: str
    names: dict[str, str]
    emergency: str | None
    lines: tuple[CrisisLine, ...]

    def name(self, language: str) -> str:
        """Return the country's name in a language: CLDR's for a country, the file's for INT."""
        if self.code != INTERNATIONAL:
            cldr = country_name(self.code, Reader(language))
            if cldr != self.code:
                return cldr
        return self.names.get(language) or self.names[FALLBACK_LANGUAGE]


class CrisisLines:
    """Every country's lines, looked up by ISO code or by IANA time zone."""

    def __init__(self, countries: Mapping[str, CountryLines]) -> None:
        """Use already validated entries; one of them must be the INT fallback."""
        if INTERNATIONAL not in countries:
            raise ValueError("crisis lines need an INT entry")
        self._countries = dict(countries)

    def countries_by_name(self, language: str) -> tuple[str, ...]:
        """Return the country codes sorted by their names in a language (reader's collation)."""
        key = collation_key(language)
        return tuple(
            sorted(self.countries, key=lambda code: key(self._countries[code].name(language)))
        )

    @property
    def countries(self) -> tuple[str, ...]:
        """Return the ISO codes of the countries with their own entry (INT excluded), sorted."""
        return tuple(sorted(code for code in self._countries if code != INTERNATIONAL))

    @property
    def international(self) -> CountryLines:
        """Return the INT entry shown when a country is unknown."""
        return self._countries[INTERNATIONAL]

    def for_country(self, code: str | None) -> CountryLines:
        """Return a country's entry by ISO code (any case), or INT when unknown or None."""
        if code is None:
            return self.international
        return self._countries.get(code.strip().upper(), self.international)

    def country_for_timezone(self, zone: str | None) -> str | None:
        """Return the ISO country code of an IANA time zone, or None when it has no country."""
        return country_for_timezone(zone)

    def for_timezone(self, zone: str | None) -> CountryLines:
        """Return the entry for a time zone's country, or INT."""
        return self.for_country(country_for_timezone(zone))


def load_crisis_lines(content_dir: Path) -> CrisisLines:
    """Read and check content/crisis_lines.toml; errors name the file, the entry and the problem."""
    path = content_dir / FILE_NAME
    data = read_toml(path)
    countries: dict[str, CountryLines] = {}
    for code, entry in data.items():
        if code != INTERNATIONAL and not _COUNTRY_CODE.fullmatch(code):
            raise ContentError(
                f"{path}: [{code}]: unknown entry (expected a two-letter upper-case country "
                f"code such as ES, or {INTERNATIONAL})"
            )
        countries[code] = _country(path, code, entry)
    if INTERNATIONAL not in countries:
        raise ContentError(f"{path}: an [{INTERNATIONAL}] entry is needed (the fallback)")
    return CrisisLines(countries)


def _country(path: Path, code: str, entry: object) -> CountryLines:
    """Validate one country table."""
    where = f"{path}: [{code}]"
    if not isinstance(entry, dict):
        raise ContentError(f"{where}: must be a table of fields")
    names = _per_language(where, entry, "name", _COUNTRY_FIELDS)
    if not names.get(FALLBACK_LANGUAGE):
        raise ContentError(f"{where}: name_en (the country's English name) is missing or empty")
    emergency = entry.get("emergency")
    if emergency is not None:
        emergency = check_number(where, "emergency", emergency)
    raw_lines = entry.get("lines", [])
    if not isinstance(raw_lines, list):
        raise ContentError(f"{where}: lines must be a list of [[{code}.lines]] blocks")
    lines = tuple(
        _line(f"{where} line {index}", raw) for index, raw in enumerate(raw_lines, start=1)
    )
    if not lines and emergency is None:
        raise ContentError(f"{where}: has no lines and no emergency number")
    return CountryLines(code, names, emergency, lines)


def _line(where: str, raw: object) -> CrisisLine:
    """Validate one [[XX.lines]] block."""
    if not isinstance(raw, dict):
        raise ContentError(f"{where}: must be a [[...lines]] block of fields")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ContentError(f"{where}: name is missing or empty")
    where = f'{where} "{name}"'
    descriptions = _per_language(where, raw, "description", _LINE_FIELDS)
    if not descriptions.get(FALLBACK_LANGUAGE):
        raise ContentError(f"{where}: description_en (English description) is missing or empty")
    raw_phones = raw.get("phones", [])
    if not isinstance(raw_phones, list):
        raise ContentError(f"{where}: phones must be a list of {{ number, kind, hours }}")
    phones = tuple(
        _phone(f"{where}: phone {index}", phone) for index, phone in enumerate(raw_phones, start=1)
    )
    url = raw.get("url")
    if url is not None:
        url = check_url(where, url)
    if not phones and url is None:
        raise ContentError(f"{where}: needs at least one phone or a url")
    return CrisisLine(name.strip(), descriptions, phones, url, _languages(where, raw))


def _phone(where: str, raw: object) -> Phone:
    """Validate one { number, kind, hours } table."""
    if not isinstance(raw, dict):
        raise ContentError(f"{where}: must be written {{ number = ..., kind = ..., hours = ... }}")
    for key in raw:
        if key not in _PHONE_FIELDS:
            raise ContentError(
                f"{where}: unknown field '{key}' (expected one of: {', '.join(_PHONE_FIELDS)})"
            )
    number = check_number(where, "number", raw.get("number"))
    kind = raw.get("kind")
    if kind is None:
        raise ContentError(f'{where}: kind is missing ("voice" or "text")')
    if kind not in PHONE_KINDS:
        raise ContentError(f'{where}: kind {kind!r} must be "voice" or "text"')
    hours = raw.get("hours")
    if not isinstance(hours, str) or not hours.strip():
        raise ContentError(f'{where}: hours is missing or empty (e.g. "24/7")')
    if hours.strip() != ALWAYS and not _HOURS.fullmatch(hours.strip()):
        raise ContentError(
            f'{where}: hours {hours!r} must be "24/7", a time range such as "16:00-24:00", or'
            ' days and times such as "Mon-Sat 14:00-20:00" (English day abbreviations)'
        )
    return Phone(number, str(kind), hours.strip())


def hours_text(hours: str, language: str, zone_country: str | None = None) -> str:
    """Write opening hours for a reader: 'Mon-Sat 14:00-20:00' -> 'Mo.–Sa. 14:00–20:00' (CLDR)."""
    match = _HOURS.fullmatch(hours)
    if match is None:
        return hours
    reader = Reader(language, zone_country)
    first, last, opens, closes = match.groups()
    times = f"{_clock_text(reader, opens)}–{_clock_text(reader, closes)}"
    if first is None:
        return times
    days = weekday_name(reader, _DAY_CODES.index(first), "abbreviated")
    if last is not None:
        days += "–" + weekday_name(reader, _DAY_CODES.index(last), "abbreviated")
    return f"{days} {times}"


def _clock_text(reader: Reader, value: str) -> str:
    """A 'HH:MM' of the file as the reader writes times; '24:00' stays on a 24-hour clock."""
    hour, minute = (int(part) for part in value.split(":"))
    if hour == 24 and not uses_12_hour_clock(reader):
        return value
    return time_text(reader, time(hour % 24, minute))


def _languages(where: str, raw: dict[str, object]) -> tuple[str, ...]:
    """Check the languages list holds two-letter lower-case ISO 639-1 codes."""
    languages = raw.get("languages", [])
    if not isinstance(languages, list):
        raise ContentError(f'{where}: languages must be a list such as ["en", "es"]')
    for language in languages:
        if not isinstance(language, str) or not _LANGUAGE_CODE.fullmatch(language):
            raise ContentError(
                f"{where}: language {language!r} is not a two-letter lower-case ISO 639-1 code"
            )
    return tuple(languages)


def _per_language(
    where: str, raw: dict[str, object], prefix: str, other_fields: tuple[str, ...]
) -> dict[str, str]:
    """Collect prefix_xx texts by language; reject any field that is neither those nor known."""
    texts: dict[str, str] = {}
    for key, value in raw.items():
        if key in other_fields:
            continue
        language = key.removeprefix(f"{prefix}_")
        if language == key or not _LANGUAGE_CODE.fullmatch(language):
            expected = ", ".join((f"{prefix}_en", f"{prefix}_es", *other_fields))
            raise ContentError(f"{where}: unknown field '{key}' (expected: {expected})")
        if not isinstance(value, str) or not value.strip():
            raise ContentError(f"{where}: {key} must be non-empty text in quotes")
        texts[language] = value.strip()
    return texts


def lines_text(country: CountryLines, language: str, labels: dict[str, str]) -> str:
    """Render a country's lines as Telegram HTML: every data string escaped, numbers plain."""
    # labels: the localised words call, text, emergency and website, already safe HTML as
    # Texts.get returns them, so inserted as given; a missing one falls back to English.
    words = {**_DEFAULT_LABELS, **labels}
    kinds = {"voice": words["call"], "text": words["text"]}
    blocks: list[str] = []
    for line in country.lines:
        rows = [f"<b>{html.escape(line.name)}</b>", html.escape(line.description(language))]
        rows.extend(
            f"{html.escape(phone.number)} — "
            f"{kinds.get(phone.kind, html.escape(phone.kind))}, "
            f"{html.escape(hours_text(phone.hours, language, country.code))}"
            for phone in line.phones
        )
        if line.url is not None:
            rows.append(f"{words['website']}: {html.escape(line.url)}")
        blocks.append("\n".join(rows))
    if country.emergency is not None:
        blocks.append(f"{words['emergency']}: {html.escape(country.emergency)}")
    return "\n\n".join(blocks)
