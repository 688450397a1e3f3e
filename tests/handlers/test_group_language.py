"""A new group starts in the language of the person who added the bot."""

from __future__ import annotations

from bot.app import services_of
from tests.handlers.conftest import HandlerHarness

SPEAKER = 641_000_001


async def test_the_greeting_is_in_the_adders_language(harness: HandlerHarness) -> None:
    """A Spanish speaker adds the bot: the group is greeted, and stored, in Spanish."""
    harness.core.add_user("Lucía", SPEAKER, language_code="es")
    group = harness.core.add_group("Martes", bot_is_member=False, members={SPEAKER: "creator"})
    mark = harness.core.mark()
    harness.core.add_bot_to_group(group.id, SPEAKER)
    await harness.deliver()
    [greeting] = harness.new_messages(group.id, mark.message_seq)
    assert "Hola" in (greeting.plain_text or "")
    stored = await services_of(harness.app).groups.get(group.id)
    assert stored is not None
    assert stored.language == "es"


async def test_an_unsupported_language_falls_back_to_the_default(harness: HandlerHarness) -> None:
    """Someone whose Telegram is in Japanese adds the bot: the group keeps the default."""
    harness.core.add_user("Aoi", SPEAKER, language_code="ja")
    group = harness.core.add_group("Kayou", bot_is_member=False, members={SPEAKER: "creator"})
    harness.core.add_bot_to_group(group.id, SPEAKER)
    await harness.deliver()
    stored = await services_of(harness.app).groups.get(group.id)
    assert stored is not None
    assert stored.language == "en"
