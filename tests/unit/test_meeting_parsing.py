"""Reading what facilitators type: times, durations, days, dates, links and slugs."""

from __future__ import annotations

import unicodedata
from datetime import date, time

import pytest
from babel import Locale

from bot.domain.language import SUPPORTED_LANGUAGES
from bot.formats.formatting import Reader, example_dates
from bot.meetings.models import FRIDAY, MONDAY, SATURDAY, SUNDAY, THURSDAY, TUESDAY, WEDNESDAY
from bot.meetings.parsing import (
    check_link,
    parse_date,
    parse_datetime,
    parse_duration,
    parse_time,
    parse_weekday,
    slugify,
)

TODAY = date(2026, 6, 15)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("19:00", time(19)),
        ("7:30", time(7, 30)),
        ("07:05", time(7, 5)),
        ("0:00", time(0)),
        ("23:59", time(23, 59)),
        ("19.30", time(19, 30)),
        ("19h", time(19)),
        ("19h30", time(19, 30)),
        ("19 h 30", time(19, 30)),
        ("19hs", time(19)),
        ("7pm", time(19)),
        ("7 pm", time(19)),
        ("7 PM", time(19)),
        ("7:30pm", time(19, 30)),
        ("7.30 p.m.", time(19, 30)),
        ("7.30 p. m.", time(19, 30)),
        ("7p.m.", time(19)),
        ("7:30 am", time(7, 30)),
        ("7 a.m.", time(7)),
        ("12am", time(0)),
        ("12pm", time(12)),
        ("12:15 am", time(0, 15)),
        ("noon", time(12)),
        ("Noon", time(12)),
        ("mediodía", time(12)),
        ("mediodia", time(12)),
        ("  19:00  ", time(19)),
    ],
)
def test_parse_time_reads(typed: str, expected: time) -> None:
    """Clock times in 24-hour, h, dotted and am/pm forms are read."""
    assert parse_time(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "25:00",
        "24:00",
        "7:75",
        "13pm",
        "0am",
        "19:",
        "19:3",
        "19:300",
        "seven",
        "evening",
        "19",
        "7",
        "-7:00",
        "7:30 xm",
        "19:00:00",
        "1 9:00",
        "x" * 500,
    ],
)
def test_parse_time_rejects(typed: str) -> None:
    """Impossible times, bare numbers and words give None."""
    assert parse_time(typed) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("90", 90),
        ("5", 5),
        ("720", 720),
        ("90 min", 90),
        ("90min", 90),
        ("90 minutes", 90),
        ("45 minutos", 45),
        ("1h", 60),
        ("1 h", 60),
        ("1 h 30", 90),
        ("1h30", 90),
        ("1h 30min", 90),
        ("1:30", 90),
        ("1.5h", 90),
        ("1,5 h", 90),
        ("1.25 hours", 75),
        ("2 hours", 120),
        ("2 hrs", 120),
        ("1 hour", 60),
        ("an hour", 60),
        ("1 hora", 60),
        ("una hora", 60),
        ("2 horas", 120),
        ("dos horas", 120),
        ("hora y media", 90),
        ("una hora y media", 90),
        ("1 hora y 30", 90),
        ("an hour and a half", 90),
        ("media hora", 30),
        ("half an hour", 30),
        ("12 h", 720),
    ],
)
def test_parse_duration_reads(typed: str, expected: int) -> None:
    """Minutes, hours, decimal hours and Spanish words are read as minutes."""
    assert parse_duration(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "0",
        "0 min",
        "-30",
        "-1h",
        "4",
        "721",
        "13h",
        "12h30",
        "1h75",
        "1.5",
        "long",
        "a while",
        "1 day",
        "90 seconds",
        "h",
        "1..5h",
    ],
)
def test_parse_duration_rejects(typed: str) -> None:
    """Zero, negative, under 5 minutes, over 12 hours and words give None."""
    assert parse_duration(typed) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Sunday", SUNDAY),
        ("sun", SUNDAY),
        ("domingo", SUNDAY),
        ("Monday", MONDAY),
        ("Mon", MONDAY),
        ("MON.", MONDAY),
        ("mondays", MONDAY),
        ("lunes", MONDAY),
        ("tue", TUESDAY),
        ("tues", TUESDAY),
        ("martes", TUESDAY),
        ("miércoles", WEDNESDAY),
        ("miercoles", WEDNESDAY),
        ("MIÉRCOLES", WEDNESDAY),
        ("mié", WEDNESDAY),
        ("wed", WEDNESDAY),
        ("thursday", THURSDAY),
        ("thurs", THURSDAY),
        ("jueves", THURSDAY),
        ("viernes", FRIDAY),
        ("fri", FRIDAY),
        ("sábado", SATURDAY),
        ("sabado", SATURDAY),
        ("sáb", SATURDAY),
        ("Saturday", SATURDAY),
        (" sat ", SATURDAY),
    ],
)
def test_parse_weekday_reads(typed: str, expected: int) -> None:
    """English and Spanish day names and abbreviations give Meeting Guide days."""
    assert parse_weekday(typed) == expected


