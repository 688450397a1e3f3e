"""Ordering search hits for one member: best text match, their language, their country."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import Protocol

from bot.resources.models import INTERNATIONAL, Resource

# Weights of what, besides the text match itself, puts a resource higher.
ALL_WORDS = 3.0
PER_WORD = 1.0
SAME_LANGUAGE = 1.5
SAME_COUNTRY = 1.0
SAME_REGION = 0.5


class Hit(Protocol):
    """One candidate from the full-text index: a resource, the language row, and its score."""

    @property
    def resource(self) -> Resource:
        """The resource found."""

    @property
    def language(self) -> str:
        """The language of the text that matched."""

    @property
    def score(self) -> float:
        """The text match (higher is better)."""

    @property
    def matched_groups(self) -> int:
        """How many of the query's words matched."""


def rank(
    hits: Iterable[Hit],
    words: int,
    language: str,
    country: str | None,
    region: str | None = None,
    limit: int = 5,
) -> list[Resource]:
    """Return the best resources, one each: text match, all words, language, country first."""
    best: dict[str, float] = {}
    chosen: dict[str, Resource] = {}
    for hit in hits:
        value = _value(hit, words, language, country, region)
        key = hit.resource.id
        if key not in best or value > best[key]:
            best[key], chosen[key] = value, hit.resource
    order = sorted(best, key=lambda key: (-best[key], chosen[key].name(language).casefold()))
    return [chosen[key] for key in order[:limit]]


def _value(hit: Hit, words: int, language: str, country: str | None, region: str | None) -> float:
    """Score one hit for this member."""
    value = hit.score + PER_WORD * hit.matched_groups
    if words and hit.matched_groups >= words:
        value += ALL_WORDS
    resource = hit.resource
    if hit.language == language or language in resource.languages:
        value += SAME_LANGUAGE
    if country is not None and resource.country == country:
        value += SAME_COUNTRY
        if same_region(resource, region):
            value += SAME_REGION
    return value


def same_region(resource: Resource, region: str | None) -> bool:
    """Tell whether a resource names the member's region (compared without case or accents)."""
    if region is None or resource.region is None:
        return False
    return _plain(resource.region) == _plain(region)


def _plain(text: str) -> str:
    """Fold case and accents (Córdoba = cordoba)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def region_of_timezone(zone: str | None) -> str | None:
    """Guess a member's region from their time zone's city (Europe/Madrid -> Madrid)."""
    if not zone or "/" not in zone:
        return None
    return zone.rsplit("/", 1)[1].replace("_", " ")


def by_region(resources: Sequence[Resource], region: str | None) -> list[Resource]:
    """Put the member's region's resources first, keeping the order otherwise."""
    return sorted(resources, key=lambda resource: not same_region(resource, region))


def serves(resource: Resource, country: str | None) -> bool:
    """Tell whether a resource serves someone in this country (international ones serve all)."""
    return country is None or resource.country in (country, INTERNATIONAL)


def crisis_first(resources: Sequence[Resource]) -> list[Resource]:
    """Put crisis lines first, keeping the order otherwise."""
    return sorted(resources, key=lambda resource: not resource.crisis)
