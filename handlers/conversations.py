"""One question at a time: asking a person something replaces whatever else they were asked,
so what they type next goes to the question they were asked last.

The open question is one row per person (`questions` table, `bot/services/questions.py`):
asking replaces it, and typed text goes to its answer first (`handlers/text_router.py`). The
drafts of a meeting, a resource, an announcement or a group setup are open questions too
(saved at each step), and so is the wait for a check-in note. A draft the person had started
and that a new question replaces is named to them in one line; a replaced plain question is
not (they were only asked, nothing was lost).
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any, Literal

from telegram.error import TelegramError

from bot.context import BotContext
from bot.domain.questions import QUESTION_LIFETIME, OpenQuestion

log = logging.getLogger(__name__)

Question = Literal[
    "meeting",
    "resource",
    "announcement",
    "setup",
    "note",
    "note_offer",
    "timezone",
    "quiet_hours",
    "time",
    "rules",
    "moderation",
    "appeal",
    "gate_wording",
    "worried",
    "break",
]
# Questions of several answers: replacing one the person had started loses what they typed.
DRAFTS = frozenset({"meeting", "resource", "announcement", "setup"})


async def start_conversation(
    context: BotContext,
    user_id: int,
    kind: Question,
    data: dict[str, Any] | None = None,
    lifetime: timedelta = QUESTION_LIFETIME,
) -> None:
    """Make `kind` the person's open question; name a started draft it replaced."""
    replaced = await context.services.questions.ask(user_id, kind, data, lifetime)
    if replaced is None or replaced.kind == kind or not _started_draft(replaced):
        return
    texts = context.services.texts
    member = await context.services.members.get(user_id)
    language = member.language if member else context.services.settings.default_language
    try:
        await context.bot.send_message(
            user_id, texts.get(language, f"question-dropped-{replaced.kind}")
        )
    except TelegramError as error:  # the new question matters more than the notice
        log.info("dropped-question notice not sent: %s", type(error).__name__)


def _started_draft(question: OpenQuestion) -> bool:
    """A draft with answers in it (a group setup only offered, at its intro, has none)."""
    return question.kind in DRAFTS and not (question.kind == "setup" and question.step == "intro")
