"""One regex pass that tells which rule branches can possibly match a message.

All rule anchors (see anchors.py) are compiled into one trie-shaped regex; scanning a
message once yields the anchors present and their positions, hence the few candidate
branches and the sentences to run them on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any


def trie_pattern(words: Iterable[str]) -> str:
    """Build a regex alternation shaped like a trie (fast first-character dispatch)."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _contained_keys(
    anchor: str, by_anchor: dict[str, set[int]], lengths: frozenset[int]
) -> frozenset[int]:
    """Return the keys of every anchor that occurs inside this anchor (itself included).

    Only substrings as long as some anchor can be one (`lengths`), so the start-up cost
    follows the anchors' lengths rather than the square of each anchor's length."""
    keys: set[int] = set()
    n = len(anchor)
    for size in lengths:
        for i in range(n - size + 1):
            found = by_anchor.get(anchor[i : i + size])
            if found:
                keys |= found
    return frozenset(keys)


_ANYWHERE: list[int] = []  # shared marker: the key may match anywhere in the text


class AnchorIndex:
    """Maps the anchors present in a text to the keys (rules) that may match it."""

    def __init__(self, keyed: Sequence[tuple[int, Sequence[str]]]) -> None:
        """Index (key, anchors) pairs; keys with no anchors are always candidates."""
        by_anchor: dict[str, set[int]] = {}
        always: set[int] = set()
        for key, anchors in keyed:
            if not anchors:
                always.add(key)
            for a in anchors:
                by_anchor.setdefault(a, set()).add(key)
        self.always = frozenset(always)
        lengths = frozenset(len(a) for a in by_anchor)
        self._closure = {a: _contained_keys(a, by_anchor, lengths) for a in by_anchor}
        self._regex = re.compile(f"(?=({trie_pattern(by_anchor)}))") if by_anchor else None

    def candidates(self, text: str) -> dict[int, list[int]]:
        """Return {key: positions of its anchors} for every rule that could match text.

        Keys without anchors map to an empty list (meaning: anywhere in the text).
        """
        out: dict[int, list[int]] = dict.fromkeys(self.always, _ANYWHERE) if self.always else {}
        if self._regex is None:
            return out
        found: dict[str, list[int]] = {}
        for m in self._regex.finditer(text):
            anchor = m.group(1)
            if anchor in found:
                found[anchor].append(m.start())
            else:
                found[anchor] = [m.start()]
        for anchor, positions in found.items():
            for key in self._closure[anchor]:
                if key in out and out[key] is not _ANYWHERE:
                    out[key] = out[key] + positions
                elif key not in out:
                    out[key] = positions
        return out
