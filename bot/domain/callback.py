"""Button data as this bot writes it: the one bounded parser every button press goes through.

Telegram lets a button carry up to 64 bytes of data, and a modified client can send anything
there. The bot's own buttons are short `:`-separated words and ids that fit SQLite's 64-bit
integers; anything else is a forgery or a button of another version: treated as expired.
"""

from __future__ import annotations

import re

MAX_BYTES = 64
MAX_PARTS = 8
INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
# ASCII digits only: str.isdecimal and int() also take other scripts' digits.
_INTEGER = re.compile(r"-?[0-9]+\Z")


def callback_parts(data: str | None) -> list[str] | None:
    """Split button data on ':'; None when no button of this bot could carry it.

    Too long, too many parts, or a number no database id can be: a forged press, answered as
    an expired button before any feature sees it.
    """
    if data is None or len(data.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        return None
    parts = data.split(":")
    if len(parts) > MAX_PARTS:
        return None
    if any(_INTEGER.match(part) and not is_id(part) for part in parts):
        return None
    return parts


def is_id(value: str) -> bool:
    """Tell whether a word is an integer a database id can be (64-bit, ASCII digits)."""
    if len(value) > 20 or not _INTEGER.match(value):
        return False
    return INT64_MIN <= int(value) <= INT64_MAX
