"""Dates, times, numbers, lists and names the way each reader expects them (CLDR via Babel).

A `Reader` is a language, the country the reader lives in (taken from their time zone, so an
English reader in New York sees 6:30 PM and one in London 18:30) and an optional 12- or 24-hour
choice of their own. Nothing here is written per language: Babel's CLDR data holds the names
and patterns, so a new language needs no code.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Literal

from babel import Locale, UnknownLocaleError, localedata
from babel.dates import format_skeleton, format_time, format_timedelta
from babel.languages import get_official_languages
from babel.lists import format_list
from babel.numbers import format_decimal, format_percent, get_group_symbol

from bot.domain.zone_country import country_for_timezone

CLOCK_12 = "12"
CLOCK_24 = "24"
CLOCKS = (CLOCK_12, CLOCK_24)
FALLBACK_LOCALE = "en"


@dataclass(frozen=True)
class Reader:
    """Who reads a text: their language, their country (or None) and their clock (or None)."""

    language: str
    territory: str | None = None
    clock: str | None = None

    @property
    def locale(self) -> Locale:
        """The CLDR locale: language and country when CLDR knows the pair, else the language."""
        return locale_for(self.language, self.territory)

    @property
    def number_locale(self) -> Locale:
        """The locale for numbers: the country's only where the reader's language is spoken there.

        CLDR writes English in Spain with a decimal comma ('3,0'); an English reader living in
        Madrid still expects '3.0', while a Spanish reader in Mexico does expect '3.0'."""
        spoken = get_official_languages(self.territory, de_facto=True) if self.territory else ()
        if self.language in spoken:
            return self.locale
        return locale_for(self.language)


def reader_for(language: str, zone: str | None = None, clock: str | None = None) -> Reader:
    """The reader of a language living in a time zone (its country), with their clock choice."""
    return Reader(language, country_for_timezone(zone), clock if clock in CLOCKS else None)


@cache
def locale_for(language: str, territory: str | None = None) -> Locale:
    """Return the Babel locale for a language and country; else the language, else English."""
    candidates = [f"{language}_{territory}", language] if territory else [language]
    candidates += [f"{FALLBACK_LOCALE}_{territory}"] if territory else []
    candidates.append(FALLBACK_LOCALE)
    for name in candidates:
        if localedata.exists(name):
            try:
                return Locale.parse(name)
            except (UnknownLocaleError, ValueError):
                continue
    return Locale.parse(FALLBACK_LOCALE)


def uses_12_hour_clock(reader: Reader) -> bool:
    """Tell whether the reader sees 12-hour times (their own choice, else their locale's)."""
    if reader.clock in CLOCKS:
        return reader.clock == CLOCK_12
    pattern = reader.locale.time_formats["short"].pattern
    return "h" in pattern.replace("'h'", "") or "K" in pattern


def time_text(reader: Reader, moment: time | datetime) -> str:
    """A wall time: '6:30 PM' for a US reader, '18:30' in Madrid, '18 h 30' in Quebec."""
    wall = moment.time() if isinstance(moment, datetime) else moment
    at = datetime.combine(date(2000, 1, 1), wall.replace(tzinfo=None))
    if reader.clock in CLOCKS and uses_12_hour_clock(reader) != _locale_uses_12_hours(reader):
        return format_skeleton("hm" if reader.clock == CLOCK_12 else "Hm", at, locale=reader.locale)
    return format_time(at, "short", locale=reader.locale)


def _locale_uses_12_hours(reader: Reader) -> bool:
    """Tell whether the reader's locale itself writes 12-hour times."""
    return uses_12_hour_clock(Reader(reader.language, reader.territory))


def date_text(reader: Reader, day: date | datetime, *, with_year: bool = False) -> str:
    """A short date with its weekday: 'Tue, Dec 8', 'mar, 8 dic', 'Di., 8. Dez.' (year if asked)."""
    plain = day.date() if isinstance(day, datetime) else day
    moment = datetime.combine(plain, time(12, 0))
    return format_skeleton("yMMMEd" if with_year else "MMMEd", moment, locale=reader.locale)


def day_month_text(reader: Reader, day: date | datetime) -> str:
    """A date without weekday or year: 'Dec 8', '8 dic', '8. Dez.'."""
    plain = day.date() if isinstance(day, datetime) else day
    return format_skeleton("MMMd", datetime.combine(plain, time(12, 0)), locale=reader.locale)


def stamp_text(reader: Reader, moment: datetime) -> str:
    """A compact moment for staff screens: 'Dec 8, 6:30 PM', '8 dic, 18:30'."""
    return f"{day_month_text(reader, moment)}, {time_text(reader, moment)}"


def needs_year(day: date, today: date) -> bool:
    """Tell whether a date should show its year: more than a month away, either way."""
    return abs((day - today).days) > 31


def date_with_year_text(reader: Reader, day: date) -> str:
    """A date with its year, as people type it: 'Dec 13, 2027', '13 dic 2027', '13. Dez. 2027'."""
    return format_skeleton("yMMMd", datetime.combine(day, time(12, 0)), locale=reader.locale)


def example_dates(reader: Reader, today: date) -> dict[str, str]:
    """Examples for a prompt that asks for a date, computed from today (a week ahead)."""
    ahead = today + timedelta(days=7)
    next_year = ahead.replace(year=ahead.year + 1, day=min(ahead.day, 28))
    return {
        "example": day_month_text(reader, ahead),
        "example_iso": ahead.isoformat(),
        "example_next_year": date_with_year_text(reader, next_year),
        "today": date_text(reader, today),
    }


def weekday_name(reader: Reader, weekday: int, width: str = "wide") -> str:
    """The name of a weekday (0 = Monday): 'Monday', 'lunes', 'Mo.' with width 'abbreviated'."""
    return str(reader.locale.days["format"][width][weekday % 7])


def guide_weekday(day: int) -> int:
    """Turn a Meeting Guide day (0 = Sunday) into a Python weekday (0 = Monday)."""
    return (day + 6) % 7


def month_names(reader: Reader) -> tuple[str, ...]:
    """The twelve short month names as they stand alone (chart labels): 'Jan' ... 'Dec'."""
    names = reader.locale.months["stand-alone"]["abbreviated"]
    return tuple(str(names[month]) for month in range(1, 13))


def relative_text(reader: Reader, delta: timedelta) -> str:
    """A time from now in words: 'in 3 days', 'hace 2 horas', 'dans 5 minutes'."""
    return format_timedelta(
        delta, threshold=1.0, add_direction=True, format="long", locale=reader.locale
    )


def decimal_text(reader: Reader, number: float, digits: int = 1) -> str:
    """A decimal number with the reader's separators: '1.3' in English, '1,3' in Spanish."""
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return format_decimal(number, pattern, locale=reader.number_locale)


def number_text(reader: Reader, number: float) -> str:
    """A number with at most one decimal, none when whole: '12', '12.5', '12,5'."""
    return format_decimal(number, "#,##0.#", locale=reader.number_locale)


def integer_text(reader: Reader, number: int) -> str:
    """A whole number with digit groups: '1,240', '1.240', '1 240'."""
    return format_decimal(number, "#,##0", locale=reader.number_locale)


def percent_text(reader: Reader, share: float) -> str:
    """A share as a whole percentage: '42%', '42 %'."""
    return format_percent(share, locale=reader.number_locale)


def list_text(
    reader: Reader, items: Iterable[str], style: Literal["standard", "or"] = "standard"
) -> str:
    """A list in words: 'Mon, Wed and Fri' ('or' lists with style 'or')."""
    values = list(items)
    if not values:
        return ""
    return format_list(values, style=style, locale=reader.locale)


def language_name(code: str, reader: Reader) -> str:
    """A language's name in the reader's language: 'inglés' for en in Spanish."""
    name = reader.locale.languages.get(code.replace("-", "_").split("_")[0])
    return _capital(str(name)) if name else code


def own_language_name(code: str) -> str:
    """A language's name in itself, for a language picker: 'Español', 'Deutsch'."""
    return _capital(str(locale_for(code).get_display_name(locale_for(code)) or code))


def country_name(code: str, reader: Reader) -> str:
    """A country's name in the reader's language from CLDR: 'Alemania' for DE in Spanish."""
    name = reader.locale.territories.get(code.upper())
    return str(name) if name else code


def _capital(text: str) -> str:
    """Capitalise the first letter only ('español' -> 'Español')."""
    return text[:1].upper() + text[1:]


def collation_key(language: str) -> Callable[[str], tuple[str, str]]:
    """A sort key that orders names as readers expect: accents after their letter, case ignored.

    Primary: letters without accents, case folded (É sorts with E, Ä with A); Spanish keeps ñ as
    its own letter after n. Ties are then broken on the full folded text, so 'e' < 'é'.
    """
    spanish = language.split("_")[0].split("-")[0] == "es"

    def key(text: str) -> tuple[str, str]:
        folded = unicodedata.normalize("NFC", text).casefold()
        if spanish:
            folded = folded.replace("ñ", "n\U0010ffff")
        decomposed = unicodedata.normalize("NFKD", folded)
        primary = "".join(char for char in decomposed if not unicodedata.combining(char))
        return primary, folded

    return key


def group_digits(number: int, language: str) -> str:
    """Write a whole number with digit groups: 1,240 in English, 1.240 in Spanish (CLDR)."""
    return f"{number:,}".replace(",", _group_symbol(language))


@cache
def _group_symbol(language: str) -> str:
    """Return the language's digit group separator from CLDR (Babel); "," if unknown."""
    try:
        return str(get_group_symbol(language))
    except (UnknownLocaleError, ValueError):
        return ","
