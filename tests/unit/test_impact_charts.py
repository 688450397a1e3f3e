"""The report's bar panels: a figure with a scale of its own is drawn against that scale."""

from __future__ import annotations

from matplotlib.figure import Figure

from bot.impact.charts import Bar, Panel, draw_panel
from bot.impact.figures import Metric
from bot.impact.render_pdf import FULL_SCALE


def _right_edge(panel: Panel) -> float:
    """Where the panel's x axis ends once drawn."""
    axes = Figure().add_subplot()
    draw_panel(axes, panel)
    return float(axes.get_xlim()[1])


def test_a_percentage_is_drawn_against_a_hundred() -> None:
    """42% and 43% do not fill the width: the axis reaches past 100."""
    bars = (Bar("All groups", 42.0, "42%"), Bar("Evening Circle", 43.0, "43%"))
    assert _right_edge(Panel("Still coming after 12 weeks", bars, 100.0)) > 100.0


def test_a_count_is_drawn_against_its_largest_value() -> None:
    """A count has no scale of its own: the largest bar sets the width."""
    bars = (Bar("All groups", 40.0, "40"), Bar("Evening Circle", 12.0, "12"))
    assert _right_edge(Panel("Crisis alerts", bars)) < 100.0


def test_rates_and_scores_have_their_scale() -> None:
    """Retention is a percentage, felt safe and felt heard are 1-5 scores."""
    assert FULL_SCALE[Metric.RETENTION_12W] == 100.0
    assert FULL_SCALE[Metric.FELT_HEARD] == 5.0


def test_words_without_a_bar_stay_on_the_page_below_zero() -> None:
    """In a panel of falls (a change in distress), "none yet" starts at the left edge, not
    past zero where it would run off the page."""
    axes = Figure().add_subplot()
    bars = (Bar("All groups", -1.6, "-1.6"), Bar("New Moon", None, "none yet"))
    draw_panel(axes, Panel("Change in distress", bars))
    [words] = [text for text in axes.texts if "none yet" in text.get_text()]
    assert words.get_position()[0] == axes.get_xlim()[0]
