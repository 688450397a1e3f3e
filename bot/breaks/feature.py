"""/break as the composition root sees it: one entry in `bot/features.py`.

Its wiring tells on call and escalation who is on a break (`OnCallService.use_away`) and ends
breaks on time.
"""

from __future__ import annotations

import logging

from bot.breaks import handlers
from bot.breaks.service import break_service
from bot.breaks.storage import BreakRepository, erase_breaks
from bot.context import BotApplication
from bot.domain.models import Role
from bot.feature import Feature, MenuCommand, PersonalData
from bot.services.container import Services

log = logging.getLogger(__name__)


def personal_data(services: Services) -> PersonalData:
    """A facilitator's breaks and the soft cap's notes about them: exported, erased."""
    return PersonalData(
        columns=("facilitator_breaks.user_id", "alert_cap_notes.user_id"),
        erase=erase_breaks,
        export=break_service(services).export,
        export_as="breaks",
    )


def wire(app: BotApplication, services: Services) -> None:
    """Tell on call who is away; end breaks whose time is up, every MEETING_CHECK_SECONDS."""
    services.oncall.use_away(BreakRepository(services.db).away)
    if app.job_queue is None:
        return
    breaks = break_service(services)

    async def end_due(_context: object) -> None:
        """One round: breaks whose end has come end, and people are told."""
        ended = await breaks.end_due()
        if ended:
            log.info("ended %d break(s) at their end", ended)

    every = services.settings.meeting_check_seconds
    app.job_queue.run_repeating(end_due, interval=every, first=1, name="breaks")


FEATURE = Feature(
    "breaks",
    personal_data,
    handlers=(handlers.register,),
    wiring=(wire,),
    menu=(MenuCommand("break", Role.FACILITATOR, 214),),
)
