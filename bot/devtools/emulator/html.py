"""Strict Telegram-HTML parsing: validates markup like the Bot API and yields text + entities."""

from __future__ import annotations

import html as std_html
import re
from dataclasses import dataclass, field

from .models import JSON, ApiError

_TAG = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z][a-zA-Z0-9-]*"
    r"(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*)\s*(/?)>"
)
_ATTR = re.compile(r"([a-zA-Z][a-zA-Z0-9-]*)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_NAME_TOKEN = re.compile(r"^[A-Za-z0-9.-]+$")

_SIMPLE = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}


_VERBATIM = frozenset({"pre", "code"})
_CONTINUOUS = frozenset({"text_link", "code", "pre", "custom_emoji"})
_QUOTES = frozenset({"blockquote", "expandable_blockquote"})


def utf16_len(text: str) -> int:
    """Return the length of `text` in UTF-16 code units, the unit of Telegram offsets."""
    return len(text.encode("utf-16-le")) // 2


def strip_html(text: str) -> str:
    """Return the plain text of valid Telegram HTML (raises ApiError on invalid markup)."""
    return parse_html(text)[0]


@dataclass
class _Open:
    """A start tag waiting for its end tag."""

    tag: str
    entity: JSON
    start: int
    byte_offset: int
    code_end: int | None = None  # where a <code> directly inside this <pre> ended


