"""How searches are read, per language, from content/search_words/<lang>.toml (validated).

Each file holds `questions` (words that make a plain message a question about where to find
help), `general` (words that only say help is wanted: "help", "ayuda"; never searched on their
own), `stop` (words that say nothing about the topic) and `[synonyms]` (a word = what to search
for as well: depression = ["mental health"]). Every language's words serve every search.
Problems raise ContentError naming the file and the word.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.content_checks import read_toml
from bot.domain.language import SUPPORTED_LANGUAGES
from bot.i18n import ContentError

FOLDER = "search_words"
LISTS = ("questions", "general", "stop")
MAX_SYNONYMS = 3
MAX_PHRASE_WORDS = 4


@dataclass(frozen=True)
class SearchWords:
    """The words that shape a search, in plain lower-case ASCII as queries are normalised."""

    questions: frozenset[str] = frozenset()
    general: frozenset[str] = frozenset()
    stop: frozenset[str] = frozenset()
    synonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @functools.cached_property
    def ignored(self) -> frozenset[str]:
        """Every word never searched for itself: questions, general and stop words (joined
        once: queries read it for every spelling they expand)."""
        return self.questions | self.general | self.stop

    def synonyms_of(self, words: Iterable[str]) -> list[str]:
        """What to search for as well as these words (one word and its spellings), in order."""
        found: list[str] = []
        for word in words:
            for synonym in self.synonyms.get(word, ()):
                if synonym not in found and synonym not in words:
                    found.append(synonym)
        return found


def plain(text: str) -> str:
    """Case-fold and strip accents the way queries are (Dónde -> donde), spaces kept single."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(kept.split())


def load_search_words(
    content_dir: Path, languages: Iterable[str] = SUPPORTED_LANGUAGES
) -> SearchWords:
    """Read and check every language's file; merge them into one SearchWords."""
    lists: dict[str, set[str]] = {name: set() for name in LISTS}
    synonyms: dict[str, list[str]] = {}
    for language in languages:
        path = content_dir / FOLDER / f"{language}.toml"
        data = read_toml(path)
        for key in data:
            if key not in (*LISTS, "synonyms"):
                raise ContentError(
                    f"{path}: unknown entry '{key}' (expected questions, general, stop and "
                    "[synonyms])"
                )
        for name in LISTS:
            lists[name].update(_words(path, name, data.get(name, [])))
        for word, targets in _synonyms(path, data.get("synonyms", {})).items():
            merged = synonyms.setdefault(word, [])
            merged.extend(target for target in targets if target not in merged)
    ignored = set().union(*lists.values())
    for word in synonyms:
        if word in ignored:
            raise ContentError(
                f"{content_dir / FOLDER}: synonym '{word}' is also in questions, general or stop "
                "of some language, so it would never be searched"
            )
    return SearchWords(
        questions=frozenset(lists["questions"]),
        general=frozenset(lists["general"]),
        stop=frozenset(lists["stop"]),
        synonyms={word: tuple(targets) for word, targets in synonyms.items()},
    )


def _words(path: Path, name: str, value: object) -> list[str]:
    """Check a list of single words; return them plain."""
    if not isinstance(value, list):
        raise ContentError(f'{path}: {name} must be a list of words such as ["where", "find"]')
    words: list[str] = []
    for word in value:
        words.append(_word(path, name, word))
    return words


def _word(path: Path, where: str, word: object) -> str:
    """Check one word: text of letters and digits only, no spaces; return it plain."""
    if not isinstance(word, str) or not word.strip():
        raise ContentError(f"{path}: {where}: {word!r} must be a non-empty word in quotes")
    folded = plain(word)
    if not folded.isalnum() or not folded.isascii():
        raise ContentError(
            f"{path}: {where}: {word!r} must be one word of letters and digits (no spaces, "
            "hyphens or apostrophes)"
        )
    return folded


def _synonyms(path: Path, value: object) -> dict[str, list[str]]:
    """Check the [synonyms] table: word = ["phrase", ...], one to MAX_SYNONYMS phrases."""
    if not isinstance(value, dict):
        raise ContentError(f"{path}: synonyms must be a table: [synonyms] then depression = [...]")
    table: dict[str, list[str]] = {}
    for word, targets in value.items():
        key = _word(path, "synonyms", word)
        where = f"synonyms: {word}"
        if not isinstance(targets, list) or not 1 <= len(targets) <= MAX_SYNONYMS:
            raise ContentError(
                f"{path}: {where} must be a list of 1 to {MAX_SYNONYMS} words or short phrases, "
                'e.g. ["mental health"]'
            )
        phrases: list[str] = []
        for target in targets:
            if not isinstance(target, str) or not target.strip():
                raise ContentError(f"{path}: {where}: {target!r} must be non-empty text in quotes")
            phrase = plain(target)
            parts = phrase.split()
            if (
                len(parts) > MAX_PHRASE_WORDS
                or not all(part.isalnum() and part.isascii() for part in parts)
                or phrase == key
            ):
                raise ContentError(
                    f"{path}: {where}: {target!r} must be up to {MAX_PHRASE_WORDS} words of "
                    "letters and digits, other than the word itself"
                )
            phrases.append(phrase)
        table[key] = phrases
    return table
