"""Feedback in Telegram: the two questions' buttons and "Skip", answered in place."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler

from bot.context import BotApplication, BotContext
from bot.domain.callback import prefix_matcher
from bot.feedback.model import FEEDBACK_BUTTONS, SCORES, FeltHeard, FeltSafe, SkipFeedback
from bot.feedback.service import FeedbackService, feedback_service
from handlers.common import acknowledge, keyboard, language_of, sender
from handlers.screens import show, toast


def feedback_of(context: BotContext) -> FeedbackService:
    """The feature's service."""
    return feedback_service(context.services)


async def button(update: Update, context: BotContext) -> None:
    """fb:s|h|x: the felt-safe score, then the felt-heard score (stored), or "Skip"."""
    query = update.callback_query
    person = sender(update)
    if query is None or person is None:
        return
    pressed = next(
        (found for kind in FEEDBACK_BUTTONS if (found := kind.parse(query.data)) is not None),
        None,
    )
    if pressed is None:
        await toast(update, context, "button-expired")
        return
    feedback = feedback_of(context)
    user_id, meeting_id, on = person.user_id, pressed.meeting_id, pressed.on
    language = await language_of(update, context)
    texts = context.services.texts
    if isinstance(pressed, FeltSafe):
        if not await feedback.was_asked(user_id, meeting_id, on):
            await toast(update, context, "feedback-closed")
            return
        await acknowledge(query)
        rows = [
            [
                (str(score), FeltHeard(meeting_id, on, pressed.safe, score).pack())
                for score in SCORES
            ],
            [(texts.get(language, "btn-feedback-skip"), SkipFeedback(meeting_id, on).pack())],
        ]
        await show(update, context, texts.get(language, "feedback-heard"), keyboard(rows), True)
        return
    scores = (pressed.safe, pressed.heard) if isinstance(pressed, FeltHeard) else None
    if not await feedback.answer(user_id, meeting_id, on, scores):
        await toast(update, context, "feedback-closed")
        return
    await acknowledge(query)
    done = "feedback-thanks" if scores is not None else "feedback-skipped"
    await show(update, context, texts.get(language, done), None, True)


def register(app: BotApplication) -> None:
    """Add the feedback buttons."""
    app.add_handler(CallbackQueryHandler(button, pattern=prefix_matcher(*FEEDBACK_BUTTONS)))
