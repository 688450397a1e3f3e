"""Read an Open Referral HSDS export (JSON or CSV) into resources, with a report (pure).

Shapes read:

- JSON: a list of services; one service; an object with "services" (or "contents", as the HSDS
  API pages them), optionally with "organizations", "phones", "schedules" (or
  "regular_schedules"), "languages", "locations" and "service_at_locations" linked by ids
  (`service_id`, `organization_id`, `location_id`). A service may embed `phones`, `schedules`,
  `languages`, `organization`, `service_at_locations` (with `location.addresses`) and
  `attributes` (with `taxonomy_term`) or `taxonomy_terms`, as in HSDS 3.0.
- CSV: `services.csv` (columns id, name, description, url, email, status; optional phone, text,
  category, country, region, languages, timezone, crisis, keywords), or the folder holding it,
  with optional `phones.csv`, `schedules.csv` (HSDS 3: byday, opens_at, closes_at) or
  `regular_schedules.csv` (HSDS 2: weekday 1 = Monday ... 7 = Sunday) and `languages.csv` beside
  it, linked by `service_id`.

Each service becomes a Resource with id `hsds-<id>` and source "import"; its texts are taken to
be in one language (`language`, English unless told). Records that cannot be a useful resource
are rejected with the reason; smaller problems (a phone that is not a number) are warnings.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any

from bot.config import is_valid_timezone
from bot.resources.models import INTERNATIONAL, OpeningHours, Phone, Resource

ID_PREFIX = "hsds-"
FALLBACK_CATEGORY = "mental_health"
MAX_NAME = 200
MAX_DESCRIPTION = 1000
INACTIVE = ("inactive", "defunct", "temporarily closed", "closed")

# Category id -> words that, in a taxonomy term or category, point to it (checked in order,
# so "mental health" is mental_health before "health" is health).
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "crisis": ("crisis", "suicide", "suicidal", "crisis line", "crisis hotline"),
    "mental_health": (
        "mental",
        "counselling",
        "counseling",
        "therapy",
        "psychiatric",
        "psychological",
        "depression",
        "anxiety",
        "wellbeing",
        "salud mental",
    ),
    "violence_abuse": ("domestic", "violence", "abuse", "assault", "violencia", "maltrato"),
    "substance_use": ("addiction", "substance", "alcohol", "drug", "drugs", "gambling", "detox"),
    "online_communities": ("online", "forum", "chat", "community", "comunidad"),
    "eating_disorders": ("eating", "anorexia", "bulimia"),
    "lgbtq": ("lgbt", "lgbtq", "lgbtqia", "lgtbi", "gay", "lesbian", "transgender", "queer"),
    "youth": ("youth", "young", "teen", "teens", "adolescent", "children", "child", "jovenes"),
    "housing": ("housing", "shelter", "homeless", "homelessness", "eviction", "vivienda"),
    "food": ("food", "meals", "pantry", "nutrition", "alimentos"),
    "legal": ("legal", "lawyer", "rights", "immigration", "juridica"),
    "grief": ("grief", "bereavement", "duelo"),
    "peer_support": ("peer", "self help", "support group", "apoyo mutuo"),
    "employment": ("employment", "job", "jobs", "empleo"),
    "elderly": ("elderly", "seniors", "older", "mayores"),
    "health": ("health", "medical", "clinic", "salud"),
}

_LANGUAGE_NAMES = {
    "english": "en",
    "eng": "en",
    "spanish": "es",
    "espanol": "es",
    "spa": "es",
    "french": "fr",
    "francais": "fr",
    "fra": "fr",
    "fre": "fr",
    "german": "de",
    "deutsch": "de",
    "deu": "de",
    "ger": "de",
    "portuguese": "pt",
    "portugues": "pt",
    "por": "pt",
    "italian": "it",
    "ita": "it",
    "arabic": "ar",
    "ara": "ar",
    "chinese": "zh",
    "zho": "zh",
    "chi": "zh",
    "urdu": "ur",
    "urd": "ur",
    "polish": "pl",
    "pol": "pl",
}
_DAYS = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6}
_URL = re.compile(r"^https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9(][0-9 ()./-]*$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$")
_SAFE_ID = re.compile(r"[^A-Za-z0-9._-]+")
_SPLIT = re.compile(r"\s*[;|,]\s*")


class HsdsError(Exception):
    """The file cannot be read as an HSDS export at all (the message says why)."""


@dataclass
class ImportReport:
    """What an import would take: new resources, changed ones, and rejected records."""

    taken: list[Resource] = field(default_factory=list)
    changed: list[Resource] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (record, reason)
    unchanged: list[str] = field(default_factory=list)  # resource ids identical to stored ones
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (record, what was dropped)

    def summary(self) -> str:
        """Counts, then every rejection and warning with its reason, one per line."""
        total = len(self.taken) + len(self.changed) + len(self.unchanged) + len(self.rejected)
        lines = [
            f"{total} records: {len(self.taken)} new, {len(self.changed)} changed,"
            f" {len(self.unchanged)} unchanged, {len(self.rejected)} rejected."
        ]
        if self.rejected:
            lines.append("Rejected:")
            lines.extend(f"  {record}: {reason}" for record, reason in self.rejected)
        if self.warnings:
            lines.append("Warnings (the record was taken without this):")
            lines.extend(f"  {record}: {what}" for record, what in self.warnings)
        return "\n".join(lines)


@dataclass(frozen=True)
class _Options:
    """How records without their own language, country or time zone are read."""

    language: str
    country: str
    timezone: str | None
    categories: tuple[str, ...]


class _RejectedError(Exception):
    """A record cannot be taken; the message is the reason."""


def parse_hsds(
    path: Path,
    existing: Mapping[str, Resource] | None = None,
    *,
    language: str = "en",
    country: str = INTERNATIONAL,
    timezone: str | None = None,
    known_categories: Collection[str] | None = None,
) -> ImportReport:
    """Read an HSDS export and sort its services into taken, changed, unchanged and rejected.

    `existing` maps already stored resource ids (hsds-...) to the stored resources: a record
    with such an id is changed when it differs, unchanged when equal. `country` and `timezone`
    apply to services whose export says none; `known_categories` are the category ids
    taxonomy terms may map to (default: those of CATEGORY_WORDS). Raises HsdsError when the
    file cannot be read.
    """
    known = tuple(known_categories) if known_categories is not None else tuple(CATEGORY_WORDS)
    options = _Options(language, country.upper(), timezone, known)
    report = ImportReport()
    seen: set[str] = set()
    for label, record in _records(path):
        warnings: list[str] = []
        try:
            resource = _resource(record, options, warnings)
            if resource.id in seen:
                raise _RejectedError("duplicate id (an earlier record in this file has it)")
        except _RejectedError as reason:
            report.rejected.append((label, str(reason)))
            continue
        seen.add(resource.id)
        report.warnings.extend((label, warning) for warning in warnings)
        old = (existing or {}).get(resource.id)
        if old is None:
            report.taken.append(resource)
        elif old == resource:
            report.unchanged.append(resource.id)
        else:
            report.changed.append(resource)
    return report


# --- reading the file ---------------------------------------------------------------------


def _records(path: Path) -> list[tuple[str, Any]]:
    """Return (label, service) pairs from a JSON file, a services.csv or its folder."""
    if path.is_dir():
        path = path / "services.csv"
    if not path.is_file():
        raise HsdsError(f"{path}: no such file")
    if path.suffix.lower() == ".csv":
        return _csv_records(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as error:
        raise HsdsError(f"{path}: cannot be read ({error})") from None
    except json.JSONDecodeError as error:
        raise HsdsError(f"{path}: not valid JSON ({error})") from None
    return _json_records(path, data)


def _json_records(path: Path, data: Any) -> list[tuple[str, Any]]:
    """Services from the JSON shapes HSDS exports use, with linked tables joined in."""
    tables: dict[str, Any] = {}
    if isinstance(data, list):
        services = data
    elif isinstance(data, dict) and isinstance(data.get("services"), list):
        services, tables = data["services"], data
    elif isinstance(data, dict) and isinstance(data.get("contents"), list):
        services, tables = data["contents"], data
    elif isinstance(data, dict) and "name" in data:
        services = [data]
    else:
        raise HsdsError(f"{path}: no services found (expected a list or a 'services' list)")
    linked = _Links(tables)
    records = []
    for number, service in enumerate(services, start=1):
        label = _label(service, f"record {number}")
        records.append((label, linked.join(service) if isinstance(service, dict) else service))
    return records


class _Links:
    """Tables of a tabular export, indexed by the id that links them to a service."""

    def __init__(self, tables: Mapping[str, Any]) -> None:
        """Index phones, schedules and languages by service, the rest by their own id."""
        self.by_service = {
            name: _group(tables.get(name), "service_id")
            for name in ("phones", "schedules", "regular_schedules", "languages")
        }
        self.at_locations = _group(tables.get("service_at_locations"), "service_id")
        self.organizations = _index(tables.get("organizations"))
        self.locations = _index(tables.get("locations"))

    def join(self, service: dict[str, Any]) -> dict[str, Any]:
        """Return the service with its linked rows embedded where it has none of its own."""
        key = str(service.get("id", ""))
        joined = dict(service)
        for name, rows in self.by_service.items():
            if rows.get(key) and not joined.get(name):
                joined[name] = rows[key]
        if self.at_locations.get(key) and not joined.get("service_at_locations"):
            joined["service_at_locations"] = [
                {**row, "location": self.locations.get(str(row.get("location_id")), {})}
                for row in self.at_locations[key]
            ]
        organization = self.organizations.get(str(service.get("organization_id")))
        if organization and not joined.get("organization"):
            joined["organization"] = organization
        return joined


def _group(rows: Any, key: str) -> dict[str, list[dict[str, Any]]]:
    """Group a list of objects by one of their fields."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in rows if isinstance(rows, list) else ():
        if isinstance(row, dict) and row.get(key) not in (None, ""):
            grouped.setdefault(str(row[key]), []).append(row)
    return grouped


