"""Moderation's timers: timed mutes and bans lifted, interrupted ones finished, old records
and held copies erased.

Each job reads its due work from the database, so a restart loses no timer.
"""

from __future__ import annotations

import logging

from bot.context import BotApplication
from bot.domain.sends import SendKind
from bot.moderation.build import moderation_of
from bot.moderation.recovery import finish_interrupted
from bot.services.container import Services

log = logging.getLogger(__name__)

# How often timed actions are checked: a mute of 10 minutes ends within this many seconds.
LIFT_CHECK_SECONDS = 5.0
RETENTION_CHECK_SECONDS = 3600
# How often mutes and bans the bot stopped in the middle of are looked for (and soon after start).
INTERRUPTED_CHECK_SECONDS = 30.0


def observe_cards(_app: BotApplication, services: Services) -> None:
    """Hear which review cards were delivered (their messages are edited once reviewed), and
    whether a held message was deleted (only then do its cards and its author's notice go)."""
    holds = moderation_of(services).holds
    services.outbox_link.observe(SendKind.MODERATION_CARD, holds.on_card)
    services.outbox_link.observe(SendKind.MODERATION_ACTION, holds.on_hidden)


def schedule_moderation_jobs(app: BotApplication, services: Services) -> None:
    """Lift due mutes and bans every few seconds, finish interrupted ones every half minute;
    erase old records and copies hourly."""
    if app.job_queue is None:
        return
    moderation = moderation_of(services)

    async def lift(_context: object) -> None:
        """Lift the timed actions whose time is up."""
        lifted = await moderation.actions.lift_due()
        if lifted:
            log.info("lifted %d timed moderation action(s)", lifted)

    async def erase(_context: object) -> None:
        """Erase records past the retention period and held copies nobody reviewed."""
        erased = await moderation.actions.erase_expired()
        erased += await moderation.holds.erase_expired()
        if erased:
            services.db.owe_checkpoint()
            log.info("erased %d old moderation record(s) and held copies", erased)

    async def finish(_context: object) -> None:
        """Carry out the mutes and bans a stop interrupted."""
        finished = await finish_interrupted(app.bot, services)
        if finished:
            log.info("finished %d interrupted moderation action(s)", finished)

    app.job_queue.run_repeating(lift, interval=LIFT_CHECK_SECONDS, first=1, name="moderation-lift")
    app.job_queue.run_repeating(
        finish, interval=INTERRUPTED_CHECK_SECONDS, first=5, name="moderation-interrupted"
    )
    app.job_queue.run_repeating(
        erase, interval=RETENTION_CHECK_SECONDS, first=20, name="moderation-retention"
    )
