"""Plain objects for the resource directory, shaped after Open Referral HSDS."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from typing import Any

FALLBACK_LANGUAGE = "en"
# Where a resource serves: an ISO 3166-1 alpha-2 code, or INT for anywhere (online, worldwide).
INTERNATIONAL = "INT"


@dataclass(frozen=True)
class Phone:
    """A number to call or text, with its hours in words (e.g. '24/7', 'Mon-Fri 9-17')."""

    number: str
    kind: str  # "voice" or "text"
    hours: str = ""


@dataclass(frozen=True)
class OpeningHours:
    """One opening period on one weekday (0 = Monday ... 6 = Sunday), local to the resource.

    `closes` at or before `opens` means the period runs past midnight into the next day.
    """

    weekday: int
    opens: time
    closes: time


@dataclass(frozen=True)
class Category:
    """A browsable category, with its label per language and an emoji."""

    id: str
    labels: dict[str, str]
    emoji: str = ""

    def label(self, language: str) -> str:
        """Return the label in a language (English when missing)."""
        return self.labels.get(language) or self.labels.get(FALLBACK_LANGUAGE) or self.id


@dataclass(frozen=True)
class Resource:
    """A service people can turn to: who, what, how to reach them, where and when."""

    id: str
    names: dict[str, str]
    descriptions: dict[str, str]
    categories: tuple[str, ...]
    phones: tuple[Phone, ...] = ()
    url: str | None = None
    email: str | None = None
    languages: tuple[str, ...] = ()
    country: str = INTERNATIONAL
    region: str | None = None
    timezone: str | None = None
    hours: tuple[OpeningHours, ...] = ()
    always_open: bool = False
    crisis: bool = False
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    group_id: int | None = None
    source: str = "file"  # file (content/), chat (added by a facilitator) or import (HSDS)
    sources: tuple[str, ...] = ()  # where an editor read its facts (web addresses)

    def name(self, language: str) -> str:
        """Return the name in a language (English, then any, when missing)."""
        return _pick(self.names, language)

    def description(self, language: str) -> str:
        """Return the description in a language (English, then any, when missing)."""
        return _pick(self.descriptions, language)


def _pick(values: dict[str, str], language: str) -> str:
    """Pick the text in `language`, else English, else the first one."""
    if values.get(language):
        return values[language]
    if values.get(FALLBACK_LANGUAGE):
        return values[FALLBACK_LANGUAGE]
    return next(iter(values.values()), "")


@dataclass(frozen=True)
class Draft:
    """A resource being written: which group, which resource (when editing), the next step."""

    user_id: int
    group_id: int | None
    resource_id: str | None
    step: str
    data: dict[str, Any]
    updated_at: str = ""


# The draft steps that wait for typed text (the others wait for a button).
TEXT_STEPS = frozenset({"name", "description", "phone", "website"})


def is_text_step(step: str) -> bool:
    """Tell whether a draft step waits for typed text (a question, or an edit of a field)."""
    return step in TEXT_STEPS or step.startswith("edit:")
