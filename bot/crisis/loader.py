"""Build a :class:`Lexicon` from a content directory, validating every entry."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bot.crisis.anchors import anchors_for, split_branches
from bot.crisis.lexicon import (
    _FIELDS,
    _ID,
    _SHARED_KEYS,
    _TABLE_KINDS,
    _TOP_KEYS,
    SHARED_FILE,
    LanguagePack,
    Lexicon,
    LexiconError,
    _alternation,
    _compile,
    _expand,
    _read,
    _Source,
    _strings,
)
from bot.crisis.models import Category, Rule, Tier
from bot.crisis.normalize import Normalizer

_Pending = tuple[_Source, Rule, list[str], tuple[str, int, str]]


def _table(src: _Source, name: str, allowed: set[str]) -> dict[str, Any]:
    """Return an optional sub-table, rejecting unknown keys."""
    value = src.data.get(name, {})
    if not isinstance(value, dict):
        raise src.error(f"'{name}' must be a table", name)
    for key in value:
        if key not in allowed:
            raise src.error(f"unknown key '{key}' in [{name}]", name, 0, key)
    return value


def _macros(src: _Source, base: Mapping[str, str]) -> dict[str, str]:
    """Merge this file's [macros] over the shared ones."""
    table = src.data.get("macros", {})
    if not isinstance(table, dict):
        raise src.error("'macros' must be a table", "macros")
    out = dict(base)
    for name, value in table.items():
        if not isinstance(value, str) or not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
            raise src.error(
                f"macro '{name}' needs a lower-case name and a string", "macros", 0, name
            )
        out[name] = value
    return out


def _pack(src: _Source, lang: str, macros: Mapping[str, str]) -> LanguagePack:
    """Read the [negation], [recovery] and [third_party] tables."""
    neg = _table(src, "negation", {"cues", "boundaries", "pseudo", "frames", "window"})
    rec = _table(src, "recovery", {"past", "relapse"})
    third = _table(src, "third_party", {"subjects", "first_person"})
    window = neg.get("window", 5)
    if not isinstance(window, int) or isinstance(window, bool) or not 1 <= window <= 12:
        raise src.error("'window' must be a whole number from 1 to 12", "negation", 0, "window")

    def alt(table: dict[str, Any], tname: str, key: str) -> re.Pattern[str] | None:
        items = _strings(src, table.get(key, []), tname, key)
        return _alternation(src, items, tname, key, macros)

    return LanguagePack(
        lang=lang,
        negation_cues=frozenset(_strings(src, neg.get("cues", []), "negation", "cues")),
        boundaries=frozenset(_strings(src, neg.get("boundaries", []), "negation", "boundaries")),
        pseudo_negation=alt(neg, "negation", "pseudo"),
        frames=alt(neg, "negation", "frames"),
        window=window,
        past=alt(rec, "recovery", "past"),
        relapse=alt(rec, "recovery", "relapse"),
        subjects=alt(third, "third_party", "subjects"),
        first_person=alt(third, "third_party", "first_person"),
    )


def _enum_value(
    src: _Source, entry: dict[str, Any], key: str, loc: tuple[str, int], enum: Any
) -> Any:
    """Convert a field to an enum member, naming the allowed values on error."""
    try:
        return enum(entry[key])
    except (ValueError, TypeError):
        allowed = ", ".join(m.value for m in enum)
        raise src.error(
            f"unknown {key} {entry[key]!r} (expected one of: {allowed})", *loc, key
        ) from None


def _rule(
    src: _Source, lang: str, table: str, index: int, entry: Any, macros: Mapping[str, str]
) -> tuple[Rule, list[str]]:
    """Validate one [[rule]]/[[weak]]/[[idiom]]/[[escalator]] entry and compile it."""
    kind = _TABLE_KINDS[table]
    if not isinstance(entry, dict):
        raise src.error(f"[[{table}]] entries must be tables", table, index)
    required, optional = _FIELDS[kind]
    for key in entry:
        if key not in required | optional:
            raise src.error(f"unknown field '{key}' in [[{table}]]", table, index, key)
    for key in sorted(required - set(entry)):
        raise src.error(f"missing field '{key}' in [[{table}]]", table, index)
    rid = entry["id"]
    if not isinstance(rid, str) or not _ID.fullmatch(rid):
        raise src.error(
            f"invalid id {rid!r} (lower-case letters, digits, . _ -)", table, index, "id"
        )
    for key in ("pattern", "group"):
        if key in entry and (not isinstance(entry[key], str) or not entry[key]):
            raise src.error(f"'{key}' must be a non-empty string", table, index, key)
    for key in ("negatable", "past"):
        if not isinstance(entry.get(key, True), bool):
            raise src.error(f"'{key}' must be true or false", table, index, key)
    role = entry.get("role", "")
    if not isinstance(role, str) or (role and not _ID.fullmatch(role)):
        raise src.error("'role' must be a lower-case word", table, index, "role")
    reach = entry.get("reach", 0)
    if not isinstance(reach, int) or isinstance(reach, bool) or not 0 <= reach <= 10_000:
        raise src.error("'reach' must be a whole number from 0 to 10000", table, index, "reach")
    loc = (table, index, "pattern")
    pattern = _expand(src, entry["pattern"], macros, loc)
    regex = _compile(src, pattern, loc)
    examples = _strings(src, entry.get("examples", []), table, "examples", index)
    rule = Rule(
        id=rid,
        lang=lang,
        kind=kind,
        regex=regex,
        category=_enum_value(src, entry, "category", (table, index), Category)
        if "category" in entry
        else None,
        tier=_enum_value(src, entry, "tier", (table, index), Tier) if "tier" in entry else None,
        group=entry.get("group", ""),
        role=role,
        reach=reach,
        negatable=entry.get("negatable", True),
        past=entry.get("past", True),
        branches=_branches(pattern, regex),
        source=src.path.name,
        line=src.lines.of(table, index),
    )
    return rule, examples


