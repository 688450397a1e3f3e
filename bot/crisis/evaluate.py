"""Evaluate the detector on labelled JSON lines (fields: id, text, label, tier, lang, why).

Only `text` is used for prediction; `label`, `tier` and `lang` are used for scoring only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from bot.crisis.corpus import CHAT_TIER, IMMINENT_TIERS
from bot.crisis.layered import LayeredDetector
from bot.crisis.models import Detection


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
    """Recall on crisis rows, false-positive rate on hard negatives, false alarms on chat."""

    recall: Tally = field(default_factory=Tally)
    fp: Tally = field(default_factory=Tally)
    chat: Tally = field(default_factory=Tally)
    recall_by_tier: dict[str, Tally] = field(default_factory=dict)
    fp_by_tier: dict[str, Tally] = field(default_factory=dict)
    recall_by_lang: dict[str, Tally] = field(default_factory=dict)
    fp_by_lang: dict[str, Tally] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def imminent(self) -> Tally:
        """Return recall over the imminent tiers together."""
        total = Tally()
        for tier in IMMINENT_TIERS:
            tally = self.recall_by_tier.get(tier)
            if tally is not None:
                total.hits += tally.hits
                total.total += tally.total
        return total

    def add(self, case: Case, flagged: bool) -> None:
        """Count one case's verdict."""
        crisis = case.label == "crisis"
        if crisis and not flagged:
            self.misses.append(case.id)
        elif flagged and not crisis:
            self.false_positives.append(case.id)
        if case.tier == CHAT_TIER and not crisis:
            self.chat.add(flagged)
            return
        if crisis:
            total, by_tier, by_lang = self.recall, self.recall_by_tier, self.recall_by_lang
        else:
            total, by_tier, by_lang = self.fp, self.fp_by_tier, self.fp_by_lang
        total.add(flagged)
        by_tier.setdefault(case.tier or "-", Tally()).add(flagged)
        by_lang.setdefault(case.lang or "-", Tally()).add(flagged)

    def format(self, ids: bool = True) -> str:
        """Render the report as plain text."""
        lines = [
            f"recall on crisis: {self.recall}",
            f"recall on imminent tiers: {self.imminent}",
            f"false-positive rate on none: {self.fp}",
        ]
        if self.chat.total:
            per_1000 = 1000 * self.chat.rate
            lines.append(f"false alarms on ordinary chat: {per_1000:.1f} per 1,000 {self.chat}")
        for title, table in (
            ("recall by tier", self.recall_by_tier),
            ("false-positive rate by tier", self.fp_by_tier),
            ("recall by language", self.recall_by_lang),
            ("false-positive rate by language", self.fp_by_lang),
        ):
            lines.append(f"{title}:")
            lines.extend(f"  {key:<20} {table[key]}" for key in sorted(table))
        if ids:
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


class Detects(Protocol):
    """Anything with the detector's `detect` (the rules alone, or both layers)."""

    def detect(self, text: str, lang: str | None = None) -> Detection | None:
        """Return a Detection or None."""


def evaluate(detector: Detects, cases: Iterable[Case]) -> Report:
    """Run the detector on each case's text only and tally the results."""
    report = Report()
    for case in cases:
        report.add(case, detector.detect(case.text) is not None)
    return report


def evaluate_layers(detector: LayeredDetector, cases: Iterable[Case]) -> dict[str, Report]:
    """Tally the rules, the model and their union on the same cases (text only)."""
    reports = {"rules": Report(), "model": Report(), "union": Report()}
    for case in cases:
        verdict = detector.assess(case.text)
        model = verdict.model is not None and verdict.model.flagged
        reports["rules"].add(case, verdict.rules is not None)
        reports["model"].add(case, model)
        reports["union"].add(case, verdict.flagged)
    return reports
