"""The held-out figures, measured once, held so that a regression fails CI.

The held-out part of the corpus was never trained on and never used to write a rule. The
floors below are the figures measured when the shipped model was trained (see BENCHMARKS.md
and the issue's closing note), minus a small margin for retraining noise. They are NOT the
product's targets (recall 0.95, imminent 1.00, <= 0.05 false positives, <= 2 per 1,000 chat),
which the detector does not reach yet: raise them as it improves, never lower them silently.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.crisis.corpus import read_folder
from bot.crisis.evaluate import Case, Report, evaluate_layers
from bot.crisis.layered import LayeredDetector

from .conftest import CONTENT

HELDOUT = CONTENT / "corpus" / "heldout"
# Measured 2026-12-06 (night) on 9,328 held-out rows (3,727 crisis, 3,819 hard negatives,
# 1,782 chat), after five more batches (imminent scenes with twins; Portuguese, German,
# Spanish and world-English voices). On the 8,304 rows held out before them: recall 0.630 ->
# 0.629, imminent 0.568 -> 0.584, FP 0.074 -> 0.069, chat 6.7 -> 4.5 per 1,000. The batches'
# hard negatives are near-twins of crisis messages, hence the high FP ceiling.
RECALL = 0.637
IMMINENT = 0.592
FALSE_POSITIVES = 0.077
CHAT_PER_1000 = 4.5
RECALL_BY_LANGUAGE = {"en": 0.674, "es": 0.682, "fr": 0.633, "de": 0.574, "pt": 0.605}
RECALL_MARGIN = 0.02
FP_MARGIN = 0.015
CHAT_MARGIN = 2.0


def _cases(folder: Path) -> list[Case]:
    """Every held-out row as an evaluation case."""
    return [Case(r.id, r.text, r.label, r.tier, r.lang) for r in read_folder(folder)]


@pytest.fixture(scope="module")
def union() -> Report:
    """Both layers on the held-out part, evaluated once."""
    detector = LayeredDetector.from_directory(CONTENT)
    return evaluate_layers(detector, _cases(HELDOUT))["union"]


def test_recall_holds(union: Report) -> None:
    """Overall and imminent-tier recall stay at the measured level."""
    assert union.recall.rate >= RECALL - RECALL_MARGIN, union.format(ids=False)
    assert union.imminent.rate >= IMMINENT - RECALL_MARGIN, union.format(ids=False)


@pytest.mark.parametrize("lang", ["en", "es", "fr", "de", "pt"])
def test_recall_per_language_holds(union: Report, lang: str) -> None:
    """Each language's recall stays at the measured level."""
    floor = RECALL_BY_LANGUAGE[lang] - 2 * RECALL_MARGIN
    assert union.recall_by_lang[lang].rate >= floor, union.format(ids=False)


def test_false_alarms_hold(union: Report) -> None:
    """False positives on hard negatives and on ordinary chat stay at the measured level."""
    assert union.fp.rate <= FALSE_POSITIVES + FP_MARGIN, union.format(ids=False)
    per_1000 = 1000 * union.chat.rate
    assert per_1000 <= CHAT_PER_1000 + CHAT_MARGIN, union.format(ids=False)
