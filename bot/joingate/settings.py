"""/gate and /invite in private, for a group's facilitators and the bot's admins: join requests
on or off (the bot makes the invite link), the question's wording, read-only minutes, and a
personal invite link for one person that skips the gate."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.callback import prefix_matcher
from bot.domain.models import Group
from bot.joingate.model import (
    MAX_QUESTION,
    READONLY_CHOICES,
    GateReadOnly,
    GateSetting,
    InviteFor,
    Setting,
    link_name,
)
from bot.joingate.service import WORDING_KIND, WORDING_LIFETIME, JoinGateService, joingate_service
from handlers.common import acknowledge, keyboard, label, language_of, reply, sender
from handlers.conversations import start_conversation
from handlers.screens import show
from handlers.text_router import add_answer

log = logging.getLogger(__name__)


def gate_of(context: BotContext) -> JoinGateService:
    """The feature's service."""
    return joingate_service(context.services)


async def _card(
    context: BotContext, language: str, group: Group
) -> tuple[str, InlineKeyboardMarkup]:
    """The group's gate as its staff see it, with the buttons that change it."""
    gate = await gate_of(context).settings(group.chat_id)
    texts = context.services.texts
    chat = group.chat_id
    question = gate.question or texts.get(language, "gate-question-default")
    text = texts.get(
        language,
        "gate-card",
        group=group.title,
        on="yes" if gate.requests_on else "no",
        question=question,
        minutes=gate.readonly_minutes,
        raid="yes" if gate.in_raid else "no",
        link=gate.invite_link or "-",
    )
    toggle = Setting.OFF if gate.requests_on else Setting.ON
    toggle_id = "btn-gate-off" if gate.requests_on else "btn-gate-on"
    rows = [
        [(label(context, language, toggle_id), GateSetting(toggle, chat).pack())],
        [(label(context, language, "btn-gate-word"), GateSetting(Setting.WORD, chat).pack())],
    ]
    if gate.question:
        default = label(context, language, "btn-gate-default-wording")
        rows.append([(default, GateSetting(Setting.DEFAULT_WORDING, chat).pack())])
    choices = [
        (
            label(context, language, "btn-gate-readonly", minutes=minutes),
            GateReadOnly(chat, minutes),
        )
        for minutes in READONLY_CHOICES
    ]
    rows.append([(shown, button.pack()) for shown, button in choices])
    rows.append([(label(context, language, "btn-gate-invite"), InviteFor(chat).pack())])
    return text, keyboard(rows)


async def gate_command(update: Update, context: BotContext) -> None:
    """/gate: the gate of the person's group, or a choice of the groups they look after."""
    person = sender(update)
    if person is None:
        return
    groups = await gate_of(context).groups_for(person.user_id)
    if not groups:
        await reply(update, context, "gate-no-groups")
        return
    if len(groups) == 1:
        text, markup = await _card(context, await language_of(update, context), groups[0])
        await show(update, context, text, markup, edit=False)
        return
    rows = [[(g.title, GateSetting(Setting.SHOW, g.chat_id).pack())] for g in groups[:40]]
    await reply(update, context, "gate-pick", keyboard(rows))


async def invite_command(update: Update, context: BotContext) -> None:
    """/invite: a personal link for one person (no join request), or a choice of groups."""
    person = sender(update)
    if person is None:
        return
    groups = await gate_of(context).groups_for(person.user_id)
    if not groups:
        await reply(update, context, "gate-no-groups")
    elif len(groups) == 1:
        await _invite(update, context, groups[0])
    else:
        rows = [[(g.title, InviteFor(g.chat_id).pack())] for g in groups[:40]]
        await reply(update, context, "gate-invite-pick", keyboard(rows))


async def _invite(update: Update, context: BotContext, group: Group) -> None:
    """Make a named link for one person, without a join request, and hand it over."""
    person = sender(update)
    assert person is not None
    language = await language_of(update, context)
    name = link_name(label(context, language, "gate-invite-name", name=person.first_name))
    try:
        link = await context.bot.create_chat_invite_link(group.chat_id, name=name, member_limit=1)
    except TelegramError as error:
        log.info("personal invite link not made: %s", type(error).__name__)
        await reply(update, context, "gate-link-failed", group=group.title)
        return
    await gate_of(context).invited(person.user_id, group.chat_id)
    await reply(update, context, "gate-invite-made", group=group.title, link=link.invite_link)


