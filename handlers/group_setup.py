"""Guided group setup in private: offered when the bot is added, /setup, and setup links.

Every button and typed answer asks again whether the person may set the group up (a bot admin,
or the group's creator or an administrator on Telegram); callback data is never trusted.
"""

from __future__ import annotations

import logging
from typing import Literal

from telegram import Update
from telegram.error import BadRequest, Forbidden
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.buttons.group_setup import (
    SETUP_BUTTONS,
    KeepName,
    PickLanguage,
    PickPost,
    PickZone,
    SetupLater,
    StartSetup,
    StopSetup,
    TypeZone,
)
from bot.domain.callback import CallbackData, prefix_matcher
from bot.domain.group_setup import (
    TYPED_STEPS,
    Checked,
    SetupDraft,
    check_language,
    check_name,
    check_timezone,
    takes_text,
)
from bot.domain.language import SUPPORTED_LANGUAGES
from bot.domain.models import Group, Person
from bot.formats.timezones import match_timezone, resolve_timezone
from bot.joingate.model import GateSetting, Setting
from bot.services.group_setup import ChatAdminCheck
from handlers import status
from handlers.common import acknowledge, keyboard, language_of, pressed_button, reply, sender
from handlers.conversations import start_conversation
from handlers.group_setup_steps import ask, summary
from handlers.text_router import add_answer

log = logging.getLogger(__name__)

# How much of a typed answer the bot repeats when it cannot use it.
ECHO_LIMIT = 80

SETUP_PREFIX = "setup-"
Offer = Literal["none", "sent", "link"]
# Which step each button answers (StartSetup starts from anywhere).
_BUTTON_STEPS: dict[type[CallbackData], str] = {
    KeepName: "name",
    PickZone: "timezone",
    TypeZone: "timezone",
    PickLanguage: "language",
    PickPost: "reminder",
}


def chat_admin_check(context: BotContext) -> ChatAdminCheck:
    """The Telegram check the service asks: is this user an admin of that group?"""

    async def check(chat_id: int, user_id: int) -> bool:
        """Ask Telegram (getChatMember)."""
        return await status.is_group_admin(context, chat_id, user_id)

    return check


async def _allowed(context: BotContext, user_id: int, chat_id: int) -> bool:
    """Whether the person may (still) set up the group."""
    setup = context.services.group_setup
    return await setup.may_set_up(user_id, chat_id, chat_admin_check(context))


async def offer_setup(update: Update, context: BotContext, group: Group, adder: Person) -> Offer:
    """Offer setup in private to whoever added the bot, if they may set the group up.

    "link" when they never opened the bot (the group greeting then carries a setup link).
    """
    if not await _allowed(context, adder.user_id, group.chat_id):
        return "none"
    draft = await context.services.group_setup.begin(adder.user_id, group.chat_id)
    if draft is None:
        return "none"
    language = await language_of(update, context)
    try:
        await ask(context, adder.user_id, language, draft)
    except (Forbidden, BadRequest) as error:
        log.info("setup offer not delivered: %s", type(error).__name__)
        return "link"
    return "sent"


async def _begin(update: Update, context: BotContext, person: Person, chat_id: int) -> None:
    """Start at the first question, if the person may set the group up."""
    if not await _allowed(context, person.user_id, chat_id):
        await reply(update, context, "setup-not-allowed")
        return
    await start_conversation(context, person.user_id, "setup")
    draft = await context.services.group_setup.begin(person.user_id, chat_id, "name")
    if draft is None:
        await reply(update, context, "setup-expired")
        return
    await ask(context, person.user_id, await language_of(update, context), draft)


async def setup_command(update: Update, context: BotContext) -> None:
    """/setup: set up a group again; a picker when the person may set up several."""
    person = sender(update)
    if person is None:
        return
    setup = context.services.group_setup
    groups = await setup.groups_for(person.user_id, chat_admin_check(context))
    if not groups:
        await reply(update, context, "setup-no-groups")
    elif len(groups) == 1:
        await _begin(update, context, person, groups[0].chat_id)
    else:
        rows = [[(group.title, StartSetup(group.chat_id).pack())] for group in groups[:40]]
        await reply(update, context, "setup-pick-group", markup=keyboard(rows))


async def start_link(update: Update, context: BotContext) -> None:
    """/start setup-<invite code>: the setup link from the group greeting."""
    person = sender(update)
    payload = context.args[0] if context.args else ""
    if person is None:
        return
    group = await context.services.group_setup.group_by_code(payload[len(SETUP_PREFIX) :])
    if group is None:
        await reply(update, context, "setup-link-invalid")
        return
    await _begin(update, context, person, group.chat_id)


