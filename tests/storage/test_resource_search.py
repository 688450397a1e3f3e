"""Search ranking over the shipped resource files: expected top results, typos, Spanish."""

from __future__ import annotations

import pytest

from bot.config import DEFAULT_CONTENT_DIR
from bot.domain.clock import system_clock
from bot.services.resources import ResourceService
from bot.storage.db import Database
from bot.storage.questions import QuestionRepository
from bot.storage.resource_drafts import DraftRepository
from bot.storage.resources import ResourceRepository


@pytest.fixture
async def service(db: Database) -> ResourceService:
    """The resource service over the shipped content files, on a temporary database."""
    resources = ResourceService(
        db,
        ResourceRepository(db),
        DraftRepository(QuestionRepository(db)),
        DEFAULT_CONTENT_DIR,
        system_clock,
    )
    await resources.sync(resources.read_files())
    return resources


@pytest.mark.parametrize(
    ("query", "language", "country", "expected"),
    [
        ("samaritans", "en", "GB", "gb-samaritans"),
        ("housing", "en", "GB", "gb-shelter"),
        ("housng", "en", "GB", "gb-shelter"),
        ("food bank", "en", "GB", "gb-trussell-food-banks"),
        ("veterans", "en", "US", "us-veterans-crisis-line"),
        ("lgbt youth", "en", "US", "us-trevor-project"),
        ("drug alcohol treatment", "en", "US", "us-samhsa-helpline"),
        ("violencia de genero", "es", "ES", "es-016"),
        ("violensia", "es", "ES", "es-016"),
        ("niños adolescentes", "es", "ES", "es-anar"),
        ("linea de la vida", "es", "MX", "mx-linea-de-la-vida"),
    ],
)
async def test_expected_top_result(
    service: ResourceService, query: str, language: str, country: str, expected: str
) -> None:
    """Each query's first result is the service a person would expect."""
    found = await service.search(query, language, country)
    assert found.resources, f"nothing for {query!r}"
    assert found.resources[0].id == expected, [r.id for r in found.resources]


async def test_country_filter_keeps_other_countries_out(service: ResourceService) -> None:
    """A member in Spain never gets a UK-only service; international ones may appear."""
    found = await service.search("helpline", "es", "ES")
    assert all(resource.country in ("ES", "INT") for resource in found.resources)


async def test_nonsense_finds_nothing(service: ResourceService) -> None:
    """A made-up word finds nothing rather than something random."""
    found = await service.search("qwxzv", "en", "GB")
    assert found.resources == []
