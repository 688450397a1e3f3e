"""Read what people type: times, durations, days, dates, links, in every interface language.

Day and month names come from CLDR (Babel) for each supported language, in full and short
forms; the few other words (today, noon, hours...) are listed below for en, es, fr, de and pt.

Every reader returns None for text it cannot read; none of them raises.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time, timedelta
from functools import cache
from urllib.parse import urlsplit

from babel import Locale

from bot.domain.language import SUPPORTED_LANGUAGES

MIN_DURATION_MINUTES = 5
MAX_DURATION_MINUTES = 720
MAX_LINK_LENGTH = 500
MAX_SLUG_LENGTH = 60
# A day and month without a year that passed at most this many days ago means this year's.
RECENT_PAST_DAYS = 61
_AHEAD_DAYS = 366 - RECENT_PAST_DAYS - 1  # so exactly one year's date fits the window
_MAX_INPUT = 100  # longer text is not a time, date or duration

_TIME = re.compile(
    r"(\d{1,2})\s*(?:(?:([:.])(\d{2})|(h|hs|uhr)\s*(\d{2})?)\s*(am|pm)?|(am|pm))(?:\s*uhr)?"
)
_NOON, _MIDNIGHT = time(12), time(0)
_NAMED_TIMES = {word: _NOON for word in ("noon", "midday", "mediodia", "midi", "mittag")}
_NAMED_TIMES |= {"meio-dia": _NOON, "meio dia": _NOON}
_NAMED_TIMES |= {word: _MIDNIGHT for word in ("midnight", "medianoche", "minuit", "mitternacht")}
_NAMED_TIMES |= {"meia-noite": _MIDNIGHT, "meia noite": _MIDNIGHT}

_HOUR_WORDS = r"h|hr|hrs|hour|hours|hora|horas|heure|heures|stunde|stunden|std"
_MINUTE_WORDS = r"m|min|mins|minute|minutes|minuto|minutos|minuten"
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "un": 1, "una": 1, "une": 1, "ein": 1, "eine": 1}
_NUMBER_WORDS |= {"um": 1, "uma": 1, "two": 2, "dos": 2, "deux": 2, "zwei": 2, "dois": 2}
_NUMBER_WORDS |= {"duas": 2}
_AMOUNT = rf"(\d+(?:\.\d+)?|{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})"
_MINUTES_ONLY = re.compile(rf"(\d+)\s*(?:{_MINUTE_WORDS})?")
_HOURS_ONLY = re.compile(rf"{_AMOUNT}\s*(?:{_HOUR_WORDS})")
_HOURS_MINUTES = re.compile(
    rf"(\d+)\s*(?:{_HOUR_WORDS}|:)\s*(?:y|and)?\s*(\d{{1,2}})\s*(?:{_MINUTE_WORDS})?"
)
_HOURS_HALF = re.compile(
    rf"{_AMOUNT}\s*(?:{_HOUR_WORDS})\s*(?:y|and a|et|und|e)\s*(?:media|half|demie|halb|meia)"
)
_HALF_HOUR = {"half an hour": 30, "half hour": 30, "media hora": 30, "meia hora": 30}
_HALF_HOUR |= {"une demi-heure": 30, "demi-heure": 30, "une demi heure": 30, "demi heure": 30}
_HALF_HOUR |= {"eine halbe stunde": 30, "halbe stunde": 30, "meia-hora": 30}
_HOUR_AND_HALF = ("hora y media", "hour and a half", "une heure et demie", "uma hora e meia")
_HOUR_AND_HALF_DE = ("anderthalb stunden", "eineinhalb stunden")

# Informal short forms CLDR does not list (its names in full and short forms are added below).
_EXTRA_WEEKDAYS = {"tues": 2, "thur": 4, "thurs": 4, "mier": 3, "sab": 6}
_EXTRA_MONTHS = {"sept": 9, "set": 9, "setiembre": 9}
_RELATIVE_DAYS = {"today": 0, "hoy": 0, "aujourd'hui": 0, "aujourd’hui": 0, "heute": 0, "hoje": 0}
_RELATIVE_DAYS |= {"tomorrow": 1, "manana": 1, "demain": 1, "morgen": 1, "amanha": 1}
_RELATIVE_DAYS |= {"pasado manana": 2, "apres-demain": 2, "apres demain": 2, "ubermorgen": 2}
_RELATIVE_DAYS |= {"depois de amanha": 2}
_ARTICLES = ("le", "el", "the", "am", "den", "o", "dia")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC_DATE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?\.?")  # "13.12."
_ORDINAL = r"(?:st|nd|rd|th|er|o|°|\.)?"  # NFKD folds "º" to "o"; "1er" (fr), "5." (de)
_DAY_MONTH = re.compile(
    rf"(\d{{1,2}}){_ORDINAL}\s*(?:de\s+)?([a-z]+)\.?(?:,?\s*(?:de\s+)?(\d{{4}}))?"
)
_MONTH_DAY = re.compile(rf"([a-z]+)\.?\s*(\d{{1,2}}){_ORDINAL}(?:,?\s*(\d{{4}}))?")
_DATETIME_JOINERS = re.compile(r"\s+(?:at|a las|a la|a|um|as|@)\s+|\s*,\s*|(?<=\d)t(?=\d{1,2}:)")


def _name_variants(name: str) -> set[str]:
    """The ways a CLDR day or month name is typed: folded, without its dot, before '-feira'."""
    folded = _fold(name).rstrip(".")
    return {folded, folded.split("-")[0]} if folded else set()


@cache
def _calendar_names() -> tuple[dict[str, int], dict[str, int]]:
    """Map typed day names to Meeting Guide days (0 = Sunday) and month names to 1..12.

    Every supported language's full and short names, in both CLDR contexts, plus a few
    informal forms. A name two languages give different meanings would be dropped (none do).
    """
    weekdays: dict[str, int] = {}
    months: dict[str, int] = {}
    for language in SUPPORTED_LANGUAGES:
        locale = Locale.parse(language)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for weekday, name in locale.days[context][width].items():
                    for variant in _name_variants(str(name)):
                        weekdays.setdefault(variant, (weekday + 1) % 7)
                for month, name in locale.months[context][width].items():
                    for variant in _name_variants(str(name)):
                        months.setdefault(variant, month)
    return weekdays | _EXTRA_WEEKDAYS, months | _EXTRA_MONTHS


def _fold(text: str) -> str:
    """Return text stripped, lower-cased, accent-free and with single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold().replace("’", "'"))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.split())


