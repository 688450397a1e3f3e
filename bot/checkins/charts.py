"""Mood charts as PNG bytes, sized and lettered to be read on a phone.

matplotlib (and numpy) are imported inside the functions, so importing this module is cheap.
Figures are built with `matplotlib.figure.Figure` on an Agg canvas, never through pyplot, so
no global plotting state is touched. All words come from the caller's `ChartLabels`
(translated); the bundled DejaVu Sans font covers accents but not emoji.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from bot.checkins.models import MOODS

if TYPE_CHECKING:
    import numpy as np
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from numpy.typing import NDArray

# Okabe-Ito colours (colour-blind safe), for moods 1 (hardest) .. 5 (best).
MOOD_COLOURS = ("#D55E00", "#E69F00", "#F0E442", "#56B4E9", "#0072B2")
NO_ANSWER_COLOUR = "#D9D9D9"
_BACKGROUND = "#FFFFFF"
_INK = "#333333"
_DPI = 100
_TITLE_PT, _LABEL_PT, _TICK_PT = 24, 18, 16
_WEEKS = 53
_MAX_DATE_TICKS = 8
# (line width, dot area) for up to 45 days, up to 91 days, longer.
_STYLES = ((4.0, 160.0), (2.5, 40.0), (1.5, 12.0))


@dataclass(frozen=True)
class ChartLabels:
    """The (translated) words on a chart: title, mood words 1..5, empty text, month names.

    `weekdays` (seven short names, Monday first) labels the rows of the Year in Pixels and
    `no_answer` names its grey squares in the legend; both are left out when empty.
    """

    title: str
    moods: tuple[str, str, str, str, str]
    no_data: str
    months: tuple[str, ...]
    weekdays: tuple[str, ...] = ()
    no_answer: str = ""

    def __post_init__(self) -> None:
        """Reject month or weekday name lists of the wrong length."""
        if len(self.months) != 12:
            raise ValueError(f"months needs 12 names, got {len(self.months)}")
        if len(self.weekdays) not in (0, 7):
            raise ValueError(f"weekdays needs 7 names or none, got {len(self.weekdays)}")


def new_figure(width_px: int, height_px: int, background: str = _BACKGROUND) -> Figure:
    """Return a figure of this pixel size (and background) on its own Agg canvas."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width_px / _DPI, height_px / _DPI), dpi=_DPI, facecolor=background)
    FigureCanvasAgg(figure)
    return figure


