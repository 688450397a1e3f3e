"""Why the learned layer is a hashed n-gram linear model: the candidates on the same split.

Run: ``python -m bench.model_choice`` (needs the `dev` extra; fastText rows need
``pip install fasttext-wheel``, an optional comparison only, and are skipped without it).

Split: the corpus's training part only (the held-out and blind parts are never read here);
fold 0 of the fixed 5 folds is the validation set, folds 1-4 train every candidate.
Reported per candidate: ROC AUC (crisis against hard negatives), recall at the threshold that
lets 5% of hard negatives through, false alarms per 1,000 ordinary chat messages at that
threshold, recall at the operating point (at most 5% of hard negatives and 2 per 1,000 chat
messages through: what the shipped threshold keeps), the size of the shipped tables and the
time to score one short message.
"""

from __future__ import annotations

import importlib
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.crisis.corpus import CHAT_TIER, Row, fold_of, read_folder  # noqa: E402
from bot.crisis.ngrams import model_text  # noqa: E402
from bot.crisis.training import NB_ALPHA, Settings, fit, prepare, quantise  # noqa: E402

CORPUS = ROOT / "content" / "crisis" / "corpus" / "train"
Scorer = Callable[[str], float]


def figures(name: str, rows: Sequence[Row], score: Scorer, size_kb: float) -> str:
    """Return one line of figures for a candidate's scores on the validation rows."""
    metrics = importlib.import_module("sklearn.metrics")
    start = time.perf_counter()
    x = np.array([score(r.text) for r in rows])
    per_message = (time.perf_counter() - start) / len(rows) * 1e6
    crisis = np.array([r.crisis for r in rows])
    chat = np.array([r.tier == CHAT_TIER for r in rows])
    hard = ~crisis & ~chat
    auc = metrics.roc_auc_score(crisis[~chat], x[~chat])
    threshold = np.sort(x[hard])[int(hard.sum() * 0.95)]
    recall = float((x[crisis] > threshold).mean())
    per_1000 = 1000 * float((x[chat] > threshold).mean())
    # The operating point: hard negatives <= 5% and ordinary chat <= 2 per 1,000.
    chat_scores = np.sort(x[chat])
    chat_threshold = chat_scores[len(chat_scores) - int(2 * len(chat_scores) / 1000) - 1]
    operating = float((x[crisis] > max(threshold, chat_threshold)).mean())
    return (
        f"| {name} | {auc:.4f} | {recall:.3f} | {per_1000:.1f} | {operating:.3f} "
        f"| {size_kb:,.0f} KB | {per_message:.0f} µs |"
    )


def hashed_linear(train: Sequence[Row], nb_alpha: float = NB_ALPHA) -> tuple[Scorer, float]:
    """The shipped design: hashed n-grams and words, IDF, sentence units, logistic regression.

    nb_alpha < 0 fits plain logistic regression (no naive-Bayes scaling): the earlier design.
    """
    settings = Settings(nb_alpha=nb_alpha)
    model = quantise(fit(prepare(train, settings), settings), settings, 0.5, {})
    with tempfile.TemporaryDirectory() as folder:
        model.save(folder)
        size = sum(p.stat().st_size for p in Path(folder).iterdir()) / 1024
    return (lambda text: model.score(text).probability), size


def fasttext_model(train: Sequence[Row], **params: Any) -> tuple[Scorer, float] | None:
    """fastText supervised with subwords (needs fasttext-wheel), quantised like for shipping."""
    try:
        fasttext = importlib.import_module("fasttext")
    except ImportError:
        return None
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "train.txt"
        lines = (f"__label__{r.label} {model_text(r.text).replace(chr(10), ' ')}" for r in train)
        data.write_text("\n".join(lines) + "\n", encoding="utf-8")
        model = fasttext.train_supervised(str(data), thread=1, seed=1, verbose=0, **params)
        model.quantize(input=str(data), retrain=True, cutoff=100_000, qnorm=True)
        saved = Path(folder) / "model.ftz"
        model.save_model(str(saved))
        size = saved.stat().st_size / 1024

    def score(text: str) -> float:
        """Probability of the crisis label (the low-level call works with numpy 2)."""
        line = model_text(text).replace("\n", " ") + "\n"
        found = {label: p for p, label in model.f.predict(line, 2, 0.0, "strict")}
        return float(found.get("__label__crisis", 0.0))

    return score, size


def main(argv: list[str] | None = None) -> int:
    """Train each candidate on folds 1-4 and print the comparison table."""
    del argv
    rows = read_folder(CORPUS)
    train = [r for r in rows if fold_of(r.id, 5) != 0]
    valid = [r for r in rows if fold_of(r.id, 5) == 0]
    print(f"training part: {len(train)} rows train the candidates, {len(valid)} validate")
    print("| candidate | AUC | recall at 5% hard-negative FP | chat false alarms / 1,000 "
          "| recall at 5% FP and 2 chat / 1,000 | tables | per short message |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    scorer, size = hashed_linear(train)
    print(figures("hashed n-grams + words, IDF, sentence units, NB-scaled logistic regression",
                  valid, scorer, size))  # fmt: skip
    scorer, size = hashed_linear(train, nb_alpha=-1.0)
    print(figures("the same, plain logistic regression (before)", valid, scorer, size))
    configs = {
        "fastText, subwords 2-5, word bigrams, dim 50, 25 epochs": {
            "minn": 2, "maxn": 5, "wordNgrams": 2, "dim": 50, "epoch": 25, "lr": 0.5},
        "fastText, subwords 3-6, dim 100, 50 epochs": {
            "minn": 3, "maxn": 6, "wordNgrams": 1, "dim": 100, "epoch": 50, "lr": 0.5},
    }  # fmt: skip
    for name, params in configs.items():
        found = fasttext_model(train, **params)
        if found is None:
            print(f"| {name} | skipped: fasttext-wheel is not installed | | | | | |")
            continue
        print(figures(name, valid, *found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
