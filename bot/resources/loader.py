"""Resource directory files in content/resources/: validated categories and resources.

Every problem raises ContentError naming the file, the entry and the problem, e.g.
``content/resources/gb.toml: resource 3 "gb-mind-infoline": hours 1: opens '9:00' ...``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from datetime import time
from functools import cache
from importlib import resources as package_files
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.content_checks import check_number, check_url, read_toml
from bot.domain.zones import is_valid_timezone
from bot.i18n import ContentError
from bot.resources.models import (
    FALLBACK_LANGUAGE,
    INTERNATIONAL,
    Category,
    OpeningHours,
    Phone,
    Resource,
)

FOLDER = "resources"
CATEGORIES_FILE = "categories.toml"
PHONE_KINDS = ("voice", "text")
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_REGION_LENGTH = 80

_RESOURCE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_CATEGORY_ID = re.compile(r"[a-z][a-z0-9_]*")
_LANGUAGE_CODE = re.compile(r"[a-z]{2}")
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")
_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_CLOCK = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")
_PER_LANGUAGE = re.compile(r"(name|description|keywords)_([a-z]{2})")

_RESOURCE_FIELDS = (
    "id",
    "categories",
    "phones",
    "url",
    "email",
    "languages",
    "country",
    "region",
    "timezone",
    "hours",
    "always_open",
    "crisis",
    "sources",
)
# What an editor is likely to mean by a misspelt field, offered in "did you mean" hints.
_FIELD_HINTS = (
    *_RESOURCE_FIELDS,
    "name_en",
    "name_es",
    "description_en",
    "description_es",
    "keywords_en",
    "keywords_es",
)
_PHONE_FIELDS = ("number", "kind", "hours")
_HOURS_FIELDS = ("days", "opens", "closes")


def load_categories(content_dir: Path) -> dict[str, Category]:
    """Read and check content/resources/categories.toml; return the categories in file order."""
    path = content_dir / FOLDER / CATEGORIES_FILE
    data = read_toml(path)
    if not data:
        raise ContentError(f"{path}: no categories (each starts with a line such as [housing])")
    categories: dict[str, Category] = {}
    for category_id, entry in data.items():
        categories[category_id] = _category(path, category_id, entry)
    return categories


def load_resources(content_dir: Path, categories: Mapping[str, Category]) -> list[Resource]:
    """Read and check every content/resources/*.toml except categories.toml, in file-name order."""
    folder = content_dir / FOLDER
    if not folder.is_dir():
        raise ContentError(f"{folder}: folder is missing")
    loaded: list[Resource] = []
    seen: dict[str, str] = {}  # resource id -> where it was first defined
    for path in sorted(folder.glob("*.toml")):
        if path.name == CATEGORIES_FILE:
            continue
        for index, raw in enumerate(_entries(path), start=1):
            resource = _resource(path, index, raw, categories)
            where = f'resource {index} "{resource.id}"'
            if resource.id in seen:
                raise ContentError(
                    f"{path}: {where}: id {resource.id!r} is already used by {seen[resource.id]}"
                )
            seen[resource.id] = f"{where} in {path}"
            loaded.append(resource)
    return loaded


def _category(path: Path, category_id: str, entry: object) -> Category:
    """Validate one [category_id] table of categories.toml."""
    where = f"{path}: [{category_id}]"
    if not _CATEGORY_ID.fullmatch(category_id):
        raise ContentError(
            f"{where}: a category id may hold only lower-case letters, digits and _ "
            "(starting with a letter), e.g. [mental_health]"
        )
    if not isinstance(entry, dict):
        raise ContentError(f'{where}: must be a table of labels, e.g. en = "Housing"')
    labels: dict[str, str] = {}
    emoji = ""
    for key, value in entry.items():
        if key != "emoji" and not _LANGUAGE_CODE.fullmatch(key):
            raise ContentError(
                f"{where}: unknown field '{key}' (expected en, es or another two-letter "
                "language code, and emoji)"
            )
        if not isinstance(value, str) or not value.strip():
            raise ContentError(f"{where}: {key} must be non-empty text in quotes")
        if key == "emoji":
            emoji = value.strip()
        else:
            labels[key] = value.strip()
    if FALLBACK_LANGUAGE not in labels:
        raise ContentError(f"{where}: en (the English label) is missing")
    return Category(category_id, labels, emoji)


def _entries(path: Path) -> list[Any]:
    """Return the [[resource]] tables of a file, rejecting anything else at the top level."""
    data = read_toml(path)
    for key in data:
        if key != "resource":
            raise ContentError(
                f"{path}: unknown top-level entry '{key}' (every entry starts with a "
                "[[resource]] line; check that fields come after it)"
            )
    entries = data.get("resource")
    if entries is None:
        raise ContentError(f"{path}: no [[resource]] entries (each entry starts with [[resource]])")
    if not isinstance(entries, list):
        raise ContentError(f"{path}: write [[resource]] with two square brackets before each entry")
    if not entries:
        raise ContentError(f"{path}: no [[resource]] entries (each entry starts with [[resource]])")
    return entries


def _resource(path: Path, index: int, raw: object, categories: Mapping[str, Category]) -> Resource:
    """Validate one [[resource]] table."""
    where = f"{path}: resource {index}"
    if not isinstance(raw, dict):
        raise ContentError(f"{where}: must be a [[resource]] block of fields")
    resource_id = raw.get("id")
    if resource_id is None:
        raise ContentError(f'{where}: id is missing (a unique name such as "us-988-lifeline")')
    if not isinstance(resource_id, str) or not _RESOURCE_ID.fullmatch(resource_id):
        raise ContentError(
            f"{where}: id {resource_id!r} may hold only lower-case letters, digits and single "
            'hyphens, e.g. "us-988-lifeline"'
        )
    where = f'{where} "{resource_id}"'
    texts = _texts(where, raw)
    names = texts.get("name", {})
    if not names.get(FALLBACK_LANGUAGE):
        raise ContentError(f"{where}: name_en (the English name) is missing")
    descriptions = texts.get("description", {})
    if not descriptions.get(FALLBACK_LANGUAGE):
        raise ContentError(f"{where}: description_en (the English description) is missing")
    phones = _phones(where, raw.get("phones", []))
    url = check_url(where, raw["url"]) if "url" in raw else None
    email = _email(where, raw["email"]) if "email" in raw else None
    if not phones and url is None and email is None:
        raise ContentError(f"{where}: needs at least one phone, url or email")
    country = _country(where, raw.get("country"))
    region = _region(where, raw["region"], country) if "region" in raw else None
    timezone = _timezone(where, raw["timezone"]) if "timezone" in raw else None
    always_open = _flag(where, raw, "always_open")
    hours = _hours(where, raw.get("hours", []))
    if hours and timezone is None:
        raise ContentError(f'{where}: hours need a timezone (an IANA name such as "Europe/Madrid")')
    if hours and always_open:
        raise ContentError(f"{where}: give either always_open = true or hours, not both")
    return Resource(
        id=resource_id,
        names=names,
        descriptions=descriptions,
        categories=_categories(where, raw.get("categories"), categories),
        phones=phones,
        url=url,
        email=email,
        languages=_languages(where, raw.get("languages", [])),
        country=country,
        region=region,
        timezone=timezone,
        hours=hours,
        always_open=always_open,
        crisis=_flag(where, raw, "crisis"),
        keywords={language: tuple(words) for language, words in texts.get("keywords", {}).items()},
        sources=_sources(where, raw.get("sources", [])),
    )


def _texts(where: str, raw: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Collect name_xx, description_xx and keywords_xx by language; reject unknown fields."""
    texts: dict[str, dict[str, Any]] = {}
    for key, value in raw.items():
        if key in _RESOURCE_FIELDS:
            continue
        match = _PER_LANGUAGE.fullmatch(key)
        if match is None:
            raise ContentError(f"{where}: unknown field '{key}'{_hint(key)}")
        kind, language = match.groups()
        if kind == "keywords":
            texts.setdefault(kind, {})[language] = _keywords(where, key, value)
            continue
        if not isinstance(value, str) or not value.strip():
            raise ContentError(f"{where}: {key} must be non-empty text in quotes")
        texts.setdefault(kind, {})[language] = value.strip()
    return texts


def _hint(key: str) -> str:
    """Suggest the field an editor probably meant, or list the known ones."""
    close = difflib.get_close_matches(key.lower(), _FIELD_HINTS, n=1, cutoff=0.6)
    if close:
        return f" (did you mean '{close[0]}'?)"
    return (
        " (expected name_xx, description_xx, keywords_xx with a two-letter language code, or "
        f"one of: {', '.join(_RESOURCE_FIELDS)})"
    )


def _keywords(where: str, key: str, value: object) -> list[str]:
    """Check a keywords_xx list holds non-empty words or phrases."""
    if not isinstance(value, list):
        raise ContentError(f'{where}: {key} must be a list such as ["homeless", "shelter"]')
    words: list[str] = []
    for word in value:
        if not isinstance(word, str) or not word.strip():
            raise ContentError(f"{where}: {key}: {word!r} must be a non-empty word in quotes")
        words.append(word.strip())
    return words


def _sources(where: str, value: object) -> tuple[str, ...]:
    """Check sources is a list of web addresses (http or https) where the facts were read."""
    if not isinstance(value, list):
        raise ContentError(f'{where}: sources must be a list such as ["https://example.org/help"]')
    found: list[str] = []
    for address in value:
        parts = urlsplit(address) if isinstance(address, str) else None
        if (
            parts is None
            or parts.scheme not in ("http", "https")
            or not parts.netloc
            or any(char.isspace() for char in str(address))
        ):
            raise ContentError(
                f"{where}: source {address!r} must be a web address starting with https://"
            )
        found.append(str(address))
    return tuple(dict.fromkeys(found))


def _categories(where: str, value: object, categories: Mapping[str, Category]) -> tuple[str, ...]:
    """Check categories is a non-empty list of ids defined in categories.toml."""
    if value is None:
        raise ContentError(f'{where}: categories is missing (e.g. categories = ["housing"])')
    if not isinstance(value, list) or not value:
        raise ContentError(f'{where}: categories must be a non-empty list such as ["housing"]')
    for category_id in value:
        if not isinstance(category_id, str) or category_id not in categories:
            known = ", ".join(categories) or "none"
            raise ContentError(
                f"{where}: unknown category {category_id!r} (defined in {CATEGORIES_FILE}: {known})"
            )
    return tuple(dict.fromkeys(value))


def _phones(where: str, value: object) -> tuple[Phone, ...]:
    """Validate the phones list."""
    if not isinstance(value, list):
        raise ContentError(f"{where}: phones must be a list of {{ number, kind, hours }}")
    return tuple(_phone(f"{where}: phone {index}", raw) for index, raw in enumerate(value, start=1))


def _phone(where: str, raw: object) -> Phone:
    """Validate one { number, kind, hours } table."""
    if not isinstance(raw, dict):
        raise ContentError(f"{where}: must be written {{ number = ..., kind = ..., hours = ... }}")
    for key in raw:
        if key not in _PHONE_FIELDS:
            raise ContentError(
                f"{where}: unknown field '{key}' (expected one of: {', '.join(_PHONE_FIELDS)})"
            )
    hint = " (put words such as 'text HOME' in the description)"
    number = check_number(where, "number", raw.get("number"), hint)
    kind = raw.get("kind")
    if kind is None:
        raise ContentError(f'{where}: kind is missing ("voice" or "text")')
    if kind not in PHONE_KINDS:
        raise ContentError(f'{where}: kind {kind!r} must be "voice" or "text"')
    hours = raw.get("hours", "")
    if not isinstance(hours, str):
        raise ContentError(f'{where}: hours must be text in quotes, e.g. "24/7"')
    return Phone(number, str(kind), hours.strip())


def _email(where: str, value: object) -> str:
    """Check an email address looks like name@domain.tld."""
    if not isinstance(value, str) or not _EMAIL.fullmatch(value.strip()):
        raise ContentError(f"{where}: email {value!r} is not an address such as help@example.org")
    return value.strip()


def _languages(where: str, value: object) -> tuple[str, ...]:
    """Check the languages list holds two-letter lower-case ISO 639-1 codes."""
    if not isinstance(value, list):
        raise ContentError(f'{where}: languages must be a list such as ["en", "es"]')
    for language in value:
        if not isinstance(language, str) or not _LANGUAGE_CODE.fullmatch(language):
            raise ContentError(
                f"{where}: language {language!r} is not a two-letter lower-case ISO 639-1 code"
            )
    return tuple(dict.fromkeys(value))


def _country(where: str, value: object) -> str:
    """Check country is a known ISO 3166-1 alpha-2 code in capitals, or INT."""
    if value is None:
        raise ContentError(
            f'{where}: country is missing (a code such as "ES", or "{INTERNATIONAL}" for anywhere)'
        )
    if value == INTERNATIONAL:
        return INTERNATIONAL
    known = _country_codes()
    if (
        not isinstance(value, str)
        or not _COUNTRY_CODE.fullmatch(value)
        or (known and value not in known)
    ):
        raise ContentError(
            f"{where}: country {value!r} is not a two-letter ISO 3166 code in capitals such as "
            f'"ES", nor "{INTERNATIONAL}"'
        )
    return value


def _region(where: str, value: object, country: str) -> str:
    """Check region is a short place name inside the country (not for INT resources)."""
    if country == INTERNATIONAL:
        raise ContentError(f"{where}: region needs a country (it is a place inside one)")
    if (
        not isinstance(value, str)
        or not value.strip()
        or len(value.strip()) > MAX_REGION_LENGTH
        or not value.isprintable()
    ):
        raise ContentError(
            f"{where}: region {value!r} must be a place name in quotes of at most "
            f'{MAX_REGION_LENGTH} characters, such as "Madrid" or "California"'
        )
    return value.strip()


def _timezone(where: str, value: object) -> str:
    """Check a timezone is a known IANA name."""
    if not isinstance(value, str) or not is_valid_timezone(value.strip()):
        raise ContentError(
            f'{where}: timezone {value!r} is not a known IANA time zone such as "Europe/Madrid"'
        )
    return value.strip()


def _flag(where: str, raw: dict[str, Any], key: str) -> bool:
    """Read an optional true/false field."""
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise ContentError(f"{where}: {key} must be true or false (without quotes)")
    return value


def _hours(where: str, value: object) -> tuple[OpeningHours, ...]:
    """Validate the hours list and expand it into one period per weekday."""
    if not isinstance(value, list):
        raise ContentError(
            f'{where}: hours must be a list of {{ days = "mon-fri", opens = "09:00", '
            'closes = "17:00" }} (for "24/7" use always_open = true)'
        )
    periods: set[OpeningHours] = set()
    for index, raw in enumerate(value, start=1):
        periods.update(_period(f"{where}: hours {index}", raw))
    return tuple(sorted(periods, key=lambda period: (period.weekday, period.opens)))


def _period(where: str, raw: object) -> list[OpeningHours]:
    """Validate one { days, opens, closes } table."""
    if not isinstance(raw, dict):
        raise ContentError(
            f'{where}: must be written {{ days = "mon-fri", opens = "09:00", closes = "17:00" }}'
        )
    for key in raw:
        if key not in _HOURS_FIELDS:
            raise ContentError(
                f"{where}: unknown field '{key}' (expected one of: {', '.join(_HOURS_FIELDS)})"
            )
    for key in _HOURS_FIELDS:
        if key not in raw:
            raise ContentError(f"{where}: {key} is missing")
    weekdays = _days(where, raw["days"])
    opens = _clock(where, "opens", raw["opens"], allow_midnight_end=False)
    closes = _clock(where, "closes", raw["closes"], allow_midnight_end=True)
    return [OpeningHours(weekday, opens, closes) for weekday in weekdays]


def _days(where: str, value: object) -> list[int]:
    """Turn a day spec ("daily", "mon-fri", "sat,sun", "fri-mon") into weekdays 0-6."""
    problem = (
        f"{where}: days {value!r} must be daily, a day such as mon, a range such as mon-fri, "
        f"or several joined with commas (days: {' '.join(DAY_NAMES)})"
    )
    if not isinstance(value, str) or not value.strip():
        raise ContentError(problem)
    weekdays: list[int] = []
    for part in value.lower().replace(" ", "").split(","):
        if part == "daily":
            weekdays.extend(range(7))
            continue
        first, dash, last = part.partition("-")
        if first not in DAY_NAMES or (dash and last not in DAY_NAMES):
            raise ContentError(problem)
        start = DAY_NAMES.index(first)
        end = DAY_NAMES.index(last) if dash else start
        weekdays.extend((start + step) % 7 for step in range((end - start) % 7 + 1))
    return sorted(set(weekdays))


def _clock(where: str, key: str, value: object, *, allow_midnight_end: bool) -> time:
    """Parse HH:MM on a 24-hour clock; "24:00" (midnight) is allowed as a closing time."""
    if allow_midnight_end and value == "24:00":
        return time(0, 0)
    match = _CLOCK.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        extra = ' or "24:00"' if allow_midnight_end else ""
        raise ContentError(
            f'{where}: {key} {value!r} must be written HH:MM on a 24-hour clock, e.g. "09:00"'
            f"{extra}"
        )
    return time(int(match.group(1)), int(match.group(2)))


@cache
def _country_codes() -> frozenset[str]:
    """Return the ISO 3166-1 alpha-2 codes from tzdata's iso3166.tab (empty when unavailable)."""
    try:
        table = package_files.files("tzdata").joinpath("zoneinfo", "iso3166.tab")
        text = table.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    return frozenset(
        line.split("\t", 1)[0] for line in text.splitlines() if line and not line.startswith("#")
    )
