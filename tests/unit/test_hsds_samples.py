"""HSDS import of Open Referral's own samples: HSDS 2 package and every HSDS 3 example."""

from __future__ import annotations

import csv
import json
import shutil
from datetime import time
from pathlib import Path

import pytest

from bot.resources.hsds import HsdsError, ImportReport, default_category_map, parse_hsds
from bot.resources.hsds.categories import category_of
from bot.resources.loader import load_categories
from bot.resources.models import OpeningHours, Phone, Resource

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
DATA = ROOT / "tests" / "data" / "hsds"
HSDS2 = DATA / "hsds2_sample"
HSDS3 = DATA / "hsds3"
COUNSELLING = "hsds-ac148810-d857-441c-9679-408f346de14b"
INACTIVE = "status is 'inactive' (only active services are taken)"


def by_id(report: ImportReport) -> dict[str, Resource]:
    """Taken and changed resources by id."""
    return {resource.id: resource for resource in [*report.taken, *report.changed]}


def named(report: ImportReport) -> dict[str, Resource]:
    """Taken resources by their English name."""
    return {resource.name("en"): resource for resource in report.taken}


def test_hsds2_sample_takes_every_active_service() -> None:
    """All 10 active services of the official package are taken; only the 3 inactive ones not."""
    report = parse_hsds(HSDS2)
    assert len(report.taken) == 10
    assert report.rejected == [
        ("a27a0710-72d2-41a2-8947-9d0e0e69e257", INACTIVE),
        ("25f6e86d-ba99-4819-b6f4-2f23dbe38806", INACTIVE),
        ("008b6436-5ac2-4c19-ac4d-d640fbec7818", INACTIVE),
    ]


def test_hsds2_contacts_are_inherited_field_by_field() -> None:
    """Service first, then its location(s), then its organisation, for each of phone, url, email."""
    found = named(parse_hsds(HSDS2))
    young = found["Yound Minds"]  # sic: the sample's spelling
    assert (young.phones, young.url, young.email) == ((), "http://example.com", "YIF@example.com")
    homeless = found["Never Homeless Helpline"]
    assert homeless.email == "neverhomeless@example.com"  # its own, not the organisation's
    assert homeless.url == "http://example.com"  # the organisation's
    meals = found["Meals To-Go at The Cross"]
    assert meals.phones == (Phone("(223) 346 12361", "voice"),)  # the textphone is left out
    assert meals.email == "thecross@example.com"
    laundry = found["Bubbles at The Cross"]
    assert laundry.phones == (Phone("(223) 4567 12534", "voice"),)  # its own only
    kitchen = found["The City's Kitchen"]
    assert (kitchen.phones, kitchen.url, kitchen.email) == ((), "http://example.com", None)


def test_hsds2_linked_tables_reach_the_service() -> None:
    """Addresses through services_at_location, schedules and languages by service_id."""
    homeless = named(parse_hsds(HSDS2, timezone="America/New_York"))["Never Homeless Helpline"]
    assert (homeless.country, homeless.region) == ("US", "NY")
    assert homeless.languages == ("en", "es")
    assert homeless.hours == tuple(OpeningHours(day, time(9), time(17)) for day in range(3))


def test_a_location_phone_is_used_when_service_and_organisation_have_none(tmp_path: Path) -> None:
    """A phone linked to the service's location (HSDS 2 phones.csv location_id) is inherited."""
    folder = tmp_path / "package"
    shutil.copytree(HSDS2, folder)
    with (folder / "phones.csv").open("a", encoding="utf-8", newline="") as handle:
        kitchen_location = "30b8482c-64a1-11e6-8b77-86f30ca893d3"
        row = ["p-9", kitchen_location, "", "", "", "", "0161 496 0999", "", "voice", "en", "", ""]
        csv.writer(handle).writerow(row)
    kitchen = named(parse_hsds(folder))["The City's Kitchen"]
    assert kitchen.phones == (Phone("0161 496 0999", "voice"),)


def test_services_without_a_mappable_category_are_other() -> None:
    """A laundry and a housing helpline with no taxonomy term land in "other", not mental health."""
    found = named(parse_hsds(HSDS2))
    assert found["Bubbles at The Cross"].categories == ("other",)
    assert found["Never Homeless Helpline"].categories == ("other",)
    assert all("mental_health" not in resource.categories for resource in found.values())


def test_hsds2_taxonomy_tables_map_to_categories(tmp_path: Path) -> None:
    """services_taxonomy.csv and taxonomy.csv (names, else the parent's) give the categories."""
    folder = tmp_path / "package"
    shutil.copytree(HSDS2, folder)
    (folder / "taxonomy.csv").write_text(
        "id,name,parent_id,parent_name,vocabulary\n"
        "t-1,Homeless Shelter,,,Open Eligibility\n"
        "t-2,Laundry,,,Open Eligibility\n"
        "t-3,Al-Anon meetings,t-9,Support Groups,Open Eligibility\n",
        encoding="utf-8",
    )
    (folder / "services_taxonomy.csv").write_text(
        "id,service_id,taxonomy_id,taxonomy_detail\n"
        "st-1,c89eb05c-62dd-4b64-b494-0cc347b6ea7f,t-1,\n"
        "st-2,21a1192b-abb9-45e8-bc52-c81ca4087240,t-2,\n"
        "st-3,c28f4d9f-10b2-4baf-a727-a31ae79063ce,t-3,\n",
        encoding="utf-8",
    )
    found = named(parse_hsds(folder))
    assert found["Never Homeless Helpline"].categories == ("housing",)
    laundry = found["Bubbles at The Cross"]
    assert laundry.categories == ("other",)
    assert "Laundry" in laundry.keywords["en"]
    assert found["Al-Anon Family Group"].categories == ("peer_support",)


