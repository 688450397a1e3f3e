"""Moderation in Telegram: /warn, /mute, /ban, /hold, /unmute, /unban as a reply in a group,
the typed reason when it was missing, review cards, report-card buttons and appeals."""

from __future__ import annotations

import logging
from datetime import timedelta

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.callback import prefix_matcher
from bot.moderation import telegram as tg
from bot.moderation.acting import (
    drop_buttons,
    first_name,
    lift,
    moderation,
    perform,
    say,
)
from bot.moderation.model import (
    CARD_MUTE,
    DELETE,
    AppealButton,
    CardAction,
    CardButton,
    Command,
    Decision,
    DecisionButton,
    HeldButton,
    Kind,
    PendingAction,
    Review,
    read_command,
    reason_problem,
    refusal,
)
from handlers.common import acknowledge, language_of, person_of, reply, sender
from handlers.conversations import start_conversation
from handlers.screens import toast
from handlers.text_router import add_answer

log = logging.getLogger(__name__)

# A reason asked for and not typed within this time is forgotten (with the words it holds).
ASK_LIFETIME = timedelta(minutes=30)
ACTIONS = {"warn": Kind.WARN, "mute": Kind.MUTE, "ban": Kind.BAN, "hold": Kind.HOLD}
LIFTS = {"unmute": Kind.MUTE, "unban": Kind.BAN}
_CARD_KINDS = {CardAction.WARN: Kind.WARN, CardAction.MUTE: Kind.MUTE, CardAction.HOLD: Kind.HOLD}


async def group_command(update: Update, context: BotContext) -> None:
    """/warn, /mute, /ban, /hold, /unmute, /unban as a reply to a member's message."""
    message, chat, person = update.effective_message, update.effective_chat, sender(update)
    if message is None or chat is None or person is None or not message.text:
        return
    command = message.text.split()[0].lstrip("/").split("@")[0].lower()
    mod = moderation(context)
    if not await mod.actions.may_moderate(chat.id, person.user_id):
        await reply(update, context, "mod-only-facilitators", command=command)
        return
    target = message.reply_to_message
    if target is None:
        needed = "mod-unreply-needed" if command in LIFTS else "mod-reply-needed"
        await reply(update, context, needed, command=command)
        return
    author = person_of(target.from_user) if target.sender_chat is None else None
    author_id = target.from_user.id if target.from_user is not None else 0
    chat_admin = author is not None and await tg.is_chat_admin(context.bot, chat.id, author_id)
    standing = await mod.actions.target(
        chat.id, author_id, is_person=author is not None, chat_admin=chat_admin
    )
    refused = refusal(person.user_id, standing)
    if refused is not None:
        await reply(update, context, refused)
        return
    kind = ACTIONS.get(command) or LIFTS[command]
    if kind is Kind.MUTE and chat.type == ChatType.GROUP:
        await reply(update, context, "mod-mute-supergroup-only", command=command)
        return
    missing = await tg.lacking_right(context.bot, chat.id, kind)
    if missing is not None:
        await _missing(update, context, missing)
        return
    if kind is Kind.HOLD and tg.too_old_to_delete(target.date, message.date):
        await reply(update, context, "mod-hold-too-old")
        return
    name = author.first_name if author is not None else None
    if command in LIFTS:
        basic = chat.type == ChatType.GROUP  # a basic group has no bans to lift
        await lift(context, chat.id, person.user_id, author_id, kind, name, update, call=not basic)
        await tg.delete(context.bot, chat.id, message.message_id)
        return
    read = read_command(kind, list(context.args or []))
    if isinstance(read, str):
        word = (context.args or [""])[0]
        await reply(update, context, read, word=word)
        return
    words = target.text or target.caption or ""  # "" for a sticker, a photo without caption
    if kind is Kind.HOLD and not read.reason:  # hidden at once, never left up while asked why
        read = Command(None, await mod.notices.text(author_id, "mod-hold-reason-default"))
    job = PendingAction(chat.id, author_id, target.message_id, kind, read, name, words)
    if not read.reason:
        await _ask_reason(update, context, person.user_id, job)
    else:
        await perform(context, person.user_id, job, group_reply=update)
    await tg.delete(context.bot, chat.id, message.message_id)


