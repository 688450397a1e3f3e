"""Make user-supplied text safe to store and to show."""

from __future__ import annotations

import html
import re

# Lone UTF-16 surrogates cannot be encoded as UTF-8 (SQLite and JSON reject them).
_SURROGATES = re.compile("[\ud800-\udfff]")
# Bidi embeddings, overrides and isolates, direction marks, and zero-width spaces.
# ZWJ and ZWNJ stay: emoji sequences and several scripts need them.
_INVISIBLE_CONTROLS = re.compile("[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_WHITESPACE = re.compile(r"\s+")

NAME_MAX_LENGTH = 64


def sanitize(text: str) -> str:
    """Replace lone surrogates and drop invisible direction/zero-width controls."""
    text = _SURROGATES.sub("\ufffd", text)
    return _INVISIBLE_CONTROLS.sub("", text)


def clean_name(name: str | None, fallback: str = "") -> str:
    """Return a one-line, sanitised, length-limited display name."""
    cleaned = _WHITESPACE.sub(" ", sanitize(name or "")).strip()
    if len(cleaned) > NAME_MAX_LENGTH:
        cleaned = cleaned[: NAME_MAX_LENGTH - 1] + "…"
    return cleaned or fallback


def escape_html(text: str) -> str:
    """Sanitise and escape user text before it enters an HTML message."""
    return html.escape(sanitize(text), quote=True)
