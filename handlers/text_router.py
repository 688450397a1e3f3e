"""Plain private text: first the person's open question, then the features' free-text
interpreters in order, then the fallback.

A feature that asks for typed text registers the answer for its question's kind
(`add_answer`); one that understands text nobody asked for ("when is the next meeting?")
registers an interpreter (`add_text_interpreter`). A question that only waits for text nobody
else understands (the note offered right after a check-in) registers its answer with
`after_interpreters=True`: it gets the text only when no interpreter took it, just before the
fallback. The crisis check has seen the text first.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update

from bot.context import BotApplication, BotContext
from handlers.common import sender

TextInterpreter = Callable[[Update, BotContext, str], Awaitable[bool]]
_KEY = "text_interpreters"
_ANSWERS = "question_answers"
_LATE_ANSWERS = "question_answers_late"


def add_text_interpreter(app: BotApplication, interpreter: TextInterpreter) -> None:
    """Register a feature's interpreter of text nobody asked for (True when it handled the
    text); interpreters are offered the text in the order they were registered."""
    app.bot_data.setdefault(_KEY, []).append(interpreter)


def add_answer(
    app: BotApplication, kind: str, answer: TextInterpreter, after_interpreters: bool = False
) -> None:
    """Register what takes the typed answer to a question of `kind`; one per kind.

    The answer returns False for text that is no answer (it is then offered to the
    interpreters); it closes the question when it is done with it. With `after_interpreters`
    it is offered only the text no interpreter took.
    """
    early: dict[str, TextInterpreter] = app.bot_data.setdefault(_ANSWERS, {})
    late: dict[str, TextInterpreter] = app.bot_data.setdefault(_LATE_ANSWERS, {})
    if kind in early or kind in late:
        raise ValueError(f"question kind {kind!r} already has an answer")
    (late if after_interpreters else early)[kind] = answer


async def interpret(update: Update, context: BotContext, text: str) -> bool:
    """Offer the text to the open question's answer, then to each interpreter, then to a late
    answer; True if taken."""
    if await _answer(update, context, text, _ANSWERS):
        return True
    for interpreter in context.bot_data.get(_KEY, []):
        if await interpreter(update, context, text):
            return True
    return await _answer(update, context, text, _LATE_ANSWERS)


async def _answer(update: Update, context: BotContext, text: str, registry: str) -> bool:
    """Give the text to the answer of the person's open question, if there is one."""
    person = sender(update)
    if person is None:
        return False
    answers: dict[str, TextInterpreter] = context.bot_data.get(registry, {})
    if not answers:
        return False
    question = await context.services.questions.current(person.user_id)
    answer = answers.get(question.kind) if question is not None else None
    return answer is not None and await answer(update, context, text)
