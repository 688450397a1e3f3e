"""Time zones typed in words: big cities, abbreviations, offsets, typos (issue 20)."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.crisis_lines import load_crisis_lines
from bot.domain.zone_country import country_for_timezone
from bot.domain.zone_offsets import parse_offset, zone_label
from bot.formats.timezones import match_timezone, resolve_timezone
from bot.formats.zone_names import ZoneNamesError, read_zone_names
from bot.i18n import load_texts

CONTENT = Path(__file__).resolve().parents[2] / "content"
NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Barcelona", "Europe/Madrid"),
        ("Sevilla", "Europe/Madrid"),
        ("Buenos Aires", "America/Argentina/Buenos_Aires"),
        ("Ciudad de México", "America/Mexico_City"),
        ("nueva york", "America/New_York"),
        ("GMT", "GMT"),
        ("CET", "CET"),
        ("UTC+1", "Etc/GMT-1"),
    ],
)
def test_every_word_of_the_issue_is_understood(typed: str, expected: str) -> None:
    """Each of the words the issue says were refused names its zone."""
    assert resolve_timezone(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Seville", "Europe/Madrid"),
        ("Séville", "Europe/Madrid"),
        ("valencia", "Europe/Madrid"),
        ("Manchester", "Europe/London"),
        ("Lyon", "Europe/Paris"),
        ("Marsella", "Europe/Paris"),
        ("München", "Europe/Berlin"),
        ("Munich", "Europe/Berlin"),
        ("Munique", "Europe/Berlin"),
        ("Hamburg", "Europe/Berlin"),
        ("Porto", "Europe/Lisbon"),
        ("Rio de Janeiro", "America/Sao_Paulo"),
        ("Porto Alegre", "America/Sao_Paulo"),
        ("Guadalajara", "America/Mexico_City"),
        ("Medellín", "America/Bogota"),
        ("medellin", "America/Bogota"),
        ("Ginebra", "Europe/Zurich"),
        ("Anvers", "Europe/Brussels"),
        ("Salzburg", "Europe/Vienna"),
        ("Calgary", "America/Edmonton"),
        ("Québec", "America/Toronto"),
        ("St. Louis", "America/Chicago"),
    ],
)
def test_big_cities_that_name_no_zone(typed: str, expected: str) -> None:
    """Big cities from content/timezone_names.toml, in any of their spellings."""
    assert resolve_timezone(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("EST", "America/New_York"),
        ("pst", "America/Los_Angeles"),
        ("BST", "Europe/London"),
        ("CEST", "CET"),
        ("ART", "America/Argentina/Buenos_Aires"),
        ("BRT", "America/Sao_Paulo"),
    ],
)
def test_abbreviations(typed: str, expected: str) -> None:
    """Common abbreviations name the zone people mean by them."""
    assert resolve_timezone(typed) == expected


@pytest.mark.parametrize(
    ("typed", "choices"),
    [
        ("CST", ("America/Chicago", "Asia/Shanghai", "America/Havana")),
        ("IST", ("Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem")),
    ],
)
def test_an_ambiguous_abbreviation_asks(typed: str, choices: tuple[str, ...]) -> None:
    """An abbreviation with several meanings names no zone but offers each."""
    assert match_timezone(typed) == match_timezone(typed.lower())
    found = match_timezone(typed)
    assert (found.zone, found.choices) == (None, choices)


@pytest.mark.parametrize(
    ("typed", "zone", "label"),
    [
        ("UTC+1", "Etc/GMT-1", "UTC+01:00"),
        ("GMT-3", "Etc/GMT+3", "UTC-03:00"),
        ("+2", "Etc/GMT-2", "UTC+02:00"),
        ("utc −5", "Etc/GMT+5", "UTC-05:00"),
        ("UTC+14", "Etc/GMT-14", "UTC+14:00"),
        ("UTC+0", "UTC", "UTC"),
    ],
)
def test_whole_hour_offsets_are_fixed_zones_shown_forwards(
    typed: str, zone: str, label: str
) -> None:
    """A whole-hour offset is tzdata's fixed zone, shown the way people write it."""
    assert resolve_timezone(typed) == zone
    assert zone_label(zone) == label


