"""Resources: file sync keeps chat rows, search by words in two languages, safe MATCH input."""

from __future__ import annotations

import dataclasses
import json
from datetime import time

import pytest

from bot.resources.models import Category, OpeningHours, Phone, Resource
from bot.storage.db import Database
from bot.storage.resources import (
    FileSync,
    ResourceRepository,
    SearchHit,
    clean_groups,
    erase_resource_authors,
    match_expression,
    resource_from_json,
    resource_to_json,
)

NOW = "2026-11-22T10:00:00Z"
LATER = "2026-11-23T10:00:00Z"


def lifeline() -> Resource:
    """The US 988 line, in English and Spanish."""
    return Resource(
        id="us-988",
        names={"en": "988 Suicide & Crisis Lifeline", "es": "988 Línea de Prevención del Suicidio"},
        descriptions={
            "en": "Free, confidential support for people in distress, day and night.",
            "es": "Apoyo gratuito y confidencial para personas en crisis, día y noche.",
        },
        categories=("crisis",),
        phones=(Phone("988", "voice", "24/7"), Phone("988", "text", "24/7")),
        url="https://988lifeline.org",
        languages=("en", "es"),
        country="US",
        always_open=True,
        crisis=True,
    )


def linea_024() -> Resource:
    """Spain's 024 line, Spanish first."""
    return Resource(
        id="es-024",
        names={"es": "Línea 024 de atención a la conducta suicida", "en": "024 Suicide Line"},
        descriptions={
            "es": "Atención telefónica gratuita a personas con pensamientos de suicidio."
        },
        categories=("crisis",),
        phones=(Phone("024", "voice", "24/7"),),
        languages=("es",),
        country="ES",
        always_open=True,
        crisis=True,
    )


def vivienda() -> Resource:
    """A housing office in Madrid, Spanish only."""
    return Resource(
        id="es-vivienda",
        names={"es": "Oficina de Vivienda de Madrid"},
        descriptions={"es": "Asesoría gratuita sobre alquiler, desahucios y ayudas."},
        categories=("housing",),
        url="https://example.es/vivienda",
        country="ES",
        region="Madrid",
        timezone="Europe/Madrid",
        hours=(OpeningHours(0, time(9), time(14)), OpeningHours(3, time(16), time(19, 30))),
        keywords={"es": ("albergue", "hipoteca")},
    )


def shelter() -> Resource:
    """A UK housing charity, English only."""
    return Resource(
        id="gb-shelter",
        names={"en": "Shelter Housing Advice"},
        descriptions={"en": "Free advice for people facing eviction or homelessness."},
        categories=("housing",),
        phones=(Phone("0808 800 4444", "voice", "Mon-Fri 8-20"),),
        country="GB",
        keywords={"en": ("tenancy", "landlord")},
    )


def cups() -> Resource:
    """An online service for everyone."""
    return Resource(
        id="int-cups",
        names={"en": "Seven Cups Online Listeners"},
        descriptions={"en": "Talk to a trained volunteer listener by chat, any time."},
        categories=("peer_support",),
        url="https://example.org/cups",
    )


def ansiedad() -> Resource:
    """A Spanish support group with accents in its words."""
    return Resource(
        id="es-ansiedad",
        names={"es": "Grupo de apoyo para la ansiedad y la depresión"},
        descriptions={"es": "Reuniones semanales con psicólogos voluntarios en Sevilla."},
        categories=("mental_health", "peer_support"),
        url="https://example.es/ansiedad",
        country="ES",
    )


def files() -> list[Resource]:
    """The resources 'from the content files'."""
    return [lifeline(), linea_024(), vivienda(), shelter(), cups(), ansiedad()]


def chat_resource(resource_id: str = "chat-1") -> Resource:
    """A resource a facilitator added in the chat."""
    return Resource(
        id=resource_id,
        names={"en": "Riverside Drop-in Café"},
        descriptions={"en": "A warm room and a cup of tea on Thursdays."},
        categories=("peer_support",),
        url="https://example.org/riverside",
        country="GB",
        group_id=-100777,
        source="chat",
    )


async def loaded(db: Database, categories: list[Category] | None = None) -> ResourceRepository:
    """A repository with the file resources stored."""
    repo = ResourceRepository(db, categories or [])
    await repo.replace_from_files(files(), NOW)
    return repo


