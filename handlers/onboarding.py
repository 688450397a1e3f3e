"""/start: greeting, language, consent, time zone, and joining a group by invite link."""

from __future__ import annotations

from functools import partial

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.buttons.member import (
    ONBOARDING_BUTTONS,
    Agree,
    Decline,
    StartLanguage,
    is_invite_code,
)
from bot.domain.callback import prefix_matcher
from bot.domain.models import Person, Role
from bot.domain.text import clean_name
from bot.menus import publish_personal_menu
from handlers.common import acknowledge, keyboard, name_or_friend, pressed_button, reply, sender
from handlers.settings import ONBOARDING, ask_timezone, language_keyboard


async def start(update: Update, context: BotContext) -> None:
    """Greet a newcomer (language first), or welcome back a member and follow an invite."""
    person = sender(update)
    if person is None:
        return
    code = context.args[0] if context.args else ""
    if code and not is_invite_code(code):
        await reply(update, context, "invite-invalid")
        return
    member = await context.services.members.get(person.user_id)
    if member is None:
        markup = language_keyboard(context, partial(StartLanguage, invite=code or None))
        await reply(
            update,
            context,
            "start-choose-language",
            markup=markup,
            name=await name_or_friend(update, context, clean_name(person.first_name)),
        )
        return
    await context.services.members.refresh_profile(person)
    await refresh_staff_menu(context, person.user_id)
    if code:
        await _join(update, context, code)
    else:
        name = await name_or_friend(update, context, member.first_name)
        await reply(update, context, "start-welcome-back", name=name)


async def onboarding_button(update: Update, context: BotContext) -> None:
    """Handle a language, agreeing and declining; nothing is stored before agreeing."""
    query, pressed = pressed_button(update, *ONBOARDING_BUTTONS)
    person = sender(update)
    await acknowledge(query)
    if person is None or not isinstance(pressed, ONBOARDING_BUTTONS) or query.message is None:
        await reply(update, context, "button-expired")
        return
    texts = context.services.texts
    language = pressed.language
    if isinstance(pressed, StartLanguage):
        markup = keyboard(
            [
                [
                    (texts.get(language, "btn-agree"), Agree(language, pressed.invite).pack()),
                    (texts.get(language, "btn-decline"), Decline(language).pack()),
                ]
            ]
        )
        days = context.services.settings.flag_retention_days
        await query.edit_message_text(
            texts.get(language, "start-explain", days=days), reply_markup=markup
        )
    elif isinstance(pressed, Agree):
        # The question stays readable, answered: what they agreed to, and that they did.
        days = context.services.settings.flag_retention_days
        agreed = texts.get(language, "start-explain", days=days).rstrip()
        await query.edit_message_text(f"{agreed}\n\n{texts.get(language, 'start-agreed')}")
        await _consent(update, context, person, language, pressed.invite or "")
    else:
        await query.edit_message_text(texts.get(language, "start-declined"))


async def _consent(
    update: Update, context: BotContext, person: Person, language: str, code: str
) -> None:
    """Record consent, follow a pending invite, then ask for the time zone."""
    services = context.services
    member = await services.members.get(person.user_id)
    if member is None:
        member = await services.members.consent(person, language, services.settings.timezone)
        await services.stats.joined(person.user_id)  # today counts as an active day
    await refresh_staff_menu(context, person.user_id)
    if code:
        await _join(update, context, code)
    await ask_timezone(update, context, member.language, member.timezone, ONBOARDING)


async def _join(update: Update, context: BotContext, code: str) -> None:
    """Join the member to the invite code's group and say so."""
    person = sender(update)
    assert person is not None
    result = await context.services.members.join_by_code(person.user_id, code)
    if result is None:
        await reply(update, context, "invite-invalid")
    elif result.newly_joined:
        # An alert already open about them now reaches this group's facilitators too.
        await context.services.flags.member_joined(person.user_id, result.group.chat_id)
        await reply(update, context, "group-joined", group=result.group.title)
    else:
        await reply(update, context, "group-already-joined", group=result.group.title)


async def refresh_staff_menu(context: BotContext, user_id: int) -> None:
    """Give admins and facilitators their role's menu once they have a private chat."""
    role = await context.services.roles.role_of(user_id)
    if role is not Role.MEMBER:
        await publish_personal_menu(context.bot, context.services, context.menu, user_id, role)


def register(app: BotApplication) -> None:
    """Add /start (private chats) and the onboarding buttons."""
    app.add_handler(CommandHandler("start", start, filters=filters.ChatType.PRIVATE))
    app.add_handler(
        CallbackQueryHandler(onboarding_button, pattern=prefix_matcher(*ONBOARDING_BUTTONS))
    )
