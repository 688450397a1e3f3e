"""One question at a time: asking a person something drops every other unfinished question of
theirs, so what they type next goes to the question they were asked last.

The open question is one row per person (`questions` table, `bot/services/questions.py`):
asking replaces it, and typed text goes to its answer first (`handlers/text_router.py`). The
drafts of a meeting, a resource, an announcement or a group setup keep their answers in their
own tables and the check-in note its wait in `checkins`; asking anything else drops them. A
dropped draft the person had started is named to them in one line; a dropped question is not
(they were only asked, nothing was lost).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Literal

from telegram.error import TelegramError

from bot.context import BotContext
from bot.domain.questions import QUESTION_LIFETIME

log = logging.getLogger(__name__)

Question = Literal[
    "meeting",
    "resource",
    "announcement",
    "setup",
    "note",
    "timezone",
    "quiet_hours",
    "time",
    "rules",
]


async def start_conversation(
    context: BotContext,
    user_id: int,
    kind: Question,
    data: dict[str, str | int] | None = None,
    lifetime: timedelta = QUESTION_LIFETIME,
) -> None:
    """Make `kind` the person's open question; drop the others and name lost drafts."""
    dropped = await _drop_drafts(context, user_id, kind)
    if kind != "note":
        await context.services.checkins.forget_note_wait(user_id)
    await context.services.questions.ask(user_id, kind, data, lifetime)
    if not dropped:
        return
    texts = context.services.texts
    member = await context.services.members.get(user_id)
    language = member.language if member else context.services.settings.default_language
    for name in dropped:
        try:
            await context.bot.send_message(user_id, texts.get(language, f"question-dropped-{name}"))
        except TelegramError as error:  # the new question matters more than the notice
            log.info("dropped-question notice not sent: %s", type(error).__name__)


async def _drop_drafts(context: BotContext, user_id: int, kind: Question) -> list[str]:
    """Delete the drafts of every other conversation; return the kinds that had one."""
    services = context.services

    async def drop_setup(person: int) -> bool:
        """The group setup, named only when the person had started it."""
        return await _drop_started_setup(context, person)

    droppers: dict[str, Callable[[int], Awaitable[bool]]] = {
        "meeting": services.meeting_drafts.delete,
        "resource": services.resources.drop_draft,
        "announcement": services.announcements.drop_draft,
        "setup": drop_setup,
    }
    return [name for name, drop in droppers.items() if name != kind and await drop(user_id)]


async def _drop_started_setup(context: BotContext, user_id: int) -> bool:
    """Drop a group setup; True only if the person had started it (not the bot's offer alone)."""
    setup = context.services.group_setup
    draft = await setup.draft(user_id)
    await setup.drop(user_id)
    return draft is not None and draft.step != "intro"
