"""A short piece of a flagged message around the matched words, safe to show in an alert."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from bot.domain.text import sanitize

RADIUS = 100
MAX_LENGTH = 360
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Excerpt:
    """Cleaned text with the highlighted ranges (offsets into `text`)."""

    text: str
    highlights: tuple[tuple[int, int], ...]


def make_excerpt(
    text: str, spans: list[tuple[int, int]], radius: int = RADIUS, max_length: int = MAX_LENGTH
) -> Excerpt:
    """Cut the text around the spans (original offsets), one line, invisible controls removed."""
    spans = sorted((start, end) for start, end in spans if 0 <= start < end <= len(text))
    if not spans:
        return Excerpt(_clean(text[:max_length]), ())
    start = max(0, spans[0][0] - radius)
    end = min(len(text), max(spans[-1][1] + radius, spans[0][1]), start + max_length)
    pieces: list[str] = ["…"] if start > 0 else []
    highlights: list[tuple[int, int]] = []
    cursor = start
    for span_start, span_end in spans:
        span_start, span_end = max(span_start, cursor), min(span_end, end)
        if span_start >= span_end:
            continue
        pieces.append(_clean(text[cursor:span_start]))
        offset = sum(len(piece) for piece in pieces)
        word = _clean(text[span_start:span_end])
        pieces.append(word)
        highlights.append((offset, offset + len(word)))
        cursor = span_end
    pieces.append(_clean(text[cursor:end]))
    if end < len(text):
        pieces.append("…")
    return Excerpt("".join(pieces), tuple(highlights))


def excerpt_html(excerpt: Excerpt) -> str:
    """Render the excerpt as escaped HTML with the matched words in bold."""
    parts: list[str] = []
    cursor = 0
    for start, end in excerpt.highlights:
        parts.append(html.escape(excerpt.text[cursor:start]))
        parts.append(f"<b><u>{html.escape(excerpt.text[start:end])}</u></b>")
        cursor = end
    parts.append(html.escape(excerpt.text[cursor:]))
    return "".join(parts)


def _clean(piece: str) -> str:
    """Sanitise a piece and fold its line breaks and runs of spaces into single spaces."""
    return _SPACES.sub(" ", sanitize(piece))
