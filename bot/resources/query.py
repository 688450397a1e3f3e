"""Search queries: normalised words, without search syntax, expanded for typos and word forms.

Every word this module returns is plain lower-case ASCII letters and digits, so it can be put
into an SQLite FTS5 MATCH expression as is (quoting it too does no harm). Nothing here raises on
odd input: an empty, absurd or 4,096-character query just yields fewer words.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.resources.search_words import SearchWords

MAX_WORDS = 8
MAX_ALTERNATIVES = 5  # per query word, the word itself included
MIN_WORD_LENGTH = 2
MAX_WORD_LENGTH = 40
MAX_QUERY_CHARS = 8192  # a Telegram message holds at most 4,096
# A message with a general word ("help") but no question word is a request for help only when
# it is this short ("help please", "Hilfe!"); "thanks for your help" is not.
SHORT_REQUEST_WORDS = 3
MIN_FUZZY_LENGTH = 4  # shorter words are matched exactly: too many neighbours otherwise
PREFIX_LENGTH = 4
_CACHE_SIZE = 4096  # words whose alternatives a Vocabulary remembers

_PLAIN_WORD = re.compile(r"[a-z0-9]+")
# Letters that do not decompose into a base letter plus an accent.
_EXTRA_LETTERS = str.maketrans(
    {"ø": "o", "đ": "d", "ł": "l", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}
)
# FTS5 operators, in any case: a member's "and" or "near" must never become syntax.
_OPERATORS = frozenset({"and", "or", "not", "near"})


def normalize(text: str) -> str:
    """Case-fold, strip accents and keep only letters, digits and single spaces."""
    if not isinstance(text, str):
        return ""
    kept: list[str] = []
    for char in unicodedata.normalize("NFKD", text.casefold()):
        if unicodedata.combining(char):
            continue
        kept.append(char if unicodedata.category(char)[0] in "LN" else " ")
    return " ".join("".join(kept).translate(_EXTRA_LETTERS).split())


def query_words(
    text: str, max_words: int = MAX_WORDS, ignored: Collection[str] = frozenset()
) -> list[str]:
    """Return up to `max_words` plain search words, without FTS syntax, `ignored` words or
    repeats."""
    # Dropped: quotes, *, parentheses and other syntax (normalize), NEAR/AND/OR/NOT, ignored
    # words, one-letter and absurdly long words, and anything not plain a-z/0-9 after normalising.
    if not isinstance(text, str) or max_words <= 0:
        return []
    words: list[str] = []
    for word in normalize(text[:MAX_QUERY_CHARS]).split():
        if not MIN_WORD_LENGTH <= len(word) <= MAX_WORD_LENGTH:
            continue
        if not _PLAIN_WORD.fullmatch(word) or word in _OPERATORS or word in ignored:
            continue
        if word not in words:
            words.append(word)
    if len(words) <= max_words:
        return words
    # A long paste: its longest words say most about it (and match fewer index rows).
    longest = set(sorted(words, key=len, reverse=True)[:max_words])
    return [word for word in words if word in longest][:max_words]


@dataclass(frozen=True)
class Query:
    """A search as the bot reads it: the topic words, and what else the text said."""

    topic: list[str]  # the words to search for ("housing")
    general: bool  # it asked for help in general words ("help", "ayuda")
    question: bool  # a question word ("where", "donde"), or a short call for help ("help me")

    @property
    def wants_help(self) -> bool:
        """Tell whether it asked for help without naming anything the bot could search."""
        return self.general and not self.topic


def read_query(text: str, words: SearchWords, max_words: int = MAX_WORDS) -> Query:
    """Split a search into topic words (searched) and question, general and stop words (not)."""
    said = normalize(text[:MAX_QUERY_CHARS]).split() if isinstance(text, str) else []
    every = set(said)
    general = bool(every & words.general)
    short_call = general and len(said) <= SHORT_REQUEST_WORDS
    return Query(
        topic=query_words(text, max_words, words.ignored),
        general=general,
        question=short_call or bool(every & words.questions),
    )


class Vocabulary(Collection[str]):
    """The indexed words, prepared once so that `expand` stays fast on a large directory."""

    def __init__(self, words: Iterable[str]) -> None:
        """Keep the plain [a-z0-9] words (normalising others); index them by length and letter."""
        plain: set[str] = set()
        for word in words:
            if not isinstance(word, str):
                continue
            if not _PLAIN_WORD.fullmatch(word):
                word = normalize(word)
                if not _PLAIN_WORD.fullmatch(word):
                    continue
            if len(word) <= MAX_WORD_LENGTH:
                plain.add(word)
        self._words = frozenset(plain)
        self._sorted = sorted(plain)
        # Typo candidates are looked up by length and by first or second letter: a typo rarely
        # hits both, and a search over a few buckets stays fast with tens of thousands of words.
        self._by_letter: dict[tuple[int, int, str], list[str]] = {}
        for word in self._sorted:
            for position in (0, 1):
                if position < len(word):
                    key = (len(word), position, word[position])
                    self._by_letter.setdefault(key, []).append(word)
        self._cache: dict[str, list[str]] = {}

    def __contains__(self, word: object) -> bool:
        """Tell whether a word is in the vocabulary."""
        return word in self._words

    def __iter__(self) -> Iterator[str]:
        """Iterate over the words in alphabetical order."""
        return iter(self._sorted)

    def __len__(self) -> int:
        """Return the number of words."""
        return len(self._words)

    def alternatives(self, word: str) -> list[str]:
        """Return the word, then close spellings (if it is unknown) and other forms of it."""
        cached = self._cache.get(word)
        if cached is None:
            cached = self._alternatives(word)
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[word] = cached
        return list(cached)

    def _alternatives(self, word: str) -> list[str]:
        """Compute `alternatives` for one word."""
        word = "".join(normalize(word).split())
        if not _PLAIN_WORD.fullmatch(word) or len(word) > MAX_WORD_LENGTH:
            return []
        found = [word]
        corrections = [] if word in self._words else self._close_spellings(word)
        for candidate in corrections:
            _add(found, candidate)
        for base in (word, *corrections[:1]):
            for candidate in self._forms(base):
                _add(found, candidate)
        return found[:MAX_ALTERNATIVES]

    def _close_spellings(self, word: str) -> list[str]:
        """Return vocabulary words within a small edit distance, the closest first."""
        if len(word) < MIN_FUZZY_LENGTH:
            return []
        edits = 1 if len(word) <= 5 else 2
        cutoff = 75 if len(word) <= 5 else 80
        candidates: list[str] = []
        for length in range(len(word) - edits, len(word) + edits + 1):
            for position in (0, 1):
                candidates.extend(self._by_letter.get((length, position, word[position]), ()))
        matches = process.extract(
            word, candidates, scorer=fuzz.ratio, score_cutoff=cutoff, limit=20
        )
        ranked = sorted(
            {
                (OSA.distance(word, candidate), -score, abs(len(candidate) - len(word)), candidate)
                for candidate, score, _ in matches
            }
        )
        return [candidate for distance, _, _, candidate in ranked if distance <= edits]

    def _forms(self, word: str) -> list[str]:
        """Return vocabulary words sharing a long prefix with `word` (housing/house)."""
        if len(word) < PREFIX_LENGTH:
            return []
        prefix = word[:PREFIX_LENGTH]
        start = bisect.bisect_left(self._sorted, prefix)
        forms: list[str] = []
        for candidate in itertools.islice(self._sorted, start, None):
            if not candidate.startswith(prefix):
                break
            if candidate != word and _same_stem(word, candidate):
                forms.append(candidate)
        forms.sort(key=lambda candidate: (abs(len(candidate) - len(word)), candidate))
        return forms


def expand(
    words: Sequence[str], vocabulary: Collection[str], synonyms: SearchWords | None = None
) -> list[list[str]]:
    """For each query word, the words to search: itself, corrections and word forms, then its
    synonyms (words or short phrases, such as "mental health" for "depression")."""
    prepared = vocabulary if isinstance(vocabulary, Vocabulary) else Vocabulary(vocabulary)
    groups: list[list[str]] = []
    for word in words:
        alternatives = prepared.alternatives(word)
        if synonyms is not None and alternatives:
            # A spelling that is a general word ("hepl" -> help) would match everything.
            spellings = [alternatives[0]] + [
                other for other in alternatives[1:] if other not in synonyms.ignored
            ]
            alternatives = [spellings[0], *synonyms.synonyms_of(spellings), *spellings[1:]]
        groups.append(alternatives)
    return groups


def _same_stem(word: str, other: str) -> bool:
    """Tell whether two words look like forms of one word: a long shared prefix, short endings."""
    shared = 0
    for left, right in zip(word, other, strict=False):
        if left != right:
            break
        shared += 1
    shorter, longer = sorted((len(word), len(other)))
    return shared >= PREFIX_LENGTH and shared >= shorter - 1 and shared >= longer - 4


def _add(found: list[str], candidate: str) -> None:
    """Append a candidate that is not there yet."""
    if candidate not in found:
        found.append(candidate)
