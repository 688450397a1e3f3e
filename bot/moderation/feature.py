"""Moderation as the composition root sees it: one entry in `bot/features.py`."""

from __future__ import annotations

from bot.feature import Feature, PersonalData
from bot.moderation import handlers
from bot.moderation.build import moderation_of
from bot.moderation.jobs import observe_cards, schedule_moderation_jobs
from bot.moderation.storage import erase_moderation_person
from bot.services.container import Services


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
        erase=erase_moderation_person,
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
