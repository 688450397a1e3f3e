"""Train the learned layer from the corpus: `peerbot crisis train`.

Steps, all deterministic (fixed folds by id hash, a fixed seed, L-BFGS):
1. Every training message becomes units: the whole message, each sentence and each pair of
   adjacent sentences (see model.unit_logits). A crisis message's label goes on the whole
   message; every unit of a none message is a negative.
2. A first fit, then the best-scoring sentence unit of each multi-sentence crisis message is
   added as a positive (multiple-instance learning: one risky sentence in a long vent).
3. The threshold is fixed by 5-fold cross-validation on the training part only: the lowest
   probability whose out-of-fold false-positive rate on hard negatives and false alarms on
   ordinary chat stay within the targets.
4. The final fit on all training rows, quantised to int8, with its figures in model.json.

Needs scikit-learn and scipy (the `dev` extra); the bot itself needs only numpy.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from bot.crisis.corpus import Row, fold_of
from bot.crisis.model import (
    CrisisModel,
    ModelMeta,
    Units,
    unit_logits,
    unit_spans,
    units_of,
)
from bot.crisis.ngrams import BITS, N_MAX, Grams, grams, model_text
from bot.crisis.thresholds import (
    CHAT,
    CRISIS,
    HARD,
    MAX_CHAT_PER_1000,
    MAX_FP,
    choose_threshold,
    kind_of,
    oof_recall,
)

SEED = 20261206
FOLDS = 5
C_PARAM = 10.0
NB_ALPHA = 0.5
MAX_ITER = 400
CHAT_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Settings:
    """Training knobs (defaults are what the shipped model used)."""

    bits: int = BITS
    n_max: int = N_MAX
    c: float = C_PARAM
    nb_alpha: float = NB_ALPHA
    max_iter: int = MAX_ITER
    folds: int = FOLDS
    seed: int = SEED


@dataclass(slots=True)
class Prepared:
    """A message's hashed features plus its row."""

    row: Row
    g: Grams


@dataclass(slots=True)
class Fit:
    """Float weights, bias and the IDF table they were fitted with."""

    weights: npt.NDArray[np.float64]
    bias: float
    idf: npt.NDArray[np.float64]
    extra_positives: int = 0


@dataclass(slots=True)
class CvResult:
    """Out-of-fold maximum probabilities of the training rows, and the chosen threshold."""

    probabilities: list[float] = field(default_factory=list)
    threshold: float = 0.5


def prepare(rows: Sequence[Row], settings: Settings) -> list[Prepared]:
    """Fold and hash every row once."""
    return [Prepared(r, grams(model_text(r.text), settings.bits, settings.n_max)) for r in rows]


def idf_table(prepared: Sequence[Prepared], bits: int) -> npt.NDArray[np.float64]:
    """Smoothed inverse document frequency per bucket: ln((1 + N) / (1 + df)) + 1."""
    df = np.zeros(1 << bits, dtype=np.float64)
    for p in prepared:
        df[np.unique(p.g.buckets)] += 1.0
    return np.log((1.0 + len(prepared)) / (1.0 + df)) + 1.0


def quantise_idf(idf: npt.NDArray[np.float64]) -> tuple[npt.NDArray[np.uint8], float]:
    """Return the IDF table as uint8 with its scale (the float table used in fitting)."""
    scale = float(np.max(idf)) / 255.0
    return np.clip(np.rint(idf / scale), 0, 255).astype(np.uint8), scale


def _rows_of(u: Units, crisis: bool, best: int | None) -> list[tuple[Any, Any]]:
    """Return (buckets, values) of the units that become training rows for one message.

    A crisis message gives its whole text (plus its best sentence unit when given); a none
    message gives every unit, since no part of it is a crisis.
    """
    out = [(u.whole_buckets, u.whole_values)]
    spans = unit_spans(u.segments)
    chosen = [best] if crisis and best is not None else []
    for index in chosen if crisis else range(1, len(spans)):
        first, last = spans[index]
        mask = (u.seg_of >= first) & (u.seg_of <= last)
        norm = math.sqrt(float(u.seg_norm2[first : last + 1].sum())) or 1.0
        out.append((u.seg_buckets[mask], u.seg_values[mask] / norm))
    return out