def ids(hits: list[SearchHit]) -> list[str]:
    """Resource ids of hits, in order, each once."""
    return list(dict.fromkeys(hit.resource.id for hit in hits))


def words(*query: str) -> list[list[str]]:
    """One group per word, no alternatives."""
    return [[word] for word in query]


# --- JSON ------------------------------------------------------------------------------


def test_json_round_trip_keeps_every_field() -> None:
    """Every field of a fully filled resource survives the trip, and each one is written."""
    full = dataclasses.replace(
        vivienda(),
        phones=(Phone("+34 900 000 000", "text", "L-V 9-14"),),
        email="info@example.es",
        languages=("es", "en"),
        always_open=False,
        crisis=True,
        group_id=-100123,
        source="chat",
        sources=("https://example.es/vivienda",),
    )
    text = resource_to_json(full)
    assert resource_from_json(text) == full
    assert set(json.loads(text)) == {field.name for field in dataclasses.fields(Resource)}


def test_rows_written_before_sources_existed_still_read() -> None:
    """A stored row without "sources" (written by an older version) reads with none."""
    data = json.loads(resource_to_json(vivienda()))
    del data["sources"]
    assert resource_from_json(json.dumps(data)).sources == ()


# --- replace_from_files ----------------------------------------------------------------


async def test_replace_keeps_chat_rows_and_drops_vanished_file_rows(db: Database) -> None:
    """A reload adds, changes and removes file rows only; chat rows stay."""
    repo = await loaded(db)
    assert await repo.upsert(chat_resource(), 4242, NOW)
    renamed = dataclasses.replace(shelter(), names={"en": "Shelter Helpline England"})
    sync = await repo.replace_from_files([lifeline(), renamed, cups(), ansiedad()], LATER)
    assert sync == FileSync(changed=("gb-shelter",), removed=("es-024", "es-vivienda"))
    assert await repo.get("es-024") is None
    assert await repo.get("es-vivienda") is None
    chat = await repo.get("chat-1")
    assert chat is not None
    assert (chat.resource, chat.status, chat.added_by) == (chat_resource(), "active", 4242)
    stored = await repo.get("gb-shelter")
    assert stored is not None
    assert stored.resource == renamed
    assert stored.updated_at == LATER
    assert ids(await repo.search(words("vivienda"), None)) == []
    assert ids(await repo.search(words("helpline"), None)) == ["gb-shelter"]
    assert ids(await repo.search(words("riverside"), None)) == ["chat-1"]
    assert await repo.counts() == {("file", "active"): 4, ("chat", "active"): 1}


async def test_replace_is_idempotent_and_skips_ids_held_by_chat(db: Database) -> None:
    """The same files twice change nothing; a file id a chat resource holds is left alone."""
    repo = await loaded(db)
    assert await repo.replace_from_files(files(), LATER) == FileSync()
    await repo.upsert(chat_resource("extra"), None, NOW)
    same_id = dataclasses.replace(shelter(), id="extra")
    sync = await repo.replace_from_files([*files(), same_id], LATER)
    assert sync.skipped == ("extra",)
    stored = await repo.get("extra")
    assert stored is not None
    assert stored.resource.source == "chat"


async def test_replace_keeps_a_retired_file_resource_retired(db: Database) -> None:
    """Retiring a file resource in the chat survives a reload."""
    repo = await loaded(db)
    assert await repo.retire("gb-shelter")
    await repo.replace_from_files(files(), LATER)
    stored = await repo.get("gb-shelter")
    assert stored is not None
    assert stored.status == "retired"
    assert ids(await repo.search(words("tenancy"), None)) == []


async def test_ten_thousand_resources_load_in_one_go(db: Database) -> None:
    """10,000 file resources are stored and indexed, and a second reload changes none."""
    many = [
        dataclasses.replace(shelter(), id=f"r{index}", names={"en": f"Service number {index}"})
        for index in range(10_000)
    ]
    repo = ResourceRepository(db)
    sync = await repo.replace_from_files(many, NOW)
    assert len(sync.added) == 10_000
    assert (await repo.replace_from_files(many, LATER)).changed == ()
    hits = await repo.search(words("9999"), "GB")
    assert [hit.resource.id for hit in hits] == ["r9999"]


# --- search ----------------------------------------------------------------------------


