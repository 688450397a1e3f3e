"""Pure helpers of the shell: Telegram HTML as terminal text, numbered buttons, /wait durations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, urlsplit

BOLD, ITALIC, UNDERLINE, STRIKE, DIM, RESET = "1", "3", "4", "9", "2", "0"
_STYLES = {
    "b": BOLD,
    "strong": BOLD,
    "i": ITALIC,
    "em": ITALIC,
    "u": UNDERLINE,
    "ins": UNDERLINE,
    "s": STRIKE,
    "strike": STRIKE,
    "del": STRIKE,
    "code": DIM,
    "pre": DIM,
    "tg-spoiler": DIM,
}
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])")
MAX_WAIT_SECONDS = 366 * 86400


class _TerminalText(HTMLParser):
    """Collects the text of Telegram HTML, with ANSI styles when asked."""

    def __init__(self, ansi: bool) -> None:
        """Start empty; `ansi` turns bold, italic... into escape codes."""
        super().__init__(convert_charrefs=True)
        self.ansi = ansi
        self.parts: list[str] = []
        self.styles: list[str] = []
        self.links: list[tuple[str | None, int]] = []
        self.styled = False

    def _restyle(self) -> None:
        """Emit the escape codes for the styles now open."""
        if self.ansi:
            self.styled = True
            self.parts.append(f"\x1b[{RESET}m" + "".join(f"\x1b[{s}m" for s in self.styles))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open a style, or remember a link's address."""
        if tag == "a":
            self.links.append((dict(attrs).get("href"), len(self.parts)))
            self.styles.append(UNDERLINE)
        elif tag == "span" and ("class", "tg-spoiler") in attrs:
            self.styles.append(DIM)
        elif tag in _STYLES:
            self.styles.append(_STYLES[tag])
        else:
            return
        self._restyle()

    def handle_endtag(self, tag: str) -> None:
        """Close a style; a link whose text is not its address shows the address after it."""
        if (tag not in _STYLES and tag not in ("a", "span")) or not self.styles:
            return
        self.styles.pop()
        self._restyle()
        if tag == "a" and self.links:
            href, start = self.links.pop()
            shown = "".join(part for part in self.parts[start:] if not part.startswith("\x1b"))
            if href and href != shown.strip():
                self.parts.append(f" ({href})")

    def handle_data(self, data: str) -> None:
        """Keep the text."""
        self.parts.append(data)


def render_html(text: str, ansi: bool = False) -> str:
    """Turn a message in Telegram HTML into terminal text (ANSI styles only when `ansi`)."""
    parser = _TerminalText(ansi)
    parser.feed(text)
    parser.close()
    rendered = "".join(parser.parts)
    return rendered + f"\x1b[{RESET}m" if parser.styled else rendered


def render_text(text: str, parse_mode: str | None, ansi: bool = False) -> str:
    """Render a message text as the bot sent it: HTML parsed, anything else as it is."""
    if (parse_mode or "").upper() == "HTML":
        return render_html(text, ansi)
    return text


@dataclass(frozen=True)
class Button:
    """One inline button of a keyboard, numbered from 1 in reading order."""

    number: int
    text: str
    callback_data: str | None = None
    url: str | None = None


def buttons_of(markup: dict[str, Any] | None) -> list[list[Button]]:
    """The keyboard's buttons, row by row, numbered from 1 across the rows."""
    rows: list[list[Button]] = []
    number = 0
    for row in (markup or {}).get("inline_keyboard", []):
        shown = []
        for button in row:
            number += 1
            data, url = button.get("callback_data"), button.get("url")
            shown.append(Button(number, str(button.get("text", "")), data, url))
        rows.append(shown)
    return rows


def keyboard_lines(markup: dict[str, Any] | None) -> list[str]:
    """The keyboard as lines like `[1] I'm on it  [2] False alarm` (URL buttons show the URL)."""
    lines = []
    for row in buttons_of(markup):
        labels = [f"[{b.number}] {b.text}" + (f" <{b.url}>" if b.url else "") for b in row]
        lines.append("  ".join(labels))
    return lines


def start_payload(url: str, bot_username: str) -> str | None:
    """The /start payload of a t.me link to this bot (`?start=X`), else None."""
    parts = urlsplit(url)
    if parts.hostname not in ("t.me", "telegram.me"):
        return None
    if parts.path.strip("/").lower() != bot_username.lower():
        return None
    values = parse_qs(parts.query).get("start")
    return values[0] if values else ""


def parse_duration(text: str) -> float:
    """Seconds in `90s`, `30m`, `1h`, `2d`, `1w` or a mix like `1h30m`; ValueError otherwise."""
    cleaned = text.strip().lower().replace(" ", "")
    if not cleaned or _DURATION.sub("", cleaned):
        raise ValueError(f"not a duration: {text!r} (try 90s, 30m, 1h, 2d)")
    seconds = sum(float(n) * _UNITS[unit] for n, unit in _DURATION.findall(cleaned))
    if not 0 < seconds <= MAX_WAIT_SECONDS:
        raise ValueError(f"a wait must be more than 0 and at most a year: {text!r}")
    return seconds


def describe_seconds(seconds: float) -> str:
    """A short human form of a wait, e.g. `1h 30m`."""
    left = round(seconds)
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if left >= size:
            parts.append(f"{left // size}{unit}")
            left %= size
    return " ".join(parts) or "0s"