async def _missing(update: Update, context: BotContext, right: str) -> None:
    """Say plainly which admin right the bot lacks."""
    if right == "admin":
        await reply(update, context, "mod-bot-not-admin")
        return
    language = await language_of(update, context)
    name_id = "mod-right-delete" if right == DELETE else "mod-right-restrict"
    name = context.services.texts.get(language, name_id)
    await reply(update, context, "mod-missing-right", right=name)


async def _ask_reason(
    update: Update, context: BotContext, actor_id: int, job: PendingAction
) -> None:
    """Ask the facilitator privately for the reason (in the group when they never opened the
    bot)."""
    await start_conversation(context, actor_id, "moderation", job.data(), ASK_LIFETIME)
    name = await moderation(context).notices.name_of(job.author_id, job.name)
    if not await say(context, actor_id, actor_id, "mod-reason-ask", name=name, kind=job.kind.value):
        await context.services.questions.close(actor_id, "moderation")
        command = job.kind.value
        await reply(update, context, "mod-reason-in-group", command=command)


async def typed_reason(update: Update, context: BotContext, text: str) -> bool:
    """The reason a facilitator was asked for: the action is done now."""
    person = sender(update)
    questions = context.services.questions
    question = await questions.waiting(person.user_id, "moderation") if person else None
    if person is None or question is None:
        return False
    problem = reason_problem(text)
    if problem is not None:
        await reply(update, context, problem)
        return True
    await questions.close(person.user_id, "moderation")
    job = PendingAction.of(question.data, text.strip())
    if job is None or not await moderation(context).actions.may_moderate(
        job.chat_id, person.user_id
    ):
        await reply(update, context, "mod-not-allowed")
        return True
    await perform(context, person.user_id, job)
    return True


async def private_command(update: Update, context: BotContext) -> None:
    """A moderation command in private: it works as a reply in the group."""
    message = update.effective_message
    if message is None or not message.text or sender(update) is None:
        return
    command = message.text.split()[0].lstrip("/").split("@")[0].lower()
    needed = "mod-unreply-needed" if command in LIFTS else "mod-reply-needed"
    await reply(update, context, needed, command=command)


async def held_button(update: Update, context: BotContext) -> None:
    """Release or discard a held message (its group's facilitators and admins)."""
    query, person = update.callback_query, sender(update)
    pressed = HeldButton.parse(query.data if query else None)
    if query is None or person is None or pressed is None:
        await toast(update, context, "button-expired")
        return
    holds = moderation(context).holds
    held = await holds.may_review(pressed.held_id, person.user_id)
    if held is None:
        gone = await holds.held(pressed.held_id) is None
        await toast(update, context, "mod-already-reviewed" if gone else "mod-not-allowed")
        return
    name = await first_name(context, held.chat_id, held.author_id)
    reviewed = await holds.review(held.id, person.user_id, pressed.review, name)
    if reviewed is None:
        await toast(update, context, "mod-already-reviewed")
        return
    await acknowledge(query)
    await drop_buttons(query.message)
    done = "mod-discarded"
    if pressed.review is Review.RELEASE:
        done = "mod-released" if reviewed.held.text else "mod-released-empty"
    await reply(update, context, done, group=reviewed.group)


async def card_button(update: Update, context: BotContext) -> None:
    """A report card's Warn / Mute 1h / Hold: checked like the command, then the reason."""
    query, person = update.callback_query, sender(update)
    pressed = CardButton.parse(query.data if query else None)
    if query is None or person is None or pressed is None:
        await toast(update, context, "button-expired")
        return
    mod = moderation(context)
    if not await mod.actions.may_moderate(pressed.chat_id, person.user_id):
        await toast(update, context, "mod-not-allowed")
        return
    chat_admin = await tg.is_chat_admin(context.bot, pressed.chat_id, pressed.author_id)
    standing = await mod.actions.target(
        pressed.chat_id, pressed.author_id, is_person=True, chat_admin=chat_admin
    )
    kind = _CARD_KINDS[pressed.action]
    await acknowledge(query)
    refused = refusal(person.user_id, standing)
    if refused is not None:
        await reply(update, context, refused)
        return
    missing = await tg.lacking_right(context.bot, pressed.chat_id, kind)
    if missing is not None:
        await _missing(update, context, missing)
        return
    length = CARD_MUTE if kind is Kind.MUTE else None
    name = await first_name(context, pressed.chat_id, pressed.author_id)
    job = PendingAction(
        pressed.chat_id, pressed.author_id, pressed.message_id, kind, Command(length, ""), name, ""
    )
    await _ask_reason(update, context, person.user_id, job)


