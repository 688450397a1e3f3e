"""Load and validate the crisis lexicon files (TOML) from a content directory.

Layout: ``shared.toml`` (emoji words, slang/typo substitutions, vocabulary, shared macros)
plus one ``<lang>.toml`` per language. See ``content/crisis/README.md`` for the format.
Every problem raises :class:`LexiconError` naming the file, the line and the problem.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.crisis.models import Rule, RuleKind
from bot.crisis.normalize import Normalizer

SHARED_FILE = "shared.toml"
_MACRO = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
_ID = re.compile(r"[a-z0-9][a-z0-9_.\-]*")
_LINE_IN_TOML_ERROR = re.compile(r"\(at line (\d+)")
_TABLE_KINDS = {
    "rule": RuleKind.RISK,
    "weak": RuleKind.WEAK,
    "idiom": RuleKind.IDIOM,
    "escalator": RuleKind.ESCALATOR,
}
_FIELDS: dict[RuleKind, tuple[set[str], set[str]]] = {
    RuleKind.RISK: ({"id", "category", "tier", "pattern"}, {"examples", "negatable", "past"}),
    RuleKind.WEAK: (
        {"id", "group", "category", "tier", "pattern"},
        {"examples", "negatable", "past", "role", "reach"},
    ),
    RuleKind.IDIOM: ({"id", "pattern"}, {"examples"}),
    RuleKind.ESCALATOR: ({"id", "pattern"}, {"examples"}),
}
_TOP_KEYS = {"language", "macros", "negation", "recovery", "third_party", *_TABLE_KINDS}
_SHARED_KEYS = {"emoji", "substitution", "vocabulary", "macros"}


class LexiconError(ValueError):
    """A lexicon file is broken; the message names the file, the line and the problem."""

    def __init__(self, path: Path | str, line: int, problem: str) -> None:
        """Build the message ``<file>:<line>: <problem>``."""
        self.path = str(path)
        self.line = line
        self.problem = problem
        super().__init__(f"{self.path}:{line}: {problem}")


class _Lines:
    """Finds the line of a table header or key in a TOML file (tomllib gives no positions)."""

    _ARRAY = re.compile(r"\s*\[\[\s*([\w.]+)\s*\]\]")
    _TABLE = re.compile(r"\s*\[\s*([\w.]+)\s*\]")
    _KEY = re.compile(r"\s*(\"[^\"]*\"|[A-Za-z0-9_\-]+)\s*=")

    def __init__(self, text: str) -> None:
        """Scan the raw text once."""
        self.headers: dict[tuple[str, int], int] = {}
        self.keys: dict[tuple[str, int, str], int] = {}
        counts: dict[str, int] = {}
        where = ("", 0)
        for no, line in enumerate(text.splitlines(), start=1):
            if m := self._ARRAY.match(line):
                name = m.group(1)
                counts[name] = counts.get(name, -1) + 1
                where = (name, counts[name])
                self.headers[where] = no
            elif m := self._TABLE.match(line):
                where = (m.group(1), 0)
                self.headers[where] = no
            elif m := self._KEY.match(line):
                self.keys.setdefault((*where, m.group(1).strip('"')), no)

    def of(self, table: str, index: int = 0, key: str | None = None) -> int:
        """Return the line of a key in a table (or of the table header, or 1)."""
        if key is not None and (table, index, key) in self.keys:
            return self.keys[(table, index, key)]
        return self.headers.get((table, index), 1)


@dataclass(frozen=True, slots=True)
class LanguagePack:
    """Per-language context cues: negation, recovery/relapse and third-party subjects."""

    lang: str
    negation_cues: frozenset[str] = frozenset()
    boundaries: frozenset[str] = frozenset()
    pseudo_negation: re.Pattern[str] | None = None
    frames: re.Pattern[str] | None = None
    window: int = 5
    past: re.Pattern[str] | None = None
    relapse: re.Pattern[str] | None = None
    subjects: re.Pattern[str] | None = None
    first_person: re.Pattern[str] | None = None


def _join(patterns: list[re.Pattern[str] | None]) -> re.Pattern[str] | None:
    """Combine compiled alternations into one (None if all are None)."""
    parts = [p.pattern for p in patterns if p is not None]
    return re.compile("|".join(f"(?:{p})" for p in parts)) if parts else None


def merge_packs(packs: list[LanguagePack]) -> LanguagePack:
    """Union the context cues of several languages (people mix languages in one message)."""
    return LanguagePack(
        lang="+".join(p.lang for p in packs),
        negation_cues=frozenset().union(*(p.negation_cues for p in packs)),
        boundaries=frozenset().union(*(p.boundaries for p in packs)),
        pseudo_negation=_join([p.pseudo_negation for p in packs]),
        frames=_join([p.frames for p in packs]),
        window=max((p.window for p in packs), default=5),
        past=_join([p.past for p in packs]),
        relapse=_join([p.relapse for p in packs]),
        subjects=_join([p.subjects for p in packs]),
        first_person=_join([p.first_person for p in packs]),
    )


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the detector needs, loaded once from a content directory."""

    normalizer: Normalizer
    rules: tuple[Rule, ...]
    packs: Mapping[str, LanguagePack] = field(default_factory=dict)


@dataclass(slots=True)
class _Source:
    """One parsed file with its line finder."""

    path: Path
    data: dict[str, Any]
    lines: _Lines

    def error(
        self, problem: str, table: str = "", index: int = 0, key: str | None = None
    ) -> LexiconError:
        """Return a LexiconError located at a table/key of this file."""
        return LexiconError(self.path, self.lines.of(table, index, key), problem)


def _read(path: Path) -> _Source:
    """Parse one TOML file, turning syntax errors into LexiconError."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(path, 0, f"cannot read file: {exc}") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = _LINE_IN_TOML_ERROR.search(str(exc))
        line = int(m.group(1)) if m else max(1, len(text.splitlines()))  # "at end of document"
        raise LexiconError(path, line, f"invalid TOML: {exc}") from exc
    return _Source(path, data, _Lines(text))


def _strings(src: _Source, value: Any, table: str, key: str, index: int = 0) -> list[str]:
    """Check that a value is a list of non-empty strings."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise src.error(f"'{key}' must be a list of non-empty strings", table, index, key)
    return list(value)


def _compile(src: _Source, pattern: str, loc: tuple[str, int, str]) -> re.Pattern[str]:
    """Compile a regex, reporting an invalid one with its location."""
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise src.error(f"invalid regex {pattern!r}: {exc}", *loc) from exc


def _expand(
    src: _Source, pattern: str, macros: Mapping[str, str], loc: tuple[str, int, str]
) -> str:
    """Replace {name} macros (recursively) with their non-capturing group."""
    for _ in range(10):
        names = _MACRO.findall(pattern)
        if not names:
            return pattern
        for name in names:
            if name not in macros:
                raise src.error(f"unknown macro {{{name}}}", *loc)
        pattern = _MACRO.sub(lambda m: f"(?:{macros[m.group(1)]})", pattern)
    raise src.error("macros nest too deeply (a macro refers to itself?)", *loc)


def _alternation(
    src: _Source, items: list[str], table: str, key: str, macros: Mapping[str, str]
) -> re.Pattern[str] | None:
    """Compile a list of regex phrases into one word-bounded alternation (None if empty)."""
    if not items:
        return None
    loc = (table, 0, key)
    for item in items:
        _compile(src, _expand(src, item, macros, loc), loc)
    body = "|".join(f"(?:{_expand(src, i, macros, loc)})" for i in items)
    return _compile(src, rf"(?<!\w)(?:{body})(?!\w)", loc)
