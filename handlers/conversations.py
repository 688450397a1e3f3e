"""One question at a time: asking a person something drops every other unfinished question of
theirs, so what they type next goes to the question they were asked last.

The questions: a meeting, a resource, an announcement or a group setup (drafts in the
database), a check-in note (a wait in the database), and a time zone, quiet hours or a
check-in time (waits in the person's `user_data`). A dropped draft the person had started is
named to them in one line; a dropped wait is not (they were only asked, nothing was lost).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Literal

from telegram.error import TelegramError

from bot.context import BotContext

log = logging.getLogger(__name__)

Question = Literal[
    "meeting", "resource", "announcement", "setup", "note", "timezone", "quiet_hours", "time"
]
# Waits kept in the person's user_data; each feature reads and clears its own.
AWAITING_TIMEZONE = "awaiting_timezone"
# The time-zone question's message: its buttons are taken away once a zone is typed (a later
# tap on an old suggestion would silently change the zone back).
TIMEZONE_QUESTION = "timezone_question"
AWAITING_QUIET = "awaiting_quiet_hours"
AWAITING_TIME = "awaiting_checkin_time"
_USER_DATA_WAITS: dict[Question, tuple[str, ...]] = {
    "timezone": (AWAITING_TIMEZONE, TIMEZONE_QUESTION),
    "quiet_hours": (AWAITING_QUIET,),
    "time": (AWAITING_TIME,),
}


async def start_conversation(context: BotContext, user_id: int, kind: Question) -> None:
    """Drop the person's other unfinished questions before `kind` is asked; name lost drafts."""
    dropped = await _drop_drafts(context, user_id, kind)
    if kind != "note":
        await context.services.checkins.forget_note_wait(user_id)
    if context.user_data is not None:
        for other, keys in _USER_DATA_WAITS.items():
            if other != kind:
                for key in keys:
                    context.user_data.pop(key, None)
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
