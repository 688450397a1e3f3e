"""The programme report's words, CSV, pages and command line (pure parts)."""

from __future__ import annotations

import argparse
import csv
import io
from datetime import date

import pytest

from bot.config import DEFAULT_CONTENT_DIR
from bot.i18n import load_texts
from bot.impact.cli import periods
from bot.impact.export import to_csv
from bot.impact.figures import Metric, Report, report
from bot.impact.records import GroupData, Joined
from bot.impact.render_pdf import panel, pdf_bytes
from bot.impact.texts import ImpactWriter
from bot.stats.models import Hidden, Period

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
BEFORE = Period(date(2025, 1, 1), date(2025, 12, 31))
TEXTS = load_texts(DEFAULT_CONTENT_DIR)
YEAR_ARGS = ("start", "2026-01-01", "end", "2026-12-31")


def sample() -> Report:
    """Three groups, the second of 3 members (hidden) with a `$` in its title; compared."""

    def people(first: int, count: int, joined: date) -> tuple[Joined, ...]:
        """Members who joined on a day and were active in June."""
        return tuple(Joined(first + n, joined, date(joined.year, 6, 1)) for n in range(count))

    def groups(joined: date) -> list[GroupData]:
        """The three groups, all joined on this day."""
        return [
            GroupData(-1, "Alder", members=people(100, 12, joined)),
            GroupData(-2, "Birch $5 circle", members=people(200, 3, joined)),
            GroupData(-3, "Cedar", members=people(300, 30, joined)),
        ]

    return report(groups(date(2026, 2, 1)), YEAR, groups(date(2025, 2, 1)), BEFORE)


def test_figures_are_written_the_readers_way() -> None:
    """Spanish decimal commas and thousands, a true minus, points for percentages, hidden words."""
    writer = ImpactWriter(TEXTS, "es")
    assert writer.value(Metric.FELT_SAFE, 4.25) == "4,2 de 5"
    assert writer.value(Metric.PARTICIPATION, 1240) == "1.240"
    assert writer.change(Metric.WELLBEING_8W, -1.5) == "\u22121,5"
    assert writer.change(Metric.RETENTION_4W, 3.0) == "+3 pts"
    assert writer.value(Metric.FLAGS, Hidden.FEWER_THAN_5) == "menos de 5"
    assert writer.value(Metric.FLAGS, Hidden.PROTECTED) == "oculto (ver la nota)"
    assert writer.value(Metric.FLAGS, None) == "aún nada"


def test_a_hidden_figure_is_never_drawn_as_a_number() -> None:
    """The small group's bar has no value and says "fewer than 5", in both periods."""
    result = sample()
    bars = panel(result, ImpactWriter(TEXTS, "en"), Metric.PARTICIPATION).bars
    assert [bar.label for bar in bars] == ["All groups", "Alder", "Birch $5 circle", "Cedar"]
    small = bars[2]
    assert small.value is Hidden.FEWER_THAN_5
    assert small.text == "fewer than 5"
    assert small.earlier_text == "was fewer than 5"
    assert bars[1].text == "hidden (see the note)"  # protects the small group


def test_the_csv_and_the_pdf_carry_the_same_suppression() -> None:
    """Every CSV row of the small group is hidden; the PDF renders with a `$` in a title."""
    result = sample()
    rows = [line.split(",") for line in to_csv(result).splitlines()[1:]]
    small = [row for row in rows if row[0] == "Birch $5 circle" and row[3] == "participation"]
    assert small[0][4] == "hidden: fewer than 5 people"
    assert small[0][8] == "hidden: fewer than 5 people"
    assert pdf_bytes(result, ImpactWriter(TEXTS, "de"), date(2027, 1, 2)).startswith(b"%PDF")


def test_the_methods_note_counts_the_protected_figures() -> None:
    """The note says how many larger figures were hidden to protect a smaller one."""
    result = sample()
    note = ImpactWriter(TEXTS, "en").methods_text(result)
    protected = result.current.protected + (result.earlier.protected if result.earlier else 0)
    assert protected > 1
    assert f"{protected} figures about 5 or more people" in note
    assert "compared with" in note


def arguments(*pairs: str) -> argparse.Namespace:
    """The command line's dates."""
    values = dict(zip(pairs[::2], pairs[1::2], strict=True))
    names = ("start", "end", "compare_from", "compare_to")
    return argparse.Namespace(**{name: values.get(name) for name in names})


@pytest.mark.parametrize(
    ("given", "problem"),
    [
        (("start", "2026-13-01", "end", "2026-12-31"), "--from must be a date"),
        (("start", "2026-12-31", "end", "2026-01-01"), "must not be after"),
        (("start", "2027-06-01", "end", "2027-06-30"), "in the future"),
        (("start", "2026-01-01", "end", "2026-12-31", "compare_from", "2025-01-01"), "both"),
        ((*YEAR_ARGS, "compare_from", "2026-06-01", "compare_to", "2027-01-31"), "overlap"),
    ],
)
def test_the_command_line_refuses_bad_periods(given: tuple[str, ...], problem: str) -> None:
    """A bad date, a reversed or future period, half a comparison, overlapping periods."""
    with pytest.raises(ValueError, match=problem):
        periods(arguments(*given), date(2027, 1, 5))


def test_the_command_line_reads_two_periods() -> None:
    """A year and the year before."""
    given = arguments(
        "start",
        "2026-01-01",
        "end",
        "2026-12-31",
        "compare_from",
        "2025-01-01",
        "compare_to",
        "2025-12-31",
    )
    assert periods(given, date(2027, 1, 5)) == (YEAR, BEFORE)


def test_the_csv_never_starts_a_group_title_as_a_formula() -> None:
    """A group titled like a spreadsheet formula reaches the funder's CSV as text."""
    title = '=HYPERLINK("http://example.org","Open")'
    data = [GroupData(1, title, tuple(Joined(n, date(2026, 2, 1), None) for n in range(6)))]
    rows = list(csv.DictReader(io.StringIO(to_csv(report(data, YEAR)))))
    assert {row["group"] for row in rows} == {"All groups", "'" + title}
