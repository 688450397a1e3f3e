"""Normalise a message on a copy, keeping a map back to offsets in the original text.

Steps: Unicode NFKC, case folding, accents stripped, zero-width and bidi controls removed,
confusable letters, emoji spelled as words, apostrophes dropped inside words, whitespace
collapsed, spaced or dotted letters joined (k i l l, s.u.i.c.i.d.e), leetspeak (k1ll, d13),
masked letters (s*icide), repeated letters (dieeee) and slang or typo substitutions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.crisis.anchors import anchors_for
from bot.crisis.offsets import IDENTITY, Builder, OffsetMap, rewrite

_APOSTROPHES = frozenset("’‘`´ʼ′＇")
_DROP_CATEGORIES = frozenset({"Cf", "Mn", "Me", "Cc"})
_CONFUSABLES = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "ј": "j", "ѕ": "s", "к": "k", "м": "m", "т": "t", "в": "b", "н": "h", "ο": "o",
    "α": "a", "ι": "i", "κ": "k", "ε": "e",
}  # fmt: skip
_KEEP_CONTROLS = frozenset("\n\t\r")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                       "8": "b", "@": "a", "$": "s", "!": "i"})  # fmt: skip
_LEET_ALT = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t",
                           "8": "b", "@": "a", "$": "s", "!": "l"})  # fmt: skip
_MASKS = frozenset("*#")
_UNITS = re.compile(r"\d+(?:[a-z]{1,3}|[a-z]{1,3}\d+)?|\d+x\d+")
_RUN3 = re.compile(r"([a-z])\1{2,}")
_WS_HINTS = ("  ", "\n", "\t", "\r", "\x0b", "\x0c", " \n")
_WS = re.compile(r"[^\S\n]*\n\s*|[^\S\n]{2,}|[^\S \n]")
_APOS = re.compile(r"(?<=\w)'(?=\w)")
_SPACED_HINT = re.compile(r"[ .\-_*][a-z][ .\-_*][a-z](?![a-z\d])")
_SPACED = re.compile(r"(?<![a-z\d])[a-z](?:[ .\-_*][a-z](?![a-z\d])){2,}")
_SPECIAL = re.compile(r"[\d@$*#!](?:(?<=[a-z].)|(?=[a-z]))")
_TRIPLE = re.compile(r"([a-z])\1\1")
_TOKEN_RUN = re.compile(r"[a-z\d_@$*#!]+")
_LETTER_RUN = re.compile(r"[a-z]+")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


_TRIPLES = tuple(c * 3 for c in _LETTERS)
_REPEATS = re.compile(r"(\S)\1{3,}|\b(\w+)(?:[^\w\n]+\2\b){3,}")
_REPEAT_MIN = 200
MAX_FILLS = 64  # masked tokens looked up per message (s*icide); real messages have a few
_FILL_CACHE = 4096


def contains_any(text: str, needles: Iterable[str]) -> bool:
    """True if any needle is a substring of text (a plain loop: cheaper than any(genexpr))."""
    return any(n in text for n in needles)


def _runs_with(
    text: str, run: re.Pattern[str], inner: re.Pattern[str], kind: str
) -> list[tuple[int, int, str]]:
    """Return each maximal run of `run` that holds a match of `inner` (one linear pass)."""
    return [
        (m.start(), m.end(), kind)
        for m in run.finditer(text)
        if inner.search(text, m.start(), m.end())
    ]


@lru_cache(maxsize=8192)
def fold_char(ch: str) -> str:
    """Fold one non-ASCII character: NFKC, casefold, strip accents, drop invisible controls."""
    if ch in _APOSTROPHES:
        return "'"
    if ch in _CONFUSABLES:
        return _CONFUSABLES[ch]
    if unicodedata.category(ch) in _DROP_CATEGORIES and ch not in _KEEP_CONTROLS:
        return ""
    out = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", ch).casefold())
    return "".join(
        _CONFUSABLES.get(c, c) for c in out if unicodedata.category(c) not in _DROP_CATEGORIES
    )


def fold(text: str) -> tuple[str, OffsetMap]:
    """Apply the per-character folding; ASCII input only needs lower-casing."""
    if text.isascii():
        return text.lower(), IDENTITY
    b = Builder()
    last = 0
    for m in _NON_ASCII.finditer(text):
        s = m.start()
        if s > last:
            b.keep(text[last:s].lower())
        rep = fold_char(text[s])
        if len(rep) == 1:
            b.keep(rep)
        else:
            b.replace(rep, s, s + 1)
        last = s + 1
    b.keep(text[last:].lower())
    return b.result()


def collapse_repeats(text: str) -> tuple[str, OffsetMap]:
    """Cut floods in long texts: a character, emoji or word repeated 4+ times is kept 3 times.

    "💊" * 2048 or "kms " * 1024 say no more than three of them, but would make every later
    step work on thousands of matches. Short texts are left alone (nothing to gain).
    """
    if len(text) < _REPEAT_MIN or not _REPEATS.search(text):
        return text, IDENTITY
    found = {(m.start(), m.end()): _first_three(m) for m in _REPEATS.finditer(text)}
    return rewrite(text, found, lambda s, e: found[(s, e)])


def _first_three(m: re.Match[str]) -> str:
    """Return a repeat run cut after its third occurrence."""
    if m.group(1):
        return m.group(1) * 3
    word = re.compile(r"\b" + re.escape(m.group(2)) + r"\b")
    ends = [w.end() for w in word.finditer(m.group())]
    return m.group()[: ends[2]]


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised copy of a message plus the maps back to the original offsets."""

    text: str
    maps: tuple[OffsetMap, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        for m in reversed(self.maps):
            start, end = m.start(start), m.end(end)
        return start, max(start, end)


class Vocabulary:
    """Known words, used to repair masked, leet or elongated tokens conservatively."""

    def __init__(self, words: Iterable[str]) -> None:
        """Index the words by length (in the order given, first = preferred)."""
        self.words: frozenset[str] = frozenset(w for w in words if w.isalpha())
        by_len: dict[int, list[str]] = {}
        for w in sorted(self.words):
            by_len.setdefault(len(w), []).append(w)
        self._by_len = by_len
        self._longest = max(by_len, default=0)

    def known(self, word: str) -> bool:
        """True if the word, or a prefix of it with at least 4 letters, is known."""
        if word in self.words:
            return True
        longest = min(len(word) - 1, self._longest)
        return any(word[:n] in self.words for n in range(longest, 3, -1))

    def fill_mask(self, token: str) -> str | None:
        """Return the first known word that fits a token with * or # as wildcards."""
        for w in self._by_len.get(len(token), ()):
            if all(t == c or t in _MASKS for t, c in zip(token, w, strict=True)):
                return w
        return None

    def segment(self, letters: str) -> str:
        """Split joined letters ("selfharm") into known words if possible, else keep them."""
        if letters in self.words or len(letters) > 40:
            return letters
        best: list[list[str] | None] = [None] * (len(letters) + 1)
        best[0] = []
        for i in range(len(letters)):
            prev = best[i]
            if prev is None:
                continue
            for j in range(i + 1, len(letters) + 1):
                piece = letters[i:j]
                if (piece in self.words or piece in ("i", "a", "me", "my", "to")) and (
                    best[j] is None or len(best[j] or ()) > len(prev) + 1
                ):
                    best[j] = [*prev, piece]
        words = best[len(letters)]
        return " ".join(words) if words else letters


def _deelongate(word: str, vocab: Vocabulary, require_known: bool) -> str | None:
    """Reduce runs of 3+ equal letters to 2 (if that is a known word) or else to 1."""
    if not _RUN3.search(word):
        return word if (not require_known or vocab.known(word)) else None
    two = _RUN3.sub(r"\1\1", word)
    if two in vocab.words:
        return two
    one = _RUN3.sub(r"\1", word)
    return one if (not require_known or vocab.known(one)) else None


class Normalizer:
    """Configured normaliser: emoji words, slang substitutions and a vocabulary."""

    def __init__(
        self,
        emoji: Mapping[str, str],
        substitutions: Sequence[tuple[str, str]],
        vocabulary: Iterable[str],
    ) -> None:
        """Compile the token-level and substitution regexes."""
        self.vocab = Vocabulary(vocabulary)
        self._emoji = {fold(k)[0]: v for k, v in emoji.items()}
        emo = "|".join(re.escape(k) for k in sorted(self._emoji, key=len, reverse=True) if k)
        self._emoji_re = re.compile(f"[^\\S\\n]*(?:{emo})+[^\\S\\n]*") if emo else None
        self._emoji_one = re.compile(emo) if emo else None
        self._subs = [repl for _, repl in substitutions]
        self._sub_re = (
            re.compile(r"\b(?:" + "|".join(f"({p})" for p, _ in substitutions) + r")\b")
            if substitutions
            else None
        )
        hints = [anchors_for(p) for p, _ in substitutions]
        flat = {a for h in hints for a in h}
        minimal = tuple(sorted(a for a in flat if not any(b != a and b in a for b in flat)))
        self._sub_hints: tuple[str, ...] | None = minimal if all(hints) else None
        self._filled: dict[str, str | None] = {}

    def normalize(self, text: str) -> NormalizedText:
        """Return the normalised copy of text with offset maps back to it."""
        a_text, a_map = fold(text)
        r_text, r_map = collapse_repeats(a_text)
        b_text, b_map = self._tokens(r_text)
        c_text, c_map = self._substitute(b_text)
        return NormalizedText(c_text, (a_map, r_map, b_map, c_map))

    def _tokens(self, text: str) -> tuple[str, OffsetMap]:
        """Rewrite whitespace, apostrophes, emoji and obfuscated tokens.

        Each kind is looked for only when a cheap test says it may be present, so an
        ordinary message costs a few substring checks.
        """
        found: list[tuple[int, int, str]] = []
        if contains_any(text, _WS_HINTS):
            found += [(m.start(), m.end(), "ws") for m in _WS.finditer(text)]
        if "'" in text:
            found += [(m.start(), m.end(), "apos") for m in _APOS.finditer(text)]
        if self._emoji_re is not None and not text.isascii():
            found += [(m.start(), m.end(), "emo") for m in self._emoji_re.finditer(text)]
        if _SPACED_HINT.search(text):
            found += [(m.start(), m.end(), "sp") for m in _SPACED.finditer(text)]
        if _SPECIAL.search(text):
            found += _runs_with(text, _TOKEN_RUN, _SPECIAL, "tok")
        if contains_any(text, _TRIPLES):
            found += _runs_with(text, _LETTER_RUN, _TRIPLE, "el")
        if not found:
            return text, IDENTITY
        kinds: dict[tuple[int, int], str] = {}
        last = -1
        for s, e, kind in sorted(found):
            if s >= last and e > s:
                kinds[(s, e)] = kind
                last = e
        budget = [MAX_FILLS]  # masked-token look-ups left for this message
        return rewrite(text, kinds, lambda s, e: self._fix(text[s:e], kinds[(s, e)], budget))

    def _fix(self, piece: str, kind: str, budget: list[int]) -> str | None:
        """Return the replacement for one matched piece (None keeps it)."""
        if kind == "ws":
            return "\n" if "\n" in piece else " "
        if kind == "apos":
            return ""
        if kind == "emo" and self._emoji_one is not None:
            words = (self._emoji[m.group()] for m in self._emoji_one.finditer(piece))
            return " " + " ".join(words) + " "
        if kind == "sp":
            return self.vocab.segment(re.sub(r"[^a-z]", "", piece))
        if kind == "el":
            return _deelongate(piece, self.vocab, require_known=False)
        return self._fix_token(piece, budget)

    def _fix_token(self, piece: str, budget: list[int]) -> str | None:
        """Repair a token mixing letters with digits or symbols (leet, masks)."""
        core = piece.rstrip("!*#")
        lead = len(core) - len(core.lstrip("!*#@"))
        core, tail = core[lead:], piece[len(core) :]
        if not core or _UNITS.fullmatch(core):
            return None
        if any(c in _MASKS for c in core):
            filled = self._fill(core.translate(_LEET), budget)
            return None if filled is None else piece[:lead] + filled + tail
        for table in (_LEET, _LEET_ALT):
            fixed = _deelongate(core.translate(table), self.vocab, require_known=True)
            if fixed is not None:
                return piece[:lead] + fixed + tail
        return None

    def _fill(self, token: str, budget: list[int]) -> str | None:
        """Fill a masked token from the vocabulary, remembering recent answers.

        A paste of thousands of different masked tokens would otherwise scan the vocabulary
        thousands of times: past MAX_FILLS new tokens per message, the rest stay as they are.
        """
        if token in self._filled:
            return self._filled[token]
        if budget[0] <= 0:
            return None
        budget[0] -= 1
        if len(self._filled) >= _FILL_CACHE:
            self._filled.clear()
        self._filled[token] = self.vocab.fill_mask(token)
        return self._filled[token]

    def _substitute(self, text: str) -> tuple[str, OffsetMap]:
        """Apply slang and typo substitutions (whole words only)."""
        if self._sub_re is None:
            return text, IDENTITY
        if self._sub_hints is not None and not contains_any(text, self._sub_hints):
            return text, IDENTITY
        found = {(m.start(), m.end()): m.lastindex or 0 for m in self._sub_re.finditer(text)}
        if not found:
            return text, IDENTITY
        return rewrite(text, found, lambda s, e: self._subs[found[(s, e)] - 1])
