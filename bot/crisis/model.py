"""The learned layer: a linear model on hashed character n-grams, scored sentence by sentence.

A message's units are the whole message, each sentence and each pair of adjacent sentences;
its score is the whole's logit moved halfway towards its riskiest unit's (see `blended`), so
one risky sentence inside a long vent is not drowned by the rest. Each unit's
logit is `bias + weights . x`, where x holds the IDF of each of its n-grams, divided by the
norm of x (see Units); the weights are int8 and the IDF uint8 (quantised), trained by
`bot/crisis/training.py` and shipped in `content/crisis/model/`.
"""

from __future__ import annotations

import hashlib
import json
import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bot.crisis.ngrams import BITS, MAX_CHARS, N_MAX, Grams, grams, model_text, segment_span

WEIGHTS_FILE = "weights.bin"
IDF_FILE = "idf.bin"
META_FILE = "model.json"

Weights = npt.NDArray[np.int8]
Idf = npt.NDArray[np.uint8]


class ModelError(Exception):
    """The shipped model is missing or does not match what this code expects."""


@dataclass(frozen=True, slots=True)
class ModelScore:
    """The model's verdict: probability, whether it passes the threshold, the best sentence."""

    probability: float
    flagged: bool
    span: tuple[int, int]  # the highest-scoring sentence(s), offsets into the original text


@dataclass(frozen=True, slots=True)
class ModelMeta:
    """What a model file says about itself."""

    bits: int
    n_max: int
    bias: float
    scale: float
    idf_scale: float
    threshold: float
    extra: dict[str, object]

    @classmethod
    def from_json(cls, raw: dict[str, object]) -> ModelMeta:
        """Read model.json's fields; raise KeyError or ValueError when one is missing."""
        known = ("bits", "n_max", "bias", "scale", "idf_scale", "threshold")
        values = {key: raw[key] for key in known}
        extra = {k: v for k, v in raw.items() if k not in known}
        return cls(
            bits=int(str(values["bits"])),
            n_max=int(str(values["n_max"])),
            bias=float(str(values["bias"])),
            scale=float(str(values["scale"])),
            idf_scale=float(str(values["idf_scale"])),
            threshold=float(str(values["threshold"])),
            extra=extra,
        )

    def to_json(self) -> dict[str, object]:
        """Return the JSON form written to model.json."""
        fields = {"bits": self.bits, "n_max": self.n_max, "bias": self.bias}
        fields |= {"scale": self.scale, "idf_scale": self.idf_scale}
        return {**fields, "threshold": self.threshold, **self.extra}


@dataclass(frozen=True, slots=True)
class Units:
    """A message's IDF-weighted vectors: the whole message, and each segment (sentence).

    Every n-gram occurrence is one entry (bucket, IDF of the bucket); repeated n-grams add
    up in the dot product with the weights, and the norm counts each occurrence on its own
    (no sorting or counting per message: cheap for the many short messages). A unit of one
    segment is its entries divided by the segment's norm; a pair of adjacent segments is
    both segments' entries divided by sqrt(norm_a**2 + norm_b**2).
    """

    whole_buckets: npt.NDArray[np.int64]
    whole_values: npt.NDArray[np.float64]
    segments: int
    seg_of: npt.NDArray[np.int64]
    seg_buckets: npt.NDArray[np.int64]
    seg_values: npt.NDArray[np.float64]
    seg_norm2: npt.NDArray[np.float64]


_NONE_I = np.zeros(0, dtype=np.int64)
_NONE_F = np.zeros(0, dtype=np.float64)
_ONE = np.ones(1, dtype=np.float64)


def units_of(g: Grams, idf: npt.NDArray[np.floating]) -> Units:
    """Return the IDF-weighted vectors of a message's units (see Units)."""
    values = np.asarray(idf[g.buckets], dtype=np.float64)
    norm = math.sqrt(float(values @ values)) or 1.0
    if g.segments == 1:
        return Units(g.buckets, values / norm, 1, _NONE_I, _NONE_I, _NONE_F, _ONE)
    squares = np.bincount(g.segment, weights=values * values, minlength=g.segments)
    norm2: npt.NDArray[np.float64] = np.asarray(squares, dtype=np.float64)
    return Units(g.buckets, values / norm, g.segments, g.segment, g.buckets, values, norm2)


