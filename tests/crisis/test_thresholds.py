"""Where the learned layer's threshold sits, and the recall it gives with and without the rules."""

from __future__ import annotations

from bot.crisis.corpus import CHAT_TIER, Row
from bot.crisis.thresholds import choose_threshold, oof_recall


def _rows(kind: str, count: int) -> list[Row]:
    """Rows of one kind: crisis, hard (a labelled none) or chat."""
    label = "crisis" if kind == "crisis" else "none"
    tier = CHAT_TIER if kind == "chat" else "idiom"
    return [Row(f"{kind}-{i}", f"{kind} {i}", label, tier, "en", "") for i in range(count)]


def test_threshold_lets_five_percent_of_hard_negatives_through() -> None:
    """With no rule hits, 5 of 100 hard negatives may score above the threshold."""
    rows = _rows("hard", 100)
    scores = [i / 100 for i in range(100)]
    threshold = choose_threshold(rows, scores)
    assert sum(s >= threshold for s in scores) == 5


def test_chat_false_alarms_bind_when_chat_scores_high() -> None:
    """With 1,000 chat rows, at most 2 may score at or above the threshold."""
    rows = _rows("chat", 1000) + _rows("hard", 100)
    scores = [i / 2000 for i in range(1000)] + [0.0] * 100
    threshold = choose_threshold(rows, scores)
    assert sum(s >= threshold for s in scores[:1000]) == 2


def test_recall_counts_rule_hits_as_found() -> None:
    """A crisis row the rules flag is found whatever the model scored."""
    rows = _rows("crisis", 4)
    scores = [0.9, 0.1, 0.1, 0.1]
    assert oof_recall(rows, scores, 0.5) == 0.25
    assert oof_recall(rows, scores, 0.5, [False, True, False, False]) == 0.5
