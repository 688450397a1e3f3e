"""The report's words in one language: labels, figures as people read them, the methods note."""

from __future__ import annotations

import html
from datetime import date

from bot.formats.formatting import (
    Reader,
    date_with_year_text,
    decimal_text,
    integer_text,
    number_text,
    percent_text,
)
from bot.i18n import Texts
from bot.impact.figures import Metric, Report, Value
from bot.stats.models import Hidden, Period

COUNTS = frozenset({Metric.PARTICIPATION, Metric.NEW_MEMBERS, Metric.ATTENDANCE, Metric.FLAGS})
PERCENTS = frozenset({Metric.RETENTION_4W, Metric.RETENTION_12W})
SCORES = frozenset({Metric.FELT_SAFE, Metric.FELT_HEARD})
SIGNED = frozenset({Metric.WELLBEING_8W, Metric.WELLBEING_12W})
# The methods note explains these (the most alerts share the median's sentence).
EXPLAINED = tuple(metric for metric in Metric if metric is not Metric.LOAD_MAX)
MINUS = "\u2212"


def text_id(prefix: str, metric: Metric) -> str:
    """A metric's text id: impact-metric-new-members."""
    return f"{prefix}-{metric.value.replace('_', '-')}"


class ImpactWriter:
    """Turns the report's figures into words in one language (plain text, no HTML)."""

    def __init__(self, texts: Texts, language: str) -> None:
        """Write in this language."""
        self.texts = texts
        self.language = language
        self.reader = Reader(language)

    def plain(self, message_id: str, **args: object) -> str:
        """One text without HTML escapes."""
        return html.unescape(self.texts.get(self.language, message_id, **args))

    def label(self, metric: Metric) -> str:
        """A metric's name."""
        return self.plain(text_id("impact-metric", metric))

    def unit(self, index: int, report: Report) -> str:
        """A column's name: "All groups" or the group's title."""
        return self.plain("impact-all-groups") if index == 0 else report.units[index].title

    def day(self, day: date) -> str:
        """A date with its year."""
        return date_with_year_text(self.reader, day)

    def period(self, period: Period) -> str:
        """A period in words: "Jan 1, 2026 to Dec 31, 2026"."""
        return self.plain("impact-period", start=self.day(period.start), end=self.day(period.end))

    def compared(self, period: Period) -> str:
        """The earlier period in words."""
        return self.plain("impact-compared", start=self.day(period.start), end=self.day(period.end))

    def value(self, metric: Metric, value: Value) -> str:
        """A figure as people read it, "fewer than 5", "hidden" (protecting a smaller one), or
        "none yet"."""
        if isinstance(value, Hidden):
            return self.hidden(value)
        if value is None:
            return self.plain("impact-none")
        if metric in COUNTS:
            return integer_text(self.reader, round(value))
        if metric in PERCENTS:
            return percent_text(self.reader, value / 100)
        if metric in SCORES:
            return self.plain("impact-score", score=decimal_text(self.reader, value))
        if metric in SIGNED:
            return self.signed(value)
        if metric is Metric.TIME_TO_HUMAN:
            return self.plain("impact-minutes", minutes=number_text(self.reader, value))
        return number_text(self.reader, value)

    def hidden(self, value: Hidden) -> str:
        """Why a figure is hidden, in a few words."""
        return self.plain("impact-fewer" if value is Hidden.FEWER_THAN_5 else "impact-protected")

    def was(self, metric: Metric, value: Value) -> str:
        """The period before's figure: "was 278"."""
        return self.plain("impact-was", value=self.value(metric, value))

    def signed(self, value: float) -> str:
        """A number with its sign: +1.5, −2, 0."""
        shown = number_text(self.reader, abs(value))
        return shown if value == 0 else ("+" if value > 0 else MINUS) + shown

    def change(self, metric: Metric, value: Value) -> str:
        """A change from the period before, with its sign (or why it is hidden)."""
        if isinstance(value, Hidden):
            return self.hidden(value)
        if value is None:
            return self.plain("impact-none")
        if metric in PERCENTS:
            return self.plain("impact-points", points=self.signed(value))
        if metric is Metric.TIME_TO_HUMAN:
            return self.plain("impact-minutes", minutes=self.signed(value))
        return self.signed(value)

    def methods(self, report: Report) -> list[str]:
        """The methods note as paragraphs: what each figure means, what is hidden and why."""
        protected = report.current.protected + (report.earlier.protected if report.earlier else 0)
        paragraphs = [self.plain("impact-methods-intro")]
        paragraphs += [self.plain(text_id("impact-about", metric)) for metric in EXPLAINED]
        paragraphs += [
            self.plain("impact-methods-hidden"),
            self.plain("impact-methods-protected", count=protected),
            self.plain("impact-methods-rounded"),
            self.plain("impact-methods-pooled"),
        ]
        if report.earlier is not None:
            paragraphs.append(self.plain("impact-methods-compare"))
        return paragraphs

    def methods_text(self, report: Report) -> str:
        """The methods note as a plain text file (beside the CSV)."""
        title = self.plain("impact-title")
        lines = [title, self.period(report.current.period)]
        if report.earlier is not None:
            lines.append(self.compared(report.earlier.period))
        lines += ["", self.plain("impact-methods-title"), ""]
        lines += [paragraph + "\n" for paragraph in self.methods(report)]
        return "\n".join(lines)