def unit_logits(
    u: Units, weights: npt.NDArray[np.floating], bias: float
) -> tuple[npt.NDArray[np.float64], list[tuple[int, int]]]:
    """Return the logit of each unit and its (first, last) segment; unit 0 is the whole."""
    last = u.segments - 1
    whole = bias + float(weights[u.whole_buckets] @ u.whole_values)
    if last == 0:
        return np.array([whole]), unit_spans(1)
    dots = np.bincount(
        u.seg_of, weights=weights[u.seg_buckets] * u.seg_values, minlength=u.segments
    )
    n2 = u.seg_norm2
    singles = dots / np.sqrt(np.maximum(n2, 1e-12))
    pairs = (dots[:-1] + dots[1:]) / np.sqrt(np.maximum(n2[:-1] + n2[1:], 1e-12))
    return np.concatenate([[whole], bias + singles, bias + pairs]), unit_spans(u.segments)


def unit_spans(segments: int) -> list[tuple[int, int]]:
    """Return the (first, last) segment of each unit: the whole, each sentence, each pair."""
    last = segments - 1
    if last == 0:
        return [(0, 0)]
    return [(0, last), *((k, k) for k in range(segments)), *((k, k + 1) for k in range(last))]


def logit_of(probability: float) -> float:
    """Return the logit of a probability strictly between 0 and 1."""
    return math.log(probability / (1.0 - probability))


class CrisisModel:
    """Loaded tables (int8 weights, uint8 IDF) plus the threshold fixed at training time."""

    def __init__(self, weights: Weights, idf: Idf, meta: ModelMeta) -> None:
        """Keep the quantised tables and float copies for fast scoring."""
        size = 1 << meta.bits
        if len(weights) != size or len(idf) != size:
            raise ModelError(f"tables hold {len(weights)}/{len(idf)} values, expected {size}")
        self.weights = weights
        self.idf = idf
        self.meta = meta
        self._w = weights.astype(np.float32) * np.float32(meta.scale)
        self._idf = idf.astype(np.float32) * np.float32(meta.idf_scale)
        self._threshold_logit = logit_of(meta.threshold)

    @classmethod
    def load(cls, folder: Path | str) -> CrisisModel:
        """Read model.json and the tables from folder; raise ModelError naming what is wrong."""
        path = Path(folder)
        try:
            raw = json.loads((path / META_FILE).read_text(encoding="utf-8"))
            meta = ModelMeta.from_json(raw)
            weights = np.frombuffer(zlib.decompress((path / WEIGHTS_FILE).read_bytes()), np.int8)
            idf = np.frombuffer(zlib.decompress((path / IDF_FILE).read_bytes()), np.uint8)
        except (OSError, ValueError, KeyError, TypeError, zlib.error) as exc:
            hint = "copy content/crisis/model/ there, or run `peerbot crisis train`"
            raise ModelError(f"{path}: cannot load the crisis model ({hint}): {exc}") from exc
        return cls(weights, idf, meta)

    def save(self, folder: Path | str) -> None:
        """Write the tables (zlib, deterministic) and model.json to folder."""
        path = Path(folder)
        path.mkdir(parents=True, exist_ok=True)
        (path / WEIGHTS_FILE).write_bytes(zlib.compress(self.weights.tobytes(), 9))
        (path / IDF_FILE).write_bytes(zlib.compress(self.idf.tobytes(), 9))
        text = json.dumps(self.meta.to_json(), indent=2, sort_keys=True, ensure_ascii=False)
        (path / META_FILE).write_text(text + "\n", encoding="utf-8")

    def score(self, text: str) -> ModelScore:
        """Score a message (see blended), with the span of its riskiest unit in the text.

        Units with fewer than MIN_WORDS words of 2+ characters are not scored: "0", "ok?" or
        one emoji carry too little for the model to say anything (the rules still read them).
        """
        folded = model_text(text)
        if not folded.strip():
            return _NOTHING
        g = grams(folded, self.meta.bits, self.meta.n_max)
        if g.segments == 1:
            return self._score_one(text, g)
        return self._score_many(text, g)

    def _score_many(self, text: str, g: Grams) -> ModelScore:
        """Several sentences: the sums of units_of and unit_logits, fused (fewer numpy calls).

        Units whose words are too few are left out (-inf); the span is the riskiest unit's,
        or the riskiest single sentence's when the whole message scores highest.
        """
        values = np.asarray(self._idf[g.buckets], dtype=np.float64)
        dots = np.bincount(g.segment, weights=self._w[g.buckets] * values, minlength=g.segments)
        norm2 = np.bincount(g.segment, weights=values * values, minlength=g.segments)
        words = g.words
        bias = self.meta.bias
        whole = -np.inf
        if words.sum() >= MIN_WORDS:
            whole = bias + float(dots.sum()) / (math.sqrt(float(norm2.sum())) or 1.0)
        singles = np.where(words >= MIN_WORDS, dots / np.sqrt(np.maximum(norm2, 1e-12)), -np.inf)
        pair_words = words[:-1] + words[1:]
        pair_dots = (dots[:-1] + dots[1:]) / np.sqrt(np.maximum(norm2[:-1] + norm2[1:], 1e-12))
        pairs = np.where(pair_words >= MIN_WORDS, pair_dots, -np.inf)
        single, pair = int(np.argmax(singles)), int(np.argmax(pairs))
        best_single, best_pair = bias + float(singles[single]), bias + float(pairs[pair])
        riskiest = max(whole, best_single, best_pair)
        if riskiest == -np.inf:
            return _NOTHING
        logit = blended(whole, riskiest)
        # Ties go to the whole, then a sentence, then a pair; the whole points at its best
        # sentence.
        first, last = (single, single)
        if riskiest != whole and riskiest != best_single:
            first, last = (pair, pair + 1)
        span = segment_span(text, first, last)
        return ModelScore(sigmoid(logit), logit >= self._threshold_logit, span)

    def _score_one(self, text: str, g: Grams) -> ModelScore:
        """The common case, one sentence: the same sums as units_of and unit_logits, inline."""
        if g.words[0] < MIN_WORDS:
            return _NOTHING
        values = np.asarray(self._idf[g.buckets], dtype=np.float64)
        norm = math.sqrt(float(values @ values)) or 1.0
        logit = self.meta.bias + float(self._w[g.buckets] @ (values / norm))
        return ModelScore(sigmoid(logit), logit >= self._threshold_logit, _trimmed(text))


