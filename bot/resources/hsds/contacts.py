"""How to reach a service: its own phones, website and email, else its locations', else its
organisation's, field by field (pure).

A service marked as a crisis line keeps only its own phones: a switchboard number of its
organisation must never be shown as a crisis line. Named contact people (HSDS `contacts`) are
not used: they are staff members' details, not the service's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from bot.resources.hsds.fields import objects, one, split, text, truthy
from bot.resources.models import Phone

_URL = re.compile(r"^https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9(][0-9 ()./-]*$")
_NOT_SPOKEN = ("fax", "pager", "video", "textphone", "tty")


@dataclass(frozen=True)
class Contact:
    """The phones, website and email a resource is reached by."""

    phones: tuple[Phone, ...]
    url: str | None
    email: str | None


def contact(record: dict[str, Any], warnings: list[str], problems: list[str]) -> Contact:
    """The service's own contact details, each missing one taken from its locations or owner;
    a bad website or email of its own is noted in `problems` (the record is rejected)."""
    own_url, own_email = text(record.get("url")), text(record.get("email"))
    if own_url and not _URL.match(own_url):
        problems.append(f"bad url '{own_url[:80]}' (must start with http:// or https://)")
        own_url = ""
    if own_email and not _EMAIL.match(own_email):
        problems.append(f"bad email '{own_email[:80]}'")
        own_email = ""
    entries = [(phone.get("number"), phone.get("type")) for phone in objects(record.get("phones"))]
    entries += [(number, "voice") for number in split(record.get("phone"))]
    entries += [(number, "text") for number in split(record.get("text"))]
    phones = _phones(entries, warnings)
    levels = list(_around(record))
    if not phones and truthy(record.get("crisis")):
        warnings.append("a crisis line with no phone of its own: check it before members see it")
    elif not phones:
        for where, level in levels:
            phones = _phones(_entries(level), warnings, where)
            if phones:
                break
    url = own_url or _first(levels, ("url", "website"), _URL, warnings)
    email = own_email or _first(levels, ("email",), _EMAIL, warnings)
    return Contact(phones, url or None, email or None)


def _around(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Where else the service can be reached: each location it is offered at, then its owner."""
    for at_location in objects(record.get("service_at_locations")):
        yield "its location", at_location
        yield "its location", one(at_location.get("location"))
    yield "its organisation", one(record.get("organization"))


def _entries(level: dict[str, Any]) -> list[tuple[Any, Any]]:
    """(number, type) pairs of the phones of a location or organisation."""
    return [(phone.get("number"), phone.get("type")) for phone in objects(level.get("phones"))]


def _phones(
    entries: list[tuple[Any, Any]], warnings: list[str], where: str = ""
) -> tuple[Phone, ...]:
    """Voice and text numbers (fax and the like left out); a number that is not one is warned."""
    phones: list[Phone] = []
    for number, kind in entries:
        cleaned = text(number).strip("\"' ")
        kind_text = text(kind).lower() or "voice"
        if kind_text in _NOT_SPOKEN:
            continue
        if not _PHONE.match(cleaned) or sum(char.isdigit() for char in cleaned) < 3:
            of = f" of {where}" if where else ""
            warnings.append(f"phone '{cleaned[:40]}'{of} dropped (not a phone number)")
            continue
        phone = Phone(cleaned, "text" if kind_text in ("text", "sms") else "voice")
        if phone not in phones:
            phones.append(phone)
    return tuple(phones)


def _first(
    levels: list[tuple[str, dict[str, Any]]],
    keys: tuple[str, ...],
    pattern: re.Pattern[str],
    warnings: list[str],
) -> str:
    """The first well-formed value of one of `keys` among the levels; bad ones are warned."""
    for where, level in levels:
        for key in keys:
            value = text(level.get(key))
            if value and pattern.match(value):
                return value
            if value:
                warnings.append(f"{key} '{value[:80]}' of {where} not used (not well formed)")
    return ""