async def setup_button(update: Update, context: BotContext) -> None:
    """Handle a setup button after checking the person and the draft."""
    query, pressed = pressed_button(update, *SETUP_BUTTONS)
    person = sender(update)
    await acknowledge(query)
    if person is None or not isinstance(pressed, SETUP_BUTTONS):
        await reply(update, context, "setup-expired")
        return
    chat_id = pressed.chat_id
    await _clear_buttons(update)
    setup = context.services.group_setup
    if not await _allowed(context, person.user_id, chat_id):
        draft = await setup.draft(person.user_id)
        if draft is not None and draft.chat_id == chat_id:
            await setup.drop(person.user_id)
        await reply(update, context, "setup-not-allowed")
        return
    if isinstance(pressed, StartSetup):
        await _begin(update, context, person, chat_id)
        return
    draft = await setup.draft(person.user_id)
    if isinstance(pressed, SetupLater) and draft is None:
        # An offer made while the person was busy with another question kept no setup.
        await reply(update, context, "setup-later")
    elif draft is None or draft.chat_id != chat_id:
        await reply(update, context, "setup-expired")
    elif isinstance(pressed, (SetupLater, StopSetup)):
        await setup.drop(person.user_id)
        later = isinstance(pressed, SetupLater)
        await reply(update, context, "setup-later" if later else "setup-stopped")
    elif _BUTTON_STEPS[type(pressed)] != draft.step:
        await reply(update, context, "setup-expired")
    elif isinstance(pressed, TypeZone):
        await reply(update, context, "setup-type-timezone")
    else:
        await _take(update, context, draft, _button_answer(pressed, draft))


async def _clear_buttons(update: Update) -> None:
    """Take the buttons off the pressed message (already gone is fine)."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    try:
        await query.edit_message_reply_markup(None)
    except BadRequest:
        log.info("setup buttons already removed")


def _button_answer(
    pressed: KeepName | PickZone | PickLanguage | PickPost, draft: SetupDraft
) -> Checked:
    """Read a pressed button's value as the step's answer."""
    if isinstance(pressed, KeepName):
        return Checked(value=draft.title)
    if isinstance(pressed, PickZone):
        return check_timezone(pressed.zone, resolve_timezone)
    if isinstance(pressed, PickLanguage):
        return check_language(pressed.language, SUPPORTED_LANGUAGES)
    return Checked(value=pressed.minutes)


async def setup_text(update: Update, context: BotContext, text: str) -> bool:
    """Take a typed answer of a setup in progress; False when the person has none."""
    person = sender(update)
    if person is None:
        return False
    setup = context.services.group_setup
    draft = await setup.draft(person.user_id)
    if draft is None or not takes_text(draft, context.services.clock()):
        return False
    if not await _allowed(context, person.user_id, draft.chat_id):
        await setup.drop(person.user_id)
        await reply(update, context, "setup-not-allowed")
        return True
    if draft.step not in TYPED_STEPS:
        await reply(update, context, "setup-use-buttons")
        return True
    if draft.step == "timezone":
        found = match_timezone(text.strip(), context.services.clock())
        if found.zone is None and found.choices:
            choices = tuple(zip(found.labels(), found.choices, strict=True))
            await _offer_zones(update, context, draft, text, choices)
            return True
    checked = check_name(text) if draft.step == "name" else check_timezone(text, resolve_timezone)
    await _take(update, context, draft, checked, typed=text)
    return True


async def _offer_zones(
    update: Update,
    context: BotContext,
    draft: SetupDraft,
    typed: str,
    zones: tuple[tuple[str, str], ...],
) -> None:
    """Ask again with the zones a typed name may mean ("Madird", "CST") as buttons."""
    person = sender(update)
    assert person is not None
    language = await language_of(update, context)
    shown = typed if len(typed) <= ECHO_LIMIT else typed[: ECHO_LIMIT - 1] + "…"
    problem = "setup-timezone-did-you-mean"
    await ask(context, person.user_id, language, draft, problem, shown, zones=zones)


async def _take(
    update: Update, context: BotContext, draft: SetupDraft, checked: Checked, typed: str = ""
) -> None:
    """Keep a valid answer and ask the next question (or finish); else ask again, saying why."""
    person = sender(update)
    assert person is not None
    language = await language_of(update, context)
    if checked.problem is not None:
        log.info("setup answer not accepted: step %s", draft.step)
        # Echo at most a line of what was typed: a long paste would overflow the message.
        shown = typed if len(typed) <= ECHO_LIMIT else typed[: ECHO_LIMIT - 1] + "…"
        await ask(context, person.user_id, language, draft, checked.problem, shown)
        return
    draft = await context.services.group_setup.answer(draft, checked.value)
    if draft.step != "done":
        await ask(context, person.user_id, language, draft)
        return
    group = await context.services.group_setup.finish(draft)
    if group is None:
        await reply(update, context, "setup-expired")
        return
    is_admin = await context.services.roles.is_admin(person.user_id)
    text = await summary(context, language, group, is_admin)
    # The join gate is set up from here too (its own screen, as /gate shows it), by those
    # who may change it: the group's facilitators and the bot's admins.
    markup = None
    if await context.services.roles.is_facilitator(group.chat_id, person.user_id):
        gate = context.services.texts.get(language, "btn-setup-gate")
        markup = keyboard([[(gate, GateSetting(Setting.SHOW, group.chat_id).pack())]])
    await context.bot.send_message(person.user_id, text, reply_markup=markup)


def register_start(app: BotApplication) -> None:
    """Add the /start setup-<code> link (before onboarding reads payloads as invites)."""
    link = filters.Regex(rf"^/start(@\w+)?\s+{SETUP_PREFIX}")
    app.add_handler(CommandHandler("start", start_link, filters=filters.ChatType.PRIVATE & link))


def register(app: BotApplication) -> None:
    """Add /setup, its buttons and the typed answers."""
    app.add_handler(CommandHandler("setup", setup_command, filters=filters.ChatType.PRIVATE))
    app.add_handler(CallbackQueryHandler(setup_button, pattern=prefix_matcher(*SETUP_BUTTONS)))
    add_answer(app, "setup", setup_text)
