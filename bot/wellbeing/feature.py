"""The wellbeing check as the composition root sees it: one entry in `bot/features.py`."""

from __future__ import annotations

from bot.context import BotApplication
from bot.domain.models import Role
from bot.feature import Feature, MenuCommand, PersonalData
from bot.services.container import Services
from bot.wellbeing import handlers
from bot.wellbeing.service import wellbeing_service
from bot.wellbeing.storage import erase_wellbeing


def personal_data(services: Services) -> PersonalData:
    """The member's own consent and answers: shown by /mydata, erased by /forget."""
    return PersonalData(
        columns=("wellbeing_consents.user_id", "wellbeing_answers.user_id"),
        erase=erase_wellbeing,
        export=wellbeing_service(services).export,
        export_as="wellbeing_check",
    )


def schedule(app: BotApplication, services: Services) -> None:
    """Offer the check to new members and send follow-ups, every CHECKIN_CHECK_SECONDS."""
    if app.job_queue is None:
        return
    service = wellbeing_service(services)

    async def run(_context: object) -> None:
        """One round of offers and follow-ups."""
        await service.run_due()

    every = services.settings.checkin_check_seconds
    app.job_queue.run_repeating(run, interval=every, first=every, name="wellbeing")


FEATURE = Feature(
    "wellbeing",
    personal_data,
    handlers=(handlers.register,),
    wiring=(schedule,),
    menu=(MenuCommand("wellbeing", Role.MEMBER, 197),),
)