@pytest.mark.parametrize(
    "typed", ["", "funday", "mx", "1", "weekday", "lunes martes", "sundayy", "x" * 200]
)
def test_parse_weekday_rejects(typed: str) -> None:
    """Anything that is not a day name gives None."""
    assert parse_weekday(typed) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-12-05", date(2026, 12, 5)),
        ("2027-1-5", date(2027, 1, 5)),
        ("5/12/2026", date(2026, 12, 5)),
        ("5/12/26", date(2026, 12, 5)),
        ("5.12.2026", date(2026, 12, 5)),
        ("5/12", date(2026, 12, 5)),
        ("15/6", date(2026, 6, 15)),
        ("14/6", date(2026, 6, 14)),  # yesterday: this year's, for the caller to refuse
        ("5/1", date(2027, 1, 5)),
        ("5 Dec", date(2026, 12, 5)),
        ("5 dec.", date(2026, 12, 5)),
        ("Dec 5", date(2026, 12, 5)),
        ("December 5th", date(2026, 12, 5)),
        ("dec 5, 2027", date(2027, 12, 5)),
        ("5 December 2026", date(2026, 12, 5)),
        ("5 de diciembre", date(2026, 12, 5)),
        ("5 de diciembre de 2027", date(2027, 12, 5)),
        ("1º de mayo", date(2026, 5, 1)),  # six weeks ago: still this year's
        ("3 ene", date(2027, 1, 3)),
        ("sábado 5 de diciembre", date(2026, 12, 5)),
        ("Sat, 5 Dec", date(2026, 12, 5)),
        ("today", TODAY),
        ("Hoy", TODAY),
        ("tomorrow", date(2026, 6, 16)),
        ("mañana", date(2026, 6, 16)),
        ("pasado mañana", date(2026, 6, 17)),
    ],
)
def test_parse_date_reads(typed: str, expected: date) -> None:
    """ISO, day/month, month names (English, Spanish) and relative words are read."""
    assert parse_date(typed, TODAY) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "31/2",
        "31/2/2026",
        "2026-02-30",
        "2026-13-01",
        "32/1",
        "0/5",
        "5/0",
        "5 foo",
        "dec",
        "5",
        "yesterday",
        "29/2",  # neither this year nor next has one
        "9999-12-31",
        "5/12/2026/1",
        "next friday",
    ],
)
def test_parse_date_rejects(typed: str) -> None:
    """Impossible or unreadable dates give None."""
    assert parse_date(typed, TODAY) is None


def test_parse_date_leap_day_next_year() -> None:
    """29/2 with no year is read when the coming February has one."""
    assert parse_date("29/2", date(2027, 6, 1)) == date(2028, 2, 29)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-12-03 18:00", (date(2026, 12, 3), time(18))),
        ("2026-12-03T18:00", (date(2026, 12, 3), time(18))),
        ("3 Dec 18:00", (date(2026, 12, 3), time(18))),
        ("3 Dec 2026 18:00", (date(2026, 12, 3), time(18))),
        ("Dec 3, 7pm", (date(2026, 12, 3), time(19))),
        ("3/12 7pm", (date(2026, 12, 3), time(19))),
        ("3/12 7 pm", (date(2026, 12, 3), time(19))),
        ("3/12 7.30 p.m.", (date(2026, 12, 3), time(19, 30))),
        ("tomorrow 19:30", (date(2026, 6, 16), time(19, 30))),
        ("tomorrow at 7:30pm", (date(2026, 6, 16), time(19, 30))),
        ("mañana 19:30", (date(2026, 6, 16), time(19, 30))),
        ("mañana a las 19h", (date(2026, 6, 16), time(19))),
        ("5 de diciembre a las 19:30", (date(2026, 12, 5), time(19, 30))),
        ("hoy 20:00", (TODAY, time(20))),
    ],
)
def test_parse_datetime_reads(typed: str, expected: tuple[date, time]) -> None:
    """A date followed by a time is read, with 'at' / 'a las' / commas between."""
    assert parse_datetime(typed, TODAY) == expected


