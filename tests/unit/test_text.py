"""Sanitising and escaping user-supplied text."""

from __future__ import annotations

from bot.domain.text import NAME_MAX_LENGTH, clean_name, escape_html, sanitize


def test_lone_surrogates_are_replaced() -> None:
    """A lone surrogate becomes U+FFFD so the text can be encoded as UTF-8."""
    cleaned = sanitize("a\ud800b")
    assert cleaned == "a\ufffdb"
    cleaned.encode("utf-8")


def test_bidi_and_zero_width_controls_are_removed() -> None:
    """Bidi overrides, isolates and zero-width spaces vanish; ZWJ in emoji stays."""
    assert sanitize("ad\u202emin\u200b\u2066x\u2069") == "adminx"
    family = "👨\u200d👩\u200d👧"
    assert sanitize(family) == family


def test_escape_html() -> None:
    """Markup characters in user text are escaped."""
    assert escape_html("<b>&\"'") == "&lt;b&gt;&amp;&quot;&#x27;"


def test_clean_name_limits_length_and_whitespace() -> None:
    """Names become one line, trimmed, and at most NAME_MAX_LENGTH characters."""
    assert clean_name("  Ana \n María ") == "Ana María"
    assert len(clean_name("x" * 500)) == NAME_MAX_LENGTH
    assert clean_name("\u200b", fallback="friend") == "friend"