def test_texts_show_a_fixed_zone_forwards() -> None:
    """A text given a fixed zone never shows its backwards Etc name."""
    texts = load_texts(CONTENT)
    shown = texts.get("en", "timezone-set", timezone="Etc/GMT-1")
    assert "UTC+01:00" in shown
    assert "Etc" not in shown


def test_an_offset_with_minutes_offers_the_places_using_it() -> None:
    """UTC+05:30 has no fixed zone: the countries' zones at that offset are offered."""
    found = match_timezone("UTC+05:30", NOW)
    assert found.zone is None
    assert set(found.choices) == {"Asia/Kolkata", "Asia/Colombo"}
    assert match_timezone("+0530", NOW) == found


@pytest.mark.parametrize("typed", ["UTC+15", "GMT-13", "UTC+1:20", "++1", "UTC+"])
def test_impossible_offsets_are_refused(typed: str) -> None:
    """Offsets no place uses are not read."""
    assert parse_offset(typed) is None
    assert resolve_timezone(typed) is None


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("Madird", "Europe/Madrid"),
        ("Buenos Aries", "America/Argentina/Buenos_Aires"),
        ("Barcelna", "Europe/Madrid"),
        ("Europe/Madird", "Europe/Madrid"),
        ("Londn", "Europe/London"),
    ],
)
def test_a_typo_gets_the_closest_zones(typed: str, first: str) -> None:
    """A typo names no zone, and the closest zones are offered, best first."""
    found = match_timezone(typed)
    assert found.zone is None
    assert found.choices[0] == first
    assert len(found.choices) <= 4


def test_a_suggestion_names_the_city_a_typo_was_close_to() -> None:
    """A choice found through a city that is not the zone's own name says that city."""
    assert match_timezone("Atlantis").labels() == ("Atlanta · America/New_York",)
    assert match_timezone("Barcelna").labels() == ("Barcelona · Europe/Madrid",)
    assert match_timezone("Madird").labels()[0] == "Europe/Madrid"
    assert match_timezone("CST").labels() == ("America/Chicago", "Asia/Shanghai", "America/Havana")


@pytest.mark.parametrize("typed", ["hello there", "xyz", "'; DROP TABLE members; --"])
def test_nothing_like_a_zone_gets_nothing(typed: str) -> None:
    """Words far from any zone give no suggestion."""
    assert match_timezone(typed).choices == ()


def test_the_big_cities_of_every_country_served_are_listed() -> None:
    """Each country with crisis lines or resources has big cities in the names file."""
    served = set(load_crisis_lines(CONTENT).countries)
    for path in (CONTENT / "resources").glob("*.toml"):
        served |= {
            entry["country"]
            for entry in tomllib.loads(path.read_text(encoding="utf-8")).get("resource", [])
            if isinstance(entry, dict) and "country" in entry
        }
    served -= {"INT"}
    cities = tomllib.loads((CONTENT / "timezone_names.toml").read_text(encoding="utf-8"))
    listed = {country_for_timezone(entry["zone"]) for entry in cities["city"]}
    assert served <= listed, served - listed


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ('[[city]]\nzone = "Nowhere/Land"\nnames = ["X"]\n', "city 1: unknown zone"),
        ('[[city]]\nzone = "Europe/Madrid"\nnames = []\n', "names must be a list"),
        ('[[city]]\nzone = "Europe/Madrid"\nnames = ["Lisboa"]\n', "already means Europe/Lisbon"),
        ("[abbreviations]\nXYZ = 'Mars/Base'\n", "XYZ: unknown zone"),
        ("[city\n", "TOML syntax error"),
    ],
)
def test_mistakes_in_the_names_file_are_named(tmp_path: Path, body: str, problem: str) -> None:
    """Each kind of mistake names the file, the entry and the problem."""
    path = tmp_path / "timezone_names.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ZoneNamesError) as caught:
        read_zone_names(path, {"lisboa": "Europe/Lisbon"})
    assert problem in str(caught.value)
    assert "timezone_names.toml" in str(caught.value)
