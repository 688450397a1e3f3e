"""Mutes and bans the bot stopped in the middle of (written down, maybe done in Telegram, never
recorded): asked of Telegram again, which does no harm twice, then recorded, the member and the
facilitator told; one Telegram refuses now is dropped and the facilitator told that."""

from __future__ import annotations

import logging

from telegram import Bot

from bot.domain.clock import parse_iso
from bot.moderation.acting import in_telegram
from bot.moderation.build import moderation_of
from bot.moderation.intent_storage import Intent
from bot.services.container import Services

log = logging.getLogger(__name__)


async def finish_interrupted(bot: Bot, services: Services) -> int:
    """Carry out every interrupted mute and ban; how many were recorded."""
    mod = moderation_of(services)
    finished = 0
    for intent in await mod.actions.interrupted():
        try:
            finished += await _finish(bot, services, intent)
        except Exception as error:  # one broken intent must not hold up the others
            log.error("moderation intent %d not finished: %s", intent.id, type(error).__name__)
    return finished


async def _finish(bot: Bot, services: Services, intent: Intent) -> int:
    """One interrupted action: done in Telegram, recorded and told; 1 when recorded."""
    mod, now = moderation_of(services), services.clock()
    until = parse_iso(intent.until_at) if intent.until_at is not None else None
    if until is not None and until <= now:
        await mod.actions.abandon(intent.id)  # over already: Telegram has lifted it itself
        log.info("moderation intent %d: its time was over", intent.id)
        return 0
    if not await in_telegram(bot, intent.chat_id, intent.user_id, intent.kind, None, now, until):
        await mod.actions.abandon(intent.id)
        key = f"moderation:resume-failed:{intent.id}"
        await mod.actions.tell_actor(intent, "mod-resume-failed", key)
        return 0
    done = await mod.actions.act(
        chat_id=intent.chat_id,
        user_id=intent.user_id,
        actor_id=intent.actor_id,
        kind=intent.kind,
        reason=intent.reason,
        intent_id=intent.id,
        until_at=until,
    )
    length = until - now if until is not None else None
    await mod.actions.tell_actor(
        intent,
        "mod-done",
        f"moderation:resumed:{done.action_id}",
        reason=intent.reason,
        length=await mod.notices.length_words(intent.actor_id, length),
        told="yes" if await mod.notices.reachable(intent.user_id) else "no",
    )
    log.info("moderation intent %d finished after a stop", intent.id)
    return 1
