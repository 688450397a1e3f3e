"""The spam shield as the composition root sees it: one entry in `bot/features.py`.

Its wiring makes the bot's one shield and gives it the moderation feature's review queue as
its holder (`holding.ModerationHolder`); tests may `use` another.
"""

from __future__ import annotations

import logging

from bot.context import BotApplication
from bot.domain.models import Role
from bot.feature import Feature, MenuCommand, PersonalData
from bot.services.container import Services
from bot.shield import handlers, handlers_staff
from bot.shield.holding import ModerationHolder
from bot.shield.service import SERVICE_KEY, ShieldService, build_shield
from bot.shield.storage import ShieldRepository, erase_shield_person, export_shield

log = logging.getLogger(__name__)

# How often join records past their group's window are deleted.
PRUNE_SECONDS = 15 * 60


def personal_data(services: Services) -> PersonalData:
    """Join times and blocks: exported; /forget erases join times and what names the blocker,
    and keeps a block of the person as their id alone (see docs/members.md, "Spam shield")."""
    repo = ShieldRepository(services.db)

    async def export(user_id: int) -> dict[str, object] | None:
        """/mydata: the person's recent joins, a block of them, how many they blocked."""
        return await export_shield(repo, user_id)

    return PersonalData(
        columns=("shield_newcomers.user_id", "shield_blocks.blocked_by", "shield_blocks.reason"),
        erase=erase_shield_person,
        export=export,
        export_as="spam_shield",
        not_personal={
            "shield_newcomers.chat_id": "a group's chat id, never a person's",
            "shield_groups.chat_id": "a group's chat id, never a person's",
            "shield_blocks.user_id": (
                "kept on /forget by legitimate interest (the groups' safety): a blocked "
                "spammer's id alone, so that erasing cannot lift a block; the reason and who "
                "blocked are erased"
            ),
        },
    )


def shield_of_app(app: BotApplication) -> ShieldService:
    """The running bot's one shield (for wiring its holder)."""
    shield: ShieldService = app.bot_data[SERVICE_KEY]
    return shield


def wire(app: BotApplication, services: Services) -> None:
    """Make the bot's one shield and delete join records past their window regularly."""
    shield = build_shield(services)
    shield.use(ModerationHolder(services), tells_author=True)
    app.bot_data[SERVICE_KEY] = shield
    if app.job_queue is None:
        return

    async def prune(_context: object) -> None:
        """One round: join records past their group's window go."""
        removed = await shield.repo.prune_newcomers(services.clock(), shield.limits.newcomer_hours)
        if removed:
            log.info("shield: %d join record(s) past their window removed", removed)

    app.job_queue.run_repeating(prune, interval=PRUNE_SECONDS, first=60, name="shield")


FEATURE = Feature(
    "shield",
    personal_data,
    handlers=(handlers.register, handlers_staff.register),
    wiring=(wire,),
    menu=(
        MenuCommand("shield", Role.FACILITATOR, 212),
        MenuCommand("block", Role.ADMIN, 306),
        MenuCommand("unblock", Role.ADMIN, 307),
    ),
    group_columns=("shield_newcomers.chat_id", "shield_groups.chat_id"),
)
