"""The figures as CSV rows for funders: one row per metric, with the same suppression (pure)."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from bot.stats.figures import minutes_of, plain_number
from bot.stats.models import MOODS, GroupStats, Hidden

COLUMNS = ("group", "period_start", "period_end", "metric", "value")


def cell(value: object) -> str:
    """A CSV value: the number, why it is hidden ('hidden: fewer than 5 people'), or empty when
    there was nothing to measure."""
    if isinstance(value, Hidden):
        return value.value
    if value is None:
        return ""
    if isinstance(value, timedelta):
        return plain_number(minutes_of(value))
    if isinstance(value, int | float):
        return plain_number(value)
    return str(value)


def metrics(stats: GroupStats) -> list[tuple[str, str]]:
    """(metric, value) pairs in a fixed order."""
    rows = [
        ("active_members", cell(stats.active)),
        ("new_members", cell(stats.new_members)),
    ]
    rows += [(f"retention_{days}d_percent", cell(v)) for days, v in stats.retention.items()]
    rows += [
        ("checkins_on", cell(stats.checkins_on)),
        ("checkins_answered_members", cell(stats.checkins_answered)),
    ]
    for index, mood in enumerate(MOODS):
        moods = stats.moods
        value = moods if isinstance(moods, Hidden) else (moods[index] if moods else None)
        rows.append((f"mood_{mood}_percent", cell(value)))  # each mood hidden on its own
    rows += [
        ("rsvp_yes", cell(stats.rsvp_yes)),
        ("rsvp_no", cell(stats.rsvp_no)),
        ("crisis_flags", cell(stats.flags)),
        ("flag_ack_median_minutes", cell(stats.ack_median)),
    ]
    return rows


# A cell starting with one of these is read as a formula by spreadsheets (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text_cell(text: str) -> str:
    """A text cell (a group's title, set by anyone in Telegram) a spreadsheet keeps as text."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(group: str, stats: GroupStats) -> str:
    """The CSV text: a header, then one row per metric."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    start, end = stats.period.start.isoformat(), stats.period.end.isoformat()
    for metric, value in metrics(stats):
        writer.writerow((text_cell(group), start, end, metric, value))
    return buffer.getvalue()
