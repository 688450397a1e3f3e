"""HSDS import: JSON and CSV exports map to resources; every rejection says why."""

from __future__ import annotations

import dataclasses
import json
from datetime import time
from pathlib import Path

import pytest

from bot.resources.hsds import HsdsError, ImportReport, parse_hsds
from bot.resources.models import OpeningHours, Phone, Resource

DATA = Path(__file__).resolve().parents[1] / "data" / "hsds"
BAD_URL = "bad url 'example.org/nope' (must start with http:// or https://)"
NO_CONTACT = "no phone, website or email to reach it (none on its locations or organisation)"


def by_id(report: ImportReport) -> dict[str, Resource]:
    """Taken and changed resources by id."""
    return {resource.id: resource for resource in [*report.taken, *report.changed]}


def test_json_services_with_embedded_and_linked_tables() -> None:
    """Embedded phones, schedules, languages, addresses and terms; linked tables by id."""
    report = parse_hsds(DATA / "services.json", timezone="Europe/London")
    found = by_id(report)
    assert sorted(found) == ["hsds-svc-1", "hsds-svc-2", "hsds-svc-3"]
    counselling = found["hsds-svc-1"]
    assert counselling.names == {"en": "Community Counselling"}
    assert counselling.source == "import"
    assert counselling.categories == ("mental_health",)
    assert counselling.phones == (
        Phone("+44 1234 234567", "voice"),  # quotes around the number dropped
        Phone("07700 900123", "text"),
    )  # the fax is left out
    assert counselling.languages == ("en", "ur")
    assert (counselling.country, counselling.region) == ("GB", "Greater Manchester")
    assert counselling.timezone == "Europe/London"
    assert counselling.hours == tuple(OpeningHours(day, time(9), time(12)) for day in range(4))
    assert counselling.keywords == {
        "en": ("MyCity Counselling", "Example Organization Inc.", "Walk-in")
    }
    shelter = found["hsds-svc-2"]
    assert shelter.categories == ("housing",)
    assert shelter.phones == (Phone("+353 1 671 1606", "voice"),)
    assert (shelter.url, shelter.email) == ("https://simon.example.ie", "info@simon.example.ie")
    assert (shelter.country, shelter.region) == ("IE", "Leinster")
    text_line = found["hsds-svc-3"]
    assert text_line.crisis
    assert text_line.categories == ("crisis",)  # no term: nothing guessed besides
    assert text_line.always_open
    assert text_line.hours == ()


def test_every_rejection_reason_is_reported() -> None:
    """Each bad record is named with every reason it was left out (a bad url of its own and
    nothing else to reach it by: both)."""
    report = parse_hsds(DATA / "services.json")
    assert report.rejected == [
        ("svc-4", "status is 'inactive' (only active services are taken)"),
        ("svc-5", f"{BAD_URL}; {NO_CONTACT}"),
        ("svc-6", f"bad email 'not-an-email'; {NO_CONTACT}"),
        ("svc-7", "bad country 'NARNIA' (must be a two-letter ISO code or INT)"),
        ("svc-8", NO_CONTACT),
        ("svc-9", "missing name"),
        ("record 10", "missing id"),
        ("svc-1", "duplicate id (an earlier record in this file has it)"),
        ("record 12", "not a service object"),
        ("svc-10", "name longer than 200 characters"),
        ("svc-11", "status is 'defunct' (only active services are taken)"),
    ]
    assert ("svc-1", "phone 'call us' dropped (not a phone number)") in report.warnings
    assert ("svc-1", "opening hours without a time zone (give --timezone)") in report.warnings


def test_summary_lists_counts_rejections_and_warnings() -> None:
    """The summary starts with the counts and names every rejected record."""
    summary = parse_hsds(DATA / "services.json").summary()
    lines = summary.splitlines()
    assert lines[0] == "14 records: 3 new, 0 changed, 0 unchanged, 11 rejected."
    assert f"  svc-8: {NO_CONTACT}" in lines
    assert "  record 12: not a service object" in lines
    assert any(line.startswith("Warnings") for line in lines)


def test_changed_and_unchanged_against_existing() -> None:
    """Stored ids: equal records are unchanged, different ones changed, others new."""
    first = parse_hsds(DATA / "services.json")
    stored = {resource.id: resource for resource in first.taken}
    stored["hsds-svc-2"] = dataclasses.replace(stored["hsds-svc-2"], names={"en": "Old name"})
    del stored["hsds-svc-3"]
    again = parse_hsds(DATA / "services.json", stored)
    assert again.unchanged == ["hsds-svc-1"]
    assert [resource.id for resource in again.changed] == ["hsds-svc-2"]
    assert [resource.id for resource in again.taken] == ["hsds-svc-3"]
    assert again.summary().startswith("14 records: 1 new, 1 changed, 1 unchanged, 11 rejected.")