async def test_search_by_name_description_and_keyword(db: Database) -> None:
    """Words in the name, the description and the keywords all find the resource."""
    repo = await loaded(db)
    assert ids(await repo.search(words("lifeline"), "US")) == ["us-988"]
    assert ids(await repo.search(words("confidential"), "US")) == ["us-988"]
    assert ids(await repo.search(words("landlord"), "GB")) == ["gb-shelter"]
    assert ids(await repo.search(words("albergue"), "ES")) == ["es-vivienda"]


async def test_spanish_accents_typed_without_them(db: Database) -> None:
    """'depresion' finds 'depresión', 'psicologos' finds 'psicólogos'; typed accents too."""
    repo = await loaded(db)
    assert ids(await repo.search(words("depresion"), "ES")) == ["es-ansiedad"]
    assert ids(await repo.search(words("psicologos"), "ES")) == ["es-ansiedad"]
    assert ids(await repo.search(words("Depresión"), "ES")) == ["es-ansiedad"]
    hits = await repo.search(words("prevencion"), "US")
    assert [(hit.resource.id, hit.language) for hit in hits] == [("us-988", "es")]


async def test_word_forms_match_by_prefix(db: Database) -> None:
    """Words of 4+ letters match longer forms; shorter ones only themselves."""
    repo = await loaded(db)
    assert ids(await repo.search(words("evict"), "GB")) == ["gb-shelter"]
    assert set(ids(await repo.search(words("suicid"), None))) == {"us-988", "es-024"}
    assert ids(await repo.search(words("024"), None)) == ["es-024"]
    assert ids(await repo.search(words("fre"), None)) == []  # no prefix under 4 letters


async def test_alternatives_and_partial_matches_rank(db: Database) -> None:
    """Any alternative of a word matches; rows matching more words come first."""
    repo = await loaded(db)
    hits = await repo.search([["hosuing", "housing"], ["madrid"]], None)
    assert ids(hits)[:2] == ["es-vivienda", "gb-shelter"]
    assert hits[0].matched_groups == 2
    assert {hit.matched_groups for hit in hits[1:]} == {1}
    assert all(0 < hit.score <= 1 for hit in hits)
    assert max(hit.score for hit in hits) == 1.0


async def test_category_labels_are_searchable_in_every_language(db: Database) -> None:
    """With labels, 'vivienda' finds an English-only housing service as well."""
    labels = [Category("housing", {"en": "Housing", "es": "Vivienda"})]
    repo = await loaded(db, labels)
    assert set(ids(await repo.search(words("vivienda"), None))) == {"es-vivienda", "gb-shelter"}


@pytest.mark.parametrize(
    "query",
    [
        ['"'],
        ["*"],
        ["NEAR"],
        ["NEAR(lifeline", "crisis)"],
        ["(", ")", "(("],
        ["AND", "OR", "NOT"],
        ["name:lifeline"],
        ['life"line'],
        ["^crisis"],
        ["-", "+", "{", "}"],
        ["'; DROP TABLE resources; --"],
        ["x" * 4096],
        ["crisis\x00"],
        [""],
    ],
)
async def test_fts_syntax_cannot_break_search(db: Database, query: list[str]) -> None:
    """Quotes, stars, NEAR, parentheses, column filters and huge words never raise."""
    repo = await loaded(db)
    await repo.search([query], None)
    await repo.search([[word] for word in query], "US")


async def test_syntax_characters_around_real_words_still_find(db: Database) -> None:
    """Punctuation around a word is dropped, the word is kept."""
    repo = await loaded(db)
    assert ids(await repo.search([['"lifeline*']], "US")) == ["us-988"]
    assert ids(await repo.search([["(lifeline)"]], "US")) == ["us-988"]
    assert ids(await repo.search([["name:lifeline"]], "US")) == []  # a phrase: "name lifeline"


async def test_odd_and_huge_queries_are_bounded(db: Database) -> None:
    """No words gives nothing; thousands of groups are cut to a bounded expression."""
    repo = await loaded(db)
    assert await repo.search([], "US") == []
    assert await repo.search([[], ["", "  "]], "US") == []
    huge = [["lifeline", *[f"w{i}x{j}" for j in range(50)]] for i in range(1000)]
    groups = clean_groups(huge)
    assert len(groups) <= 8
    assert all(len(group) <= 8 for group in groups)
    assert len(match_expression(groups)) < 10_000
    assert ids(await repo.search(huge, "US")) == ["us-988"]


