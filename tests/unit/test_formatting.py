"""Dates, times, numbers, lists and names per locale, from CLDR (bot/domain/formatting.py)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from bot.formats.formatting import (
    CLOCK_12,
    CLOCK_24,
    Reader,
    collation_key,
    country_name,
    date_text,
    decimal_text,
    integer_text,
    language_name,
    list_text,
    needs_year,
    own_language_name,
    percent_text,
    relative_text,
    stamp_text,
    time_text,
    uses_12_hour_clock,
    weekday_name,
)

EVENING = time(18, 30)
TUESDAY = date(2026, 12, 8)


@pytest.mark.parametrize(
    ("reader", "expected"),
    [
        (Reader("en"), "6:30\u202fPM"),
        (Reader("en", "US"), "6:30\u202fPM"),
        (Reader("en", "GB"), "18:30"),
        (Reader("es", "ES"), "18:30"),
        (Reader("es", "MX"), "6:30\u202fp.m."),
        (Reader("fr"), "18:30"),
        (Reader("fr", "CA"), "18 h 30"),
        (Reader("de", "AT"), "18:30"),
        (Reader("pt", "BR"), "18:30"),
    ],
)
def test_times_follow_the_readers_country(reader: Reader, expected: str) -> None:
    """A US English reader sees 12-hour times; Spain, France and Germany 24-hour ones."""
    assert time_text(reader, EVENING).replace(" ", "\u202f") == expected.replace(" ", "\u202f")


def test_a_readers_own_clock_wins_over_the_locale() -> None:
    """A member's 12/24-hour choice overrides their locale's habit, both ways."""
    assert time_text(Reader("en", "US", CLOCK_24), EVENING) == "18:30"
    assert "6:30" in time_text(Reader("de", "DE", CLOCK_12), EVENING)
    assert uses_12_hour_clock(Reader("en", "US"))
    assert not uses_12_hour_clock(Reader("en", "US", CLOCK_24))
    assert not uses_12_hour_clock(Reader("fr", "CA"))


def test_an_unknown_country_falls_back_to_the_language() -> None:
    """A country CLDR has no locale for keeps the language's own formats."""
    assert time_text(Reader("de", "JP"), EVENING) == "18:30"
    assert time_text(Reader("xx"), EVENING) == time_text(Reader("en"), EVENING)


@pytest.mark.parametrize(
    ("reader", "expected"),
    [
        (Reader("en", "US"), "Tue, Dec 8"),
        (Reader("en", "GB"), "Tue 8 Dec"),
        (Reader("es"), "mar, 8 dic"),
        (Reader("fr"), "mar. 8 déc."),
        (Reader("de"), "Di., 8. Dez."),
        (Reader("pt"), "ter., 8 de dez."),
    ],
)
def test_dates_read_naturally_in_each_language(reader: Reader, expected: str) -> None:
    """Weekday, day and month in the reader's order and words."""
    assert date_text(reader, TUESDAY) == expected


def test_dates_far_away_show_their_year() -> None:
    """The year is shown when asked, and asked for dates in another year over a month away."""
    assert "2027" in date_text(Reader("es"), date(2027, 3, 1), with_year=True)
    assert needs_year(date(2027, 3, 1), TUESDAY)
    assert not needs_year(date(2027, 1, 2), TUESDAY)
    assert not needs_year(date(2026, 12, 20), TUESDAY)
    assert needs_year(date(2026, 3, 1), date(2026, 1, 1)), "same year, two months ahead"
    assert needs_year(date(2026, 10, 1), TUESDAY), "two months ago"


def test_staff_stamps_have_no_numeric_day_month_order_to_misread() -> None:
    """Staff screens write the month as a word: no '06.12' that a US reader reads as June."""
    moment = datetime(2026, 12, 6, 2, 41)
    assert stamp_text(Reader("en", "US"), moment).startswith("Dec 6, 2:41")
    assert stamp_text(Reader("es"), moment) == "6 dic, 2:41"


def test_weekdays_relative_times_and_lists() -> None:
    """Weekday names, 'in 3 days' and 'Mon, Wed and Fri' come from CLDR in every language."""
    assert weekday_name(Reader("de"), 0) == "Montag"
    assert weekday_name(Reader("fr"), 6) == "dimanche"
    assert relative_text(Reader("es"), timedelta(days=3)) == "dentro de 3 días"
    assert relative_text(Reader("en"), timedelta(hours=-2)) == "2 hours ago"
    assert list_text(Reader("en", "US"), ["Mon", "Wed", "Fri"]) == "Mon, Wed, and Fri"
    assert list_text(Reader("pt"), ["seg", "qua", "sex"]) == "seg, qua e sex"
    assert list_text(Reader("fr"), []) == ""


def test_numbers_use_the_readers_separators() -> None:
    """'1.3' in English, '1,3' in Spanish; digit groups and percentages per locale."""
    assert decimal_text(Reader("en"), 1.26) == "1.3"
    assert decimal_text(Reader("es"), 1.26) == "1,3"
    assert integer_text(Reader("de"), 12400) == "12.400"
    assert percent_text(Reader("fr"), 0.42).replace("\u202f", " ").replace("\xa0", " ") == "42 %"


def test_language_and_country_names_in_the_readers_language() -> None:
    """'English' is 'inglés' to a Spanish reader; a picker shows each language in itself."""
    assert language_name("en", Reader("es")) == "Inglés"
    assert language_name("pt", Reader("de")) == "Portugiesisch"
    assert own_language_name("es") == "Español"
    assert own_language_name("de") == "Deutsch"
    assert country_name("DE", Reader("es")) == "Alemania"
    assert country_name("ZZ", Reader("fr")) in {"ZZ", "région indéterminée"}


def test_sorting_follows_the_readers_alphabet() -> None:
    """Accented names sort with their letter, case is ignored, Spanish ñ comes after n."""
    names = ["Österreich", "Zypern", "Ägypten", "Belgien", "éire", "Eire"]
    assert sorted(names, key=collation_key("de")) == [
        "Ägypten",
        "Belgien",
        "Eire",
        "éire",
        "Österreich",
        "Zypern",
    ]
    assert sorted(["ñu", "nz", "oa", "na"], key=collation_key("es")) == ["na", "nz", "ñu", "oa"]


def test_numbers_follow_the_country_only_where_its_language_is_spoken() -> None:
    """English in Madrid keeps '3.0'; Spanish in Mexico writes '3.0', Spanish in Spain '3,0'."""
    assert decimal_text(Reader("en", "ES"), 3.0) == "3.0"
    assert decimal_text(Reader("es", "MX"), 3.0) == "3.0"
    assert decimal_text(Reader("es", "ES"), 3.0) == "3,0"
    assert decimal_text(Reader("de", "CH"), 1.5) == "1.5"
