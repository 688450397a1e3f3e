"""A member's /forget reaches the review cards already in facilitators' chats: the words of a
held message leave them too, not only the database."""

from __future__ import annotations

from bot.app import services_of
from tests.handlers.conftest import HandlerHarness
from tests.handlers.test_moderation import FACILITATOR, MEMBER, _held, moderated_world


async def test_forget_takes_the_words_off_delivered_review_cards(harness: HandlerHarness) -> None:
    """Robin's held message sits on Fran's card; Robin's /forget edits the card: no words, no
    name, no buttons; the facilitator learns the author asked for their data to be erased."""
    world = await moderated_world(harness)
    words = "a private worry about my brother"
    await _held(harness, world, words)
    await harness.flush_outbox()
    [delivered] = [
        m for m in harness.core.bot_messages(FACILITATOR) if words in (m.plain_text or "")
    ]
    await services_of(harness.app).privacy.erase(MEMBER)
    await harness.flush_outbox()
    edited = harness.core.message(FACILITATOR, delivered.message_id)
    assert words not in (edited.plain_text or "")
    assert "Robin" not in (edited.plain_text or "")
    assert "asked me to erase" in (edited.plain_text or "")
    assert not (edited.reply_markup or {}).get("inline_keyboard")
