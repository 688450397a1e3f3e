"""Peers raising concern as the composition root sees it: one entry in `bot/features.py`."""

from __future__ import annotations

import logging

from bot.context import BotApplication
from bot.domain.models import Role
from bot.feature import Feature, MenuCommand, PersonalData
from bot.peer_reports import handlers
from bot.peer_reports.service import ReportCard, erase_expired, peer_report_service
from bot.peer_reports.storage import erase_report_people
from bot.services.container import Services

log = logging.getLogger(__name__)


def personal_data(services: Services) -> PersonalData:
    """Who reported, about whom, and their words: exported to the reporter only, erased by
    each person's /forget (the flag stays with the facilitators, its member erased apart)."""
    return PersonalData(
        columns=(
            *("peer_reports.reporter_user_id", "peer_reports.subject_member_id"),
            *("peer_reports.target_member_id", "peer_reports.reason"),
        ),
        erase=erase_report_people,
        export=peer_report_service(services).export,
    )


def show_reports_on_alerts(app: BotApplication, services: Services) -> None:
    """A report's alert shows how many reported, their words and whom a reply aimed at."""
    del app
    services.alert_writer.extend(ReportCard(services))


def schedule_retention(app: BotApplication, services: Services) -> None:
    """Every hour, reports past the flags' retention lose their people and words."""
    if app.job_queue is None:
        return

    async def erase(_context: object) -> None:
        """Erase the people and words of reports past the retention period."""
        erased = await erase_expired(services)
        if erased:
            services.db.owe_checkpoint()
            log.info("erased the people of %d old report(s)", erased)

    app.job_queue.run_repeating(erase, interval=3600, first=6, name="report-retention")


FEATURE = Feature(
    "peer_reports",
    personal_data,
    handlers=(handlers.register,),
    wiring=(show_reports_on_alerts, handlers.watch_hostile_replies, schedule_retention),
    menu=(MenuCommand("worried", Role.MEMBER, 188),),
    group_columns=("peer_reports.group_id",),
)
