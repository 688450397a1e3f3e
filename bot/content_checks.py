"""Checks shared by every loader of content/ files: reading TOML, web addresses, phone numbers."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.i18n import ContentError

_PHONE_NUMBER = re.compile(r"[0-9 +*#-]+")


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file, turning every read or syntax problem into a ContentError."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(f"{path}: file is missing") from None
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{path}: TOML syntax error: {error}") from None
    except UnicodeDecodeError as error:
        raise ContentError(f"{path}: not UTF-8 text ({error.reason})") from None


def check_url(where: str, value: object) -> str:
    """Check a website address is https with a host and no spaces."""
    if not isinstance(value, str):
        raise ContentError(f"{where}: url must be text in quotes")
    url = value.strip()
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.netloc or any(char.isspace() for char in url):
        raise ContentError(f"{where}: url {value!r} must be an https:// address")
    return url


def check_number(where: str, field: str, value: object, hint: str = "") -> str:
    """Check a phone number uses only digits, spaces and + * # - and holds at least one digit."""
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f'{where}: {field} must be a number in quotes, e.g. "116 123"')
    number = value.strip()
    if not _PHONE_NUMBER.fullmatch(number) or not any(char.isdigit() for char in number):
        raise ContentError(
            f"{where}: {field} {number!r} may hold only digits, spaces and + * # -{hint}"
        )
    return number
