"""The report as A4 pages: key figures, a page of charts per theme, the methods note (PDF by
matplotlib's PdfPages; any page also as PNG). Pure: words come from an `ImpactWriter`."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from bot.impact.charts import INK, MUTED, Bar, Panel, Tile, draw_legend, draw_panel, draw_tiles
from bot.impact.figures import Metric, Report
from bot.impact.texts import ImpactWriter
from bot.stats.charts import literal
from bot.stats.models import Hidden

if TYPE_CHECKING:
    from matplotlib.figure import Figure

A4 = (8.27, 11.69)
PNG_DPI = 150
TILES = (
    Metric.PARTICIPATION,
    Metric.NEW_MEMBERS,
    Metric.RETENTION_12W,
    Metric.FELT_SAFE,
    Metric.FLAGS,
    Metric.TIME_TO_HUMAN,
)
# +1: a rise is good news, -1: a fall is; 0: neither (crisis alerts, load).
GOOD = {
    Metric.PARTICIPATION: 1,
    Metric.NEW_MEMBERS: 1,
    Metric.RETENTION_4W: 1,
    Metric.RETENTION_12W: 1,
    Metric.FELT_SAFE: 1,
    Metric.FELT_HEARD: 1,
    Metric.TIME_TO_HUMAN: -1,
}
# Figures with a scale of their own, drawn against its top (a percentage, a 1-5 score).
FULL_SCALE = {
    Metric.RETENTION_4W: 100.0,
    Metric.RETENTION_12W: 100.0,
    Metric.FELT_SAFE: 5.0,
    Metric.FELT_HEARD: 5.0,
}
SECTIONS = (
    (
        "impact-section-people",
        (Metric.PARTICIPATION, Metric.NEW_MEMBERS, Metric.RETENTION_4W, Metric.RETENTION_12W),
    ),
    (
        "impact-section-meetings",
        (Metric.ATTENDANCE, Metric.PER_MEETING, Metric.FELT_SAFE, Metric.FELT_HEARD),
    ),
    ("impact-section-care", (Metric.WELLBEING_8W, Metric.WELLBEING_12W, Metric.FLAGS)),
    ("impact-section-care", (Metric.TIME_TO_HUMAN, Metric.LOAD_MEDIAN, Metric.LOAD_MAX)),
)
NOTE_WIDTH, NOTE_LINES = 92, 52


def _page() -> Figure:
    """A blank A4 page on its own canvas."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=A4, dpi=100, facecolor="#FFFFFF")
    FigureCanvasAgg(figure)
    return figure


def _header(figure: Figure, title: str, writer: ImpactWriter, report: Report) -> None:
    """A page's title and the period(s) it covers."""
    figure.text(0.07, 0.955, literal(title), fontsize=18, color=INK, fontweight="bold", va="top")
    period = writer.period(report.current.period)
    if report.earlier is not None:
        period += " · " + writer.compared(report.earlier.period)
    figure.text(0.07, 0.922, literal(period), fontsize=10, color=MUTED, va="top")


def _footer(figure: Figure, writer: ImpactWriter, page: int, pages: int, made: date) -> None:
    """The page number and the line that no one is named."""
    made_on = writer.plain("impact-made", date=writer.day(made))
    figure.text(0.07, 0.03, literal(made_on), fontsize=8, color=MUTED)
    number = writer.plain("impact-page", page=page, pages=pages)
    figure.text(0.93, 0.03, literal(number), fontsize=8, color=MUTED, ha="right")


def _tiles(report: Report, writer: ImpactWriter) -> list[Tile]:
    """The key figures of all groups, with their change when compared."""
    tiles = []
    for metric in TILES:
        change = report.change(0, metric)
        number = 0.0 if change is None or isinstance(change, Hidden) else change
        direction = number * GOOD.get(metric, 0)
        mood = 1 if direction > 0 else -1 if direction < 0 else 0
        shown = writer.change(metric, change) if report.earlier is not None else None
        tiles.append(
            Tile(writer.label(metric), writer.value(metric, report.value(0, metric)), shown, mood)
        )
    return tiles