def _folded(text: object) -> str | None:
    """Fold short text for matching; None for non-text, empty or overlong input."""
    if not isinstance(text, str) or not text.strip() or len(text) > _MAX_INPUT:
        return None
    return _fold(text)


def _clock(hour: int, minute: int, meridiem: str | None) -> time | None:
    """Return the time for an hour (12-hour when am/pm is given) and minute, if valid."""
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return time(hour, minute)


def parse_time(text: str) -> time | None:
    """Read a clock time: "19:00", "19.30", "19h30", "7pm", "7.30 p.m.", "noon", "mediodía"."""
    folded = _folded(text)
    if folded is None:
        return None
    if folded in _NAMED_TIMES:
        return _NAMED_TIMES[folded]
    folded = re.sub(r"(?<![a-z])([ap])\.?\s*m\.?$", r"\1m", folded)
    match = _TIME.fullmatch(folded)
    if match is None:
        return None
    hour, _, colon_minutes, _, h_minutes, meridiem, bare_meridiem = match.groups()
    minutes = colon_minutes or h_minutes or "0"
    return _clock(int(hour), int(minutes), meridiem or bare_meridiem)


def _amount(word: str) -> float:
    """Return the number a digit string or number word stands for."""
    return float(_NUMBER_WORDS[word]) if word in _NUMBER_WORDS else float(word)


def _duration_minutes(folded: str) -> float | None:
    """Return the minutes a folded duration text stands for, or None."""
    if folded in _HALF_HOUR:
        return _HALF_HOUR[folded]
    if folded in _HOUR_AND_HALF or folded in _HOUR_AND_HALF_DE:
        return 90
    if match := _MINUTES_ONLY.fullmatch(folded):
        return float(match[1])
    if match := _HOURS_ONLY.fullmatch(folded):
        return _amount(match[1]) * 60
    if match := _HOURS_MINUTES.fullmatch(folded):
        return int(match[1]) * 60 + int(match[2]) if int(match[2]) < 60 else None
    if match := _HOURS_HALF.fullmatch(folded):
        return _amount(match[1]) * 60 + 30
    return None


def parse_duration(text: str) -> int | None:
    """Read a duration in minutes (5..720): "90", "90 min", "1h30", "1,5 h", "2 horas"."""
    folded = _folded(text)
    if folded is None:
        return None
    minutes = _duration_minutes(folded.replace(",", "."))
    if minutes is None:
        return None
    rounded = round(minutes)
    return rounded if MIN_DURATION_MINUTES <= rounded <= MAX_DURATION_MINUTES else None


def parse_weekday(text: str) -> int | None:
    """Read a day name (any interface language, full or short) as a Meeting Guide day, 0 = Sun."""
    folded = _folded(text)
    if folded is None:
        return None
    folded = folded.rstrip(".")
    names, _ = _calendar_names()
    day = names.get(folded)
    if day is None and folded.endswith("s") and len(folded) > 3:
        day = names.get(folded[:-1])  # "Mondays", "lundis", "montags"; not "dos" or "mis"
    return day


