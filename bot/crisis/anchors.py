"""Prefilter: literal strings that any match of a rule must contain, found in one regex pass.

Each rule's regex is parsed and a set of literal "anchors" is derived such that every match
contains at least one of them. All anchors are compiled into a single trie-shaped regex, so
one scan over a message tells which few rules can possibly match; benign messages with no
anchor exit at once and no call loops over all rules.
"""

from __future__ import annotations

import importlib
from typing import Any

_parser: Any = importlib.import_module("re._parser")

MIN_ANCHOR = 3
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})
# Frequent words make poor anchors (they would wake rules up on ordinary chatter).
# fmt: off
COMMON = frozenset("""
    the and that this with from for not dont been have had has was were will would could should
    about going gonna want wanna need just really like feel felt time day date days again back
    out now today think take took make made know get got all every one what when where how why
    who you your they them their there then than some any more much very can cant its into over
    after before still even also only ever never always here way ate did que por para con una
    uno los las del como mas pero esta este todo muy ich und der das ist nicht mit auf ein eine
    les des une pour pas qui est dans sur avec vous mais tout nao uma com por mais mas est
""".split())  # noqa: SIM905
# fmt: on


def _good(option: str) -> bool:
    """True if a literal is long enough and not a frequent word."""
    core = option.strip()
    return len(core) >= MIN_ANCHOR and core not in COMMON


def _score(options: frozenset[str]) -> tuple[bool, int, int]:
    """Prefer anchor sets of distinctive literals, then fewer alternatives, then longer."""
    return (all(_good(o) for o in options), -len(options), min(len(o.strip()) for o in options))


_MAX_SET = 64


def _literals(op: Any, av: Any) -> set[str] | None:
    """Return every string a fully literal item can match, or None (too open or too many)."""
    name = str(op)
    if name == "LITERAL":
        return {chr(av)}
    if name == "IN" and all(str(o) == "LITERAL" for o, _ in av) and len(av) <= 4:
        return {chr(v) for _, v in av}
    if name == "SUBPATTERN":
        return _seq_literals(av[-1])
    if name == "BRANCH":
        out: set[str] = set()
        for branch in av[1]:
            sub = _seq_literals(branch)
            if sub is None:
                return None
            out |= sub
        return out if len(out) <= _MAX_SET else None
    if name in _REPEATS and av[0] == 0 and av[1] == 1:
        sub = _seq_literals(av[2])
        return None if sub is None else sub | {""}
    return None


def _seq_literals(seq: Any) -> set[str] | None:
    """Return every string a fully literal sequence can match, or None."""
    out = {""}
    for op, av in seq:
        sub = _literals(op, av)
        if sub is None or len(out) * len(sub) > _MAX_SET:
            return None
        out = {a + b for a in out for b in sub}
    return out


def _required(seq: Any) -> frozenset[str] | None:
    """Return literals of which every match of the parsed sequence contains one."""
    candidates: list[frozenset[str]] = []
    run: set[str] = {""}

    def flush() -> None:
        nonlocal run
        if "" not in run:  # an optional piece guarantees nothing
            candidates.append(frozenset(run))
        run = {""}

    for op, av in seq:
        lits = _literals(op, av)
        if lits is not None:
            if len(run) * len(lits) > _MAX_SET:
                flush()
            run = {a + b for a in run for b in lits}
            continue
        flush()
        name = str(op)
        sub: frozenset[str] | None = None
        if name == "SUBPATTERN":
            sub = _required(av[-1])
        elif name == "ATOMIC_GROUP":
            sub = _required(av)
        elif name == "BRANCH":
            alts = [_required(b) for b in av[1]]
            if all(a is not None for a in alts):
                sub = frozenset().union(*(a for a in alts if a is not None))
        elif name in _REPEATS and av[0] >= 1:
            sub = _required(av[2])
        if sub:
            candidates.append(sub)
    flush()
    if not candidates:
        return None
    return max(candidates, key=_score)


def anchors_for(pattern: str) -> tuple[str, ...]:
    """Return the anchor literals of a regex, or () if none of at least 3 letters is found."""
    req = _required(_parser.parse(pattern))
    if req is None or min(len(a.strip()) for a in req) < MIN_ANCHOR:
        return ()
    return tuple(sorted(req))


def split_branches(pattern: str) -> list[str]:
    """Split a regex at its top-level `|` (outside groups and character classes)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    start = 0
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern.startswith("[^]", i):
                i += 2
            elif pattern.startswith("[]", i):
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts
