"""Peer reports' pure parts: kinds, limits, the hostile-words matcher and the buttons
(standard library and bot.domain only)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from bot.domain.callback import CallbackData

# The flag categories this feature raises (bot/domain/flags.RAISED_BY_OTHERS names them too).
REPORT_CATEGORY = "peer_report"
HOSTILE_CATEGORY = "hostile_reply"
# A flag's `rules` name the report that raised it, so its alert can show the reporter's words
# while the flag is being stored (the report row is written first).
RULE_PREFIX = "report:"
# Reports one person may make in an hour (a clear answer beyond it).
MAX_REPORTS_PER_HOUR = 5
# The reporter's own words on the alert, and the reported text kept for it.
MAX_REASON = 300
MAX_REPORTED_TEXT = 500
# How many reports' words one alert shows (the newest).
SHOWN_REASONS = 3
PREFIX = "pr"


class Source(StrEnum):
    """How a concern reached the bot."""

    REPLY = "reply"  # /report as a reply in the group
    WORRIED = "worried"  # "I'm worried about someone", in private
    HOSTILE = "hostile"  # a hostile reply the bot saw, aimed at a member with an open flag


class Outcome(StrEnum):
    """What became of a report, as its reporter is told."""

    SENT = "sent"
    TOO_MANY = "too_many"
    ALREADY = "already"


@dataclass(frozen=True)
class Subject:
    """The person a report is about, as far as the bot can tell (a forward may hide them)."""

    user_id: int
    first_name: str
    username: str | None


@dataclass(frozen=True)
class Report:
    """A stored report as its alert shows it: never who made it."""

    id: int
    source: Source
    reason: str | None
    target_id: int | None


def clip(text: str, limit: int) -> str:
    """Cut a text to `limit` characters, marking the cut."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def report_rule(report_id: int) -> str:
    """The flag rule naming the report that raised it."""
    return f"{RULE_PREFIX}{report_id}"


def report_ids(rules: Iterable[str]) -> list[int]:
    """The reports a flag's rules name (ignoring the crisis detector's rule names)."""
    found = []
    for rule in rules:
        number = rule.removeprefix(RULE_PREFIX)
        if rule.startswith(RULE_PREFIX) and number.isdigit():
            found.append(int(number))
    return found


_APOSTROPHES = re.compile(r"['’`´]")
_NOT_WORD = re.compile(r"[^\w]+")


def normalize(text: str) -> str:
    """Lower case, accents and apostrophes removed, one space between words (for matching)."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(_NOT_WORD.sub(" ", _APOSTROPHES.sub("", bare)).split())


@dataclass(frozen=True)
class HostileWords:
    """Phrases that endanger a member in crisis when aimed at them ("kys", "just do it")."""

    phrases: frozenset[str]

    def matches(self, text: str) -> bool:
        """Tell whether the text holds one of the phrases as whole words (any language)."""
        padded = f" {normalize(text)} "
        return any(f" {phrase} " in padded for phrase in self.phrases)


@dataclass(frozen=True)
class WorriedGroup(CallbackData, prefix=PREFIX):
    """The group a member's worry is about (`pr:<chat id>`), chosen from their groups."""

    chat_id: int
