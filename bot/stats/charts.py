"""The statistics chart as PNG bytes: counts, the mood distribution and a few key lines.

Drawn like the check-in charts (`bot/checkins/charts.py`): matplotlib's object API on an Agg
canvas, imported inside the function, 1080 px wide and lettered for a phone. Every word comes
from the caller's `StatsLabels` (translated); hidden figures show the `hidden` words. Every text
goes through `literal` first, so a `$` in a group title is never read as mathtext.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.checkins.charts import MOOD_COLOURS, new_figure, png_bytes
from bot.stats.figures import plain_number
from bot.stats.models import Hidden

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

WIDTH, HEIGHT = 1080, 1350
_INK = "#333333"
_BAR = "#0072B2"
_MUTED = "#777777"
_TITLE_PT, _LABEL_PT, _VALUE_PT = 30, 20, 20


@dataclass(frozen=True)
class StatsLabels:
    """The chart's (translated) words: titles, mood words, and what hidden or empty shows."""

    title: str
    subtitle: str
    counts_title: str
    moods_title: str
    moods: tuple[str, str, str, str, str]
    hidden: str
    no_answers: str


def literal(text: str) -> str:
    """The text with each `$` escaped, so matplotlib draws it as is instead of as maths."""
    return text.replace("$", r"\$")


def _clean(axes: Axes) -> None:
    """Hide the frame and x axis of a bar panel."""
    for side in ("top", "right", "bottom"):
        axes.spines[side].set_visible(False)
    axes.set_xticks([])
    axes.tick_params(axis="y", length=0)


def _counts(axes: Axes, bars: Sequence[tuple[str, int | Hidden]], labels: StatsLabels) -> None:
    """One horizontal bar per count, its number at the end; hidden ones say so in grey."""
    shown = [value for _, value in bars if not isinstance(value, Hidden)]
    top = max([*shown, 1])
    rows = list(range(len(bars)))[::-1]
    axes.set_yticks(rows, [literal(name) for name, _ in bars], fontsize=_LABEL_PT, color=_INK)
    axes.set_xlim(0, top * 1.25)
    axes.set_ylim(-0.6, len(bars) - 0.4)
    for row, (_, value) in zip(rows, bars, strict=True):
        if isinstance(value, Hidden):
            axes.text(
                0, row, " " + literal(labels.hidden), va="center", fontsize=_VALUE_PT, color=_MUTED
            )
            continue
        axes.barh(row, value, height=0.6, color=_BAR)
        axes.text(value, row, f" {value}", va="center", fontsize=_VALUE_PT, color=_INK)
    axes.set_title(
        literal(labels.counts_title), fontsize=_LABEL_PT + 2, loc="left", color=_INK, pad=12
    )
    _clean(axes)


def _moods(axes: Axes, moods: tuple[float | Hidden, ...] | Hidden, labels: StatsLabels) -> None:
    """One bar per mood with its share in percent (or the hidden words); a note when all hidden."""
    axes.set_title(
        literal(labels.moods_title), fontsize=_LABEL_PT + 2, loc="left", color=_INK, pad=12
    )
    rows = [4, 3, 2, 1, 0]
    axes.set_yticks(rows, [literal(m) for m in labels.moods], fontsize=_LABEL_PT, color=_INK)
    shown = [] if isinstance(moods, Hidden) else [m for m in moods if not isinstance(m, Hidden)]
    top = max(shown) if shown and max(shown) > 0 else 100.0
    axes.set_xlim(0, top * 1.3)
    axes.set_ylim(-0.6, 4.6)
    _clean(axes)
    if isinstance(moods, Hidden) or not moods:
        note = labels.hidden if isinstance(moods, Hidden) else labels.no_answers
        axes.text(
            0.5, 0.5, literal(note), transform=axes.transAxes, ha="center", va="center",
            fontsize=_LABEL_PT + 2, color=_MUTED,
        )  # fmt: skip
        return
    for row, share, colour in zip(rows, moods, MOOD_COLOURS, strict=True):
        if isinstance(share, Hidden):
            hidden = " " + literal(labels.hidden)
            axes.text(0, row, hidden, va="center", fontsize=_VALUE_PT, color=_MUTED)
            continue
        axes.barh(row, share, height=0.6, color=colour, edgecolor=_INK, linewidth=0.5)
        axes.text(share, row, f" {plain_number(share)}%", va="center", fontsize=_VALUE_PT)


def draw_stats(
    bars: Sequence[tuple[str, int | Hidden]],
    moods: tuple[float | Hidden, ...] | Hidden,
    lines: Sequence[str],
    labels: StatsLabels,
) -> Figure:
    """Draw the 1080x1350 figure: title, the counts, the mood shares and the key lines below."""
    figure = new_figure(WIDTH, HEIGHT, "#FFFFFF")
    figure.text(0.04, 0.975, literal(labels.title), fontsize=_TITLE_PT, color=_INK, va="top")
    subtitle = literal(labels.subtitle)
    figure.text(0.04, 0.935, subtitle, fontsize=_LABEL_PT, color=_MUTED, va="top")
    _counts(figure.add_axes((0.40, 0.53, 0.54, 0.34)), bars, labels)
    _moods(figure.add_axes((0.40, 0.20, 0.54, 0.24)), moods, labels)
    wrapped = literal("\n".join(textwrap.fill(line, 70) for line in lines))
    figure.text(0.04, 0.15, wrapped, fontsize=_LABEL_PT - 2, color=_INK, va="top", linespacing=1.6)
    return figure


def stats_chart(
    bars: Sequence[tuple[str, int | Hidden]],
    moods: tuple[float | Hidden, ...] | Hidden,
    lines: Sequence[str],
    labels: StatsLabels,
) -> bytes:
    """Return the chart as a 1080x1350 PNG."""
    return png_bytes(draw_stats(bars, moods, lines, labels))