def test_a_plain_list_with_names_of_languages_and_a_category_column() -> None:
    """A bare list of services; numeric ids; language names; several categories."""
    report = parse_hsds(DATA / "list.json", language="es", country="mx")
    (circle,) = report.taken
    assert circle.id == "hsds-77"
    assert circle.names == {"es": "Peer Support Circle"}
    assert circle.languages == ("es", "en")
    assert circle.categories == ("peer_support", "lgbtq")
    assert circle.country == "MX"


def test_known_categories_limit_the_mapping() -> None:
    """Only known ids are used; with none, "other" when known, else none: never a guess."""
    report = parse_hsds(DATA / "list.json", known_categories={"lgbtq", "crisis"})
    assert report.taken[0].categories == ("lgbtq",)
    report = parse_hsds(DATA / "list.json", known_categories={"crisis", "other"})
    assert report.taken[0].categories == ("other",)
    report = parse_hsds(DATA / "list.json", known_categories={"crisis"})
    assert report.taken[0].categories == ()


def test_csv_services_with_phones_and_schedules_beside_it() -> None:
    """services.csv with optional columns, phones.csv and schedules.csv linked by service_id."""
    report = parse_hsds(DATA / "csv" / "services.csv", language="es")
    found = by_id(report)
    helpline = found["hsds-c-1"]
    assert helpline.names == {"es": "Línea de Ayuda"}
    assert helpline.crisis
    assert helpline.categories == ("crisis",)
    assert helpline.phones == (Phone("024", "voice"),)
    assert (helpline.country, helpline.timezone) == ("ES", "Europe/Madrid")
    assert helpline.languages == ("es", "en")
    assert helpline.keywords == {"es": ("suicidio",)}
    food = found["hsds-c-2"]
    assert food.categories == ("food",)
    assert food.phones == (Phone("0161 496 0000", "voice"),)
    assert food.hours == (
        OpeningHours(0, time(10), time(16)),
        OpeningHours(2, time(10), time(16)),
        OpeningHours(4, time(9), time(12, 30)),
    )
    assert report.rejected == [
        ("c-3", "status is 'inactive' (only active services are taken)"),
        ("c-4", "missing name"),
        ("c-5", "bad country 'XX1' (must be a two-letter ISO code or INT)"),
        ("row 7", "missing id"),
    ]
    assert ("c-2", "opening hours 'Ring to ask' dropped (no weekday or time)") in report.warnings


def test_hsds2_folder_with_regular_schedules_and_languages() -> None:
    """A folder: weekday numbers (1 = Monday, 7 = Sunday), past-midnight hours, languages."""
    report = parse_hsds(DATA / "csv2", country="US", timezone="America/Chicago")
    (warm,) = report.taken
    assert warm.id == "hsds-2a"
    assert warm.phones == (Phone("(312) 555-0100", "voice"),)
    assert warm.hours == (
        OpeningHours(0, time(17), time(23)),
        OpeningHours(6, time(17), time(1)),
    )
    assert (warm.timezone, warm.country) == ("America/Chicago", "US")
    assert warm.languages == ("en", "es")
    assert warm.keywords == {"en": ("Friendly Voices",)}
    assert report.warnings == []


def test_long_descriptions_are_cut_and_bad_zones_dropped(tmp_path: Path) -> None:
    """A very long description is cut with a warning; a bad time zone is a warning too."""
    path = tmp_path / "one.json"
    service = {
        "id": "x",
        "name": "Long Talker",
        "url": "https://example.org",
        "description": "word " * 400,
        "timezone": "Mars/Olympus",
    }
    path.write_text(json.dumps(service), encoding="utf-8")
    report = parse_hsds(path)
    (taken,) = report.taken
    assert len(taken.description("en")) == 1000
    assert taken.timezone is None
    assert [what for _, what in report.warnings] == [
        "description cut to 1000 characters",
        "time zone 'Mars/Olympus' dropped (not an IANA name)",
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("broken.json", "{not json", "not valid JSON"),
        ("empty.json", '{"organizations": []}', "no services found"),
        ("services.csv", "id,title\n1,x\n", "no name column"),
        ("latin1.json", b"\xff\xfe\x00bad", "cannot be read"),
    ],
)
def test_unreadable_files_raise_a_clear_error(
    tmp_path: Path, name: str, content: str | bytes, message: str
) -> None:
    """A file that is not an HSDS export raises HsdsError naming the file and the problem."""
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(HsdsError, match=message):
        parse_hsds(path)


def test_missing_file_and_folder_without_services(tmp_path: Path) -> None:
    """A missing file, or a folder with no services.csv, is an error."""
    with pytest.raises(HsdsError, match="no such file"):
        parse_hsds(tmp_path / "nope.json")
    with pytest.raises(HsdsError, match="no such file"):
        parse_hsds(tmp_path)
