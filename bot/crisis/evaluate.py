"""Evaluate the detector on labelled JSON lines (fields: id, text, label, tier, lang, why).

Only `text` is used for prediction; `label`, `tier` and `lang` are used for scoring only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bot.crisis.detector import CrisisDetector


@dataclass(frozen=True, slots=True)
class Case:
    """One labelled message."""

    id: str
    text: str
    label: str
    tier: str
    lang: str


@dataclass(slots=True)
class Tally:
    """Hits out of a total (recall on crisis rows, or false alarms on none rows)."""

    hits: int = 0
    total: int = 0

    @property
    def rate(self) -> float:
        """Return hits / total (0.0 when empty)."""
        return self.hits / self.total if self.total else 0.0

    def add(self, hit: bool) -> None:
        """Count one row."""
        self.total += 1
        self.hits += int(hit)

    def __str__(self) -> str:
        """Render as ``0.964 (27/28)``."""
        return f"{self.rate:.3f} ({self.hits}/{self.total})"


@dataclass(slots=True)
class Report:
    """Recall on crisis rows and false-positive rate on none rows, with breakdowns."""

    recall: Tally = field(default_factory=Tally)
    fp: Tally = field(default_factory=Tally)
    recall_by_tier: dict[str, Tally] = field(default_factory=dict)
    fp_by_tier: dict[str, Tally] = field(default_factory=dict)
    recall_by_lang: dict[str, Tally] = field(default_factory=dict)
    fp_by_lang: dict[str, Tally] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    def format(self) -> str:
        """Render the report as plain text."""
        lines = [f"recall on crisis: {self.recall}", f"false-positive rate on none: {self.fp}"]
        for title, table in (
            ("recall by tier", self.recall_by_tier),
            ("false-positive rate by tier", self.fp_by_tier),
            ("recall by language", self.recall_by_lang),
            ("false-positive rate by language", self.fp_by_lang),
        ):
            lines.append(f"{title}:")
            lines.extend(f"  {key:<20} {table[key]}" for key in sorted(table))
        lines.append(f"missed crisis ids ({len(self.misses)}): {' '.join(self.misses) or '-'}")
        fps = " ".join(self.false_positives) or "-"
        lines.append(f"false-positive ids ({len(self.false_positives)}): {fps}")
        return "\n".join(lines)


def read_cases(lines: Iterable[str], source: str = "<input>") -> Iterator[Case]:
    """Parse labelled JSON lines, skipping blank lines; raise ValueError naming the line."""
    for no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            yield Case(
                str(row["id"]),
                str(row["text"]),
                str(row["label"]),
                str(row.get("tier", "")),
                str(row.get("lang", "")),
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{source}:{no}: bad labelled row: {exc}") from exc


def load_cases(path: Path | str) -> list[Case]:
    """Read a labelled JSON-lines file."""
    p = Path(path)
    with p.open(encoding="utf-8") as fh:
        return list(read_cases(fh, str(p)))


def evaluate(detector: CrisisDetector, cases: Iterable[Case]) -> Report:
    """Run the detector on each case's text only and tally the results."""
    report = Report()
    for case in cases:
        flagged = detector.detect(case.text) is not None
        if case.label == "crisis":
            groups = (report.recall, report.recall_by_tier, report.recall_by_lang)
            if not flagged:
                report.misses.append(case.id)
        else:
            groups = (report.fp, report.fp_by_tier, report.fp_by_lang)
            if flagged:
                report.false_positives.append(case.id)
        total, by_tier, by_lang = groups
        total.add(flagged)
        by_tier.setdefault(case.tier or "-", Tally()).add(flagged)
        by_lang.setdefault(case.lang or "-", Tally()).add(flagged)
    return report
