"""Facilitator care as the composition root sees it: one entry in `bot/features.py`."""

from __future__ import annotations

from bot.care import handlers
from bot.care.service import care_service
from bot.care.storage import erase_care
from bot.context import BotApplication
from bot.domain.models import Role
from bot.feature import Feature, MenuCommand, PersonalData
from bot.services.container import Services


def personal_data(services: Services) -> PersonalData:
    """Supervisors, who named them, and debriefs offered to facilitators: exported, erased."""
    return PersonalData(
        columns=("supervisors.user_id", "supervisors.added_by", "debriefs.user_id"),
        erase=erase_care,
        export=care_service(services).export,
        not_personal={"debriefs.group_id": "a group's chat id, never a person's"},
        export_as="facilitator_care",
    )


def wire(app: BotApplication, services: Services) -> None:
    """Offer a debrief when a hard flag is resolved; ask the next day, every minute."""
    care = care_service(services)
    services.flag_actions.on_resolved(care.debrief.offer_debrief)
    if app.job_queue is None:
        return

    async def run(_context: object) -> None:
        """One round: the next day's questions due, old debriefs forgotten."""
        await care.debrief.run_due()

    every = services.settings.meeting_check_seconds
    app.job_queue.run_repeating(run, interval=every, first=every, name="care")


FEATURE = Feature(
    "care",
    personal_data,
    handlers=(handlers.register,),
    wiring=(wire,),
    menu=(MenuCommand("load", Role.ADMIN, 306), MenuCommand("supervisors", Role.ADMIN, 307)),
    group_columns=("debriefs.group_id",),
)
