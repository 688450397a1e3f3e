"""Targets on the labelled sets; a regression in recall or false alarms fails CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.crisis import CrisisDetector
from bot.crisis.evaluate import Report, evaluate, load_cases

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def dev_report(detector: CrisisDetector) -> Report:
    """Evaluate the development set once."""
    return evaluate(detector, load_cases(DATA / "crisis_dev.jsonl"))


@pytest.fixture(scope="module")
def extra_report(detector: CrisisDetector) -> Report:
    """Evaluate the hand-written extra set once."""
    return evaluate(detector, load_cases(DATA / "crisis_extra.jsonl"))


def test_dev_overall_recall(dev_report: Report) -> None:
    """Recall on crisis rows of the dev set is at least 0.97."""
    assert dev_report.recall.rate >= 0.97, dev_report.format()


def test_dev_false_positive_rate(dev_report: Report) -> None:
    """False-positive rate on none rows of the dev set is at most 0.05."""
    assert dev_report.fp.rate <= 0.05, dev_report.format()


@pytest.mark.parametrize("tier", ["overdose", "plan_or_means", "farewell", "danger_abuse"])
def test_dev_full_recall_tiers(dev_report: Report, tier: str) -> None:
    """The most urgent dev tiers are caught without a single miss."""
    tally = dev_report.recall_by_tier[tier]
    assert tally.hits == tally.total, dev_report.format()


@pytest.mark.parametrize("lang", ["es", "fr", "de", "pt"])
def test_dev_non_english_languages(dev_report: Report, lang: str) -> None:
    """Each non-English language keeps recall >= 0.9 and false-positive rate <= 0.1."""
    assert dev_report.recall_by_lang[lang].rate >= 0.9, dev_report.format()
    assert dev_report.fp_by_lang[lang].rate <= 0.1, dev_report.format()


def test_extra_set_recall(extra_report: Report) -> None:
    """Extra cases (all 5 languages): recall >= 0.97 overall (slightly looser than exact)."""
    assert extra_report.recall.rate >= 0.97, extra_report.format()


def test_extra_set_false_positives(extra_report: Report) -> None:
    """Extra cases: false-positive rate <= 0.03 on the tricky benign contrasts."""
    assert extra_report.fp.rate <= 0.03, extra_report.format()


@pytest.mark.parametrize("lang", ["en", "es", "fr", "de", "pt"])
def test_extra_set_per_language(extra_report: Report, lang: str) -> None:
    """Extra cases: every language keeps recall >= 0.9 and false-positive rate <= 0.1."""
    assert extra_report.recall_by_lang[lang].rate >= 0.9, extra_report.format()
    assert extra_report.fp_by_lang[lang].rate <= 0.1, extra_report.format()


def test_extra_set_is_large_and_balanced() -> None:
    """The extra set holds hundreds of rows, both labels, in all five languages."""
    cases = load_cases(DATA / "crisis_extra.jsonl")
    assert len(cases) >= 300
    assert {c.lang for c in cases} == {"en", "es", "fr", "de", "pt"}
    assert {c.label for c in cases} == {"crisis", "none"}
    assert len({c.id for c in cases}) == len(cases)