def _index(rows: Any) -> dict[str, dict[str, Any]]:
    """Index a list of objects by id."""
    return {key: group[0] for key, group in _group(rows, "id").items()}


def _csv_records(path: Path) -> list[tuple[str, Any]]:
    """Services from services.csv, with phones, schedules and languages CSVs beside it."""
    rows = _read_csv(path, required=("id", "name"))
    tables: dict[str, Any] = {}
    for name in ("phones", "schedules", "regular_schedules", "regular_schedule", "languages"):
        sibling = path.with_name(f"{name}.csv")
        if sibling.is_file():
            key = "regular_schedules" if name == "regular_schedule" else name
            tables[key] = _read_csv(sibling, required=("service_id",))
    linked = _Links(tables)
    records = []
    for number, row in enumerate(rows, start=2):  # line numbers, after the header
        service: dict[str, Any] = {k: v for k, v in row.items() if k and v not in (None, "")}
        records.append((_label(service, f"row {number}"), linked.join(service)))
    return records


def _read_csv(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    """Read a CSV file with a header row; raise HsdsError when unreadable or lacking columns."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            columns = [name.strip().lower() for name in reader.fieldnames or ()]
            missing = [name for name in required if name not in columns]
            if missing:
                raise HsdsError(f"{path}: no {', '.join(missing)} column in the header")
            reader.fieldnames = columns
            return [dict(row) for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise HsdsError(f"{path}: cannot be read ({error})") from None


def _label(service: Any, fallback: str) -> str:
    """Name a record in the report by its id, else by its position."""
    if isinstance(service, dict) and str(service.get("id") or "").strip():
        return str(service["id"]).strip()[:80]
    return fallback


# --- one service -> one Resource ----------------------------------------------------------


def _resource(record: Any, options: _Options, warnings: list[str]) -> Resource:
    """Map one service to a Resource, or raise _RejectedError with the reason."""
    if not isinstance(record, dict):
        raise _RejectedError("not a service object")
    raw_id = _SAFE_ID.sub("-", _text(record.get("id"))).strip("-")[:80]
    if not raw_id:
        raise _RejectedError("missing id")
    name = _text(record.get("name"))
    if not name:
        raise _RejectedError("missing name")
    if len(name) > MAX_NAME:
        raise _RejectedError(f"name longer than {MAX_NAME} characters")
    status = _text(record.get("status")).lower()
    if status in INACTIVE:
        raise _RejectedError(f"status is '{status}' (only active services are taken)")
    found = record.get("organization")
    organization: dict[str, Any] = found if isinstance(found, dict) else {}
    url = _text(record.get("url")) or _text(organization.get("website") or organization.get("url"))
    if url and not _URL.match(url):
        raise _RejectedError(f"bad url '{url[:80]}' (must start with http:// or https://)")
    email = _text(record.get("email")) or _text(organization.get("email"))
    if email and not _EMAIL.match(email):
        raise _RejectedError(f"bad email '{email[:80]}'")
    country, region = _place(record, options)
    phones = _phones(record, warnings)
    if not (phones or url or email):
        raise _RejectedError("no phone, website or email to reach it")
    description = _text(record.get("description"))
    if len(description) > MAX_DESCRIPTION:
        warnings.append(f"description cut to {MAX_DESCRIPTION} characters")
        description = description[: MAX_DESCRIPTION - 1].rstrip() + "…"
    terms = _terms(record)
    categories, unmapped = _categories(terms, options.categories)
    # Only a record that says so is a crisis line (shown by /crisis): a "crisis" taxonomy
    # term puts it in the crisis category for browsing, nothing more.
    crisis = _truthy(record.get("crisis"))
    if crisis and "crisis" not in categories and "crisis" in options.categories:
        categories = ("crisis", *categories)
    hours, timezone, always_open = _hours(record, options, warnings)
    words = [
        _text(record.get("alternate_name")),
        _text(organization.get("name")),
        *unmapped,
        *_split(record.get("keywords")),
    ]
    keywords = tuple(dict.fromkeys(word for word in words if word and word != name))
    lang = options.language
    return Resource(
        id=ID_PREFIX + raw_id,
        names={lang: name},
        descriptions={lang: description} if description else {},
        categories=categories,
        phones=phones,
        url=url or None,
        email=email or None,
        languages=_languages(record),
        country=country,
        region=region,
        timezone=timezone,
        hours=hours,
        always_open=always_open or _truthy(record.get("always_open")),
        crisis=crisis,
        keywords={lang: keywords} if keywords else {},
        source="import",
    )


def _text(value: Any) -> str:
    """A field as one line of text (None and non-text values become '')."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _split(value: Any) -> list[str]:
    """A list field, or a text of items separated by ; | or commas."""
    if isinstance(value, list):
        return [_text(item) for item in value if _text(item)]
    return [part for part in _SPLIT.split(_text(value)) if part]


def _truthy(value: Any) -> bool:
    """Read yes/true/1 (any case) as true."""
    return value is True or _text(value).lower() in ("1", "true", "yes", "y", "si", "sí")


def _fold(text: str) -> str:
    """Lower case without accents, for matching words."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _place(record: dict[str, Any], options: _Options) -> tuple[str, str | None]:
    """Country (ISO alpha-2 or INT) and region from the record, its addresses or the default."""
    country, region = _text(record.get("country")), _text(record.get("region")) or None
    for address in _addresses(record):
        country = country or _text(address.get("country"))
        region = region or _text(address.get("state_province")) or None
    country = (country or options.country).upper()
    if country != INTERNATIONAL and not re.fullmatch(r"[A-Z]{2}", country):
        raise _RejectedError(f"bad country '{country[:40]}' (must be a two-letter ISO code or INT)")
    return country, region


def _addresses(record: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """Addresses of the locations a service is offered at."""
    for at_location in _objects(record.get("service_at_locations")):
        location = at_location.get("location")
        if isinstance(location, dict):
            for key in ("addresses", "physical_addresses", "postal_addresses"):
                yield from _objects(location.get(key))


def _objects(value: Any) -> list[dict[str, Any]]:
    """The objects of a list field (anything else is ignored)."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _phones(record: dict[str, Any], warnings: list[str]) -> tuple[Phone, ...]:
    """Voice and text numbers from embedded or linked phones and the phone/text columns."""
    entries = [(phone.get("number"), phone.get("type")) for phone in _objects(record.get("phones"))]
    entries += [(number, "voice") for number in _split(record.get("phone"))]
    entries += [(number, "text") for number in _split(record.get("text"))]
    phones: list[Phone] = []
    for number, kind in entries:
        cleaned = _text(number).strip("\"' ")
        kind_text = _text(kind).lower() or "voice"
        if kind_text in ("fax", "pager", "video", "textphone", "tty"):
            continue
        if not _PHONE.match(cleaned) or sum(char.isdigit() for char in cleaned) < 3:
            warnings.append(f"phone '{cleaned[:40]}' dropped (not a phone number)")
            continue
        phone = Phone(cleaned, "text" if kind_text in ("text", "sms") else "voice")
        if phone not in phones:
            phones.append(phone)
    return tuple(phones)


def _languages(record: dict[str, Any]) -> tuple[str, ...]:
    """Two-letter codes of the languages the service is offered in."""
    found: list[str] = []
    items = record.get("languages")
    values = [
        item.get("code") or item.get("language") or item.get("name")
        if isinstance(item, dict)
        else item
        for item in (items if isinstance(items, list) else _split(items))
    ]
    for value in values:
        text = _fold(_text(value)).split("-")[0].split("_")[0].strip()
        code = _LANGUAGE_NAMES.get(text, text if re.fullmatch(r"[a-z]{2}", text) else "")
        if code and code not in found:
            found.append(code)
    return tuple(found)


def _terms(record: dict[str, Any]) -> list[str]:
    """Taxonomy term names (codes when a term has no name), and the category column."""
    terms = _split(record.get("category")) + _split(record.get("categories"))
    objects = _objects(record.get("taxonomy_terms")) + [
        attribute["taxonomy_term"]
        for attribute in _objects(record.get("attributes"))
        if isinstance(attribute.get("taxonomy_term"), dict)
    ]
    terms += [_text(term.get("name")) or _text(term.get("code")) for term in objects]
    return [term for term in dict.fromkeys(terms) if term]


def _categories(terms: list[str], known: tuple[str, ...]) -> tuple[tuple[str, ...], list[str]]:
    """Map terms to known category ids (else the fallback); also return unmapped terms."""
    found: list[str] = []
    unmapped: list[str] = []
    for term in terms:
        folded = _fold(term)
        words = re.findall(r"[^\W_]+", folded)
        as_id = "_".join(words)
        hit = as_id if as_id in known else None
        for category, signals in CATEGORY_WORDS.items():
            if (
                hit is None
                and category in known
                and any(
                    signal in words or (" " in signal and signal in " ".join(words))
                    for signal in signals
                )
            ):
                hit = category
        if hit is None:
            unmapped.append(term)
        elif hit not in found:
            found.append(hit)
    return tuple(found) or (FALLBACK_CATEGORY,), unmapped


def _hours(
    record: dict[str, Any], options: _Options, warnings: list[str]
) -> tuple[tuple[OpeningHours, ...], str | None, bool]:
    """Weekly opening hours, the time zone they are in, and whether it is open around the clock."""
    periods: list[OpeningHours] = []
    timezone = _text(record.get("timezone")) or None
    schedules = _objects(record.get("schedules")) + _objects(record.get("regular_schedules"))
    for schedule in schedules:
        zone = schedule.get("timezone")
        if isinstance(zone, str) and is_valid_timezone(zone.strip()):
            timezone = timezone or zone.strip()
        if _text(schedule.get("freq")).upper() not in ("", "WEEKLY"):
            continue  # monthly and yearly rules do not fit weekly hours
        days = _weekdays(schedule)
        opens, closes = _clock(schedule.get("opens_at")), _clock(schedule.get("closes_at"))
        if not days or opens is None or closes is None:
            what = _text(schedule.get("description")) or _text(schedule.get("id")) or "a schedule"
            warnings.append(f"opening hours '{what[:60]}' dropped (no weekday or time)")
            continue
        periods.extend(OpeningHours(day, opens, closes) for day in days)
    timezone = timezone or options.timezone
    if timezone and not is_valid_timezone(timezone):
        warnings.append(f"time zone '{timezone[:40]}' dropped (not an IANA name)")
        timezone = options.timezone
    unique = tuple(sorted(set(periods), key=lambda p: (p.weekday, p.opens, p.closes)))
    midnight = time(0, 0)
    whole_days = {
        p.weekday for p in unique if p.opens == midnight and p.closes in (midnight, time(23, 59))
    }
    if len(whole_days) == 7:
        return (), timezone, True
    if unique and timezone is None:
        warnings.append("opening hours without a time zone (give --timezone)")
    return unique, timezone, False


def _weekdays(schedule: dict[str, Any]) -> list[int]:
    """Weekdays (0 = Monday) from `byday` (MO,TU) or `weekday` (1-7, Monday..., or a name)."""
    days: list[int] = []
    for part in _split(schedule.get("byday")):
        key = part.strip().lower()
        if key in _DAYS:  # "1SA" (first Saturday) is monthly, not weekly
            days.append(_DAYS[key])
    weekday = _text(schedule.get("weekday")).lower()
    if weekday.isdigit() and 1 <= int(weekday) <= 7:
        days.append(int(weekday) - 1)
    elif weekday[:2] in _DAYS:
        days.append(_DAYS[weekday[:2]])
    return sorted(set(days))


def _clock(value: Any) -> time | None:
    """A time of day from 'HH:MM', 'HH:MM:SS', with an optional Z or offset (ignored)."""
    match = _TIME.match(_text(value))
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2])
    if hour == 24 and minute == 0:
        return time(0, 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)
