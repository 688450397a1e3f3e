"""HSDS import: taxonomy terms of every HSDS version pick the categories."""

from __future__ import annotations

import json
from pathlib import Path

from bot.resources.hsds import parse_hsds

SERVICE = "id,name,url,status\ns1,Talk Together,https://talk.example.org,active\n"


def test_hsds2_service_attributes_and_terms_with_a_parent(tmp_path: Path) -> None:
    """HSDS 2.0: service_attributes.csv links taxonomy_terms.csv rows (`term`, `parent_id`)."""
    (tmp_path / "services.csv").write_text(SERVICE, encoding="utf-8")
    (tmp_path / "service_attributes.csv").write_text(
        "id,service_id,taxonomy_term_id\na1,s1,t2\na2,s1,t3\n", encoding="utf-8"
    )
    (tmp_path / "taxonomy_terms.csv").write_text(
        "id,term,description,parent_id,taxonomy,language\n"
        "t1,Mental Health Care,,,Open Eligibility,en\n"
        "t2,Talk Therapy Groups,,t1,Open Eligibility,en\n"
        "t3,Weekend Socials,,,Open Eligibility,en\n",
        encoding="utf-8",
    )
    (talk,) = parse_hsds(tmp_path).taken
    assert talk.categories == ("mental_health",)
    assert talk.keywords == {"en": ("Weekend Socials",)}


def test_hsds3_tabular_attributes_link_terms_by_link_id(tmp_path: Path) -> None:
    """HSDS 3 tabular JSON: attributes.csv rows with link_id = the service's id."""
    package = {
        "services.csv": [{"id": "s1", "name": "Pantry", "url": "https://p.example.org"}],
        "attributes.csv": [
            {"id": "a1", "link_id": "s1", "link_entity": "service", "taxonomy_term_id": "t1"},
            {"id": "a2", "link_id": "o1", "link_entity": "organization", "taxonomy_term_id": "t2"},
        ],
        "taxonomy_terms.csv": [
            {"id": "t1", "code": "BD-1800.2000", "name": "Food Pantries"},
            {"id": "t2", "code": "x", "name": "Housing"},
        ],
    }
    path = tmp_path / "tabular.json"
    path.write_text(json.dumps(package), encoding="utf-8")
    (pantry,) = parse_hsds(path).taken
    assert pantry.categories == ("food",)  # the organisation's term is not the service's


def test_hsds3_nested_attributes_and_several_terms(tmp_path: Path) -> None:
    """Nested `attributes[].taxonomy_term`: each term maps; unmapped ones become keywords."""
    service = {
        "id": "s1",
        "name": "Rainbow Youth Group",
        "status": "active",
        "email": "hello@rainbow.example.org",
        "attributes": [
            {"taxonomy_term": {"name": "LGBTQ+ Youth"}},
            {"taxonomy_term": {"name": "Support Groups"}},
            {"taxonomy_term": {"name": "Board Games"}},
        ],
    }
    path = tmp_path / "service.json"
    path.write_text(json.dumps(service), encoding="utf-8")
    (group,) = parse_hsds(path).taken
    assert group.categories == ("lgbtq", "peer_support")
    assert group.keywords == {"en": ("Board Games",)}