def panel(report: Report, writer: ImpactWriter, metric: Metric) -> Panel:
    """One figure across all groups and each group."""
    bars = []
    for index in range(len(report.units)):
        value = report.value(index, metric)
        earlier = report.value(index, metric, earlier=True) if report.earlier else None
        bars.append(
            Bar(
                label=writer.unit(index, report),
                value=value,
                text=writer.value(metric, value),
                earlier=earlier,
                earlier_text=writer.was(metric, earlier) if report.earlier else None,
                bold=index == 0,
            )
        )
    return Panel(writer.label(metric), tuple(bars), FULL_SCALE.get(metric))


def _cover(report: Report, writer: ImpactWriter) -> Figure:
    """The first page: title, period, the key figures of all groups."""
    figure = _page()
    _header(figure, writer.plain("impact-title"), writer, report)
    heading = writer.plain("impact-key-figures")
    figure.text(0.07, 0.86, literal(heading), fontsize=13, color=INK, fontweight="bold")
    draw_tiles(figure, _tiles(report, writer), top=0.84, bottom=0.36)
    hidden = "\n\n".join(
        textwrap.fill(writer.plain(key, count=report.current.protected), NOTE_WIDTH - 8)
        for key in ("impact-methods-hidden", "impact-methods-pooled")
    )
    figure.text(0.07, 0.31, literal(hidden), fontsize=9.5, color=INK, va="top", linespacing=1.5)
    return figure


def _charts(report: Report, writer: ImpactWriter, title: str, metrics: Sequence[Metric]) -> Figure:
    """A page of panels, one under the other."""
    figure = _page()
    _header(figure, title, writer, report)
    if report.earlier is not None:
        legend = (writer.plain("impact-legend-current"), writer.plain("impact-legend-earlier"))
        draw_legend(figure, legend, top=0.905)
    top, bottom = 0.86, 0.07
    step = (top - bottom) / 4 if len(metrics) >= 4 else (top - bottom) / len(metrics)
    for index, metric in enumerate(metrics):
        axes = figure.add_axes((0.36, top - (index + 1) * step + 0.04, 0.58, step - 0.08))
        draw_panel(axes, panel(report, writer, metric))
    return figure


def _notes(report: Report, writer: ImpactWriter) -> list[Figure]:
    """The methods note, on as many pages as it takes."""
    lines: list[str] = []
    for paragraph in writer.methods(report):
        lines += [*textwrap.wrap(paragraph, NOTE_WIDTH), ""]
    pages = []
    for first in range(0, len(lines), NOTE_LINES):
        figure = _page()
        _header(figure, writer.plain("impact-methods-title"), writer, report)
        text = literal("\n".join(lines[first : first + NOTE_LINES]))
        figure.text(0.07, 0.88, text, fontsize=9.5, color=INK, va="top", linespacing=1.45)
        pages.append(figure)
    return pages


def pages(report: Report, writer: ImpactWriter, made: date) -> list[Figure]:
    """Every page of the report, numbered."""
    figures = [_cover(report, writer)]
    figures += [_charts(report, writer, writer.plain(key), metrics) for key, metrics in SECTIONS]
    figures += _notes(report, writer)
    for number, figure in enumerate(figures, start=1):
        _footer(figure, writer, number, len(figures), made)
    return figures


def pdf_bytes(report: Report, writer: ImpactWriter, made: date) -> bytes:
    """The whole report as a PDF (no creation date inside, so the same report is the same
    bytes)."""
    from matplotlib.backends.backend_pdf import PdfPages

    buffer = io.BytesIO()
    metadata = {"Creator": None, "Producer": None, "CreationDate": None}
    with PdfPages(buffer, metadata=metadata) as pdf:
        for figure in pages(report, writer, made):
            pdf.savefig(figure)
    return buffer.getvalue()


def page_png(report: Report, writer: ImpactWriter, made: date, page: int) -> bytes:
    """One page (1 = the first) as a PNG, as in the PDF."""
    figure = pages(report, writer, made)[page - 1]
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=PNG_DPI, metadata={"Software": None})
    return buffer.getvalue()
