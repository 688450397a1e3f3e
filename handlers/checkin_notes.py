"""A check-in's note: asked for with 'Add a note', or offered for text typed right after.

Right after a mood is saved, a person with no other open question gets the open question
`note_offer` for NOTE_OFFER_WINDOW. Text they then type that no feature understands (not a
meeting question, not a search) is held in that question and offered as the day's note with
one tap; no tap within the window, and it is gone (the question lapses, and the hourly sweep
deletes it). `/forget` deletes it with the question. The crisis check reads the text first: a
crisis message is flagged, never held (handlers.crisis closes the question). Notes are never
logged.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from telegram import Update

from bot.context import BotApplication, BotContext
from bot.domain.buttons.checkins import AddNote, DropNote, KeepNote
from bot.domain.models import Member
from bot.services.checkins import NOTE_LIMIT, NOTE_OFFER_WINDOW
from handlers.checkin_words import text
from handlers.common import keyboard, label, language_of, reply, sender
from handlers.conversations import start_conversation
from handlers.screens import acknowledge_query, show, toast
from handlers.text_router import add_answer

OFFER = "note_offer"


async def offer_after_checkin(context: BotContext, user_id: int, day: date) -> None:
    """After a saved mood: wait a little for typed text to offer as the note (when the person
    has no other open question, which it would replace)."""
    questions = context.services.questions
    if await questions.current(user_id) is None:
        await questions.ask(user_id, OFFER, {"day": day.isoformat()}, NOTE_OFFER_WINDOW)


async def note_asked(update: Update, context: BotContext, member: Member, pressed: AddNote) -> bool:
    """Wait for a typed note on this answered check-in (the member's open question)."""
    day = pressed.day
    window = await context.services.checkins.note_window(member.user_id, day)
    if window is None:
        return False  # a stale button drops nothing the person had started
    await start_conversation(context, member.user_id, "note", {"day": day.isoformat()}, window)
    await acknowledge_query(update)
    await show(update, context, text(context, member.language, "checkin-note-ask"), None, False)
    return True


async def typed_note(update: Update, context: BotContext, typed: str) -> bool:
    """After 'Add a note', keep the next typed text as the note (never logged)."""
    waiting = await _waiting(update, context, "note", typed)
    if waiting is None:
        return False
    user_id, day, _data = waiting
    services = context.services
    saved = day is not None and await services.checkins.take_note(user_id, day, typed.strip())
    await services.questions.close(user_id, "note")
    if not saved:
        return False
    await reply(update, context, "checkin-note-saved")
    return True


async def typed_after_checkin(update: Update, context: BotContext, typed: str) -> bool:
    """Text right after a check-in that nothing else took: hold it and offer it as the note."""
    waiting = await _waiting(update, context, OFFER, typed)
    if waiting is None:
        return False
    user_id, day, asked = waiting
    if day is None:
        return False
    services = context.services
    if await services.checkins.note_window(user_id, day) is None:
        await services.questions.close(user_id, OFFER)  # the day closed meanwhile
        return False
    before = asked.get("held")
    held = f"{before}\n{typed.strip()}" if isinstance(before, str) else typed.strip()
    data = {"day": day.isoformat(), "held": held[:NOTE_LIMIT]}
    await services.questions.ask(user_id, OFFER, data, NOTE_OFFER_WINDOW)
    language = await language_of(update, context)
    rows = [
        [(label(context, language, "btn-checkin-keep-note"), KeepNote(day).pack())],
        [(label(context, language, "btn-checkin-drop-note"), DropNote(day).pack())],
    ]
    await reply(update, context, "checkin-note-offer", markup=keyboard(rows))
    return True


async def note_kept(update: Update, context: BotContext, member: Member, pressed: KeepNote) -> bool:
    """'Keep as today's note': store the held text as the check-in's note."""
    day = pressed.day
    services = context.services
    question = await services.questions.waiting(member.user_id, OFFER)
    held = question.data.get("held") if question is not None else None
    if question is None or not isinstance(held, str) or _day_of(question.data.get("day")) != day:
        return False  # lapsed, answered, or forged: nothing is held any more
    saved = await services.checkins.take_note(member.user_id, day, held)
    await services.questions.close(member.user_id, OFFER)
    if not saved:
        return False
    await acknowledge_query(update)
    await show(update, context, text(context, member.language, "checkin-note-saved"), None, True)
    return True


async def note_dropped(
    update: Update, context: BotContext, member: Member, pressed: DropNote
) -> bool:
    """'No, thanks': forget the held text now (whichever day's offer was pressed)."""
    del pressed
    question = await context.services.questions.waiting(member.user_id, OFFER)
    if question is not None:
        await context.services.questions.close(member.user_id, OFFER)
    await toast(update, context, "checkin-note-not-kept")
    words = text(context, member.language, "checkin-note-not-kept")
    await show(update, context, words, None, True)
    return True


async def _waiting(
    update: Update, context: BotContext, kind: str, typed: str
) -> tuple[int, date | None, dict[str, Any]] | None:
    """The sender's open question of this kind for non-blank text: their id, the check-in day
    it names (None if it names none) and its data; None when there is no such question."""
    person = sender(update)
    if person is None or not typed.strip():
        return None
    question = await context.services.questions.waiting(person.user_id, kind)
    if question is None:
        return None
    return person.user_id, _day_of(question.data.get("day")), question.data


def _day_of(value: object) -> date | None:
    """The check-in date a note question names, if it names one."""
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def add_note_answers(app: BotApplication) -> None:
    """The typed note after 'Add a note', and the text offered as one after a check-in."""
    add_answer(app, "note", typed_note)
    add_answer(app, OFFER, typed_after_checkin, after_interpreters=True)
