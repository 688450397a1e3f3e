"""Find the services in a parsed HSDS JSON file, whatever its shape, or say why not (pure).

Shapes taken: one service; a list of services; an organization with its `services`; one
service_at_location record or a list of them (`service` and `location` nested; several records
of one service are merged); a paged API response (`contents` holding any of these); and a
tabular package, with tables keyed by name ("services") or by file ("services.csv").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from bot.resources.hsds.fields import one, text
from bot.resources.hsds.links import TABLES, table_name

EXPECTED = (
    "expected services: one service, a list of services, an organization with its services,"
    " service_at_location records, a paged list ('contents') of these, or a tabular package"
    " with a 'services' table"
)
_SERVICE_KEYS = frozenset(
    {"status", "service_at_locations", "program", "program_id", "application_process"}
    | {"interpretation_services", "fees", "fees_description", "eligibility_description"}
)
_ORGANIZATION_KEYS = frozenset(
    {"website", "tax_status", "tax_id", "year_incorporated", "legal_status", "logo"}
    | {"parent_organization_id", "organization_identifiers"}
)
_LOCATION_KEYS = frozenset(
    {"location_type", "latitude", "longitude", "transportation", "addresses"}
    | {"physical_addresses", "external_identifier"}
)
_TERM_KEYS = frozenset({"term_uri", "taxonomy_detail", "taxonomy_id", "term", "vocabulary"})
_NAMES = {
    "organization": ("organization without services", "organizations without services"),
    "location": ("location", "locations"),
    "taxonomy": ("taxonomy", "taxonomies"),
    "taxonomy_term": ("taxonomy term", "taxonomy terms"),
    "api": ("API description", "API descriptions"),
}


class ShapeError(Exception):
    """The file holds no services; the message says what it holds instead."""


@dataclass(frozen=True)
class NotAService:
    """A record of another kind (a location, a taxonomy term...) among services."""

    kind: str
    record: dict[str, Any]


def services_and_tables(data: Any) -> tuple[list[Any], dict[str, Any]]:
    """The service records of a JSON document and the tables linked to them by id."""
    if isinstance(data, dict) and _is_tabular(data):
        tables = {table_name(key): value for key, value in data.items()}
        if isinstance(tables.get("services"), list):
            return tables["services"], tables
        raise ShapeError(f"{EXPECTED}; found a tabular package without a 'services' table")
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        items, single = data["contents"], False
    elif isinstance(data, list):
        items, single = data, False
    elif isinstance(data, dict):
        items, single = [data], True
    else:
        raise ShapeError(f"{EXPECTED}; found {type(data).__name__}")
    if not items:
        raise ShapeError(f"{EXPECTED}; found an empty list")
    records, others = expand(items)
    if sum(others.values()) == len(records):
        raise ShapeError(f"{EXPECTED}; found {_describe(others, single)}")
    return records, {}


def expand(items: list[Any]) -> tuple[list[Any], Counter[str]]:
    """Services of a list of records (merging service_at_location ones), and what else it held.

    A record of another kind stays in its place as NotAService, to be rejected saying so.
    """
    services: list[Any] = []
    merged: dict[str, dict[str, Any]] = {}
    others: Counter[str] = Counter()
    for item in items:
        kind = kind_of(item) if isinstance(item, dict) else "service"
        if kind == "service":
            services.append(item)
        elif kind == "service_at_location":
            _merge(item, merged, services)
        elif kind == "organization" and isinstance(item.get("services"), list):
            owner = {key: value for key, value in item.items() if key != "services"}
            for service in item["services"]:
                if isinstance(service, dict) and not service.get("organization"):
                    service = {**service, "organization": owner}
                services.append(service)
        else:
            services.append(NotAService(_NAMES[kind][0], item))
            others[kind] += 1
    return services, others


def kind_of(item: dict[str, Any]) -> str:
    """What an HSDS object is: service, service_at_location, organization, location, ..."""
    keys = set(item)
    if isinstance(item.get("service"), dict):
        return "service_at_location"
    if "openapi_url" in keys:
        return "api"
    if isinstance(item.get("services"), list) or (
        keys & _ORGANIZATION_KEYS and not keys & _SERVICE_KEYS
    ):
        return "organization"
    if keys & _SERVICE_KEYS:
        return "service"
    if keys & _LOCATION_KEYS:
        return "location"
    if keys & _TERM_KEYS or {"code", "parent_id"} <= keys:
        return "taxonomy_term"
    if {"uri", "version"} <= keys:
        return "taxonomy"
    return "service"


def _merge(record: dict[str, Any], merged: dict[str, dict[str, Any]], services: list[Any]) -> None:
    """Add a service_at_location record's location to its service (listed once)."""
    service = one(record.get("service"))
    at_location = {key: value for key, value in record.items() if key != "service"}
    key = text(service.get("id"))
    if key and key in merged:
        merged[key]["service_at_locations"].append(at_location)
        return
    joined = {**service, "service_at_locations": [*_list(service), at_location]}
    if key:
        merged[key] = joined
    services.append(joined)


def _list(service: dict[str, Any]) -> list[Any]:
    """The service_at_locations a nested service already has."""
    found = service.get("service_at_locations")
    return list(found) if isinstance(found, list) else []


def _is_tabular(data: dict[str, Any]) -> bool:
    """Whether a JSON object is a package of tables rather than one record."""
    if any(key.lower().endswith(".csv") for key in data):
        return True
    tables = [key for key, value in data.items() if isinstance(value, list)]
    record = {"id", "name", "service"} & set(data)
    return not record and any(table_name(key) in TABLES for key in tables)


def _describe(others: Counter[str], single: bool) -> str:
    """'a location', or '1 taxonomy term, 2 locations' for what a file held instead."""
    if single:
        ((kind, _),) = others.items()
        name = _NAMES[kind][0]
        return f"{'an' if name[0] in 'aeiouAEIOU' else 'a'} {name}"
    return ", ".join(
        f"{count} {_NAMES[kind][0] if count == 1 else _NAMES[kind][1]}"
        for kind, count in others.items()
    )
