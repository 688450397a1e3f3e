"""Offset bookkeeping: map positions in a rewritten string back to the string it came from."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Replaced regions (new_start, new_end, old_start, old_end); text between them is unchanged."""

    edits: tuple[tuple[int, int, int, int], ...] = ()
    _starts: tuple[int, ...] = field(default=(), repr=False)

    @classmethod
    def from_edits(cls, edits: Iterable[tuple[int, int, int, int]]) -> OffsetMap:
        """Build a map from edits given in increasing order."""
        items = tuple(edits)
        return cls(items, tuple(e[0] for e in items))

    def start(self, pos: int) -> int:
        """Map a start offset (inclusive) back to the old string."""
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            return pos
        _n_start, n_end, o_start, o_end = self.edits[i]
        if pos < n_end:
            return o_start
        return pos - n_end + o_end

    def end(self, pos: int) -> int:
        """Map an end offset (exclusive) back to the old string."""
        i = bisect_left(self._starts, pos) - 1
        if i < 0:
            return pos
        _n_start, n_end, _o_start, o_end = self.edits[i]
        if pos <= n_end:
            return o_end
        return pos - n_end + o_end


IDENTITY = OffsetMap()


class Builder:
    """Accumulates output pieces and the edits that map them to the input."""

    __slots__ = ("_edits", "_out", "_pos")

    def __init__(self) -> None:
        """Start an empty output."""
        self._out: list[str] = []
        self._edits: list[tuple[int, int, int, int]] = []
        self._pos = 0

    def keep(self, text: str) -> None:
        """Append text copied unchanged (same length) from the input."""
        self._out.append(text)
        self._pos += len(text)

    def replace(self, text: str, old_start: int, old_end: int) -> None:
        """Append text that replaces input[old_start:old_end]."""
        self._edits.append((self._pos, self._pos + len(text), old_start, old_end))
        self._out.append(text)
        self._pos += len(text)

    def result(self) -> tuple[str, OffsetMap]:
        """Return the output string and its offset map."""
        if not self._edits:
            return "".join(self._out), IDENTITY
        return "".join(self._out), OffsetMap.from_edits(self._edits)


def rewrite(
    text: str,
    matches: Iterable[tuple[int, int]],
    repl: Callable[[int, int], str | None],
) -> tuple[str, OffsetMap]:
    """Rewrite the given non-overlapping (start, end) regions with repl (None keeps a region)."""
    b = Builder()
    last = 0
    for s, e in matches:
        new = repl(s, e)
        if new is None or new == text[s:e]:
            continue
        if s > last:
            b.keep(text[last:s])
        b.replace(new, s, e)
        last = e
    if last == 0:
        return text, IDENTITY
    b.keep(text[last:])
    return b.result()
