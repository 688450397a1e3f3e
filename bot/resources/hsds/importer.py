"""Turn each HSDS service into a Resource, or reject it with the reason (pure)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.resources.hsds.categories import (
    OTHER,
    CategoryMap,
    categories,
    default_category_map,
    terms,
)
from bot.resources.hsds.contacts import contact
from bot.resources.hsds.fields import fold, objects, one, split, text, truthy
from bot.resources.hsds.files import records
from bot.resources.hsds.report import ImportReport, RejectedError
from bot.resources.hsds.schedules import opening_hours
from bot.resources.hsds.shapes import NotAService
from bot.resources.models import INTERNATIONAL, Resource

ID_PREFIX = "hsds-"
MAX_NAME = 200
MAX_DESCRIPTION = 1000
INACTIVE = ("inactive", "defunct", "temporarily closed", "closed")

_LANGUAGE_NAMES = {
    **dict.fromkeys(("english", "eng"), "en"),
    **dict.fromkeys(("spanish", "espanol", "spa"), "es"),
    **dict.fromkeys(("french", "francais", "fra", "fre"), "fr"),
    **dict.fromkeys(("german", "deutsch", "deu", "ger"), "de"),
    **dict.fromkeys(("portuguese", "portugues", "por"), "pt"),
    **dict.fromkeys(("italian", "ita"), "it"),
    **dict.fromkeys(("arabic", "ara"), "ar"),
    **dict.fromkeys(("chinese", "zho", "chi"), "zh"),
    **dict.fromkeys(("urdu", "urd"), "ur"),
    **dict.fromkeys(("polish", "pol"), "pl"),
}
_SAFE_ID = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Options:
    """How records without their own language, country, time zone or category are read."""

    language: str
    country: str
    timezone: str | None
    known: tuple[str, ...]
    mapping: CategoryMap


def parse_hsds(
    path: Path,
    existing: Mapping[str, Resource] | None = None,
    *,
    language: str = "en",
    country: str = INTERNATIONAL,
    timezone: str | None = None,
    known_categories: Collection[str] | None = None,
    category_map: CategoryMap | None = None,
) -> ImportReport:
    """Read an HSDS export and sort its services into taken, changed, unchanged and rejected.

    `existing` maps already stored resource ids (hsds-...) to the stored resources: a record
    with such an id is changed when it differs, unchanged when equal. `country` and `timezone`
    apply to services whose export says none; `known_categories` are the category ids taxonomy
    terms may map to (default: those of the mapping, and "other"); `category_map` maps them
    (default: content/hsds_categories.toml). Raises HsdsError when the file cannot be read.
    """
    mapping = category_map if category_map is not None else default_category_map()
    known = tuple(known_categories) if known_categories is not None else (*mapping, OTHER)
    options = Options(language, country.upper(), timezone, known, mapping)
    report = ImportReport()
    seen: set[str] = set()
    for label, record in records(path):
        warnings: list[str] = []
        try:
            resource = to_resource(record, options, warnings)
            if resource.id in seen:
                raise RejectedError("duplicate id (an earlier record in this file has it)")
        except RejectedError as reason:
            report.rejected.append((label, str(reason)))
            continue
        seen.add(resource.id)
        report.warnings.extend((label, warning) for warning in warnings)
        _sort(report, resource, (existing or {}).get(resource.id))
    return report


def _sort(report: ImportReport, resource: Resource, old: Resource | None) -> None:
    """File a taken resource as new, unchanged or changed against the stored one."""
    if old is None:
        report.taken.append(resource)
    elif old == resource:
        report.unchanged.append(resource.id)
    else:
        report.changed.append(resource)


def to_resource(record: Any, options: Options, warnings: list[str]) -> Resource:
    """Map one service to a Resource, or raise RejectedError naming every problem it has."""
    if isinstance(record, NotAService):
        raise RejectedError(f"a record of another kind ({record.kind}), not a service")
    if not isinstance(record, dict):
        raise RejectedError("not a service object")
    problems: list[str] = []
    raw_id, name = _identity(record, problems)
    country, region = _place(record, options, problems)
    reach = contact(record, warnings, problems)
    if not (reach.phones or reach.url or reach.email):
        problems.append(
            "no phone, website or email to reach it (none on its locations or organisation)"
        )
    if problems:
        raise RejectedError("; ".join(problems))
    description = text(record.get("description"))
    if len(description) > MAX_DESCRIPTION:
        warnings.append(f"description cut to {MAX_DESCRIPTION} characters")
        description = description[: MAX_DESCRIPTION - 1].rstrip() + "…"
    chosen, unmapped = categories(terms(record), options.mapping, options.known)
    # Only a record that says so is a crisis line (shown by /crisis): a "crisis" taxonomy
    # term puts it in the crisis category for browsing, nothing more.
    crisis = truthy(record.get("crisis"))
    if crisis and "crisis" in options.known:
        chosen = ("crisis", *(c for c in chosen if c not in ("crisis", OTHER)))
    hours, timezone, always_open = opening_hours(record, options.timezone, warnings)
    organization = one(record.get("organization"))
    words = [
        text(record.get("alternate_name")),
        text(organization.get("name")),
        *unmapped,
        *split(record.get("keywords")),
    ]
    keywords = tuple(dict.fromkeys(word for word in words if word and word != name))
    lang = options.language
    return Resource(
        id=ID_PREFIX + raw_id,
        names={lang: name},
        descriptions={lang: description} if description else {},
        categories=chosen,
        phones=reach.phones,
        url=reach.url,
        email=reach.email,
        languages=_languages(record),
        country=country,
        region=region,
        timezone=timezone,
        hours=hours,
        always_open=always_open or truthy(record.get("always_open")),
        crisis=crisis,
        keywords={lang: keywords} if keywords else {},
        source="import",
    )


def _identity(record: dict[str, Any], problems: list[str]) -> tuple[str, str]:
    """The safe id and the name of an active service; note each thing lacking in `problems`."""
    raw_id = _SAFE_ID.sub("-", text(record.get("id"))).strip("-")[:80]
    if not raw_id:
        problems.append("missing id")
    name = text(record.get("name"))
    if not name:
        problems.append("missing name")
    if len(name) > MAX_NAME:
        problems.append(f"name longer than {MAX_NAME} characters")
    status = text(record.get("status")).lower()
    if status in INACTIVE:
        problems.append(f"status is '{status}' (only active services are taken)")
    return raw_id, name


def _place(record: dict[str, Any], options: Options, problems: list[str]) -> tuple[str, str | None]:
    """Country (ISO alpha-2 or INT) and region from the record, its addresses or the default;
    a bad country is noted in `problems`."""
    country, region = text(record.get("country")), text(record.get("region")) or None
    for address in _addresses(record):
        country = country or text(address.get("country"))
        region = region or text(address.get("state_province")) or None
    country = (country or options.country).upper()
    if country != INTERNATIONAL and not re.fullmatch(r"[A-Z]{2}", country):
        problems.append(f"bad country '{country[:40]}' (must be a two-letter ISO code or INT)")
    return country, region


def _addresses(record: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """Addresses of the locations a service is offered at."""
    for at_location in objects(record.get("service_at_locations")):
        location = one(at_location.get("location"))
        for key in ("addresses", "physical_addresses", "postal_addresses"):
            yield from objects(location.get(key))


def _languages(record: dict[str, Any]) -> tuple[str, ...]:
    """Two-letter codes of the languages the service is offered in."""
    found: list[str] = []
    items = record.get("languages")
    values = [
        item.get("code") or item.get("language") or item.get("name")
        if isinstance(item, dict)
        else item
        for item in (items if isinstance(items, list) else split(items))
    ]
    for value in values:
        code_text = fold(text(value)).split("-")[0].split("_")[0].strip()
        code = _LANGUAGE_NAMES.get(
            code_text, code_text if re.fullmatch(r"[a-z]{2}", code_text) else ""
        )
        if code and code not in found:
            found.append(code)
    return tuple(found)