def png_bytes(figure: Figure) -> bytes:
    """Render the figure as PNG bytes (no version metadata, so output is reproducible)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=_DPI, metadata={"Software": None})
    return buffer.getvalue()


def _note(axes: Axes, text: str) -> None:
    """Write a boxed message in the middle of the axes."""
    axes.text(
        0.5,
        0.5,
        textwrap.fill(text, 40),
        transform=axes.transAxes,
        ha="center",
        va="center",
        fontsize=_LABEL_PT + 2,
        color=_INK,
        bbox={"boxstyle": "round,pad=0.6", "facecolor": _BACKGROUND, "edgecolor": _INK},
        zorder=5,
    )


def _daily(points: Sequence[tuple[date, int | None]]) -> dict[date, int | None]:
    """Return every date from the first point to the last, mood or None (last point wins)."""
    given = dict(points)
    if not given:
        return {}
    first, last = min(given), max(given)
    span = (last - first).days + 1
    return {day: given.get(day) for day in (first + timedelta(days=n) for n in range(span))}


def _mood_axis(axes: Axes, labels: ChartLabels) -> None:
    """Draw the mood bands and the 1..5 axis with the mood words."""
    for mood, colour in zip(MOODS, MOOD_COLOURS, strict=True):
        axes.axhspan(mood - 0.5, mood + 0.5, color=colour, alpha=0.18, linewidth=0, zorder=0)
    axes.set_ylim(0.5, 5.5)
    axes.set_yticks(list(MOODS), list(labels.moods), fontsize=_LABEL_PT)
    axes.tick_params(axis="y", length=0)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _month_starts(first: date, last: date) -> list[date]:
    """Return the first days of months within [first, last]."""
    found: list[date] = []
    day = first if first.day == 1 else (first.replace(day=1) + timedelta(days=32)).replace(day=1)
    while day <= last:
        found.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return found


def _date_ticks(first: date, last: date, months: tuple[str, ...]) -> tuple[list[int], list[str]]:
    """Return x tick positions (ordinals) and labels: days for short spans, months for long."""
    span = (last - first).days + 1
    if span > 62:
        ticks = _month_starts(first, last)
        return [day.toordinal() for day in ticks], [months[day.month - 1] for day in ticks]
    step = -(-span // _MAX_DATE_TICKS)
    days = [last - timedelta(days=n) for n in range(0, span, step)][::-1]
    return [day.toordinal() for day in days], [f"{day.day} {months[day.month - 1]}" for day in days]


def _plot_moods(axes: Axes, daily: dict[date, int | None]) -> None:
    """Draw the mood line (broken on unanswered days) and one coloured dot per answer."""
    import numpy as np

    xs = np.array([day.toordinal() for day in daily], dtype=float)
    ys = np.array([np.nan if mood is None else mood for mood in daily.values()], dtype=float)
    line, dot = _STYLES[min(len(daily) // 46, 2)]
    axes.plot(xs, ys, color=_INK, linewidth=line, solid_capstyle="round", zorder=3)
    answered = [(day.toordinal(), mood) for day, mood in daily.items() if mood is not None]
    axes.scatter(
        [x for x, _ in answered],
        [mood for _, mood in answered],
        s=dot,
        c=[MOOD_COLOURS[mood - 1] for _, mood in answered],
        edgecolors=_INK,
        linewidths=line / 2,
        zorder=4,
    )


def mood_chart(points: Sequence[tuple[date, int | None]], labels: ChartLabels) -> bytes:
    """Return a 1080x720 PNG line chart of moods by local date; missing days leave gaps."""
    figure = new_figure(1080, 720)
    axes = figure.add_axes((0.22, 0.12, 0.74, 0.76))
    axes.set_title(labels.title, fontsize=_TITLE_PT, loc="left", pad=20, color=_INK)
    _mood_axis(axes, labels)
    daily = _daily(points)
    if not any(mood is not None for mood in daily.values()):
        axes.set_xticks([])
        _note(axes, labels.no_data)
        return png_bytes(figure)
    first, last = min(daily), max(daily)
    axes.set_xlim(first.toordinal() - 0.7, last.toordinal() + 0.7)
    axes.set_xticks(*_date_ticks(first, last, labels.months), fontsize=_TICK_PT)
    axes.grid(axis="x", color="#E6E6E6", linewidth=1, zorder=1)
    _plot_moods(axes, daily)
    return png_bytes(figure)


def _grid_start(end: date) -> date:
    """Return the Monday that starts the 53-week grid ending in the week of `end`."""
    return end - timedelta(days=end.weekday() + 7 * (_WEEKS - 1))


def _pixel_codes(days: Mapping[date, int], end: date) -> NDArray[np.int_]:
    """Return a 7x53 grid of codes: 0 after `end`, 1 no answer, 2..6 for moods 1..5."""
    import numpy as np

    start = _grid_start(end)
    codes = np.ones((7, _WEEKS), dtype=int)
    for day, mood in days.items():
        if mood not in MOODS:
            raise ValueError(f"mood must be one of {MOODS}, got {mood!r}")
        if start <= day <= end:
            offset = (day - start).days
            codes[offset % 7, offset // 7] = mood + 1
    codes[end.weekday() + 1 :, _WEEKS - 1] = 0
    return codes


def _month_ticks(end: date, months: tuple[str, ...]) -> tuple[list[int], list[str]]:
    """Return the week columns where a month begins, with the month names."""
    start = _grid_start(end)
    columns: list[int] = []
    names: list[str] = []
    for column in range(_WEEKS):
        monday = start + timedelta(days=7 * column)
        if column == 0 or monday.month != (monday - timedelta(days=7)).month:
            columns.append(column)
            names.append(months[monday.month - 1])
    if len(columns) > 1 and columns[1] - columns[0] < 3:
        del columns[0], names[0]  # a partial first month would crowd the next label
    return columns, names


def _draw_pixels(axes: Axes, codes: NDArray[np.int_]) -> None:
    """Paint the day squares, with white gaps between them."""
    from matplotlib.colors import ListedColormap

    palette = ListedColormap([_BACKGROUND, NO_ANSWER_COLOUR, *MOOD_COLOURS])
    axes.pcolormesh(codes, cmap=palette, vmin=-0.5, vmax=6.5, edgecolors=_BACKGROUND, linewidth=2.5)
    axes.set_aspect("equal")
    axes.invert_yaxis()
    for side in axes.spines.values():
        side.set_visible(False)
    axes.tick_params(length=0)


def _pixel_legend(figure: Figure, labels: ChartLabels) -> None:
    """Add the colour legend with the mood words (and the no-answer word) under the grid."""
    from matplotlib.patches import Patch

    entries = list(zip(MOOD_COLOURS, labels.moods, strict=True))
    if labels.no_answer:
        entries.append((NO_ANSWER_COLOUR, labels.no_answer))
    handles = [Patch(facecolor=colour, label=word) for colour, word in entries]
    columns = len(handles) if sum(len(word) for _, word in entries) <= 48 else 3
    figure.legend(
        handles=handles,
        loc="lower center",
        ncol=columns,
        fontsize=_TICK_PT,
        frameon=False,
        handlelength=1.2,
        handleheight=1.2,
        columnspacing=1.4,
    )


def year_in_pixels(days: Mapping[date, int], end: date, labels: ChartLabels) -> bytes:
    """Return a 1080x420 PNG "Year in Pixels": one square per day for the 53 weeks to `end`."""
    figure = new_figure(1080, 420)
    figure.text(0.03, 0.94, labels.title, fontsize=_TITLE_PT, color=_INK, va="top")
    axes = figure.add_axes((0.07, 0.2, 0.91, 0.56))
    codes = _pixel_codes(days, end)
    _draw_pixels(axes, codes)
    axes.xaxis.tick_top()
    axes.set_xticks(*_month_ticks(end, labels.months), fontsize=_TICK_PT - 2, ha="left")
    rows = [0, 2, 4, 6] if labels.weekdays else []
    names = [labels.weekdays[row] for row in rows]
    axes.set_yticks([row + 0.5 for row in rows], names, fontsize=_TICK_PT - 2)
    _pixel_legend(figure, labels)
    if not (codes >= 2).any():
        _note(axes, labels.no_data)
    return png_bytes(figure)
