"""Read what a facilitator types in a chat: times, durations, days, dates, links (English, Spanish).

Every reader returns None for text it cannot read; none of them raises.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time, timedelta
from urllib.parse import urlsplit

MIN_DURATION_MINUTES = 5
MAX_DURATION_MINUTES = 720
MAX_LINK_LENGTH = 500
MAX_SLUG_LENGTH = 60
_MAX_INPUT = 100  # longer text is not a time, date or duration

_TIME = re.compile(r"(\d{1,2})\s*(?:(?:([:.])(\d{2})|(h|hs)\s*(\d{2})?)\s*(am|pm)?|(am|pm))")
_NAMED_TIMES = {"noon": time(12), "midday": time(12), "mediodia": time(12)}
_NAMED_TIMES |= {"midnight": time(0), "medianoche": time(0)}

_HOUR_WORDS = r"h|hr|hrs|hour|hours|hora|horas"
_MINUTE_WORDS = r"m|min|mins|minute|minutes|minuto|minutos"
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "un": 1, "una": 1, "two": 2, "dos": 2}
_AMOUNT = r"(\d+(?:\.\d+)?|an?|one|una?|two|dos)"
_MINUTES_ONLY = re.compile(rf"(\d+)\s*(?:{_MINUTE_WORDS})?")
_HOURS_ONLY = re.compile(rf"{_AMOUNT}\s*(?:{_HOUR_WORDS})")
_HOURS_MINUTES = re.compile(
    rf"(\d+)\s*(?:{_HOUR_WORDS}|:)\s*(?:y|and)?\s*(\d{{1,2}})\s*(?:{_MINUTE_WORDS})?"
)
_HOURS_HALF = re.compile(rf"{_AMOUNT}\s*(?:{_HOUR_WORDS})\s*(?:y|and a)\s*(?:media|half)")
_HALF_HOUR = {"half an hour": 30, "half hour": 30, "media hora": 30}

_WEEKDAYS = {
    0: ("sunday", "sun", "domingo", "dom"),
    1: ("monday", "mon", "lunes", "lun"),
    2: ("tuesday", "tue", "tues", "martes", "mar"),
    3: ("wednesday", "wed", "miercoles", "mie", "mier"),
    4: ("thursday", "thu", "thur", "thurs", "jueves", "jue"),
    5: ("friday", "fri", "viernes", "vie"),
    6: ("saturday", "sat", "sabado", "sab"),
}
_WEEKDAY_NAMES = {name: day for day, names in _WEEKDAYS.items() for name in names}

_MONTHS = (
    ("january", "jan", "enero", "ene"),
    ("february", "feb", "febrero"),
    ("march", "mar", "marzo"),
    ("april", "apr", "abril", "abr"),
    ("may", "mayo"),
    ("june", "jun", "junio"),
    ("july", "jul", "julio"),
    ("august", "aug", "agosto", "ago"),
    ("september", "sep", "sept", "septiembre", "setiembre", "set"),
    ("october", "oct", "octubre"),
    ("november", "nov", "noviembre"),
    ("december", "dec", "diciembre", "dic"),
)
_MONTH_NAMES = {name: number for number, names in enumerate(_MONTHS, 1) for name in names}
_RELATIVE_DAYS = {"today": 0, "hoy": 0, "tomorrow": 1, "manana": 1, "pasado manana": 2}
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC_DATE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?")
_ORDINAL = r"(?:st|nd|rd|th|o|°)?"  # NFKD folds "º" to "o"
_DAY_MONTH = re.compile(
    rf"(\d{{1,2}}){_ORDINAL}\s*(?:de\s+)?([a-z]+)\.?(?:,?\s*(?:de\s+)?(\d{{4}}))?"
)
_MONTH_DAY = re.compile(rf"([a-z]+)\.?\s*(\d{{1,2}}){_ORDINAL}(?:,?\s*(\d{{4}}))?")
_DATETIME_JOINERS = re.compile(r"\s+(?:at|a las|a la|@)\s+|\s*,\s*|(?<=\d)t(?=\d{1,2}:)")


def _fold(text: str) -> str:
    """Return text stripped, lower-cased, accent-free and with single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
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
    if folded in ("hora y media", "hour and a half"):
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
    """Read a day name (English or Spanish, full or short) as a Meeting Guide day, 0 = Sunday."""
    folded = _folded(text)
    if folded is None:
        return None
    folded = folded.rstrip(".")
    day = _WEEKDAY_NAMES.get(folded)
    if day is None and folded.endswith("s"):
        day = _WEEKDAY_NAMES.get(folded[:-1])  # "Mondays"
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
    """Return the next such day and month on or after today (this year or next)."""
    for year in (today.year, today.year + 1):
        found = _make_date(year, month, day)
        if found is not None and found >= today:
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
        return _date_parts(match[1], _MONTH_NAMES.get(match[2]), match[3], today)
    if match := _MONTH_DAY.fullmatch(folded):
        return _date_parts(match[2], _MONTH_NAMES.get(match[1]), match[3], today)
    return None


def parse_date(text: str, today: date) -> date | None:
    """Read a date: "2026-12-05", "5/12", "5 Dec", "Dec 5", "5 de diciembre", "hoy", "tomorrow"."""
    folded = _folded(text)
    if folded is None:
        return None
    found = _read_date(folded, today)
    if found is None and " " in folded:
        first, rest = folded.split(" ", 1)
        if parse_weekday(first.rstrip(",")) is not None:  # "Saturday 5 Dec"
            found = _read_date(rest, today)
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


def check_link(text: str) -> str | None:
    """Return the trimmed URL if it is an http(s) address with a dotted host, else None."""
    if not isinstance(text, str):
        return None
    url = text.strip()
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