def _branches(
    pattern: str, regex: re.Pattern[str]
) -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """Compile each top-level alternative separately, with its own anchors (for speed)."""
    parts = split_branches(pattern)
    try:
        return tuple((re.compile(p), anchors_for(p)) for p in parts)
    except re.error:  # pragma: no cover - a valid pattern splits into valid parts
        return ((regex, anchors_for(pattern)),)


def _shared(
    directory: Path,
) -> tuple[dict[str, str], list[tuple[str, str]], list[str], dict[str, str]]:
    """Read shared.toml: emoji words, substitutions, vocabulary and macros."""
    path = directory / SHARED_FILE
    if not path.exists():
        return {}, [], [], {}
    src = _read(path)
    for key in src.data:
        if key not in _SHARED_KEYS:
            raise src.error(f"unknown top-level key '{key}'", "", 0, key)
    emoji = _table(src, "emoji", set(src.data.get("emoji", {})))
    for k, v in emoji.items():
        if not isinstance(v, str) or not re.fullmatch(r"[a-z ]+", v):
            raise src.error(f"emoji {k!r} must map to lower-case words", "emoji", 0, k)
    subs: list[tuple[str, str]] = []
    entries = src.data.get("substitution", [])
    for i, entry in enumerate(entries if isinstance(entries, list) else []):
        if not isinstance(entry, dict) or set(entry) != {"pattern", "replace"}:
            raise src.error(
                "[[substitution]] needs exactly 'pattern' and 'replace'", "substitution", i
            )
        regex = _compile(src, entry["pattern"], ("substitution", i, "pattern"))
        if regex.groups:
            raise src.error(
                "substitution patterns must not use capturing groups; use (?:...)",
                "substitution",
                i,
                "pattern",
            )
        subs.append((entry["pattern"], entry["replace"]))
    vocab = _table(src, "vocabulary", {"words"})
    words = _strings(src, vocab.get("words", []), "vocabulary", "words")
    return dict(emoji), subs, words, _macros(src, {})


def load_lexicon(directory: Path | str) -> Lexicon:
    """Load shared.toml and every <lang>.toml in directory; raise LexiconError on any problem."""
    directory = Path(directory)
    if not directory.is_dir():
        raise LexiconError(directory, 0, "content directory not found")
    emoji, subs, words, shared_macros = _shared(directory)
    files = sorted(p for p in directory.glob("*.toml") if p.name != SHARED_FILE)
    if not files:
        raise LexiconError(directory, 0, "no language files (<lang>.toml) found")
    pending: list[_Pending] = []
    packs: dict[str, LanguagePack] = {}
    seen: dict[str, str] = {}
    for path in files:
        src = _read(path)
        for key in src.data:
            if key not in _TOP_KEYS:
                raise src.error(f"unknown top-level key '{key}'", "", 0, key)
        lang = src.data.get("language")
        if not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2,3}", lang):
            raise src.error(
                "missing or invalid 'language' (a code such as \"en\")", "", 0, "language"
            )
        macros = _macros(src, shared_macros)
        packs[lang] = _pack(src, lang, macros)
        for table in _TABLE_KINDS:
            entries = src.data.get(table, [])
            if not isinstance(entries, list):
                raise src.error(f"'{table}' must be written as [[{table}]] entries", table)
            for i, entry in enumerate(entries):
                rule, examples = _rule(src, lang, table, i, entry, macros)
                if rule.id in seen:
                    raise src.error(
                        f"duplicate rule id '{rule.id}' (first in {seen[rule.id]})", table, i, "id"
                    )
                seen[rule.id] = f"{path.name}:{src.lines.of(table, i, 'id')}"
                pending.append((src, rule, examples, (table, i, "examples")))
    vocab = list(words)
    for _, rule, _, _ in pending:
        vocab.extend(re.findall(r"[a-z]{3,}", re.sub(r"\\.", " ", rule.regex.pattern)))
    normalizer = Normalizer(emoji, subs, vocab)
    for src, rule, examples, loc in pending:
        for ex in examples:
            if not rule.regex.search(normalizer.normalize(ex).text):
                raise src.error(f"example {ex!r} does not match rule '{rule.id}'", *loc)
    return Lexicon(normalizer, tuple(r for _, r, _, _ in pending), packs)
