"""/rules in Telegram: a group's agreement in the group, and in private with edit buttons."""

from __future__ import annotations

import logging
from datetime import timedelta

from telegram import InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.callback import prefix_matcher
from bot.domain.language import SUPPORTED_LANGUAGES
from bot.domain.models import Group
from bot.formats.formatting import Reader, language_name, own_language_name
from bot.rules.model import MAX_AGREEMENT, MIN_AGREEMENT, Action, RulesButton, RulesLanguage
from bot.rules.pinning import post_and_pin
from bot.rules.service import GroupRules, RulesService, rules_service
from handlers.common import acknowledge, keyboard, language_of, reply, sender
from handlers.conversations import start_conversation
from handlers.screens import show, toast
from handlers.text_router import add_answer

log = logging.getLogger(__name__)

# A facilitator who tapped "Write it" and walked away: a text hours later is not the agreement.
ASK_LIFETIME = timedelta(minutes=30)


def rules_of(context: BotContext) -> RulesService:
    """The feature's service."""
    return rules_service(context.services)


async def group_command(update: Update, context: BotContext) -> None:
    """/rules in a group: post its agreement in the group's language."""
    chat = update.effective_chat
    if chat is None:
        return
    group = await context.services.groups.get(chat.id)
    language = group.language if group else context.services.settings.default_language
    agreement = await rules_of(context).agreement(chat.id)
    texts = context.services.texts
    if agreement is None:
        text = texts.get(language, "rules-none-group")
    else:
        text = texts.get(language, "rules-shown", group=chat.title or "", text=agreement.text)
    await context.bot.send_message(chat.id, text)


async def private_command(update: Update, context: BotContext) -> None:
    """/rules in private: the agreement of the person's group, or a choice of their groups."""
    person = sender(update)
    if person is None:
        return
    found = await rules_of(context).groups_of(person.user_id)
    if not found:
        await reply(update, context, "rules-no-groups")
        return
    if len(found) == 1:
        text, markup = await _card(update, context, found[0])
        await show(update, context, text, markup, edit=False)
        return
    rows = [
        [(entry.group.title, RulesButton(Action.SHOW, entry.group.chat_id).pack())]
        for entry in found
    ]
    await reply(update, context, "rules-pick", keyboard(rows))


async def _card(
    update: Update, context: BotContext, entry: GroupRules
) -> tuple[str, InlineKeyboardMarkup | None]:
    """One group's agreement, with Write/Change and Remove for its facilitators."""
    language = await language_of(update, context)
    texts = context.services.texts
    title = entry.group.title
    if entry.agreement is not None:
        text = texts.get(language, "rules-shown", group=title, text=entry.agreement.text)
    else:
        none_id = "rules-none-staff" if entry.editable else "rules-none"
        text = texts.get(language, none_id, group=title)
    if not entry.editable:
        return text, None
    write_id = "btn-rules-change" if entry.agreement is not None else "btn-rules-write"
    row = [(texts.get(language, write_id), RulesButton(Action.EDIT, entry.group.chat_id).pack())]
    rows = [row]
    if entry.agreement is not None:
        clear = RulesButton(Action.CLEAR, entry.group.chat_id).pack()
        row.append((texts.get(language, "btn-rules-clear"), clear))
        other = RulesLanguage(entry.group.chat_id).pack()
        rows.append([(texts.get(language, "btn-rules-languages"), other)])
    return text, keyboard(rows)


async def button(update: Update, context: BotContext) -> None:
    """rl:s|e|x:<chat id>: show a group's agreement, ask for a new one, or remove it."""
    query = update.callback_query
    person = sender(update)
    pressed = RulesButton.parse(query.data if query else None)
    if query is None or person is None:
        return
    rules = rules_of(context)
    group = await context.services.groups.get(pressed.chat_id) if pressed else None
    if pressed is None or group is None:
        await toast(update, context, "button-expired")
        return
    if not await rules.may_read(person.user_id, group.chat_id):
        await toast(update, context, "rules-not-yours")
        return
    if pressed.action is Action.SHOW:
        await acknowledge(query)
        await _show(update, context, rules, person.user_id, group)
        return
    if not await rules.may_edit(person.user_id, group.chat_id):
        await toast(update, context, "rules-not-allowed")
        return
    await acknowledge(query)
    if pressed.action is Action.EDIT:
        data: dict[str, str | int] = {"chat_id": group.chat_id}
        await start_conversation(context, person.user_id, "rules", data, ASK_LIFETIME)
        await reply(update, context, "rules-ask", group=group.title, max=MAX_AGREEMENT)
        return
    await rules.clear(person.user_id, group.chat_id)
    await reply(update, context, "rules-cleared", group=group.title)
    await _show(update, context, rules, person.user_id, group, edit=True)