async def setting_button(update: Update, context: BotContext) -> None:
    """A /gate card button: checked again against the person's role, never trusted."""
    query = update.callback_query
    person = sender(update)
    data = query.data if query else None
    pressed = GateSetting.parse(data) or GateReadOnly.parse(data) or InviteFor.parse(data)
    if query is None or person is None:
        return
    await acknowledge(query)
    gate = gate_of(context)
    group = await context.services.groups.get(pressed.chat_id) if pressed else None
    if pressed is None or group is None:
        await reply(update, context, "button-expired")
        return
    if not await gate.may_manage(person.user_id, group.chat_id):
        await reply(update, context, "gate-not-allowed")
        return
    language = await language_of(update, context)
    if isinstance(pressed, InviteFor):
        await _invite(update, context, group)
        return
    if isinstance(pressed, GateReadOnly):
        await gate.set_readonly(person.user_id, group.chat_id, pressed.minutes)
    elif pressed.setting is Setting.WORD:
        data_of: dict[str, str | int] = {"chat_id": group.chat_id}
        await start_conversation(context, person.user_id, WORDING_KIND, data_of, WORDING_LIFETIME)
        await reply(update, context, "gate-word-ask", group=group.title, max=MAX_QUESTION)
        return
    elif pressed.setting is Setting.DEFAULT_WORDING:
        await gate.set_question(person.user_id, group.chat_id, None)
    elif pressed.setting in (Setting.ON, Setting.OFF):
        await _switch(update, context, group, pressed.setting is Setting.ON)
    text, markup = await _card(context, language, group)
    # A new card when switched, or opened from elsewhere (the setup summary stays as it was).
    fresh = (Setting.ON, Setting.OFF, Setting.SHOW)
    new_card = isinstance(pressed, GateSetting) and pressed.setting in fresh
    await show(update, context, text, markup, edit=not new_card)


async def _switch(update: Update, context: BotContext, group: Group, on: bool) -> None:
    """Join requests on: a new link that asks to join; off: an open link, the gate's revoked."""
    person = sender(update)
    assert person is not None
    gate = gate_of(context)
    before = await gate.settings(group.chat_id)
    language = await language_of(update, context)
    name = link_name(label(context, language, "gate-link-name" if on else "gate-open-link-name"))
    try:
        made = await context.bot.create_chat_invite_link(
            group.chat_id, name=name, creates_join_request=on
        )
    except TelegramError as error:
        log.info("gate link not made: %s", type(error).__name__)
        await reply(update, context, "gate-link-failed", group=group.title)
        return
    if before.invite_link:
        await revoke(context, group.chat_id, before.invite_link)
    await gate.set_requests(person.user_id, group.chat_id, on, made.invite_link)
    message_id = "gate-on" if on else "gate-off"
    await reply(update, context, message_id, group=group.title, link=made.invite_link)


async def revoke(context: BotContext, chat_id: int, link: str) -> None:
    """Revoke one of the bot's invite links (already gone is fine)."""
    try:
        await context.bot.revoke_chat_invite_link(chat_id, link)
    except TelegramError as error:
        log.info("invite link not revoked: %s", type(error).__name__)


async def typed_wording(update: Update, context: BotContext, text: str) -> bool:
    """The facilitator's wording of the gate's question."""
    person = sender(update)
    questions = context.services.questions
    question = await questions.waiting(person.user_id, WORDING_KIND) if person else None
    chat_id = question.data.get("chat_id") if question is not None else None
    if person is None or not isinstance(chat_id, int):
        return False
    problem = await gate_of(context).set_question(person.user_id, chat_id, text)
    if problem is not None:
        if problem == "gate-not-allowed":
            await questions.close(person.user_id, WORDING_KIND)
        await reply(update, context, problem, max=MAX_QUESTION, length=len(text))
        return True
    await questions.close(person.user_id, WORDING_KIND)
    group = await context.services.groups.get(chat_id)
    if group is not None:
        await reply(update, context, "gate-word-saved", group=group.title)
        language = await language_of(update, context)
        card, markup = await _card(context, language, group)
        await show(update, context, card, markup, edit=False)
    return True


def register(app: BotApplication) -> None:
    """Add /gate and /invite in private, the card's buttons and the typed wording."""
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("gate", gate_command, filters=private))
    app.add_handler(CommandHandler("invite", invite_command, filters=private))
    kinds = prefix_matcher(GateSetting, GateReadOnly, InviteFor)
    app.add_handler(CallbackQueryHandler(setting_button, pattern=kinds))
    add_answer(app, WORDING_KIND, typed_wording)
