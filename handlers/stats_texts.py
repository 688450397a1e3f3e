"""The words of a /stats report: the summary text and the chart's labels, in one language."""

from __future__ import annotations

import html
from datetime import timedelta

from bot.feedback.figures import FeedbackSummary
from bot.formats.formatting import Reader, date_text, number_text
from bot.i18n import Texts
from bot.stats.charts import StatsLabels
from bot.stats.figures import minutes_of
from bot.stats.models import MOODS, GroupStats, Hidden

# Waits up to this many minutes are given in minutes, longer ones in hours.
MINUTES_UP_TO = 120


class StatsWriter:
    """Turns figures into the summary and chart words; hidden ones say "fewer than 5 people"."""

    def __init__(self, texts: Texts, language: str) -> None:
        """Write in this language."""
        self.texts = texts
        self.language = language
        self.reader = Reader(language)

    def text(self, message_id: str, **args: object) -> str:
        """One text (HTML-escaped arguments)."""
        return self.texts.get(self.language, message_id, **args)

    def plain(self, message_id: str, **args: object) -> str:
        """One text without HTML escapes (for the chart)."""
        return html.unescape(self.text(message_id, **args))

    def count(self, value: int | Hidden, empty: str | None = None) -> str:
        """A count, the hidden words, or the empty word for zero when one is given."""
        if isinstance(value, Hidden):
            return self.text("stats-fewer")
        return self.text(empty) if value == 0 and empty else str(value)

    def percent(self, value: float | Hidden | None, fewer: str = "stats-fewer") -> str:
        """A percentage, the hidden words (or the chart's `fewer` words) or "none yet"."""
        if isinstance(value, Hidden):
            return self.text(fewer)
        if value is None:
            return self.text("stats-none")
        return self.text("stats-percent", value=number_text(self.reader, value))

    def wait(self, value: timedelta | Hidden | None, fewer: str = "stats-fewer") -> str:
        """A median wait in minutes or hours, the hidden words (or `fewer`) or "none yet"."""
        if isinstance(value, Hidden):
            return self.text(fewer)
        if value is None:
            return self.text("stats-none")
        minutes = minutes_of(value)
        if minutes <= MINUTES_UP_TO:
            return self.text("stats-minutes", minutes=number_text(self.reader, minutes))
        return self.text("stats-hours", hours=number_text(self.reader, minutes / 60))

    def moods(self, stats: GroupStats) -> str:
        """Each mood word with its share (or the hidden words), or all hidden / no answers yet."""
        if isinstance(stats.moods, Hidden):
            return self.text("stats-fewer")
        if not stats.moods:
            return self.text("stats-no-answers")
        return " · ".join(
            self.text(
                "stats-mood-share",
                mood=self.plain(f"mood-word-{mood}"),
                share=self.percent(share),
            )
            for mood, share in zip(MOODS, stats.moods, strict=True)
        )

    def score(self, value: float | Hidden | None) -> str:
        """A mean score out of 5, the hidden words, or "none yet"."""
        if isinstance(value, Hidden):
            return self.text("stats-fewer")
        if value is None:
            return self.text("stats-none")
        return number_text(self.reader, value)

    def feedback(self, summary: FeedbackSummary) -> str:
        """The meeting feedback line: mean felt-safe and felt-heard scores, guarded."""
        safe, heard = self.score(summary.felt_safe), self.score(summary.felt_heard)
        return self.text("stats-feedback", safe=safe, heard=heard)

    def retention(self, stats: GroupStats, message_id: str, fewer: str = "stats-fewer") -> str:
        """The 4- and 12-week retention line."""
        four, twelve = (self.percent(stats.retention.get(days), fewer) for days in (28, 84))
        return self.text(message_id, four=four, twelve=twelve)

    def summary(
        self, title: str, stats: GroupStats, feedback: FeedbackSummary | None = None
    ) -> str:
        """The whole summary: group and period, each figure on a line, the footnote."""
        period = stats.period
        lines = [
            self.text("stats-title", title=title),
            self.text(
                "stats-period",
                days=str(period.days),
                start=date_text(self.reader, period.start, with_year=True),
                end=date_text(self.reader, period.end, with_year=True),
            ),
            "",
            self.text("stats-active", value=self.count(stats.active)),
            self.text("stats-new", value=self.count(stats.new_members)),
            self.retention(stats, "stats-retention"),
            self.text(
                "stats-checkins",
                on=self.count(stats.checkins_on),
                answered=self.count(stats.checkins_answered),
            ),
            self.text("stats-moods", moods=self.moods(stats)),
            self.text("stats-rsvps", yes=self.count(stats.rsvp_yes), no=self.count(stats.rsvp_no)),
            *([self.feedback(feedback)] if feedback is not None else []),
            self.text(
                "stats-flags",
                flags=self.count(stats.flags, "stats-no-flags"),
                wait=self.wait(stats.ack_median),
            ),
            "",
            self.text("stats-footnote"),
        ]
        return "\n".join(lines)

    def chart_parts(
        self, title: str, stats: GroupStats
    ) -> tuple[
        list[tuple[str, int | Hidden]], tuple[float | Hidden, ...] | Hidden, list[str], StatsLabels
    ]:
        """What the chart shows: the counts, the mood shares, two lines and its labels."""
        bars: list[tuple[str, int | Hidden]] = [
            (self.plain("stats-bar-active"), stats.active),
            (self.plain("stats-bar-new"), stats.new_members),
            (self.plain("stats-bar-checkins-on"), stats.checkins_on),
            (self.plain("stats-bar-answered"), stats.checkins_answered),
            (self.plain("stats-bar-yes"), stats.rsvp_yes),
            (self.plain("stats-bar-no"), stats.rsvp_no),
            (self.plain("stats-bar-flags"), stats.flags),
        ]
        hidden = "stats-chart-hidden"
        wait = html.unescape(self.wait(stats.ack_median, hidden))
        lines = [
            html.unescape(self.retention(stats, "stats-chart-retention", hidden)),
            self.plain("stats-chart-wait", wait=wait),
        ]
        period = stats.period
        moods = tuple(self.plain(f"mood-word-{mood}") for mood in MOODS)
        labels = StatsLabels(
            title=self.plain("stats-chart-title", title=title),
            subtitle=self.plain(
                "stats-chart-subtitle",
                days=str(period.days),
                start=date_text(self.reader, period.start, with_year=True),
                end=date_text(self.reader, period.end, with_year=True),
            ),
            counts_title=self.plain("stats-chart-counts"),
            moods_title=self.plain("stats-chart-moods"),
            moods=(moods[0], moods[1], moods[2], moods[3], moods[4]),
            hidden=self.plain(hidden),
            no_answers=self.plain("stats-chart-no-answers"),
        )
        return bars, stats.moods, lines, labels
