"""The feature's services over the shared ones, and the buttons other features put on cards."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from bot.domain.messages import Button
from bot.moderation.appeals import AppealService
from bot.moderation.holds import HoldService
from bot.moderation.notices import Notices
from bot.moderation.service import ModerationService
from bot.moderation.storage import ModerationRepository
from bot.services.container import Services


@dataclass(frozen=True)
class Moderation:
    """Moderation's services: actions on members, held messages, appeals, and their texts."""

    actions: ModerationService
    holds: HoldService
    appeals: AppealService
    notices: Notices


def moderation_of(services: Services) -> Moderation:
    """Build the feature's services over the shared storage, roles, groups and outbox."""
    settings = services.settings
    repo = ModerationRepository(services.db)
    notices = Notices(
        texts=services.texts,
        members=services.members.members,
        groups=services.groups,
        language=settings.default_language,
        timezone=settings.timezone,
    )
    actions = ModerationService(
        db=services.db,
        repo=repo,
        notices=notices,
        roles=services.roles,
        groups=services.groups,
        clock=services.clock,
        outbox=services.outbox_link,
        retention=timedelta(days=settings.moderation_retention_days),
    )
    keep = timedelta(days=settings.held_message_days)
    holds = HoldService(
        db=services.db,
        repo=repo,
        notices=notices,
        roles=services.roles,
        clock=services.clock,
        outbox=services.outbox_link,
        is_crisis=lambda text: services.crisis.detect(text) is not None,
        keep=keep,
        keep_crisis=max(keep, timedelta(days=settings.flag_retention_days)),
    )
    appeals = AppealService(
        db=services.db,
        repo=repo,
        notices=notices,
        roles=services.roles,
        actions=actions,
        holds=holds,
        clock=services.clock,
        outbox=services.outbox_link,
    )
    return Moderation(actions=actions, holds=holds, appeals=appeals, notices=notices)


def moderation_buttons(
    services: Services, language: str, chat_id: int, message_id: int, author_id: int
) -> tuple[Button, ...]:
    """Warn / Mute 1h / Hold for a report card about one group message (a row of buttons,
    labelled in the reader's language; presses are handled by this feature)."""
    return moderation_of(services).notices.card_buttons(language, chat_id, message_id, author_id)


async def hold_message(
    services: Services,
    chat_id: int,
    message_id: int,
    author_id: int,
    text: str,
    reason: str,
    kind: str,
) -> int | None:
    """Hold a group message for review (other features' entry point, see HoldService.hold)."""
    return await moderation_of(services).holds.hold(
        chat_id, message_id, author_id, text, reason, kind
    )
