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
N_MAX = 5
MAX_CHARS = 4096

_PRIME = np.uint64(0x100000001B3)
_PAIR = np.uint64(0xC2B2AE3D27D4EB4F)
_PRIME_INT = 0x100000001B3
_MASK64 = (1 << 64) - 1
_WORD_HASHES: dict[str, int] = {}
_WORD_CACHE = 50_000
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SALTS = tuple(np.uint64((n * 0xD6E8FEB86659FD93) & 0xFFFFFFFFFFFFFFFF) for n in range(16))
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_RUN3 = re.compile(r"(\w)\1{2,}")
_SPACES = re.compile(r"[^\S\n]+")
# In the original text: the break marks plus those that folding turns into one ("…" -> "...").
_BREAK_RUN = re.compile(r"[.!?;\n…！？；．]+")
_BREAKS = np.zeros(128, dtype=bool)  # sentence marks (ASCII after folding); 127 stands for others
_BREAK_MARKS = ".!?;\n"
_TAIL = _BREAK_MARKS + " "
_BREAKS[[ord(c) for c in _BREAK_MARKS]] = True
_WORD_RUN = re.compile(r"[^ \t\r,:\"'()\[\]{}<>/\\|\-_*+=~^`@#$%&.!?;\n]+")
_ZERO = np.zeros(1, dtype=np.int64)
_NO_SEGMENTS = np.zeros(0, dtype=np.int64)

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
    words: Units  # per segment: how many words of 2 or more characters it holds

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
    if "'" in folded:
        folded = _APOSTROPHE.sub("", folded)
    folded = _RUN3.sub(r"\1\1", folded)
    if "  " in folded or "\t" in folded or "\r" in folded or "\x0b" in folded:
        folded = _SPACES.sub(" ", folded)
    return folded.strip(" ")


def grams(text: str, bits: int = BITS, n_max: int = N_MAX) -> Grams:
    """Return the hashed features of an already folded text.

    Features: character n-grams of lengths 1..n_max over the text padded with spaces,
    words, and pairs of adjacent words. Each belongs to the segment it starts in. Few numpy
    calls per message, whatever its length: short messages are what the bot sees most.
    """
    padded = " " + text + " "
    raw = np.frombuffer(padded.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    codes = raw.astype(np.uint64)
    hashed = codes * _MIX
    parts: list[npt.NDArray[np.uint64]] = []
    for n in range(1, min(n_max, len(codes)) + 1):
        if n > 1:
            hashed = hashed[:-1] * _PRIME + codes[n - 1 :]
        parts.append(hashed + _SALTS[n])
    # Sentence marks are ASCII after folding: a substring test spares most messages the rest.
    # Marks that only end the text ("see you thursday!") start no sentence of their own.
    body = text.rstrip(_TAIL)
    one_segment = not any(mark in body for mark in _BREAK_MARKS)
    if one_segment:
        word_hashes, long_words = _word_hashes(text)
    else:
        word_hashes, word_starts, long_word = _words(text)
    chars = len(parts)
    if len(word_hashes):
        parts.append(word_hashes + _SALTS[14])
        parts.append(word_hashes[:-1] * _PAIR + word_hashes[1:] + _SALTS[15])
    mixed: npt.NDArray[np.uint64] = np.concatenate(parts) * _MIX >> np.uint64(64 - bits)
    buckets = mixed.astype(np.int64)
    if one_segment:
        words = np.array([long_words], dtype=np.int64)
        return Grams(text, buckets, _NO_SEGMENTS, _NO_SEGMENTS, words)
    is_break = _BREAKS[np.minimum(codes, 127)]
    run_start = is_break[1:] & ~is_break[:-1]
    breaks = np.flatnonzero(run_start).astype(np.int64)
    running = np.concatenate([_ZERO, np.cumsum(run_start, dtype=np.int64)])
    pieces = [running[: len(part)] for part in parts[:chars]]
    if len(word_hashes):
        pieces += [running[word_starts], running[word_starts[:-1]]]
    per_segment = np.bincount(
        running[word_starts], weights=long_word, minlength=len(breaks) + 1
    ).astype(np.int64)
    return Grams(text, buckets, np.concatenate(pieces), breaks, per_segment)


def _word_hash(word: str) -> int:
    """Return the polynomial hash of a word, sum(c[k] * P**(n - 1 - k)) mod 2**64 (cached)."""
    known = _WORD_HASHES.get(word)
    if known is not None:
        return known
    value = 0
    for ch in word:
        value = (value * _PRIME_INT + ord(ch)) & _MASK64
    if len(_WORD_HASHES) >= _WORD_CACHE:
        _WORD_HASHES.clear()
    _WORD_HASHES[word] = value
    return value


def _word_hashes(text: str) -> tuple[npt.NDArray[np.uint64], int]:
    """Return the hash of every word and how many have 2 or more characters (see _words).

    The one-sentence case, which needs no word positions: one regex call and dictionary
    look-ups, the common path for the short messages the bot sees most.
    """
    words = _WORD_RUN.findall(text)
    known = _WORD_HASHES.get
    hashes = [known(word) for word in words]
    if None in hashes:
        hashes = [_word_hash(word) for word in words]
    long_words = len(words) - sum(len(word) == 1 for word in words)
    return np.array(hashes, dtype=np.uint64), long_words


def _words(text: str) -> tuple[npt.NDArray[np.uint64], Units, list[int]]:
    """Return a hash and the start (in the padded text) of every word, and 1 for long ones.

    A word is a run of characters that are not separators; a long one has 2 or more. Words
    repeat across messages, so their hashes are cached: a short message costs a few
    dictionary look-ups.
    """
    hashes: list[int] = []
    starts: list[int] = []
    long: list[int] = []
    for m in _WORD_RUN.finditer(text):
        word = m.group()
        hashes.append(_word_hash(word))
        starts.append(m.start() + 1)
        long.append(len(word) > 1)
    return np.array(hashes, dtype=np.uint64), np.array(starts, dtype=np.int64), long


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
