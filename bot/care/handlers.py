"""Facilitator care in Telegram: /supervisors, /load, and the debrief and next-day buttons."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.care.debriefs import Asked
from bot.care.model import (
    CARE_BUTTONS,
    AddSupervisor,
    Choice,
    ContactOf,
    DebriefChoice,
    HowAreYou,
    RemoveSupervisor,
)
from bot.care.service import CareService, care_service
from bot.context import BotApplication, BotContext
from bot.domain.callback import parse_any, prefix_matcher
from bot.formats.formatting import reader_for
from handlers.common import (
    acknowledge,
    admin_sender,
    deep_link,
    is_int,
    keyboard,
    label,
    language_of,
    markup_of,
    person_of,
    reader_of,
    reply,
    sender,
)
from handlers.screens import show, toast

log = logging.getLogger(__name__)

ADD, REMOVE = ("add",), ("remove", "rm")


def care_of(context: BotContext) -> CareService:
    """The feature's service."""
    return care_service(context.services)


async def _name(context: BotContext, language: str, user_id: int, known: str | None) -> str:
    """A name to show: the known first name, the member's, else "the person with id N"."""
    if known:
        return known
    person = await care_of(context).person(user_id)
    if person is not None:
        return person.first_name
    return label(context, language, "care-person-id", id=str(user_id))


async def private_command(update: Update, context: BotContext) -> None:
    """/supervisors in private (admins): the list, or add/remove by numeric id."""
    if await admin_sender(update, context) is None:
        return
    args = [arg.lower() for arg in context.args or []]
    if not args:
        await _list(update, context)
        return
    if any(arg.startswith("@") for arg in args[1:]):
        await reply(update, context, "care-sup-username")
        return
    if len(args) != 2 or args[0] not in (*ADD, *REMOVE) or not is_int(args[1]):
        await reply(update, context, "care-sup-usage")
        return
    await _apply(update, context, args[0] in ADD, int(args[1]), None)


async def group_command(update: Update, context: BotContext) -> None:
    """/supervisors add|remove in a group, as a reply to the person's message (admins)."""
    message = update.effective_message
    if message is None or await admin_sender(update, context) is None:
        return
    args = [arg.lower() for arg in context.args or []]
    target = message.reply_to_message
    if len(args) != 1 or args[0] not in (*ADD, *REMOVE) or target is None:
        await reply(update, context, "care-sup-group-usage")
        return
    person = None if target.sender_chat is not None else person_of(target.from_user)
    if person is None:
        await reply(update, context, "care-sup-not-person")
        return
    await _apply(update, context, args[0] in ADD, person.user_id, person.first_name)


async def _apply(
    update: Update, context: BotContext, add: bool, user_id: int, hint: str | None
) -> None:
    """Add or remove a supervisor; tell the admin and the person."""
    admin = sender(update)
    if admin is None:
        return
    care = care_of(context)
    language = await language_of(update, context)
    name = await _name(context, language, user_id, hint)
    if add:
        changed = await care.add_supervisor(user_id, admin.user_id)
        done = "care-sup-added" if changed else "care-sup-already"
    else:
        changed = await care.remove_supervisor(user_id, admin.user_id)
        done = "care-sup-removed" if changed else "care-sup-not-one"
    log.info("supervisor %s: changed=%s", "add" if add else "remove", changed)
    await reply(update, context, done, name=name)
    if not changed:
        return
    told = await _tell(context, user_id, "care-sup-welcome" if add else "care-sup-goodbye")
    if add and not told:
        await reply(
            update,
            context,
            "care-sup-must-open-bot",
            name=name,
            link=deep_link(context.bot.username),
        )


async def _tell(context: BotContext, user_id: int, text_id: str) -> bool:
    """Tell the person in their language; False when they cannot be reached."""
    person = await care_of(context).person(user_id)
    if person is None:
        return False
    try:
        await context.bot.send_message(
            user_id, context.services.texts.get(person.language, text_id)
        )
    except TelegramError as error:
        log.info("supervisor notice not delivered: %s", type(error).__name__)
        return False
    return True


