"""Hashed character n-grams of a message, grouped by sentence, for the learned layer.

Everything here is linear in the text and vectorised with numpy: the text becomes an array of
code points, each n-gram a 64-bit polynomial hash (wrapping arithmetic), each hash a bucket of
a fixed-size weight table. Nothing depends on Python's randomised `hash`, so the buckets are
the same in every process and on every machine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from bot.crisis.normalize import fold

BITS = 20
N_MIN = 1
N_MAX = 5
MAX_CHARS = 4096

_PRIME = np.uint64(0x100000001B3)
_PRIME_INV = np.uint64(pow(0x100000001B3, -1, 1 << 64))
_PAIR = np.uint64(0xC2B2AE3D27D4EB4F)
_POW = np.ones(1, dtype=np.uint64)
_INV_POW = np.ones(1, dtype=np.uint64)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SALTS = tuple(np.uint64((n * 0xD6E8FEB86659FD93) & 0xFFFFFFFFFFFFFFFF) for n in range(16))
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_RUN3 = re.compile(r"(\w)\1{2,}")
_SPACES = re.compile(r"[^\S\n]+")
_BREAK_RUN = re.compile(r"[.!?;…\n]+")
_SEPARATORS = np.array(
    sorted(ord(c) for c in " \t\n\r.,;:!?…\"'()[]{}<>/\\|-_*+=~^`@#$%&"), dtype=np.uint64
)
_BREAK_CODES = np.array(sorted(ord(c) for c in ".!?;…\n"), dtype=np.uint64)

Buckets = npt.NDArray[np.int64]
Units = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class Grams:
    """A message's n-gram buckets and the sentence (segment) each n-gram starts in.

    Segments are the stretches between sentence punctuation or newlines; `breaks` are the
    positions of those characters in `text`, so segment k runs from breaks[k-1] + 1 (or 0)
    to breaks[k] (or the end).
    """

    text: str
    buckets: Buckets
    segment: Units
    breaks: Units

    @property
    def segments(self) -> int:
        """Return the number of segments."""
        return len(self.breaks) + 1


def model_text(text: str) -> str:
    """Fold a message for the model: lower case, no accents, no inner apostrophes, short runs.

    Independent of the editable lexicon, so a facilitator's edit never changes what the
    model sees. Cut at Telegram's message limit first, so the cost is bounded.
    """
    folded, _ = fold(text[:MAX_CHARS])
    folded = _APOSTROPHE.sub("", folded)
    folded = _RUN3.sub(r"\1\1", folded)
    return _SPACES.sub(" ", folded).strip(" ")


def grams(text: str, bits: int = BITS, n_max: int = N_MAX) -> Grams:
    """Return the hashed features of an already folded text.

    Features: character n-grams of lengths N_MIN..n_max over the text padded with spaces,
    words, and pairs of adjacent words. Each belongs to the segment it starts in.
    """
    padded = " " + text + " "
    codes = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    shift = np.uint64(64 - bits)
    hashed = codes * _MIX
    parts: list[npt.NDArray[np.uint64]] = []
    starts: list[npt.NDArray[np.int64]] = []
    for n in range(1, min(n_max, len(codes)) + 1):
        if n > 1:
            hashed = hashed[:-1] * _PRIME + codes[n - 1 :]
        if n >= N_MIN:
            parts.append(((hashed ^ _SALTS[n]) * _MIX) >> shift)
            starts.append(np.arange(len(hashed), dtype=np.int64))
    word_hashes, word_starts = _words(codes)
    if len(word_hashes):
        parts.append(((word_hashes ^ _SALTS[14]) * _MIX) >> shift)
        starts.append(word_starts)
        pairs = word_hashes[:-1] * _PAIR + word_hashes[1:]
        parts.append(((pairs ^ _SALTS[15]) * _MIX) >> shift)
        starts.append(word_starts[:-1])
    buckets = np.concatenate(parts).astype(np.int64)
    is_break = np.isin(codes, _BREAK_CODES)
    run_start = is_break.copy()
    run_start[1:] &= ~is_break[:-1]
    running = np.cumsum(run_start, dtype=np.int64)
    segment = running[np.concatenate(starts)]
    breaks = np.flatnonzero(run_start).astype(np.int64) - 1
    return Grams(text, buckets, segment, breaks)


def _powers(n: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """Return P**k and P**-k (mod 2**64) for k < n, extending the cached tables as needed."""
    global _POW, _INV_POW
    if len(_POW) < n:
        size = max(n, 2 * len(_POW))
        ones = np.ones(1, dtype=np.uint64)
        _POW = np.concatenate([ones, np.cumprod(np.full(size - 1, _PRIME, dtype=np.uint64))])
        _INV_POW = np.concatenate(
            [ones, np.cumprod(np.full(size - 1, _PRIME_INV, dtype=np.uint64))]
        )
    return _POW[:n], _INV_POW[:n]


def _words(codes: npt.NDArray[np.uint64]) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]]:
    """Return a hash and the start of every word (a run of non-separator characters).

    Uses prefix hashes, so every word costs O(1) after one pass: h(a, b) = pre[b] - pre[a] *
    P**(b - a) with pre[i] = sum(c[k] * P**(i - 1 - k) for k < i), all mod 2**64.
    """
    is_word = ~np.isin(codes, _SEPARATORS)
    edges = np.diff(np.concatenate([[False], is_word, [False]]).astype(np.int8))
    begin = np.flatnonzero(edges == 1)
    end = np.flatnonzero(edges == -1)
    if len(begin) == 0:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    pw, inv = _powers(len(codes) + 1)
    scaled = np.cumsum(codes * inv[: len(codes)], dtype=np.uint64)
    prefix = np.concatenate([np.zeros(1, dtype=np.uint64), pw[: len(codes)] * scaled])
    hashes = prefix[end] - prefix[begin] * pw[end - begin]
    return hashes, begin.astype(np.int64)


def segment_span(text: str, first: int, last: int) -> tuple[int, int]:
    """Return the (start, end) in an original message of its segments first..last.

    Segments are cut at runs of sentence punctuation and newlines, which folding keeps
    as they are, so segment k of the model's text is segment k of the original.
    """
    text = text[:MAX_CHARS]
    runs = [(m.start(), m.end()) for m in _BREAK_RUN.finditer(text)]
    start = runs[first - 1][1] if 0 < first <= len(runs) else 0
    end = runs[last][0] if last < len(runs) else len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
