"""Ranking search hits for a member: all words, language, country and region first."""

from __future__ import annotations

from dataclasses import dataclass

from bot.resources.models import Resource
from bot.resources.ranking import by_region, rank, region_of_timezone


@dataclass(frozen=True)
class FakeHit:
    """A search hit as the repository returns it."""

    resource: Resource
    language: str
    score: float
    matched_groups: int


def _resource(resource_id: str, country: str = "ES", region: str | None = None) -> Resource:
    """A minimal resource."""
    return Resource(
        resource_id,
        {"en": resource_id},
        {"en": "x"},
        ("housing",),
        country=country,
        region=region,
        languages=("es",),
    )


def test_region_of_the_member_comes_first() -> None:
    """With equal text matches, the member's region's service ranks above another region's."""
    hits = [
        FakeHit(_resource("sevilla", region="Sevilla"), "es", 1.0, 1),
        FakeHit(_resource("madrid", region="Madrid"), "es", 1.0, 1),
    ]
    ranked = rank(hits, 1, "es", "ES", region="madrid")
    assert [resource.id for resource in ranked] == ["madrid", "sevilla"]


def test_all_words_beat_language_and_country() -> None:
    """A hit matching every word outranks one that only shares the member's country."""
    hits = [
        FakeHit(_resource("local-partial"), "es", 1.0, 1),
        FakeHit(_resource("online-full", country="INT"), "en", 0.6, 2),
    ]
    assert rank(hits, 2, "es", "ES")[0].id == "online-full"


def test_one_result_per_resource() -> None:
    """Rows of one resource in two languages give one result."""
    resource = _resource("both")
    assert (
        len(rank([FakeHit(resource, "es", 1, 1), FakeHit(resource, "en", 1, 1)], 1, "es", None))
        == 1
    )


def test_region_from_time_zone_and_accents() -> None:
    """A time zone's city is the guessed region; accents and case do not matter."""
    assert region_of_timezone("America/Mexico_City") == "Mexico City"
    assert region_of_timezone("UTC") is None
    order = by_region(
        [_resource("a", region="Mexico"), _resource("b", region="México City")], "mexico city"
    )
    assert [resource.id for resource in order] == ["b", "a"]