@pytest.mark.parametrize(
    "typed",
    ["", "3 Dec", "18:00", "19:00 3 Dec", "31/2 18:00", "3/12 25:00", "tomorrow evening", "soon"],
)
def test_parse_datetime_rejects(typed: str) -> None:
    """Missing parts, wrong order or impossible values give None."""
    assert parse_datetime(typed, TODAY) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("https://zoom.us/j/123?pwd=abc", "https://zoom.us/j/123?pwd=abc"),
        ("  https://meet.google.com/abc-defg-hij ", "https://meet.google.com/abc-defg-hij"),
        ("http://example.org", "http://example.org"),
        ("HTTPS://Zoom.us/j/1", "HTTPS://Zoom.us/j/1"),
        ("https://zoom.us:443/j/1", "https://zoom.us:443/j/1"),
        ("https://münchen.de/treffen", "https://münchen.de/treffen"),
        ("meet.example.org/abc", "https://meet.example.org/abc"),
        ("zoom.us/j/123?pwd=x", "https://zoom.us/j/123?pwd=x"),
        ("www.example.org", "https://www.example.org"),
    ],
)
def test_check_link_accepts(typed: str, expected: str) -> None:
    """Web addresses with a dotted host come back trimmed; one typed without its scheme gets
    https:// (as people copy it from an invitation)."""
    assert check_link(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "zoom meeting",
        "zoom",
        "3.5",
        "javascript:alert(1)",
        "https://",
        "https:///path",
        "ftp://x.y",
        "https://localhost/x",
        "https://zoom .us/j/1",
        "https://zoom.us/j/1 2",
        "https://user:pw@evil.com",
        "https://zoom.us:99999/",
        "https://.com",
        "https://zoom..us",
        "https://zoom.us/a\nb",
        "https://zoom.us/\x00",
        "https://zoom.us/" + "a" * 500,
    ],
)
def test_check_link_rejects(typed: str) -> None:
    """Words, other schemes, hostless, spaced, credentialed or overlong addresses give None."""
    assert check_link(typed) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Tuesday Evening Group", "tuesday-evening-group"),
        ("Café Grupo Ñandú — Martes!", "cafe-grupo-nandu-martes"),
        ("  --Hello,   World--  ", "hello-world"),
        ("Straße 12", "strasse-12"),
        ("", "meeting"),
        ("!!!", "meeting"),
        ("日本語", "meeting"),
        ("a" * 80, "a" * 60),
        ("a" * 59 + " b", "a" * 59),
    ],
)
def test_slugify(name: str, expected: str) -> None:
    """Slugs are lowercase ASCII with single hyphens, at most 60 chars, never empty."""
    assert slugify(name) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("lundi", MONDAY),
        ("mardis", TUESDAY),
        ("mer.", WEDNESDAY),
        ("Donnerstag", THURSDAY),
        ("Fr.", FRIDAY),
        ("samstags", SATURDAY),
        ("mo", MONDAY),
        ("segunda-feira", MONDAY),
        ("segunda", MONDAY),
        ("terça", TUESDAY),
        ("sexta", FRIDAY),
        ("sáb.", SATURDAY),
        ("dimanche", SUNDAY),
        ("Sonntag", SUNDAY),
    ],
)
def test_parse_weekday_reads_french_german_and_portuguese(typed: str, expected: int) -> None:
    """Day names come from CLDR in every interface language, full or short, with or without dots."""
    assert parse_weekday(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("5 décembre", date(2026, 12, 5)),
        ("le 5 décembre", date(2026, 12, 5)),
        ("1er janvier", date(2027, 1, 1)),
        ("5. Dezember", date(2026, 12, 5)),
        ("am 5. Dez.", date(2026, 12, 5)),
        ("Samstag, 5. Dezember 2026", date(2026, 12, 5)),
        ("5 de dezembro", date(2026, 12, 5)),
        ("dia 5 de dezembro de 2026", date(2026, 12, 5)),
        ("3 março", date(2027, 3, 3)),
        ("3 März", date(2027, 3, 3)),
        ("demain", date(2026, 12, 5)),
        ("übermorgen", date(2026, 12, 6)),
        ("amanhã", date(2026, 12, 5)),
        ("aujourd'hui", date(2026, 12, 4)),
    ],
)
def test_parse_date_reads_french_german_and_portuguese(typed: str, expected: date) -> None:
    """Dates typed in French, German or Portuguese, with articles and German ordinal dots."""
    assert parse_date(typed, date(2026, 12, 4)) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("19 Uhr", time(19)), ("19:30 Uhr", time(19, 30)), ("19h", time(19)), ("midi", time(12))],
)
def test_parse_time_reads_other_languages(typed: str, expected: time) -> None:
    """German 'Uhr', French '19h', and noon or midnight words in every language."""
    assert parse_time(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1 heure", 60),
        ("une heure et demie", 90),
        ("eine halbe Stunde", 30),
        ("2 Stunden", 120),
        ("90 Minuten", 90),
        ("uma hora e meia", 90),
        ("meia hora", 30),
    ],
)
def test_parse_duration_reads_other_languages(typed: str, expected: int) -> None:
    """Durations typed in French, German and Portuguese."""
    assert parse_duration(typed) == expected