async def appeal_button(update: Update, context: BotContext) -> None:
    """The member's "Appeal": they are asked for a few words."""
    query, person = update.callback_query, sender(update)
    pressed = AppealButton.parse(query.data if query else None)
    if query is None or person is None or pressed is None:
        await toast(update, context, "button-expired")
        return
    mod = moderation(context)
    found = await mod.appeals.appealable(pressed.action_id, person.user_id)
    if isinstance(found, str):
        await toast(update, context, found)
        return
    await acknowledge(query)
    data: dict[str, str | int] = {"action_id": found.id}
    await start_conversation(context, person.user_id, "appeal", data, ASK_LIFETIME)
    group = await mod.notices.group_title(found.chat_id)
    await reply(update, context, "mod-appeal-ask", group=group)


async def typed_appeal(update: Update, context: BotContext, text: str) -> bool:
    """The member's appeal: to every admin."""
    person = sender(update)
    questions = context.services.questions
    question = await questions.waiting(person.user_id, "appeal") if person else None
    action_id = question.data.get("action_id") if question is not None else None
    if person is None or not isinstance(action_id, int):
        return False
    mod = moderation(context)
    problem = await mod.appeals.appeal(action_id, person.user_id, text)
    if problem in ("mod-appeal-too-short", "mod-appeal-too-long"):
        await reply(update, context, problem or "")
        return True
    await questions.close(person.user_id, "appeal")
    if problem is not None:
        found = await mod.appeals.action(action_id)
        group = await mod.notices.group_title(found.chat_id) if found else ""
        await reply(update, context, problem, group=group)
        return True
    action = await mod.appeals.action(action_id)
    group = await mod.notices.group_title(action.chat_id) if action else ""
    await reply(update, context, "mod-appeal-sent", group=group)
    return True


async def decision_button(update: Update, context: BotContext) -> None:
    """An admin's Keep it / Lift it on an appeal."""
    query, person = update.callback_query, sender(update)
    pressed = DecisionButton.parse(query.data if query else None)
    if query is None or person is None or pressed is None:
        await toast(update, context, "button-expired")
        return
    mod = moderation(context)
    decided = await mod.appeals.decide(pressed.action_id, person.user_id, pressed.decision)
    if isinstance(decided, str):
        await toast(update, context, decided)
        return
    await acknowledge(query)
    await drop_buttons(query.message)
    name = await mod.notices.name_of(decided.user_id)
    lifted = pressed.decision is Decision.LIFT
    await reply(update, context, "mod-appeal-lifted" if lifted else "mod-appeal-upheld", name=name)


def register(app: BotApplication) -> None:
    """Add the group commands, their private answers, the buttons and the typed answers."""
    commands = [*ACTIONS, *LIFTS]
    app.add_handler(CommandHandler(commands, group_command, filters=filters.ChatType.GROUPS))
    app.add_handler(CommandHandler(commands, private_command, filters=filters.ChatType.PRIVATE))
    app.add_handler(CallbackQueryHandler(held_button, pattern=prefix_matcher(HeldButton)))
    app.add_handler(CallbackQueryHandler(card_button, pattern=prefix_matcher(CardButton)))
    app.add_handler(CallbackQueryHandler(appeal_button, pattern=prefix_matcher(AppealButton)))
    app.add_handler(CallbackQueryHandler(decision_button, pattern=prefix_matcher(DecisionButton)))
    add_answer(app, "moderation", typed_reason)
    add_answer(app, "appeal", typed_appeal)
