"""When a member's check-in is due, and reading the days and pauses they type (English, Spanish).

All due moments come from `local_moment`, so a 21:30 check-in stays 21:30 local across
daylight saving; a wall time in the spring-forward gap moves forward by the gap.
The readers return None for text they cannot read; none of them raises.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.checkins.models import EVERY_DAY, WEEKDAYS, WEEKENDS, CheckinPlan
from bot.domain.localtime import local_moment
from bot.meetings.parsing import parse_date, parse_weekday

MAX_PAUSE_DAYS = 365
_MAX_INPUT = 100
# Local dates scanned: the one before `after` (a due moment falls on the next local date only
# when a gap crosses midnight) and 15 more: one weekday a week, its next date skipped.
_SCAN_DAYS = 16

_GROUPS = {
    "every day": EVERY_DAY,
    "everyday": EVERY_DAY,
    "each day": EVERY_DAY,
    "all days": EVERY_DAY,
    "daily": EVERY_DAY,
    "todos los dias": EVERY_DAY,
    "cada dia": EVERY_DAY,
    "diario": EVERY_DAY,
    "a diario": EVERY_DAY,
    "diariamente": EVERY_DAY,
    "weekdays": WEEKDAYS,
    "week days": WEEKDAYS,
    "workdays": WEEKDAYS,
    "entre semana": WEEKDAYS,
    "dias de semana": WEEKDAYS,
    "dias laborables": WEEKDAYS,
    "weekend": WEEKENDS,
    "weekends": WEEKENDS,
    "fin de semana": WEEKENDS,
    "fines de semana": WEEKENDS,
}
# French, German and Portuguese (folded: no accents, lower case).
_GROUPS |= dict.fromkeys(
    ("tous les jours", "chaque jour", "quotidien", "jeden tag", "taglich", "alle tage"), EVERY_DAY
)
_GROUPS |= dict.fromkeys(("todos os dias", "cada dia", "diario"), EVERY_DAY)
_GROUPS |= dict.fromkeys(
    ("en semaine", "jours de semaine", "werktags", "wochentags", "unter der woche"), WEEKDAYS
)
_GROUPS |= dict.fromkeys(("dias uteis", "dias da semana", "durante a semana"), WEEKDAYS)
_GROUPS |= dict.fromkeys(
    ("le week-end", "week-end", "week-ends", "wochenende", "am wochenende"), WEEKENDS
)
_GROUPS |= dict.fromkeys(("fim de semana", "fins de semana", "nos fins de semana"), WEEKENDS)
_RANGE_WORDS = re.compile(r"\s*(?:[-–—]|\b(?:to|through|thru|a|al|hasta|au|jusqu'au|bis|ate)\b)\s*")
_LEADING_FROM = re.compile(r"^(?:from|de|du|von|desde)\s+")  # "du lundi au vendredi"
_LIST_SEPARATORS = re.compile(r"\s*(?:[,;/&+]|\b(?:and|y|e|et|und)\b)\s*|\s+")

_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "un": 1, "una": 1, "uno": 1}
_NUMBER_WORDS |= {"two": 2, "dos": 2, "three": 3, "tres": 3, "four": 4, "cuatro": 4}
_NUMBER_WORDS |= {"five": 5, "cinco": 5, "six": 6, "seis": 6, "seven": 7, "siete": 7}
_NUMBER_WORDS |= {"une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7}
_NUMBER_WORDS |= {"ein": 1, "eine": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5}
_NUMBER_WORDS |= {"sechs": 6, "sieben": 7, "um": 1, "uma": 1, "dois": 2, "duas": 2, "tres": 3}
_NUMBER_WORDS |= {"quatro": 4, "sete": 7}
_AMOUNT = rf"(\d{{1,3}}|{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})"
_DAY_UNIT = r"d|day|days|dia|dias|jour|jours|j|tag|tage|tagen"
_WEEK_UNIT = r"w|wk|wks|week|weeks|semana|semanas|semaine|semaines|woche|wochen"
_PAUSE = re.compile(rf"{_AMOUNT}\s*(?:({_DAY_UNIT})|({_WEEK_UNIT}))?")
_FOR = re.compile(r"^(?:for|por|durante|pendant|pour|fur)\s+")
_UNTIL = re.compile(
    r"^(?:until|till|til|through|thru|up to|hasta|jusqu'au|jusqu'a|jusqu au|bis zum|bis am|bis"
    r"|ate o dia|ate dia|ate o|ate)\s+(?:(?:el|la|the|le|den|dem|o)\s+)?"
)


def _zone(plan: CheckinPlan) -> ZoneInfo:
    """Return the plan's time zone."""
    return ZoneInfo(plan.timezone)


def _first_candidate(plan: CheckinPlan, after: datetime) -> date:
    """Return the first local date worth trying: the day before `after`, or after the pause."""
    first = after.astimezone(_zone(plan)).date() - timedelta(days=1)
    if plan.paused_until is not None:
        first = max(first, plan.paused_until + timedelta(days=1))
    return first


def _is_check_day(plan: CheckinPlan, on: date) -> bool:
    """Tell whether a local date gets a check-in (day chosen, not paused, not skipped)."""
    if on.weekday() not in plan.days or on == plan.skip_date:
        return False
    return plan.paused_until is None or on > plan.paused_until


