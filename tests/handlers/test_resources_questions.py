"""Searches answer the question asked (issue 20): general words such as "help" match nothing on
their own, a topic that finds nothing says so and offers the topics and the national lines,
synonyms widen a topic, and /crisis lists other countries by their names."""

from __future__ import annotations

import pytest

from bot.app import services_of
from bot.domain.buttons.member import CrisisCountry
from bot.formats.formatting import collation_key
from bot.resources.query import Query
from tests.handlers.conftest import HandlerHarness
from tests.handlers.test_resources_flow import LONDONER, MADRILENA, _people


async def test_housing_help_in_spain_finds_housing_not_every_helpline(
    harness: HandlerHarness,
) -> None:
    """'Where can I find housing help?' in Spain finds housing help, not ANAR or 016."""
    await _people(harness)
    [answer] = await harness.send(MADRILENA, "where can I find housing help?")
    text = answer.plain_text or ""
    assert "Cáritas" in text
    assert "ANAR" not in text
    assert "016" not in text


async def test_housing_help_in_the_uk_finds_shelter_only(harness: HandlerHarness) -> None:
    """The same question in London finds Shelter, not the unrelated helplines that say 'help'."""
    await _people(harness)
    [answer] = await harness.send(LONDONER, "where can I find housing help?")
    text = answer.plain_text or ""
    assert "Shelter" in text
    for unrelated in ("Samaritans", "Childline", "PAPYRUS", "Domestic Abuse", "Shout"):
        assert unrelated not in text


async def test_resources_housing_in_spain_finds_housing(harness: HandlerHarness) -> None:
    """/resources housing in Madrid finds Spanish housing help (the English word finds it)."""
    await _people(harness)
    [answer] = await harness.send(MADRILENA, "/resources housing")
    text = answer.plain_text or ""
    assert "Lo que encontré" in text
    assert "Cáritas" in text


async def test_resources_depression_in_the_uk_finds_mental_health_services(
    harness: HandlerHarness,
) -> None:
    """/resources depression in London finds the UK's mental-health services (a synonym)."""
    await _people(harness)
    [answer] = await harness.send(LONDONER, "/resources depression")
    text = answer.plain_text or ""
    assert "Mind" in text
    assert "Samaritans" in text
    assert text.count("\n\n") >= 3, "several services, not one"


async def test_spanish_depression_finds_mental_health_in_spain(harness: HandlerHarness) -> None:
    """/resources depresión in Madrid finds Spain's mental-health services."""
    await _people(harness)
    [answer] = await harness.send(MADRILENA, "/resources depresión")
    text = answer.plain_text or ""
    assert "Línea 024" in text
    assert "Teléfono de la Esperanza" in text


async def test_where_is_help_alone_lists_nothing_but_topics_and_lines(
    harness: HandlerHarness,
) -> None:
    """'¿Dónde hay ayuda?' alone lists no services: the topics and the national lines."""
    await _people(harness)
    [answer] = await harness.send(MADRILENA, "¿dónde hay ayuda?")
    text = answer.plain_text or ""
    assert "Lo que encontré" not in text
    assert "ANAR" not in text
    assert "024" in text, "the national lines"
    assert "/resources" in text, "how to ask for a topic"
    assert any("Vivienda" in label for label in answer.button_texts())


async def test_resources_help_alone_offers_topics_and_lines(harness: HandlerHarness) -> None:
    """/resources help (only a general word) offers the topics and lines, not every service."""
    await _people(harness)
    [answer] = await harness.send(LONDONER, "/resources help")
    text = answer.plain_text or ""
    assert "What I found" not in text
    assert "116 123" in text
    assert any("Housing" in label for label in answer.button_texts())


async def test_a_topic_with_no_match_says_so_and_offers_topics_and_lines(
    harness: HandlerHarness,
) -> None:
    """A topic nothing matches is named, with the topics and the national lines, never
    unrelated services; as a plain question with 'help' too."""
    await _people(harness)
    [answer] = await harness.send(LONDONER, "/resources piano lessons")
    text = answer.plain_text or ""
    assert "I found nothing for «piano lessons»" in text
    assert "116 123" in text
    assert any("Housing" in label for label in answer.button_texts())
    [asked] = await harness.send(LONDONER, "where can I find help with piano lessons?")
    text = asked.plain_text or ""
    assert "I found nothing for «piano lessons»" in text
    assert "Samaritans" in text, "in the national lines, not as a search result"
    assert "What I found" not in text


async def test_a_plain_question_without_help_words_is_left_to_the_fallback(
    harness: HandlerHarness,
) -> None:
    """'Where can I find my keys?' finds nothing and is not answered with the directory."""
    await _people(harness)
    [answer] = await harness.send(LONDONER, "where can I find my keys?")
    text = answer.plain_text or ""
    assert "I found nothing" not in text
    assert "116 123" not in text


async def test_other_countries_are_sorted_by_name_in_the_members_language(
    harness: HandlerHarness,
) -> None:
    """/crisis -> Another country lists countries by their Spanish names (Alemania first)."""
    await _people(harness)
    [lines] = await harness.send(MADRILENA, "/crisis")
    mark = harness.core.mark()
    await harness.press(MADRILENA, lines, CrisisCountry().pack())
    [countries] = harness.new_messages(MADRILENA, mark.message_seq)
    labels = countries.button_texts()
    names = labels[:-1]  # International comes last
    assert labels[-1] == "Internacional"
    assert names[0] == "Alemania", "by name, not by code (AR would come first)"
    assert names.index("México") < names.index("Reino Unido")
    assert names == sorted(names, key=collation_key("es"))


async def test_thanks_for_the_help_is_not_taken_for_a_request(harness: HandlerHarness) -> None:
    """'Thanks for all your help, see you next week' is chatter, not a request for topics."""
    await _people(harness)
    [answer] = await harness.send(LONDONER, "thanks for all your help, see you next week")
    assert "What I found" not in (answer.plain_text or "")
    assert "116 123" not in (answer.plain_text or "")
    [thanks] = await harness.send(LONDONER, "thanks for your help")
    assert "116 123" not in (thanks.plain_text or "")
    [short] = await harness.send(LONDONER, "help please")
    assert "116 123" in (short.plain_text or ""), "a short call for help still gets the lines"


async def test_a_question_is_read_once(
    harness: HandlerHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A typed question is read as a search once: the reading that found it a question is
    the one searched."""
    await _people(harness)
    resources = services_of(harness.app).resources
    readings: list[str] = []
    read = resources.read

    def counted(text: str) -> Query:
        readings.append(text)
        return read(text)

    monkeypatch.setattr(resources, "read", counted)
    [answer] = await harness.send(LONDONER, "where can I find housing help?")
    assert "Shelter" in (answer.plain_text or "")
    assert readings == ["where can I find housing help?"]