def test_day_and_month_names_mean_one_thing_in_every_language() -> None:
    """No typed name means one day (or month) in one language and another elsewhere."""
    seen_days: dict[str, set[int]] = {}
    seen_months: dict[str, set[int]] = {}
    for language in SUPPORTED_LANGUAGES:
        locale = Locale.parse(language)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for day, name in locale.days[context][width].items():
                    seen_days.setdefault(_plain(str(name)), set()).add(day)
                for month, name in locale.months[context][width].items():
                    seen_months.setdefault(_plain(str(name)), set()).add(month)
    assert {name: days for name, days in seen_days.items() if len(days) > 1} == {}
    assert {name: months for name, months in seen_months.items() if len(months) > 1} == {}


def _plain(name: str) -> str:
    """Fold a name the way the parser does (no accents, lower case, no dot)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).rstrip(".")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1 Dec", date(2026, 12, 1)),  # five days ago: this year's, so it can be refused
        ("5 Jan", date(2027, 1, 5)),  # next month
        ("4 Oct", date(2027, 10, 4)),  # over two months ago: next year's
        ("6 Dec 2026", date(2026, 12, 6)),
    ],
)
def test_a_day_and_month_that_just_passed_is_not_moved_a_year_ahead(
    typed: str, expected: date
) -> None:
    """'1 Dec' on 6 Dec is this year's 1 Dec (passed), not a date 360 days away."""
    assert parse_date(typed, date(2026, 12, 6)) == expected


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
@pytest.mark.parametrize("country", [None, "US", "DE", "BR"])
def test_the_prompts_date_examples_read_back_as_the_same_date(
    language: str, country: str | None
) -> None:
    """The examples a prompt shows, in every language, are dates the bot itself reads."""
    today = date(2026, 12, 6)
    examples = example_dates(Reader(language, country), today)
    assert parse_date(examples["example"], today) == date(2026, 12, 13)
    assert parse_date(examples["example_iso"], today) == date(2026, 12, 13)
    assert parse_date(examples["example_next_year"], today) == date(2027, 12, 13)
    assert parse_date(examples["today"], today) == today


def test_dates_around_new_year_and_in_everyday_spellings() -> None:
    """'31 Dec' on 3 Jan is three days ago; '13.12.' with its German dot; 'dos' is no day."""
    assert parse_date("31 Dec", date(2027, 1, 3)) == date(2026, 12, 31)
    assert parse_date("13.12.", date(2026, 12, 6)) == date(2026, 12, 13)
    assert parse_weekday("dos") is None
    assert parse_weekday("mis") is None
    assert parse_weekday("montags") == MONDAY