def next_due(plan: CheckinPlan, after: datetime) -> datetime | None:
    """Return the first due moment strictly after aware `after`, in UTC; None if never due."""
    if after.tzinfo is None:
        raise ValueError("after must be an aware datetime")
    if not plan.enabled or not plan.days:
        return None
    first = _first_candidate(plan, after)
    for offset in range(_SCAN_DAYS):
        on = first + timedelta(days=offset)
        if not _is_check_day(plan, on):
            continue
        moment = local_moment(plan.timezone, on, plan.at)
        if moment > after:
            return moment.astimezone(UTC)
    return None


def due_date(plan: CheckinPlan, due: datetime) -> date:
    """Return the local date a due moment (from `next_due`) belongs to."""
    local = due.astimezone(_zone(plan)).date()
    previous = local - timedelta(days=1)
    if local_moment(plan.timezone, previous, plan.at) == due:
        return previous  # the gap pushed the previous day's time past midnight
    return local


def still_same_day(plan: CheckinPlan, due: datetime, now: datetime) -> bool:
    """Tell whether a prompt due at `due`, handled at `now`, is still on its local date."""
    return now.astimezone(_zone(plan)).date() == due_date(plan, due)


def end_of_day(plan: CheckinPlan, local: date) -> datetime:
    """Return when local date `local` ends in the plan's zone (next local midnight), in UTC."""
    return local_moment(plan.timezone, local + timedelta(days=1), time()).astimezone(UTC)


def _fold(text: str) -> str | None:
    """Return short text lower-cased, accent-free, single-spaced; None if empty or overlong."""
    if not isinstance(text, str) or not text.strip() or len(text) > _MAX_INPUT:
        return None
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold().replace("’", "'"))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.split())


def _day(word: str) -> int | None:
    """Return the Python weekday (0 = Monday) of a day name, or None."""
    guide_day = parse_weekday(word)  # Meeting Guide numbering: 0 = Sunday
    return None if guide_day is None else (guide_day + 6) % 7


def _day_range(first: int, last: int) -> frozenset[int]:
    """Return the weekdays from first to last inclusive, wrapping past Sunday."""
    return frozenset((first + step) % 7 for step in range((last - first) % 7 + 1))


def _token_days(token: str) -> frozenset[int] | None:
    """Return the days one list item stands for: a day, a range "mon-fri" or a group word."""
    if token in _GROUPS:
        return _GROUPS[token]
    if "-" in token:
        first, _, last = token.partition("-")
        start, end = _day(first), _day(last)
        return None if start is None or end is None else _day_range(start, end)
    day = _day(token)
    return None if day is None else frozenset({day})


def parse_days(text: str) -> frozenset[int] | None:
    """Read check-in days: "every day", "weekdays", "fines de semana", "mon, wed", "lun-vie"."""
    folded = _fold(text)
    if folded is None:
        return None
    if folded in _GROUPS:
        return _GROUPS[folded]
    joined = _RANGE_WORDS.sub("-", _LEADING_FROM.sub("", folded, count=1))
    tokens = [token for token in _LIST_SEPARATORS.split(joined) if token]
    days: set[int] = set()
    for token in tokens:
        found = _token_days(token)
        if found is None:
            return None
        days |= found
    return frozenset(days) if days else None


def _amount(word: str) -> int:
    """Return the number a digit string or number word stands for."""
    return _NUMBER_WORDS[word] if word in _NUMBER_WORDS else int(word)


def _pause_length(folded: str) -> int | None:
    """Return the number of days a "3", "3 days" or "2 weeks" text stands for, or None."""
    match = _PAUSE.fullmatch(folded)
    if match is None:
        return None
    amount, day_unit, week_unit = match.groups()
    if week_unit is not None:
        return _amount(amount) * 7
    if day_unit is None and not amount.isdigit():
        return None  # a bare number word ("a") is not a pause
    return _amount(amount)


def _pause_end(folded: str, today: date) -> date | None:
    """Return the last paused date a folded pause text stands for, unchecked, or None."""
    length = _pause_length(_FOR.sub("", folded, count=1))
    if length is not None:
        return today + timedelta(days=length - 1) if length > 0 else None
    return parse_date(_UNTIL.sub("", folded, count=1), today)


def passed_pause_date(text: str, today: date) -> date | None:
    """The date a pause text names when that date has already passed ("until 5 Dec" on 8 Dec)."""
    folded = _fold(text)
    if folded is None or _pause_length(_FOR.sub("", folded, count=1)) is not None:
        return None
    named = parse_date(_UNTIL.sub("", folded, count=1), today)
    return named if named is not None and named < today else None


def parse_pause(text: str, today: date) -> date | None:
    """Read a pause as its last paused date (inclusive): "3 days", "a week", "until 5 Dec".

    A length counts today: "3" / "3 days" / "3 días" pause today and the next two days, so
    the result is today + 2; "a week" / "una semana" is today + 6. "until 5 Dec" / "hasta
    el 5 de diciembre" / a plain date pause through that date. None for text that cannot be
    read, a date before today, or a pause of more than 365 days (today included).
    """
    folded = _fold(text)
    if folded is None:
        return None
    end = _pause_end(folded, today)
    if end is None or not today <= end < today + timedelta(days=MAX_PAUSE_DAYS):
        return None
    return end