def _make_date(year: int, month: int, day: int) -> date | None:
    """Return the date if it exists (and the year is sensible), else None."""
    if not 1900 <= year <= 2200:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _date_without_year(month: int, day: int, today: date) -> date | None:
    """Return the day and month people mean without a year: this year's, unless it passed more
    than two months ago (then next year's). "1 Dec" typed on 6 Dec is this year's, already
    passed, so the caller can say so instead of quietly taking a date a year away."""
    for year in (today.year - 1, today.year, today.year + 1):
        found = _make_date(year, month, day)
        if found is not None and -RECENT_PAST_DAYS <= (found - today).days <= _AHEAD_DAYS:
            return found
    return None


def _date_parts(day: str, month: int | None, year: str | None, today: date) -> date | None:
    """Build a date from matched day, month and optional year (2-digit years are 20xx)."""
    if month is None:
        return None
    if year is None:
        return _date_without_year(month, int(day), today)
    full_year = int(year) + (2000 if len(year) == 2 else 0)
    return _make_date(full_year, month, int(day))


def _read_date(folded: str, today: date) -> date | None:
    """Read a folded date text in any supported form."""
    if folded in _RELATIVE_DAYS:
        return today + timedelta(days=_RELATIVE_DAYS[folded])
    if match := _ISO_DATE.fullmatch(folded):
        return _make_date(int(match[1]), int(match[2]), int(match[3]))
    if match := _NUMERIC_DATE.fullmatch(folded):
        return _date_parts(match[1], int(match[3]), match[4], today)
    if match := _DAY_MONTH.fullmatch(folded):
        return _date_parts(match[1], _calendar_names()[1].get(match[2]), match[3], today)
    if match := _MONTH_DAY.fullmatch(folded):
        return _date_parts(match[2], _calendar_names()[1].get(match[1]), match[3], today)
    return None


def parse_date(text: str, today: date) -> date | None:
    """Read a date: "2026-12-05", "5/12", "5 Dec", "Dec 5", "5 de diciembre", "hoy", "tomorrow"."""
    folded = _folded(text)
    if folded is None:
        return None
    found = _read_date(folded, today)
    if found is None and " " in folded:
        first, rest = folded.split(" ", 1)
        if first in _ARTICLES:  # "le 5 décembre", "am 5. Dezember"
            return parse_date(rest, today)
        if parse_weekday(first.rstrip(",")) is not None:  # "Saturday 5 Dec"
            found = parse_date(rest, today)
    return found


def parse_datetime(text: str, today: date) -> tuple[date, time] | None:
    """Read a date then a time: "2026-12-03 18:00", "3/12 7pm", "mañana a las 19:30"."""
    folded = _folded(text)
    if folded is None:
        return None
    words = _DATETIME_JOINERS.sub(" ", folded).split()
    for split in range(len(words) - 1, 0, -1):
        when = parse_time(" ".join(words[split:]))
        if when is None:
            continue
        on = parse_date(" ".join(words[:split]), today)
        if on is not None:
            return on, when
    return None


def _host_ok(host: str) -> bool:
    """Tell whether a URL host looks like a real domain name or IP address."""
    labels = host.split(".")
    return len(labels) >= 2 and all(
        label and all(char.isalnum() or char == "-" for char in label) for label in labels
    )


# A web address typed without its scheme: a dotted host ending in a name of letters (no port,
# user or scheme), then a path.
_BARE_ADDRESS = re.compile(r"[^\s/:@.]+(?:\.[^\s/:@.]+)*\.[^\W\d_]{2,}(?:[/?#]\S*)?")


def check_link(text: str) -> str | None:
    """Return the trimmed URL if it is an http(s) address with a dotted host, else None; an
    address typed without "https://" gets it."""
    if not isinstance(text, str):
        return None
    url = text.strip()
    if _BARE_ADDRESS.fullmatch(url):
        url = f"https://{url}"  # "meet.example.org/abc" as people copy it from an invitation
    if not url or len(url) > MAX_LINK_LENGTH or any(not char.isprintable() for char in url):
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises ValueError for a bad port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or "@" in parts.netloc:
        return None
    if any(char.isspace() for char in url) or not _host_ok(parts.hostname or ""):
        return None
    return url


def slugify(name: str) -> str:
    """Return a lowercase ASCII slug of a name (max 60 chars), or "meeting" when empty."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    slug = slug[:MAX_SLUG_LENGTH].rstrip("-")
    return slug or "meeting"
