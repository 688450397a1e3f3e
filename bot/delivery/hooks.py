"""What the limiter tells storage: chats that blocked the bot, groups that moved."""

from __future__ import annotations

import logging

from bot.delivery.limiter import DeliveryLimiter
from bot.services.container import Services

log = logging.getLogger(__name__)


def connect_limiter(limiter: DeliveryLimiter, services: Services) -> None:
    """Record 403s as unreachable members or groups, and follow migrated groups."""

    async def forbidden(chat_id: int, description: str) -> None:
        """Mark the member (positive id) or group (negative id) unreachable."""
        if chat_id > 0:
            await services.members.mark_unreachable(chat_id)
        else:
            await services.groups.mark_unreachable(chat_id)
        log.info("chat %s is unreachable (403)", chat_id)

    async def migrated(old_id: int, new_id: int) -> None:
        """Move the group's records to its new chat id."""
        await services.groups.migrated(old_id, new_id)
        log.info("group %s moved to %s", old_id, new_id)

    limiter.on_forbidden = forbidden
    limiter.on_migrated = migrated
