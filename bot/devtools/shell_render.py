"""Pure helpers of the shell: Telegram HTML as terminal text, buttons, /wait and /at times."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, urlsplit

from bot.devtools.emulator import StoredMessage

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


def find_button(buttons: Sequence[Button], words: str) -> Button:
    """The button `/press` names: its number, its label, or a unique part of the label.

    Case and emoji do not count. ValueError says what went wrong (for the screen)."""
    wanted = _label_words(words)
    if wanted.isdigit():
        number = int(wanted)
        if not 1 <= number <= len(buttons):
            raise ValueError(f"press a button from 1 to {len(buttons)}")
        return buttons[number - 1]
    exact = [button for button in buttons if _label_words(button.text) == wanted]
    if len(exact) == 1:
        return exact[0]
    found = [button for button in buttons if wanted and wanted in _label_words(button.text)]
    if not found:
        raise ValueError(
            f"no button says {words.strip()!r}; press a button from 1 to {len(buttons)}"
        )
    if len(found) > 1:
        raise ValueError(
            f"{len(found)} buttons say {words.strip()!r}; say more, or give its number"
        )
    return found[0]


def _label_words(text: str) -> str:
    """A label's words in lower case, without emoji and other symbols, spaces tidied."""
    kept = "".join(char if char.isalnum() or char in " '-:/.,?!" else " " for char in text)
    return " ".join(kept.casefold().split())


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_AT_HELP = "try /at 18:30, /at tue 18:30 or /at 2026-03-03 18:30"


def parse_moment(words: str, now: datetime) -> datetime:
    """The next instant `/at` names after `now` (aware), in `now`'s zone.

    `18:30` is today's or else tomorrow's, `tue 18:30` the next Tuesday's (today's when still
    ahead), `2026-03-03 18:30` that day's. ValueError for anything else or a time passed."""
    parts = words.strip().lower().split()
    if not parts or len(parts) > 2:
        raise ValueError(f"at what time? {_AT_HELP}")
    clock = _clock_time(parts[-1])
    zone = now.tzinfo
    assert zone is not None, "an aware time"
    today = now.date()
    if len(parts) == 1:
        day = today if _local(today, clock, zone) > now else today + timedelta(days=1)
    elif parts[0][:3] in _WEEKDAYS and _is_weekday_name(parts[0]):
        ahead = (_WEEKDAYS.index(parts[0][:3]) - today.weekday()) % 7
        day = today + timedelta(days=ahead)
        if _local(day, clock, zone) <= now:
            day += timedelta(days=7)
    else:
        try:
            day = date.fromisoformat(parts[0])
        except ValueError:
            raise ValueError(f"not a day: {parts[0]!r}; {_AT_HELP}") from None
    moment = _local(day, clock, zone)
    if moment <= now:
        raise ValueError(f"{words.strip()} has passed; the bot's clock only moves forward")
    return moment


def _is_weekday_name(word: str) -> bool:
    """`tue`, `tues`, `tuesday`: a weekday's name or its start."""
    names = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    return any(name.startswith(word) for name in names) and len(word) >= 3


def _clock_time(word: str) -> time:
    """`18:30` or `8:15` as a time; ValueError otherwise."""
    hours, _, minutes = word.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValueError(f"not a time: {word!r}; {_AT_HELP}")
    try:
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValueError(f"not a time: {word!r}; {_AT_HELP}") from None


def _local(day: date, clock: time, zone: tzinfo) -> datetime:
    """That day's local time in `zone` (aware)."""
    return datetime.combine(day, clock, zone)


def parse_start(text: str, zone: tzinfo) -> datetime:
    """The shell's `--start`: an ISO date and time, local to `zone` unless it gives an offset."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"--start takes a date and time such as 2026-03-02T09:00: {text!r}"
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


HELP = """Shell commands (everything else goes to the bot, as the person speaking):
  /as admin | facilitator | member | member 2   speak as Alex, Fran, Sam or Robin
  /in private | group   write in your private chat with the bot, or in Demo group
  1, 2, ... (/press N)  press button N of the latest keyboard in the current chat
  /press LABEL          press the button whose label says LABEL (or a unique part of it)
  /say TEXT             send TEXT as it is (a bare number, or a line starting with / or #)
  /reply TEXT           send TEXT as a reply to the latest message here from someone else
                        (in the group: /reply /report, /reply /warn reason, /reply /hold)
  /wait 30m             move the bot's clock on (90s, 30m, 1h, 2d) and run what came due
  /at tue 18:30         move the clock on to that time (also 18:30, or 2026-03-03 18:30)
  # a note              a line starting with # is a note for the reader, never sent
  /help-shell           show this again
  /quit                 stop (end of input does too)"""


def reply_target(history: list[StoredMessage], speaker_id: int) -> int | None:
    """The message `/reply` answers: the latest from another person, else the bot's latest."""
    people = [m for m in history if not m.from_bot and _author(m) not in (None, speaker_id)]
    if people:
        return people[-1].message_id
    bots = [m for m in history if m.from_bot]
    return bots[-1].message_id if bots else None


def _author(message: StoredMessage) -> int | None:
    """The id of the person who wrote a message, from its Bot API form."""
    author = message.api.get("from")
    return int(author["id"]) if isinstance(author, dict) and "id" in author else None
