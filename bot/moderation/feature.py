"""Moderation as the composition root sees it: one entry in `bot/features.py`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.domain.clock import iso
from bot.feature import Feature, PersonalData
from bot.moderation import handlers
from bot.moderation.build import moderation_of
from bot.moderation.cards import take_words_off_cards
from bot.moderation.jobs import observe_cards, schedule_moderation_jobs
from bot.moderation.storage import erase_moderation_person
from bot.services.container import Services
from bot.storage.db import Transaction


def _eraser(services: Services) -> Callable[[Transaction, int], Awaitable[None]]:
    """/forget: the words leave delivered review cards, then the person's records go."""
    notices = moderation_of(services).notices

    async def erase(tx: Transaction, user_id: int) -> None:
        """Edit the cards (queued in this transaction), then erase."""
        await take_words_off_cards(notices, tx, user_id, iso(services.clock()))
        await erase_moderation_person(tx, user_id)

    return erase


def personal_data(services: Services) -> PersonalData:
    """A member's moderation record and held words (exported, erased by /forget); a
    facilitator's name on what they did is cleared by theirs."""
    return PersonalData(
        columns=(
            "moderation_actions.user_id",
            "moderation_actions.actor_id",
            "moderation_actions.reason",
            "moderation_actions.lifted_by",
            "moderation_actions.appeal",
            "moderation_actions.decided_by",
            "held_messages.author_id",
            "held_messages.text",
            "held_messages.reason",
            "held_messages.held_by",
            "held_cards.reader_id",
            "moderation_intents.user_id",
            "moderation_intents.actor_id",
            "moderation_intents.reason",
        ),
        erase=_eraser(services),
        export=moderation_of(services).actions.export,
        not_personal={
            "moderation_actions.chat_id": "a group's chat id, never a person's",
            "held_messages.chat_id": "a group's chat id, never a person's",
            "moderation_intents.chat_id": "a group's chat id, never a person's",
        },
    )


FEATURE = Feature(
    "moderation",
    personal_data,
    handlers=(handlers.register,),
    wiring=(schedule_moderation_jobs, observe_cards),
    group_columns=("moderation_actions.chat_id", "held_messages.chat_id"),
)
