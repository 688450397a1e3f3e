"""Typed time zones and language guesses."""

from __future__ import annotations

import pytest

from bot.domain.language import guess_language
from bot.formats.timezones import resolve_timezone


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Europe/Madrid", "Europe/Madrid"),
        ("europe/madrid", "Europe/Madrid"),
        ("Madrid", "Europe/Madrid"),
        ("mexico city", "America/Mexico_City"),
        ("São Paulo", "America/Sao_Paulo"),
        ("utc", "UTC"),
        ("Buenos Aires", "America/Argentina/Buenos_Aires"),
        ("Indianapolis", "America/Indiana/Indianapolis"),
    ],
)
def test_known_zones_and_cities(typed: str, expected: str) -> None:
    """IANA names in any case and unambiguous city names resolve."""
    assert resolve_timezone(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Lisboa", "Europe/Lisbon"),
        ("Lisbonne", "Europe/Lisbon"),
        ("Wien", "Europe/Vienna"),
        ("Ciudad de México", "America/Mexico_City"),
        ("ciudad de mexico", "America/Mexico_City"),
        ("nueva york", "America/New_York"),
        ("Nova York", "America/New_York"),
        ("Bruxelles", "Europe/Brussels"),
        ("Mexiko-Stadt", "America/Mexico_City"),
    ],
)
def test_city_names_in_the_interface_languages(typed: str, expected: str) -> None:
    """A city's name in English, Spanish, French, German or Portuguese (CLDR) resolves."""
    assert resolve_timezone(typed) == expected


@pytest.mark.parametrize(("typed", "expected"), [("GMT", "GMT"), ("cet", "CET"), ("UTC", "UTC")])
def test_single_word_zones(typed: str, expected: str) -> None:
    """Zones named by one word, such as CET, resolve in any case."""
    assert resolve_timezone(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "Atlantis",
        "'; DROP TABLE members; --",
        "x" * 100,
        "../etc",
        "UTC+15",
        "localtime",
    ],
)
def test_unknown_zones(typed: str) -> None:
    """Anything else resolves to None."""
    assert resolve_timezone(typed) is None


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("es", "es"),
        ("es-MX", "es"),
        ("en-GB", "en"),
        ("fr", "fr"),
        ("pt-br", "pt"),
        ("de_AT", "de"),
        ("it", "en"),
        (None, "en"),
    ],
)
def test_guess_language(code: str | None, expected: str) -> None:
    """Telegram language codes map to a supported language or the default."""
    assert guess_language(code, "en") == expected