async def test_country_filter_keeps_international(db: Database) -> None:
    """A country sees its own resources and international ones; None sees all."""
    repo = await loaded(db)
    assert ids(await repo.search(words("housing"), "ES")) == ["es-vivienda"]
    assert ids(await repo.search(words("housing"), "GB")) == ["gb-shelter"]
    assert set(ids(await repo.search(words("housing"), None))) == {"es-vivienda", "gb-shelter"}
    assert ids(await repo.search(words("free"), "US")) == ["us-988"]
    assert set(ids(await repo.search(words("free"), None))) == {"us-988", "gb-shelter"}
    assert ids(await repo.search(words("listener"), "MX")) == ["int-cups"]


async def test_retired_resources_are_not_found(db: Database) -> None:
    """Retired: out of search and browsing, still readable by id; upsert brings it back."""
    repo = await loaded(db)
    assert await repo.retire("gb-shelter", LATER)
    assert not await repo.retire("gb-shelter")
    assert not await repo.retire("nope")
    assert ids(await repo.search(words("tenancy"), None)) == []
    assert await repo.by_category("housing", "GB", 10) == []
    stored = await repo.get("gb-shelter")
    assert stored is not None
    assert (stored.status, stored.updated_at) == ("retired", LATER)
    assert not await repo.upsert(shelter(), None, LATER)
    assert ids(await repo.search(words("tenancy"), None)) == ["gb-shelter"]


# --- the rest --------------------------------------------------------------------------


async def test_by_category_puts_crisis_lines_first(db: Database) -> None:
    """Browsing a category: active, the country and international, crisis lines first."""
    repo = await loaded(db)
    trevor = Resource(
        id="us-support",
        names={"en": "A Peer Support Circle"},
        descriptions={"en": "Weekly circles."},
        categories=("peer_support",),
        url="https://example.org/circle",
        country="US",
    )
    crisis_peer = dataclasses.replace(lifeline(), id="us-warm", categories=("peer_support",))
    await repo.upsert(trevor, None, NOW)
    await repo.upsert(crisis_peer, None, NOW)
    found = await repo.by_category("peer_support", "US", 10)
    assert [r.id for r in found] == ["us-warm", "us-support", "int-cups"]
    assert [r.id for r in await repo.by_category("peer_support", "US", 1)] == ["us-warm"]
    assert [r.id for r in await repo.by_category("housing", "ES", 10)] == ["es-vivienda"]
    assert len(await repo.by_category("peer_support", None, 10)) == 4


async def test_upsert_keeps_the_first_author_and_erase_clears_it(db: Database) -> None:
    """Upsert: True when new; the first author stays; /forget clears the author only."""
    repo = ResourceRepository(db)
    assert await repo.upsert(chat_resource(), 4242, NOW)
    edited = dataclasses.replace(chat_resource(), names={"en": "Riverside Café"})
    assert not await repo.upsert(edited, 5151, LATER)
    stored = await repo.get("chat-1")
    assert stored is not None
    assert (stored.resource, stored.added_by) == (edited, 4242)
    async with db.transaction() as tx:
        await erase_resource_authors(tx, 4242)
    stored = await repo.get("chat-1")
    assert stored is not None
    assert (stored.resource, stored.added_by) == (edited, None)
    with pytest.raises(ValueError, match="source"):
        await repo.upsert(dataclasses.replace(edited, source="web"), None, NOW)


async def test_vocabulary_is_folded_and_follows_writes(db: Database) -> None:
    """Every indexed term, accents folded; a write makes new terms appear."""
    repo = await loaded(db)
    vocabulary = await repo.vocabulary()
    assert {"lifeline", "prevencion", "depresion", "tenancy", "vivienda"} <= vocabulary
    assert all(len(term) >= 3 for term in vocabulary)
    assert "de" in await repo.vocabulary(min_length=2)
    assert "riverside" not in vocabulary
    await repo.upsert(chat_resource(), None, NOW)
    assert "riverside" in await repo.vocabulary()
    await repo.retire("chat-1")
    assert "riverside" not in await repo.vocabulary()
    assert "riverside" not in await ResourceRepository(db).vocabulary()