@pytest.mark.parametrize(
    "name",
    [
        "service_full.json",
        "service_list.json",
        "organization_full.json",
        "service_at_location_full.json",
        "service_at_location_list.json",
        "tabular.json",
        "csv",
    ],
)
def test_each_hsds3_example_with_services_imports(name: str) -> None:
    """Every HSDS 3 example shape that holds a service gives that one service, reachable."""
    report = parse_hsds(HSDS3 / name)
    assert report.rejected == []
    (counselling,) = report.taken
    assert counselling.id == COUNSELLING
    assert counselling.names == {"en": "Community Counselling"}
    assert counselling.url == "http://example.com/counselling"
    assert counselling.categories == ("other",)  # its one term is called "name"


def test_hsds3_service_at_location_brings_the_location_address() -> None:
    """The location of a service_at_location record gives the service its country."""
    report = parse_hsds(HSDS3 / "service_at_location_full.json")
    assert report.taken[0].phones == (Phone("+44 1234 234567", "voice"),)
    assert (report.taken[0].country, report.taken[0].region) == ("US", "MyState")


def test_one_service_at_two_locations_is_one_resource(tmp_path: Path) -> None:
    """service_at_location records of one service merge; the location's phone is inherited."""
    service = {"id": "s1", "name": "Drop-in", "status": "active"}
    rows = [
        {"id": "a", "service": service, "location": {"id": "l1", "name": "North"}},
        {
            "id": "b",
            "service": service,
            "location": {"id": "l2", "name": "South", "phones": [{"number": "0800 111"}]},
        },
    ]
    path = tmp_path / "sal.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    report = parse_hsds(path)
    assert report.rejected == []
    (drop_in,) = report.taken
    assert drop_in.phones == (Phone("0800 111", "voice"),)


def test_a_crisis_line_never_takes_another_number(tmp_path: Path) -> None:
    """A service marked as a crisis line keeps only its own phones, never its organisation's."""
    service = {
        "id": "c1",
        "name": "Night Line",
        "crisis": True,
        "url": "https://night.example.org",
        "organization": {"name": "Trust", "phones": [{"number": "0161 000 0000"}]},
    }
    path = tmp_path / "crisis.json"
    path.write_text(json.dumps(service), encoding="utf-8")
    report = parse_hsds(path)
    (line,) = report.taken
    assert line.phones == ()
    assert line.url == "https://night.example.org"
    assert any("crisis line with no phone of its own" in what for _, what in report.warnings)


def test_a_staff_members_phone_is_never_taken(tmp_path: Path) -> None:
    """A phone row linked to a named contact (and to the service) is not the service's number."""
    package = {
        "services": [{"id": "s1", "name": "Drop-in", "url": "https://drop.example.org"}],
        "phones": [
            {"id": "p1", "service_id": "s1", "contact_id": "k1", "number": "07700 900123"},
            {"id": "p2", "service_id": "s1", "number": "0800 222"},
        ],
    }
    path = tmp_path / "contacts.json"
    path.write_text(json.dumps(package), encoding="utf-8")
    (drop_in,) = parse_hsds(path).taken
    assert [phone.number for phone in drop_in.phones] == ["0800 222"]


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("base.json", "an API description"),
        ("location.json", "a location"),
        ("organization_list.json", "1 organization without services"),
        ("taxonomy.json", "a taxonomy"),
        ("taxonomy_list.json", "1 taxonomy"),
        ("taxonomy_term.json", "a taxonomy term"),
        ("taxonomy_term_list.json", "1 taxonomy term"),
    ],
)
def test_files_without_services_say_what_they_hold(name: str, found: str) -> None:
    """A file of another shape is refused, naming the shapes expected and what was found."""
    with pytest.raises(HsdsError) as error:
        parse_hsds(HSDS3 / name)
    message = str(error.value)
    assert "expected services" in message
    assert f"found {found}" in message


def test_the_shipped_mapping_names_only_existing_categories() -> None:
    """Every category of content/hsds_categories.toml is defined in categories.toml."""
    categories = load_categories(CONTENT)
    assert set(default_category_map()) <= set(categories)
    assert "other" in categories


@pytest.mark.parametrize(
    ("term", "category"),
    [
        ("Mental Health Care", "mental_health"),
        ("Counseling", "mental_health"),
        ("Emergency Food", "food"),
        ("Food Pantry", "food"),
        ("Emergency Shelter", "housing"),
        ("Substance Abuse", "substance_use"),
        ("Addiction & Recovery", "substance_use"),
        ("Domestic Violence", "violence_abuse"),
        ("Support Groups", "peer_support"),
        ("Suicide Prevention", "crisis"),
        ("Salud mental", "mental_health"),
        ("Peer support", "peer_support"),
        ("Laundry", None),
        ("Health", None),
        ("Childhood Development", None),
        ("Emergency", None),
    ],
)
def test_the_shipped_mapping_reads_common_term_names(term: str, category: str | None) -> None:
    """Open Eligibility style term names map as an editor would expect; the rest map to none."""
    known = load_categories(CONTENT)
    assert category_of(term, default_category_map(), known) == category


def test_a_record_of_another_kind_among_services_is_rejected_by_name(tmp_path: Path) -> None:
    """A location in a list of services is named in the report, neither taken nor lost."""
    location = json.loads((HSDS3 / "location.json").read_text(encoding="utf-8"))
    service = {"id": "s1", "name": "Drop-in", "status": "active", "url": "https://d.example.org"}
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps([service, location]), encoding="utf-8")
    report = parse_hsds(path)
    assert [resource.id for resource in report.taken] == ["hsds-s1"]
    assert report.rejected == [
        (location["id"], "a record of another kind (location), not a service")
    ]
