"""The report's drawings (matplotlib, like `bot/stats/charts.py`): key-figure tiles and one
horizontal bar panel per figure, a bar per group (and "all groups" first), the period before
as an orange mark across it. Hidden figures say "fewer than 5" in grey instead of a bar.
Every word comes from the caller, already translated; `literal` keeps a `$` from mathtext.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.stats.charts import literal
from bot.stats.models import Hidden

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

INK = "#333333"
MUTED = "#777777"
CURRENT = "#0072B2"
ALL_GROUPS = "#004C7A"
MARK = "#E69F00"
UP, DOWN = "#007A5E", "#B0451A"
TILE = "#F2F7FB"
LABEL_PT, VALUE_PT, TITLE_PT = 9, 8.5, 12
LABEL_WIDTH = 32
# A panel's title wraps after this many characters (it starts mid-page).
TITLE_WIDTH = 52


@dataclass(frozen=True)
class Bar:
    """One group's figure: its name, value (for the bar) and words, and the period before's."""

    label: str
    value: float | Hidden | None
    text: str
    earlier: float | Hidden | None = None
    earlier_text: str | None = None
    bold: bool = False


@dataclass(frozen=True)
class Panel:
    """One figure across the groups: a title and a bar per group."""

    title: str
    bars: tuple[Bar, ...]
    # The top of the figure's own scale (100 for a percentage, 5 for a 1-5 score): bars are
    # drawn against it, so 42% never fills the width. None: the largest value sets the width.
    scale: float | None = None


@dataclass(frozen=True)
class Tile:
    """A key figure: big value, its name, and the change from the period before (if any)."""

    label: str
    text: str
    change: str | None = None
    # +1 good news, -1 bad news, 0 neither (colours the change).
    mood: int = 0


def _number(value: float | Hidden | None) -> float | None:
    """The value a bar is drawn to, or None when there is no bar."""
    return None if value is None or isinstance(value, Hidden) else float(value)


def _limits(panel: Panel) -> tuple[float, float]:
    """The x range: zero and every value, with room for the words at the bars' ends."""
    values = [
        v for bar in panel.bars for v in (_number(bar.value), _number(bar.earlier)) if v is not None
    ]
    low, high = min([0.0, *values]), max([0.0, *values, panel.scale or 0.0])
    if low == high:
        return 0.0, 1.0
    span = high - low
    # Words go right of a positive bar, left of a negative one, and right of zero without one.
    return (low - 0.8 * span if low < 0 else 0.0), high + 0.5 * span


def _write(axes: Axes, x: float, y: float, text: str, value: float | None) -> None:
    """The words at a bar's end (left of a negative bar), or in grey without a bar."""
    if value is None:
        axes.text(
            x,
            y,
            " " + literal(text),
            va="center",
            fontsize=VALUE_PT,
            color=MUTED,
            style="italic",
        )
        return
    left = value < 0
    axes.text(
        x,
        y,
        literal(f"{text} " if left else f" {text}"),
        va="center",
        ha="right" if left else "left",
        fontsize=VALUE_PT,
        color=INK,
    )


def _words_at(now: float | None, before: float | None, low: float) -> float:
    """Where a row's words start: past the bar's end (or the mark's); without a bar, at the
    panel's left edge when its figures fall below zero (past zero they would leave the page)."""
    ends = [v for v in (now, before) if v is not None]
    if now is None and low < 0:
        return low
    if not ends:
        return 0.0
    return min(ends) if now is not None and now < 0 else max(ends)


def draw_panel(axes: Axes, panel: Panel) -> None:
    """Draw one panel: a bar per group; the period before as a mark across the bar, its figure
    in brackets after this period's."""
    rows = len(panel.bars)
    positions = list(range(rows))[::-1]
    low, high = _limits(panel)
    axes.set_xlim(low, high)
    axes.set_ylim(-0.6, rows - 0.4)
    labels = [
        literal(textwrap.shorten(bar.label, LABEL_WIDTH, placeholder="…")) for bar in panel.bars
    ]
    axes.set_yticks(positions, labels, fontsize=LABEL_PT, color=INK)
    for tick, bar in zip(axes.get_yticklabels(), panel.bars, strict=True):
        tick.set_fontweight("bold" if bar.bold else "normal")
    for y, bar in zip(positions, panel.bars, strict=True):
        now, before = _number(bar.value), _number(bar.earlier)
        if now is not None:
            axes.barh(y, now, height=0.62, color=ALL_GROUPS if bar.bold else CURRENT)
        if before is not None:
            axes.plot(
                [before, before],
                [y - 0.42, y + 0.42],
                color=MARK,
                linewidth=2.2,
                solid_capstyle="butt",
            )
        text = bar.text if bar.earlier_text is None else f"{bar.text}  ({bar.earlier_text})"
        _write(axes, _words_at(now, before, low), y, text, now)
    if low < 0:
        axes.axvline(0, color=INK, linewidth=0.8)
    axes.set_title(
        literal(textwrap.fill(panel.title, TITLE_WIDTH)),
        fontsize=TITLE_PT - 1,
        loc="left",
        color=INK,
        pad=6,
        fontweight="bold",
    )
    for side in ("top", "right", "bottom"):
        axes.spines[side].set_visible(False)
    axes.spines["left"].set_color("#BBBBBB")
    axes.set_xticks([])
    axes.tick_params(axis="y", length=0)


def draw_legend(figure: Figure, legend: tuple[str, str], top: float) -> None:
    """The page's key at its top right: this period's bar, the period before's mark."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [
        Patch(color=CURRENT, label=literal(legend[0])),
        Line2D([], [], color=MARK, linewidth=2.2, label=literal(legend[1])),
    ]
    figure.legend(
        handles=handles,
        loc="upper right",
        bbox_to_anchor=(0.94, top),
        ncols=2,
        fontsize=LABEL_PT,
        frameon=False,
        handlelength=1.4,
    )


def draw_tiles(figure: Figure, tiles: Sequence[Tile], top: float, bottom: float) -> None:
    """Key figures as tiles in two columns between two heights of the page."""
    from matplotlib.patches import FancyBboxPatch

    rows = (len(tiles) + 1) // 2
    step = (top - bottom) / max(rows, 1)
    for index, tile in enumerate(tiles):
        column, row = index % 2, index // 2
        x, y = 0.07 + column * 0.45, top - (row + 1) * step
        box = FancyBboxPatch(
            (x, y + 0.01),
            0.41,
            step - 0.02,
            boxstyle="round,pad=0.004",
            transform=figure.transFigure,
            facecolor=TILE,
            edgecolor="none",
        )
        figure.patches.append(box)
        figure.text(
            x + 0.025,
            y + step * 0.56,
            literal(tile.text),
            fontsize=24 if any(c.isdigit() for c in tile.text) else 16,
            color=ALL_GROUPS,
            fontweight="bold",
            va="center",
        )
        figure.text(
            x + 0.025,
            y + step * 0.22,
            literal(textwrap.fill(tile.label, 40)),
            fontsize=LABEL_PT + 1,
            color=INK,
            va="center",
        )
        if tile.change is not None:
            colour = UP if tile.mood > 0 else DOWN if tile.mood < 0 else MUTED
            figure.text(
                x + 0.39,
                y + step * 0.56,
                literal(tile.change),
                fontsize=LABEL_PT + 2,
                color=colour,
                ha="right",
                va="center",
            )
