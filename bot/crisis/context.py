"""Context checks around a rule match: sentences, scoped negation, recovery, third party."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from bot.crisis.lexicon import LanguagePack

_SENTENCE_END = re.compile(r"[.!?;…\n]+")
_TOKENS = re.compile(r"\w+|[,;:()]")
LOOKBACK = 120  # characters of context read before a match (negation, subject)
_FRAME_REACH = 40


class Sentences:
    """Sentence boundaries of a normalised text, so each match is judged in its sentence."""

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str) -> None:
        """Split on sentence punctuation and newlines."""
        self._text = text
        self._starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]

    def index(self, pos: int) -> int:
        """Return the number of the sentence containing pos."""
        return bisect_right(self._starts, pos) - 1

    def windows(self, positions: Sequence[int]) -> list[tuple[int, int]]:
        """Return the (start, end) of each sentence holding a position; all text if none."""
        if not positions:
            return [(0, len(self._text))]
        out: list[tuple[int, int]] = []
        end = -1
        for p in sorted(positions):
            if p >= end:
                out.append(self.bounds(p))
                end = out[-1][1]
        return out

    def bounds(self, pos: int) -> tuple[int, int]:
        """Return (start, end) of the sentence containing pos."""
        i = self.index(pos)
        end = self._starts[i + 1] if i + 1 < len(self._starts) else len(self._text)
        return self._starts[i], end


def negated(text: str, floor: int, start: int, packs: Sequence[LanguagePack]) -> bool:
    """True if a negation cue stands shortly before start in the same clause.

    The scan walks back word by word from the match, stops at a clause boundary (comma,
    "but", "and", ...) or after `window` words, and skips pseudo-negations ("cant stop",
    "not gonna lie", "no one") that do not negate what follows. A question or topic frame
    ("asked me if", "warning signs of") shortly before the match also counts.
    """
    near = max(floor, start - _FRAME_REACH)
    if any(p.frames is not None and p.frames.search(text, near, start) for p in packs):
        return True
    lo = max(floor, start - LOOKBACK)
    tokens = list(_TOKENS.finditer(text, lo, start))
    if lo > floor and tokens:
        tokens = tokens[1:]
    window = max((p.window for p in packs), default=5)
    for m in reversed(tokens[-window:]):
        tok = m.group()
        if tok in ",;:()" or any(tok in p.boundaries for p in packs):
            return False
        cue = [p for p in packs if tok in p.negation_cues]
        if cue and not any(
            p.pseudo_negation is not None and p.pseudo_negation.match(text, m.start())
            for p in packs
        ):
            return True
    return False


def recovered(sentence: str, packs: Sequence[LanguagePack]) -> bool:
    """True if the sentence speaks of the past or recovery and names no relapse."""
    if not any(p.past is not None and p.past.search(sentence) for p in packs):
        return False
    return not any(p.relapse is not None and p.relapse.search(sentence) for p in packs)


def _last_end(pattern: re.Pattern[str] | None, text: str) -> int:
    """Return the end of the last match of pattern in text, or -1."""
    if pattern is None:
        return -1
    last = -1
    for m in pattern.finditer(text):
        last = m.end()
    return last


def about_someone_else(
    text: str, floor: int, start: int, end: int, packs: Sequence[LanguagePack]
) -> bool:
    """True if the nearest subject before the match is another person, not the writer."""
    inside = text[start:end]
    if any(p.first_person is not None and p.first_person.search(inside) for p in packs):
        return False
    pre = text[max(floor, start - LOOKBACK) : start]
    other = max((_last_end(p.subjects, pre) for p in packs), default=-1)
    if other < 0:
        return False
    me = max((_last_end(p.first_person, pre) for p in packs), default=-1)
    return other > me