async def _show(
    update: Update,
    context: BotContext,
    rules: RulesService,
    user_id: int,
    group: Group,
    edit: bool = False,
) -> None:
    """Show one group's card: in place of the pressed message, or as a new one."""
    entry = GroupRules(
        group, await rules.agreement(group.chat_id), await rules.may_edit(user_id, group.chat_id)
    )
    text, markup = await _card(update, context, entry)
    query = update.callback_query
    if query is not None and query.message is not None and not edit:
        try:
            await query.edit_message_text(text, reply_markup=markup)
            return
        except TelegramError as error:  # too old to edit: send it anew
            log.info("rules card not edited: %s", type(error).__name__)
    await show(update, context, text, markup, edit=False)


async def typed_agreement(update: Update, context: BotContext, text: str) -> bool:
    """The answer to "Write it": the group's new agreement."""
    person = sender(update)
    questions = context.services.questions
    question = await questions.waiting(person.user_id, "rules") if person else None
    chat_id = question.data.get("chat_id") if question is not None else None
    if person is None or not isinstance(chat_id, int):
        return False
    rules = rules_of(context)
    language = question.data.get("language") if question is not None else None
    if isinstance(language, str):
        problem = await rules.save_translation(person.user_id, chat_id, language, text)
    else:
        problem = await rules.save(person.user_id, chat_id, text)
    if problem == "rules-not-allowed":
        await questions.close(person.user_id, "rules")
    if problem is not None:
        await reply(
            update, context, problem, min=MIN_AGREEMENT, max=MAX_AGREEMENT, length=len(text)
        )
        return True
    await questions.close(person.user_id, "rules")
    group = await context.services.groups.get(chat_id)
    title = group.title if group else ""
    await reply(update, context, "rules-saved", group=title)
    if group is not None and not isinstance(language, str):
        pinned = await post_and_pin(context, chat_id)
        await reply(update, context, "rules-pinned" if pinned else "rules-not-pinned")
    if group is not None:
        await _show(update, context, rules, person.user_id, group, edit=True)
    return True


async def language_button(update: Update, context: BotContext) -> None:
    """rll:<chat id>[:<language>]: pick another language, then type the agreement in it."""
    query = update.callback_query
    person = sender(update)
    pressed = RulesLanguage.parse(query.data if query else None)
    if query is None or person is None:
        return
    await acknowledge(query)
    rules = rules_of(context)
    group = await context.services.groups.get(pressed.chat_id) if pressed else None
    if pressed is None or group is None:
        await reply(update, context, "button-expired")
        return
    if not await rules.may_edit(person.user_id, group.chat_id):
        await reply(update, context, "rules-not-allowed")
        return
    chosen = pressed.language
    if chosen is None or chosen not in SUPPORTED_LANGUAGES or chosen == group.language:
        others = [code for code in SUPPORTED_LANGUAGES if code != group.language]
        rows = [
            [(own_language_name(code), RulesLanguage(group.chat_id, code).pack())]
            for code in others
        ]
        await reply(update, context, "rules-pick-language", keyboard(rows), group=group.title)
        return
    data: dict[str, str | int] = {"chat_id": group.chat_id, "language": chosen}
    await start_conversation(context, person.user_id, "rules", data, ASK_LIFETIME)
    name = language_name(chosen, Reader(await language_of(update, context)))
    await reply(update, context, "rules-ask-language", group=group.title, language=name)


def register(app: BotApplication) -> None:
    """Add /rules in groups and in private, its buttons, and the typed agreement."""
    app.add_handler(CommandHandler("rules", group_command, filters=filters.ChatType.GROUPS))
    app.add_handler(CommandHandler("rules", private_command, filters=filters.ChatType.PRIVATE))
    app.add_handler(CallbackQueryHandler(button, pattern=prefix_matcher(RulesButton)))
    app.add_handler(CallbackQueryHandler(language_button, pattern=prefix_matcher(RulesLanguage)))
    add_answer(app, "rules", typed_agreement)
