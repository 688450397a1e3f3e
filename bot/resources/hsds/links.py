"""Join the tables of a tabular HSDS package (CSV files, or JSON keyed by table) into each
service, the way HSDS 3 JSON nests them (pure).

Phones are linked to a service, a service at a location, a location or an organisation by the
first of `service_id`, `service_at_location_id`, `location_id`, `organization_id` they have.
Taxonomy terms come from HSDS 3 `attributes` (link_id), HSDS 2 `service_attributes` and HSDS 1
`services_taxonomy` (service_id), and a `taxonomy_ids` column.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.resources.hsds.fields import split, text

# Other names the same table has in HSDS 1, 2 and 3 packages and APIs.
ALIASES = {
    "service_at_location": "service_at_locations",
    "services_at_location": "service_at_locations",
    "services_at_locations": "service_at_locations",
    "regular_schedule": "regular_schedules",
    "taxonomy": "taxonomy_terms",
    "services_taxonomy": "service_attributes",
}
TABLES = (
    "services",
    "organizations",
    "locations",
    "service_at_locations",
    "phones",
    "schedules",
    "regular_schedules",
    "languages",
    "addresses",
    "physical_addresses",
    "postal_addresses",
    "taxonomy_terms",
    "service_attributes",
    "attributes",
)
_PHONE_OWNERS = ("service_id", "service_at_location_id", "location_id", "organization_id")
_ADDRESSES = ("addresses", "physical_addresses", "postal_addresses")


def table_name(name: str) -> str:
    """The name this module uses for a table (file name without .csv, or JSON key)."""
    bare = name.strip().lower().removesuffix(".csv")
    return ALIASES.get(bare, bare)


class Links:
    """Tables of a tabular export, indexed by the ids that link them to a service."""

    def __init__(self, tables: Mapping[str, Any]) -> None:
        """Index every linked table by the id that points at its owner."""
        self.phones = _phones_by_owner(tables.get("phones"))
        self.by_service = {
            name: group(tables.get(name), "service_id")
            for name in ("schedules", "regular_schedules", "languages")
        }
        self.at_locations = group(tables.get("service_at_locations"), "service_id")
        self.organizations = index(tables.get("organizations"))
        self.locations = index(tables.get("locations"))
        self.addresses = {name: group(tables.get(name), "location_id") for name in _ADDRESSES}
        self.terms = index(tables.get("taxonomy_terms"))
        self.term_links = group(tables.get("service_attributes"), "service_id")
        self.attributes = group(tables.get("attributes"), "link_id")

    def join(self, service: dict[str, Any]) -> dict[str, Any]:
        """Return the service with its linked rows embedded where it has none of its own."""
        key = str(service.get("id", ""))
        joined = dict(service)
        found: dict[str, Any] = {
            "phones": self.phones["service_id"].get(key),
            **{name: rows.get(key) for name, rows in self.by_service.items()},
            "service_at_locations": [
                self._at_location(row) for row in self.at_locations.get(key, [])
            ],
            "organization": self._organization(str(service.get("organization_id", ""))),
            "taxonomy_terms": self._terms(key, service),
        }
        for name, value in found.items():
            if value and not joined.get(name):
                joined[name] = value
        return joined

    def _at_location(self, row: dict[str, Any]) -> dict[str, Any]:
        """A service-at-location row with its phones and its location (phones, addresses)."""
        location_id = str(row.get("location_id", ""))
        location = dict(self.locations.get(location_id, {}))
        location.setdefault("phones", self.phones["location_id"].get(location_id, []))
        for name, rows in self.addresses.items():
            location.setdefault(name, rows.get(location_id, []))
        phones = self.phones["service_at_location_id"].get(str(row.get("id", "")), [])
        return {**row, "phones": phones, "location": location}

    def _organization(self, organization_id: str) -> dict[str, Any]:
        """An organisation with its own phones, or {} when the id links to none."""
        organization = self.organizations.get(organization_id)
        if organization is None:
            return {}
        phones = self.phones["organization_id"].get(organization_id, [])
        return {"phones": phones, **organization}

    def _terms(self, key: str, service: dict[str, Any]) -> list[dict[str, Any]]:
        """The taxonomy terms linked to a service, each with its parent's name."""
        ids = [
            str(row.get("taxonomy_term_id") or row.get("taxonomy_id") or "")
            for row in self.term_links.get(key, [])
        ]
        ids += [
            str(row.get("taxonomy_term_id") or "")
            for row in self.attributes.get(key, [])
            if text(row.get("link_entity")).lower() in ("", "service")
        ]
        ids += split(service.get("taxonomy_ids"))
        terms = []
        for term_id in dict.fromkeys(ids):
            term = self.terms.get(term_id)
            if term is not None:
                parent = self.terms.get(str(term.get("parent_id", "")), {})
                parent_name = text(term.get("parent_name")) or text(
                    parent.get("name") or parent.get("term")
                )
                terms.append({**term, "parent_name": parent_name})
        return terms


def _phones_by_owner(rows: Any) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Phones grouped by the most specific id they are linked by."""
    owners: dict[str, dict[str, list[dict[str, Any]]]] = {owner: {} for owner in _PHONE_OWNERS}
    for row in rows if isinstance(rows, list) else ():
        if not isinstance(row, dict) or row.get("contact_id") not in (None, ""):
            continue  # a named staff member's phone is never used (privacy)
        for owner in _PHONE_OWNERS:
            if row.get(owner) not in (None, ""):
                owners[owner].setdefault(str(row[owner]), []).append(row)
                break
    return owners


def group(rows: Any, key: str) -> dict[str, list[dict[str, Any]]]:
    """Group a list of objects by one of their fields."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in rows if isinstance(rows, list) else ():
        if isinstance(row, dict) and row.get(key) not in (None, ""):
            grouped.setdefault(str(row[key]), []).append(row)
    return grouped


def index(rows: Any) -> dict[str, dict[str, Any]]:
    """Index a list of objects by id."""
    return {key: found[0] for key, found in group(rows, "id").items()}