MIN_WORDS = 2
PART_SHARE = 0.5


def blended(whole: float, riskiest: float) -> float:
    """Return a message's logit: its whole text's, moved PART_SHARE towards its riskiest part.

    The riskiest sentence (or pair) alone would let any long, varied message find one part
    that scores high; the whole alone would drown one risky sentence in a long vent. Halfway
    keeps most of both (5-fold validation on the training part: recall at the operating
    point 0.60 against 0.60 for the whole alone and 0.53 for the riskiest part alone).
    """
    if whole == -np.inf:
        return riskiest
    return whole + PART_SHARE * (riskiest - whole)


_NOTHING = ModelScore(0.0, False, (0, 0))


def _trimmed(text: str) -> tuple[int, int]:
    """Return the span of text without its leading and trailing white space."""
    cut = text[:MAX_CHARS]
    start = len(cut) - len(cut.lstrip())
    return start, max(start, len(cut.rstrip()))


def sigmoid(x: float) -> float:
    """Return the logistic function of x without overflow."""
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


__all__ = ["BITS", "N_MAX", "CrisisModel", "ModelError", "ModelMeta", "ModelScore", "Units"]


# How many rows `probe_digest` scores: enough to touch most of the featurisation's paths.
PROBE_ROWS = 300


def probe_digest(model: CrisisModel, texts: Sequence[str]) -> str:
    """A SHA-256 over the model's scores (6 decimals) of the first PROBE_ROWS texts.

    Stored with the model when it is trained; the same digest from the shipped tables later
    shows that messages are still read the way the model was trained to read them (a change to
    the folding or the n-grams without retraining changes it).
    """
    digest = hashlib.sha256()
    for text in texts[:PROBE_ROWS]:
        digest.update(f"{model.score(text).probability:.6f}\n".encode())
    return digest.hexdigest()