@dataclass
class _Parser:
    """State of one parse run over a Telegram-HTML string."""

    source: str
    out: list[str] = field(default_factory=list)
    length: int = 0
    stack: list[_Open] = field(default_factory=list)
    entities: list[JSON] = field(default_factory=list)

    def fail(self, detail: str, pos: int) -> ApiError:
        """Build the 400 error with the byte offset of `pos` like Telegram does."""
        offset = len(self.source[:pos].encode("utf-8"))
        return ApiError(400, f"Bad Request: can't parse entities: {detail} at byte offset {offset}")

    def emit(self, text: str) -> None:
        """Append decoded text to the output."""
        self.out.append(text)
        self.length += utf16_len(text)

    def run(self) -> tuple[str, list[JSON]]:
        """Tokenise the whole source and return (plain_text, entities)."""
        pos = 0
        src = self.source
        while pos < len(src):
            char = src[pos]
            if char == "<":
                pos = self.tag(pos)
            elif char == "&":
                pos = self.entity(pos)
            else:
                nxt = min(_find(src, "<", pos), _find(src, "&", pos))
                self.emit(src[pos:nxt])
                pos = nxt
        if self.stack:
            top = self.stack[-1]
            raise self.fail(f'Can\'t find end tag corresponding to start tag "{top.tag}"', len(src))
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return "".join(self.out), self.entities

    def entity(self, pos: int) -> int:
        """Decode one character reference; anything else after `&` is an error."""
        match = _ENTITY.match(self.source, pos)
        if match is None:
            raise self.fail("Character entity expected (escape '&' as &amp;)", pos)
        name = match.group(1)
        if name.startswith("#"):
            self.emit(std_html.unescape(match.group(0)))
        else:
            self.emit(_NAMED[name])
        return match.end()

    def tag(self, pos: int) -> int:
        """Handle one start or end tag."""
        match = _TAG.match(self.source, pos)
        if match is None:
            raise self.fail("Unexpected '<' (escape it as &lt;); unclosed or invalid tag", pos)
        closing, name, attrs_src, self_closing = match.groups()
        name = name.lower()
        if closing:
            self.close(name, pos)
        else:
            if self_closing:
                raise self.fail(f'Unsupported self-closing tag "{name}"', pos)
            self.check_name_tokens(attrs_src, match.start(3))
            self.open(name, _attrs(attrs_src), pos)
        return match.end()

    def check_name_tokens(self, attrs_src: str, start: int) -> None:
        """An unquoted attribute value must be a name token (letters, digits, '.', '-')."""
        for attr in _ATTR.finditer(attrs_src):
            value = attr.group(2) or ""
            if value and value[0] not in "'\"" and not _NAME_TOKEN.match(value):
                raise self.fail("Unexpected end of name token", start + attr.start(2))

    def open(self, name: str, attrs: dict[str, str], pos: int) -> None:
        """Push a supported start tag and its future entity."""
        entity = self.entity_for(name, attrs, pos)
        self.check_nesting(name, entity, pos)
        self.stack.append(_Open(name, entity, self.length, pos))

    def check_nesting(self, name: str, entity: JSON, pos: int) -> None:
        """Refuse nesting the Bot API forbids (Telegram would silently drop the inner entity).

        Documented rules: pre and code contain nothing (but one <code> that is the whole
        <pre>); links, code, pre and custom emoji contain none of each other; blockquotes
        are not nested.
        """
        if not self.stack:
            return
        top = self.stack[-1]
        if name == "code" and top.tag == "pre" and self.length == top.start:
            return
        kind = entity["type"]
        for outer in self.stack:
            outer_kind = outer.entity["type"]
            if outer_kind in _VERBATIM or (
                kind in _CONTINUOUS | _QUOTES and outer_kind in _CONTINUOUS
            ):
                raise self.nesting_error(name, outer.tag, pos)
            if kind in _QUOTES and outer_kind in _QUOTES:
                raise self.nesting_error(name, outer.tag, pos)

    def nesting_error(self, inner: str, outer: str, pos: int) -> ApiError:
        """The 400 for a forbidden nesting, saying what Telegram would do instead."""
        return self.fail(
            f'Tag "{inner}" can\'t be nested in tag "{outer}" (Telegram would silently drop it)',
            pos,
        )

    def entity_for(self, name: str, attrs: dict[str, str], pos: int) -> JSON:
        """Return the entity a supported start tag opens, or raise for unsupported tags."""
        if name == "span":
            if attrs.get("class") != "tg-spoiler":
                raise self.fail('Tag "span" must have class "tg-spoiler"', pos)
            return {"type": "spoiler"}
        if name == "a":
            if not attrs.get("href"):
                raise self.fail('Tag "a" must have attribute "href"', pos)
            return {"type": "text_link", "url": attrs["href"]}
        if name == "tg-emoji":
            if not attrs.get("emoji-id"):
                raise self.fail('Tag "tg-emoji" must have attribute "emoji-id"', pos)
            return {"type": "custom_emoji", "custom_emoji_id": attrs["emoji-id"]}
        if name not in _SIMPLE:
            raise self.fail(f'Unsupported start tag "{name}"', pos)
        entity: JSON = {"type": _SIMPLE[name]}
        if name == "blockquote" and "expandable" in attrs:
            entity["type"] = "expandable_blockquote"
        if name == "code" and attrs.get("class", "").startswith("language-"):
            entity["language"] = attrs["class"].removeprefix("language-")
        return entity

    def close(self, name: str, pos: int) -> None:
        """Pop the matching start tag and record its entity."""
        if not self.stack:
            raise self.fail(f'Unexpected end tag "{name}"', pos)
        top = self.stack[-1]
        if top.tag != name:
            raise self.fail(f'Unmatched end tag "{name}", expected "</{top.tag}>"', pos)
        self.stack.pop()
        entity = dict(top.entity)
        if entity["type"] == "code" and self.stack and self.stack[-1].tag == "pre":
            if "language" in entity:
                self.stack[-1].entity["language"] = entity["language"]
            self.stack[-1].code_end = self.length
            return
        if top.code_end is not None and top.code_end != self.length:
            raise self.nesting_error("code", name, pos)
        if self.length > top.start:
            entity.update(offset=top.start, length=self.length - top.start)
            self.entities.append(entity)


def _find(text: str, char: str, start: int) -> int:
    """Return the index of `char` at or after `start`, or len(text)."""
    index = text.find(char, start)
    return len(text) if index < 0 else index


def _attrs(source: str) -> dict[str, str]:
    """Parse tag attributes into a dict with unescaped, unquoted values."""
    result: dict[str, str] = {}
    for match in _ATTR.finditer(source):
        value = match.group(2) or ""
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        result[match.group(1).lower()] = std_html.unescape(value)
    return result


def parse_html(text: str) -> tuple[str, list[JSON]]:
    """Parse Telegram HTML into plain text and MessageEntity dicts (UTF-16 offsets)."""
    return _Parser(text).run()


def parse_text(text: str, parse_mode: object) -> tuple[str, list[JSON]]:
    """Return (plain_text, entities) for a text sent with the given parse_mode."""
    mode = str(parse_mode or "").lower()
    if mode == "html":
        return parse_html(text)
    if mode in ("", "markdown", "markdownv2"):
        return text, []
    raise ApiError(400, "Bad Request: unsupported parse_mode")
