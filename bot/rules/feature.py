"""The /rules feature as the composition root sees it: one entry in `bot/features.py`."""

from __future__ import annotations

from bot.domain.models import Role
from bot.feature import Feature, MenuCommand, PersonalData
from bot.rules import handlers, pinning
from bot.rules.service import rules_service
from bot.rules.storage import erase_rules_author
from bot.services.container import Services


def personal_data(services: Services) -> PersonalData:
    """Who last changed an agreement: exported to them, cleared by /forget (the text stays)."""
    return PersonalData(
        columns=("group_rules.updated_by", "agreement_acceptances.user_id"),
        erase=erase_rules_author,
        export=rules_service(services).export,
        not_personal={
            "group_rules.chat_id": "a group's chat id, never a person's",
            "group_rules.text": "the group's agreement, written for all its members",
            "group_rules_texts.chat_id": "a group's chat id, never a person's",
            "group_rules_texts.text": "the group's agreement in another language, for all",
            "agreement_acceptances.chat_id": "a group's chat id, never a person's",
        },
    )


FEATURE = Feature(
    "rules",
    personal_data,
    handlers=(handlers.register, pinning.register),
    menu=(MenuCommand("rules", Role.MEMBER, 189, in_groups=True),),
    group_columns=(
        "group_rules.chat_id",
        "group_rules_texts.chat_id",
        "agreement_acceptances.chat_id",
    ),
)