def _matrix(
    units: Sequence[Units], rows: Sequence[Row], best: dict[int, int], bits: int
) -> tuple[Any, npt.NDArray[np.int64], npt.NDArray[np.float64]]:
    """Build the sparse design matrix and labels (see the module docstring)."""
    sparse = importlib.import_module("scipy.sparse")
    cols: list[Any] = []
    vals: list[Any] = []
    sizes: list[int] = []
    labels: list[int] = []
    kinds: list[int] = []
    for i, (u, row) in enumerate(zip(units, rows, strict=True)):
        for buckets, values in _rows_of(u, row.crisis, best.get(i)):
            cols.append(buckets)
            vals.append(values)
            sizes.append(len(buckets))
            labels.append(int(row.crisis))
            kinds.append(kind_of(row))
    indptr = np.concatenate([[0], np.cumsum(sizes)])
    matrix = sparse.csr_matrix(
        (np.concatenate(vals), np.concatenate(cols), indptr), shape=(len(sizes), 1 << bits)
    )
    matrix.sum_duplicates()
    return matrix, np.array(labels, dtype=np.int64), _weights(np.array(kinds, dtype=np.int64))


def _weights(kinds: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
    """Weigh rows so crisis, hard negatives and ordinary chat count as CHAT_SHARE says.

    Crisis rows and negatives weigh the same in total; within the negatives, ordinary chat
    gets CHAT_SHARE of the weight (it is what the bot sees most, and what wears facilitators
    out when it is flagged).
    """
    counts = np.bincount(kinds, minlength=3).astype(np.float64)
    total = float(len(kinds))
    share = {CRISIS: 0.5, HARD: 0.5 * (1 - CHAT_SHARE), CHAT: 0.5 * CHAT_SHARE}
    if counts[CHAT] == 0:
        share[HARD] = 0.5
    per_row = np.array([total * share[k] / counts[k] if counts[k] else 0.0 for k in range(3)])
    return per_row[kinds]


def _logistic(
    matrix: Any,
    labels: npt.NDArray[np.int64],
    weights: npt.NDArray[np.float64],
    settings: Settings,
) -> tuple[Any, float]:
    """Fit an L2 logistic regression on NB-scaled features (weighted rows, L-BFGS).

    Each column is first multiplied by its naive-Bayes log-count ratio (NBSVM, Wang and
    Manning 2012): an n-gram seen mostly in crisis rows starts with a large positive weight,
    one seen in both kinds near zero. The fitted weights times the ratios are again one
    weight per bucket, so scoring is unchanged: still `bias + weights . x`.
    """
    linear = importlib.import_module("sklearn.linear_model")
    sparse = importlib.import_module("scipy.sparse")
    ratios = nb_ratios(matrix, labels, settings.nb_alpha)
    scaled = matrix @ sparse.diags(ratios)
    model = linear.LogisticRegression(
        C=settings.c, max_iter=settings.max_iter, solver="lbfgs", random_state=settings.seed
    )
    model.fit(scaled, labels, sample_weight=weights)
    return np.asarray(model.coef_[0], dtype=np.float64) * ratios, float(model.intercept_[0])


def nb_ratios(matrix: Any, labels: npt.NDArray[np.int64], alpha: float) -> npt.NDArray[np.float64]:
    """Return each column's log-count ratio ln((p / |p|) / (q / |q|)), counts smoothed by alpha.

    p and q count the rows of each label that hold the column (presence, not weight).
    A negative alpha turns the scaling off (every ratio 1: plain logistic regression).
    """
    if alpha < 0:
        return np.ones(matrix.shape[1], dtype=np.float64)
    present = (matrix > 0).astype(np.float64)
    positive = np.asarray(present[labels == 1].sum(axis=0)).ravel() + alpha
    negative = np.asarray(present[labels == 0].sum(axis=0)).ravel() + alpha
    ratio: npt.NDArray[np.float64] = np.log(
        (positive / positive.sum()) / (negative / negative.sum())
    )
    return ratio


def fit(prepared: Sequence[Prepared], settings: Settings) -> Fit:
    """Two rounds: fit, add each long crisis message's best sentence as a positive, refit."""
    idf_q, idf_scale = quantise_idf(idf_table(prepared, settings.bits))
    idf = idf_q.astype(np.float64) * idf_scale
    units = [units_of(p.g, idf) for p in prepared]
    rows = [p.row for p in prepared]
    weights, bias = _logistic(*_matrix(units, rows, {}, settings.bits), settings)
    best: dict[int, int] = {}
    for i, (u, row) in enumerate(zip(units, rows, strict=True)):
        if row.crisis and u.segments > 1:
            logits, _ = unit_logits(u, weights, bias)
            best[i] = 1 + int(np.argmax(logits[1:]))
    if best:
        weights, bias = _logistic(*_matrix(units, rows, best, settings.bits), settings)
    return Fit(weights, bias, idf, len(best))


def quantise(
    result: Fit, settings: Settings, threshold: float, extra: dict[str, object]
) -> CrisisModel:
    """Turn float weights into an int8 table with one scale."""
    peak = float(np.max(np.abs(result.weights))) or 1.0
    scale = peak / 127.0
    table = np.clip(np.rint(result.weights / scale), -127, 127).astype(np.int8)
    idf_q, idf_scale = quantise_idf(result.idf)
    meta = ModelMeta(settings.bits, settings.n_max, result.bias, scale, idf_scale, threshold, extra)
    return CrisisModel(table, idf_q, meta)


def max_probability(model: CrisisModel, row: Row) -> float:
    """Return the model's probability for a row, exactly as the bot scores it."""
    return model.score(row.text).probability


def cross_validate(prepared: Sequence[Prepared], settings: Settings) -> CvResult:
    """Out-of-fold probabilities (fixed folds by id) and the threshold they support."""
    probabilities = [0.0] * len(prepared)
    for k in range(settings.folds):
        train = [p for p in prepared if fold_of(p.row.id, settings.folds) != k]
        test = [i for i, p in enumerate(prepared) if fold_of(p.row.id, settings.folds) == k]
        model = quantise(fit(train, settings), settings, 0.5, {})
        for i in test:
            probabilities[i] = max_probability(model, prepared[i].row)
    result = CvResult(probabilities)
    result.threshold = choose_threshold([p.row for p in prepared], probabilities)
    return result


def train(
    rows: Sequence[Row],
    settings: Settings,
    extra: dict[str, object],
    rule_hits: Sequence[bool] | None = None,
) -> CrisisModel:
    """Cross-validate for the threshold, then fit on everything and quantise.

    rule_hits says, row by row, whether the rules flag it: the recall of both layers out of
    fold is then reported beside the model's own (the threshold is the model's alone).
    """
    prepared = prepare(rows, settings)
    cv = cross_validate(prepared, settings)
    recall = oof_recall([p.row for p in prepared], cv.probabilities, cv.threshold)
    final = fit(prepared, settings)
    figures = {
        "cv_recall": round(recall, 4),
        "cv_recall_with_rules": round(
            oof_recall([p.row for p in prepared], cv.probabilities, cv.threshold, rule_hits), 4
        ),
        "threshold_rule": f"model alone: hard-negative FP <= {MAX_FP}, "
        f"chat <= {MAX_CHAT_PER_1000}/1000",
        "training_rows": len(rows),
        "extra_positives": final.extra_positives,
        "c": settings.c,
        "folds": settings.folds,
        "seed": settings.seed,
    }
    return quantise(final, settings, cv.threshold, {**extra, **figures})
