"""Unit tests of the emulator's strict Telegram-HTML validation."""

from __future__ import annotations

import pytest

from bot.devtools.emulator import ApiError, parse_html, strip_html
from bot.devtools.emulator.html import parse_text, utf16_len


def test_supported_tags_become_entities_with_utf16_offsets() -> None:
    """Nested supported tags yield plain text and entities with UTF-16 offsets/lengths."""
    plain, entities = parse_html(
        '😀 <b>bold <i>both</i></b> <a href="https://x.y/?a=1&amp;b=2">l</a>'
    )
    assert plain == "😀 bold both l"
    assert {"type": "bold", "offset": 3, "length": 9} in entities
    assert {"type": "italic", "offset": 8, "length": 4} in entities
    assert {
        "type": "text_link",
        "offset": 13,
        "length": 1,
        "url": "https://x.y/?a=1&b=2",
    } in entities


def test_entities_are_unescaped() -> None:
    """Named and numeric character references are decoded in the plain text."""
    assert strip_html("&lt;tag&gt; &amp; &quot;q&quot; &#65;&#x42;") == '<tag> & "q" AB'


def test_spoiler_pre_code_blockquote_and_emoji() -> None:
    """span.tg-spoiler, tg-spoiler, pre+code language, blockquote expandable, tg-emoji parse."""
    source = (
        '<span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler>'
        '<pre><code class="language-python">x</code></pre>'
        '<blockquote expandable>q</blockquote><tg-emoji emoji-id="5">👍</tg-emoji>'
    )
    plain, entities = parse_html(source)
    assert plain == "stxq👍"
    types = [e["type"] for e in entities]
    assert types == ["spoiler", "spoiler", "pre", "expandable_blockquote", "custom_emoji"]
    assert entities[2]["language"] == "python"


@pytest.mark.parametrize(
    ("source", "fragment"),
    [
        ("a < b", "Unexpected '<'"),
        ("fish & chips", "Character entity expected"),
        ("&nbsp;", "Character entity expected"),
        ("<div>x</div>", 'Unsupported start tag "div"'),
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'Unmatched end tag "b"'),
        ("x</b>", 'Unexpected end tag "b"'),
        ("<span>x</span>", "tg-spoiler"),
        ("<a>x</a>", "href"),
        ("<br/>", "self-closing"),
    ],
)
def test_malformed_or_unsupported_html_is_rejected(source: str, fragment: str) -> None:
    """Escaping bugs and unsupported tags give 400 "can't parse entities" like Telegram."""
    with pytest.raises(ApiError) as caught:
        parse_html(source)
    assert caught.value.status == 400
    assert caught.value.description.startswith("Bad Request: can't parse entities: ")
    assert fragment in caught.value.description


def test_byte_offset_is_reported_in_utf8_bytes() -> None:
    """The error position is a UTF-8 byte offset (as Telegram reports it)."""
    with pytest.raises(ApiError, match="byte offset 3"):
        parse_html("é <")


def test_parse_modes() -> None:
    """No parse_mode keeps text verbatim; unknown parse modes are rejected."""
    assert parse_text("<b>raw</b>", None) == ("<b>raw</b>", [])
    with pytest.raises(ApiError, match="unsupported parse_mode"):
        parse_text("x", "BBCode")


def test_utf16_len_counts_surrogate_pairs() -> None:
    """Characters outside the BMP count as two UTF-16 code units."""
    assert utf16_len("a😀") == 3


@pytest.mark.parametrize(
    ("source", "inner", "outer"),
    [
        ('<a href="https://a.org">x <a href="https://b.org">y</a></a>', "a", "a"),
        ("<pre><b>bold</b></pre>", "b", "pre"),
        ("<pre>x<code>y</code></pre>", "code", "pre"),
        ("<pre><code>y</code> tail</pre>", "code", "pre"),
        ('<pre><code class="language-py">a</code><code>b</code></pre>', "code", "pre"),
        ("<code><i>y</i></code>", "i", "code"),
        ('<a href="https://a.org"><code>y</code></a>', "code", "a"),
        ("<blockquote>q <blockquote>r</blockquote></blockquote>", "blockquote", "blockquote"),
    ],
)
def test_forbidden_nesting_is_refused(source: str, inner: str, outer: str) -> None:
    """Links in links and tags in <pre>/<code> are refused: Telegram would drop them silently."""
    with pytest.raises(ApiError) as caught:
        parse_html(source)
    assert caught.value.status == 400
    assert f'Tag "{inner}" can\'t be nested in tag "{outer}"' in caught.value.description


def test_allowed_nesting_still_parses() -> None:
    """Bold in a link, a link in bold, code in a blockquote and one <code> in <pre> are fine."""
    source = (
        '<a href="https://a.org"><b>x</b></a><b><a href="https://b.org">y</a></b>'
        "<blockquote><code>z</code></blockquote><pre><code>p</code></pre>"
    )
    plain, entities = parse_html(source)
    assert plain == "xyzp"
    assert [e["type"] for e in entities].count("text_link") == 2
    assert {"type": "pre", "offset": 3, "length": 1} in entities


def test_unquoted_attribute_must_be_a_name_token() -> None:
    """Like Telegram, href=https://x.org (unquoted, with ':' and '/') is refused at its offset."""
    with pytest.raises(ApiError) as caught:
        parse_html("<a href=https://x.org>x</a>")
    assert caught.value.description == (
        "Bad Request: can't parse entities: Unexpected end of name token at byte offset 8"
    )
    assert parse_html("<blockquote expandable>q</blockquote><code class=language-py>c</code>")[1]
