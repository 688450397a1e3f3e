"""/privacy, /mydata, /forget and /stop, plus the membership feature's own data hooks."""

from __future__ import annotations

import json

from telegram import InputFile, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.buttons.member import Forget
from bot.domain.callback import prefix_matcher
from bot.domain.clock import iso
from bot.services.stats import ACTIVITY_KEEP_DAYS
from bot.wellbeing.model import Choice, WellbeingChoice
from bot.wellbeing.service import wellbeing_service
from handlers.common import (
    acknowledge,
    keyboard,
    label,
    language_of,
    pressed_button,
    reply,
    sender,
)


async def privacy_command(update: Update, context: BotContext) -> None:
    """Say what is stored, why and for how long; for a member taking part in the wellbeing
    check, a button to withdraw its own consent (answers deleted)."""
    settings = context.services.settings
    person = sender(update)
    taking_part = person is not None and await wellbeing_service(context.services).taking_part(
        person.user_id
    )
    language = await language_of(update, context)
    stop = label(context, language, "btn-wellbeing-stop")
    markup = keyboard([[(stop, WellbeingChoice(Choice.STOP).pack())]]) if taking_part else None
    await reply(
        update,
        context,
        "privacy-text",
        markup,
        days=settings.flag_retention_days,
        note_days=settings.checkin_note_retention_days,
        activity_days=ACTIVITY_KEEP_DAYS,
    )


async def mydata_command(update: Update, context: BotContext) -> None:
    """Send everything stored about the member as a JSON file."""
    person = sender(update)
    if person is None or update.effective_chat is None:
        return
    sections = await context.services.privacy.export(person.user_id)
    if not sections:
        await reply(update, context, "mydata-none")
        return
    document = {"user_id": person.user_id, "exported_at": iso(context.services.clock()), **sections}
    payload = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    language = await language_of(update, context)
    await context.bot.send_document(
        update.effective_chat.id,
        InputFile(payload, filename="my-data.json"),
        caption=context.services.texts.get(language, "mydata-caption"),
    )


async def forget_command(update: Update, context: BotContext) -> None:
    """Ask for confirmation before erasing everything about the member."""
    person = sender(update)
    if person is None:
        return
    if not await context.services.privacy.export(person.user_id):
        await reply(update, context, "forget-nothing")
        return
    language = await language_of(update, context)
    texts = context.services.texts
    markup = keyboard(
        [
            [(texts.get(language, "btn-forget-yes"), Forget(True).pack())],
            [(texts.get(language, "btn-no"), Forget(False).pack())],
        ]
    )
    staff = await context.services.staff_departure.roles_of(person.user_id)
    if not staff.any:
        await reply(update, context, "forget-confirm", markup=markup)
        return
    warning = texts.get(
        language,
        "forget-confirm-staff",
        groups=", ".join(staff.groups) or "-",
        group_count=len(staff.groups),
        admin="yes" if staff.admin else "no",
        held=len(staff.held_flags),
    )
    text = "\n\n".join([warning, texts.get(language, "forget-confirm")])
    await context.bot.send_message(person.user_id, text, reply_markup=markup)


async def forget_button(update: Update, context: BotContext) -> None:
    """Erase on yes (every feature's eraser, one transaction); keep on no or anything else."""
    query, pressed = pressed_button(update, Forget)
    person = sender(update)
    await acknowledge(query)
    if person is None:
        return
    language = await language_of(update, context)
    texts = context.services.texts
    if isinstance(pressed, Forget) and pressed.confirm:
        await context.services.privacy.erase(person.user_id)
        if context.user_data is not None:
            context.user_data.clear()
        await query.edit_message_text(texts.get(language, "forget-done"))
    else:
        await query.edit_message_text(texts.get(language, "forget-cancelled"))


async def stop_command(update: Update, context: BotContext) -> None:
    """End every scheduled message to the member."""
    person = sender(update)
    if person is None:
        return
    if not await context.services.members.stop_scheduled(person.user_id):
        await reply(update, context, "need-start")
        return
    await context.services.privacy.stop(person.user_id)
    await reply(update, context, "stop-done")


def register(app: BotApplication) -> None:
    """Add /privacy, /mydata, /forget and /stop."""
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("privacy", privacy_command, filters=private))
    app.add_handler(CommandHandler("mydata", mydata_command, filters=private))
    app.add_handler(CommandHandler("forget", forget_command, filters=private))
    app.add_handler(CommandHandler("stop", stop_command, filters=private))
    app.add_handler(CallbackQueryHandler(forget_button, pattern=prefix_matcher(Forget)))
