"""Member feedback as the composition root sees it: one entry in `bot/features.py`."""

from __future__ import annotations

from bot.context import BotApplication
from bot.feature import Feature, PersonalData
from bot.feedback import handlers
from bot.feedback.service import feedback_service
from bot.feedback.storage import erase_feedback_asks
from bot.services.container import Services


def personal_data(services: Services) -> PersonalData:
    """Who was asked about a meeting (kept a few days): exported and erased; answers name no
    one."""
    return PersonalData(
        columns=("feedback_asks.user_id",),
        erase=erase_feedback_asks,
        export=feedback_service(services).export,
        export_as="meeting_feedback",
    )


def schedule(app: BotApplication, services: Services) -> None:
    """Ask about occurrences that ended, every FEEDBACK_CHECK_SECONDS (the meetings' check)."""
    if app.job_queue is None:
        return
    service = feedback_service(services)

    async def run(_context: object) -> None:
        """One round: ask about ended occurrences, forget old asks."""
        await service.run_due()

    every = services.settings.meeting_check_seconds
    app.job_queue.run_repeating(run, interval=every, first=every, name="feedback")


FEATURE = Feature("feedback", personal_data, handlers=(handlers.register,), wiring=(schedule,))
