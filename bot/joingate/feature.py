"""The join gate as the composition root sees it: one entry in `bot/features.py`."""

from __future__ import annotations

from bot.context import BotApplication, BotContext
from bot.domain.models import Role
from bot.feature import Feature, MenuCommand, PersonalData
from bot.joingate import handlers, raid, settings
from bot.joingate.service import joingate_service
from bot.joingate.storage import erase_join_requests
from bot.services.container import Services


def personal_data(services: Services) -> PersonalData:
    """Pending join requests (who, where the bot may write to them): exported and erased."""
    return PersonalData(
        columns=("join_requests.user_id", "join_requests.user_chat_id"),
        erase=erase_join_requests,
        export=joingate_service(services).export,
        not_personal={
            "join_gates.chat_id": "a group's chat id, never a person's",
            "join_gates.question": "the gate's question, worded by facilitators for everyone",
            "join_requests.chat_id": "the group asked to join, never a person's",
        },
    )


def schedule(app: BotApplication, services: Services) -> None:
    """Decline lapsed join requests and end quiet raids, every GATE_CHECK_SECONDS."""
    if app.job_queue is None:
        return

    async def run(context: BotContext) -> None:
        """One round of the gate's timers."""
        await handlers.decline_lapsed(context)
        await raid.end_quiet_raids(context)

    every = services.settings.gate_check_seconds
    app.job_queue.run_repeating(run, interval=every, first=every, name="joingate")


FEATURE = Feature(
    "joingate",
    personal_data,
    handlers=(handlers.register, settings.register, raid.register),
    wiring=(schedule,),
    menu=(
        MenuCommand("gate", Role.FACILITATOR, 212),
        MenuCommand("invite", Role.FACILITATOR, 213),
    ),
    group_columns=("join_gates.chat_id", "join_requests.chat_id"),
)
