"""The report as CSV (pure): one row per group and figure, the same suppression as the PDF."""

from __future__ import annotations

import csv
import io

from bot.impact.figures import Metric, Report
from bot.stats.export import cell, text_cell

COLUMNS = (
    "group",
    "period_start",
    "period_end",
    "metric",
    "value",
    "earlier_period_start",
    "earlier_period_end",
    "earlier_value",
    "change",
)
ALL_GROUPS = "All groups"


def to_csv(report: Report) -> str:
    """The CSV text: a header, then one row per group (all groups first) and figure."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    current, earlier = report.current.period, report.earlier.period if report.earlier else None
    before = (earlier.start.isoformat(), earlier.end.isoformat()) if earlier else ("", "")
    for index, unit in enumerate(report.units):
        name = ALL_GROUPS if index == 0 else text_cell(unit.title)
        for metric in Metric:
            was = cell(report.value(index, metric, earlier=True)) if earlier else ""
            change = cell(report.change(index, metric)) if earlier else ""
            writer.writerow(
                (
                    name,
                    current.start.isoformat(),
                    current.end.isoformat(),
                    metric.value,
                    cell(report.value(index, metric)),
                    *before,
                    was,
                    change,
                )
            )
    return buffer.getvalue()