async def _list(update: Update, context: BotContext) -> None:
    """Every supervisor with a button to remove each one, and how to add one."""
    language = await language_of(update, context)
    texts = context.services.texts
    supervisors = await care_of(context).all_supervisors()
    lines = [texts.get(language, "care-sup-header")]
    rows = []
    for found in supervisors:
        name = found.first_name or label(context, language, "care-person-id", id=str(found.user_id))
        lines.append(texts.get(language, "care-sup-person", name=name))
        rows.append(
            [
                (
                    label(context, language, "btn-care-sup-remove", name=name),
                    RemoveSupervisor(found.user_id).pack(),
                )
            ]
        )
    if not supervisors:
        lines.append(texts.get(language, "care-sup-none"))
    lines += ["", texts.get(language, "care-sup-footer")]
    chat = update.effective_chat
    if chat is not None:
        await context.bot.send_message(
            chat.id, "\n".join(lines), reply_markup=keyboard(rows) if rows else None
        )


async def load_command(update: Update, context: BotContext) -> None:
    """/load (admins and supervisors): the facilitators' load in the last 7 and 30 days."""
    person = sender(update)
    chat = update.effective_chat
    if person is None or chat is None:
        return
    care = care_of(context)
    if not await care.may_see_load(person.user_id):
        await reply(update, context, "care-load-refused")
        return
    member = await context.services.members.get(person.user_id)
    language = await language_of(update, context)
    reader = reader_of(member) if member is not None else reader_for(language)
    for page in await care.load_pages(language, reader):
        await context.bot.send_message(chat.id, page)


async def button(update: Update, context: BotContext) -> None:
    """The debrief offer, the next day's answers, "reach them", and removing a supervisor."""
    query = update.callback_query
    person = sender(update)
    if query is None or person is None:
        return
    pressed = parse_any(query.data, *CARE_BUTTONS)
    care = care_of(context)
    language = await language_of(update, context)
    texts = context.services.texts
    if isinstance(pressed, DebriefChoice):
        asked = await care.debrief.choose(person.user_id, pressed.debrief_id, pressed.choice)
        if asked is Asked.GONE:
            await toast(update, context, "care-gone")
            return
        await acknowledge(query)
        if asked is Asked.LATER:
            await show(update, context, texts.get(language, "care-later"), None, True)
            return
        who = "sup" if pressed.choice is Choice.SUPERVISOR else "peer"
        await show(
            update, context, texts.get(language, f"care-asked-{asked.value}-{who}"), None, True
        )
    elif isinstance(pressed, HowAreYou):
        if await care.debrief.debrief_of(person.user_id, pressed.debrief_id) is None:
            await toast(update, context, "care-gone")
            return
        await acknowledge(query)
        answer = care.debrief.answer(language, pressed.debrief_id, pressed.feeling)
        await show(update, context, answer.text, markup_of(answer.keyboard), True)
    elif isinstance(pressed, ContactOf):
        found = await care.debrief.contact(person.user_id, pressed.debrief_id)
        if found is None:
            await toast(update, context, "care-gone")
            return
        await acknowledge(query)
        await reply(update, context, "care-contact", name=found.first_name, id=str(found.user_id))
    elif isinstance(pressed, RemoveSupervisor | AddSupervisor):
        await acknowledge(query)
        if await admin_sender(update, context) is None:
            return
        await _apply(update, context, isinstance(pressed, AddSupervisor), pressed.user_id, None)
    else:
        await toast(update, context, "button-expired")


def register(app: BotApplication) -> None:
    """Add /supervisors, /load and the buttons."""
    app.add_handler(
        CommandHandler("supervisors", private_command, filters=filters.ChatType.PRIVATE)
    )
    app.add_handler(CommandHandler("supervisors", group_command, filters=filters.ChatType.GROUPS))
    app.add_handler(CommandHandler("load", load_command, filters=filters.ChatType.PRIVATE))
    app.add_handler(CallbackQueryHandler(button, pattern=prefix_matcher(*CARE_BUTTONS)))
