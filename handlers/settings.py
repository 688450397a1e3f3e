"""/settings: language and time zone; also the time-zone step of onboarding."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import time

from telegram import CallbackQuery, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.buttons.checkins import OpenMenu
from bot.domain.buttons.member import (
    SETTINGS_BUTTONS,
    TIMEZONE_BUTTONS,
    ClockChoice,
    PickTimezone,
    SettingsClock,
    SettingsLanguage,
    SettingsTimezone,
    ZoneOrigin,
)
from bot.domain.callback import CallbackData, prefix_matcher
from bot.domain.language import SUPPORTED_LANGUAGES
from bot.domain.models import Member
from bot.domain.zone_offsets import zone_label
from bot.domain.zones import is_valid_timezone
from bot.formats.formatting import CLOCKS, Reader, own_language_name, time_text
from bot.formats.timezones import match_timezone
from handlers.common import (
    acknowledge,
    keyboard,
    name_or_friend,
    pressed_button,
    reader_of,
    reply,
    sender,
)
from handlers.conversations import start_conversation
from handlers.text_router import add_answer

log = logging.getLogger(__name__)

ONBOARDING, SETTINGS = ZoneOrigin.ONBOARDING, ZoneOrigin.SETTINGS
_MAX_TYPED_ZONE = 40
_EXAMPLE_TIME = time(18, 30)


def language_keyboard(
    context: BotContext, button: Callable[[str], CallbackData]
) -> InlineKeyboardMarkup:
    """Buttons with each language's own name (CLDR); each carries `button(code)`."""
    del context  # the names come from CLDR, not from the texts
    return keyboard(
        [[(own_language_name(code), button(code).pack())] for code in SUPPORTED_LANGUAGES]
    )


def clock_keyboard(context: BotContext, member: Member) -> InlineKeyboardMarkup:
    """The member's locale's own way, then 12-hour and 24-hour examples to choose from."""
    automatic = replace(reader_of(member), clock=None)
    label = context.services.texts.get(
        member.language, "btn-clock-auto", example=time_text(automatic, _EXAMPLE_TIME)
    )
    rows = [[(label, SettingsClock(ClockChoice.AUTOMATIC).pack())]]
    for clock in CLOCKS:
        example = time_text(replace(automatic, clock=clock), _EXAMPLE_TIME)
        rows.append([(example, SettingsClock(ClockChoice(clock)).pack())])
    return keyboard(rows)


def clock_example(reader: Reader) -> str:
    """How the reader sees times now, by example: '6:30 PM' or '18:30'."""
    return time_text(reader, _EXAMPLE_TIME)


def timezone_keyboard(
    context: BotContext, language: str, current: str, origin: ZoneOrigin
) -> InlineKeyboardMarkup:
    """Suggested zones two per row, then a button to keep the current one."""
    zones = [zone for zone in context.services.content.timezones_for(language) if zone != current]
    rows = [
        [(zone_label(zone), PickTimezone(origin, zone).pack()) for zone in zones[i : i + 2]]
        for i in range(0, len(zones), 2)
    ]
    keep = context.services.texts.get(language, "btn-keep-timezone", timezone=current)
    return keyboard([[(keep, PickTimezone(origin, current).pack())], *rows])


async def ask_timezone(
    update: Update, context: BotContext, language: str, current: str, origin: ZoneOrigin
) -> None:
    """Send the time-zone question and accept a typed answer next."""
    chat = update.effective_chat
    if chat is None:
        return
    markup = timezone_keyboard(context, language, current, origin)
    message_id = "start-ask-timezone" if origin == ONBOARDING else "settings-choose-timezone"
    text = context.services.texts.get(language, message_id, timezone=current)
    person = sender(update)
    if person is not None:
        await start_conversation(context, person.user_id, "timezone", {"origin": origin.value})
    question = await context.bot.send_message(chat.id, text, reply_markup=markup)
    if person is not None:
        # The question's message: its buttons are taken away once a zone is typed (a later
        # tap on an old suggestion would silently change the zone back).
        data: dict[str, str | int] = {"origin": origin.value, "message_id": question.message_id}
        await context.services.questions.ask(person.user_id, "timezone", data)


async def settings_command(update: Update, context: BotContext) -> None:
    """Show the member's language and time zone with buttons to change them."""
    person = sender(update)
    member = await context.services.members.get(person.user_id) if person else None
    if member is None:
        await reply(update, context, "need-start")
        return
    texts = context.services.texts
    markup = keyboard(
        [
            [
                (texts.get(member.language, "btn-language"), SettingsLanguage().pack()),
                (texts.get(member.language, "btn-timezone"), SettingsTimezone().pack()),
            ],
            [(texts.get(member.language, "btn-clock"), SettingsClock().pack())],
            [(texts.get(member.language, "btn-settings-checkins"), OpenMenu().pack())],
        ]
    )
    await reply(
        update,
        context,
        "settings-menu",
        markup=markup,
        language=own_language_name(member.language),
        timezone=member.timezone,
        example=clock_example(reader_of(member)),
    )


async def settings_button(update: Update, context: BotContext) -> None:
    """Handle the language (the choices, or one), the clock and the time zone buttons."""
    query, pressed = pressed_button(update, *SETTINGS_BUTTONS)
    person = sender(update)
    await acknowledge(query)
    member = await context.services.members.get(person.user_id) if person else None
    if member is None or query.message is None:
        await reply(update, context, "need-start")
        return
    texts = context.services.texts
    if isinstance(pressed, SettingsLanguage) and pressed.language is None:
        await query.edit_message_text(
            texts.get(member.language, "settings-choose-language"),
            reply_markup=language_keyboard(context, SettingsLanguage),
        )
    elif isinstance(pressed, SettingsLanguage) and pressed.language is not None:
        await context.services.members.set_language(member.user_id, pressed.language)
        await query.edit_message_text(texts.get(pressed.language, "settings-language-set"))
    elif isinstance(pressed, SettingsClock):
        await _clock_button(context, query, member, pressed.clock)
    elif isinstance(pressed, SettingsTimezone):
        await query.edit_message_reply_markup(None)
        await ask_timezone(update, context, member.language, member.timezone, SETTINGS)
    else:
        await query.edit_message_text(texts.get(member.language, "button-expired"))


async def _clock_button(
    context: BotContext, query: CallbackQuery, member: Member, choice: ClockChoice | None
) -> None:
    """No choice: ask 12 or 24 hours; a choice (12, 24 or automatic): save it and show it."""
    texts = context.services.texts
    if choice is None:
        await query.edit_message_text(
            texts.get(member.language, "settings-choose-clock"),
            reply_markup=clock_keyboard(context, member),
        )
        return
    clock = None if choice == ClockChoice.AUTOMATIC else choice.value
    await context.services.members.set_clock(member.user_id, clock)
    example = clock_example(replace(reader_of(member), clock=clock))
    await query.edit_message_text(texts.get(member.language, "settings-clock-set", example=example))


async def timezone_button(update: Update, context: BotContext) -> None:
    """Handle a suggested (or kept) time zone from onboarding or settings."""
    query, pressed = pressed_button(update, *TIMEZONE_BUTTONS)
    await acknowledge(query)
    if not isinstance(pressed, PickTimezone) or not is_valid_timezone(pressed.zone):
        await reply(update, context, "button-expired")
        return
    if query.message is not None:
        await query.edit_message_reply_markup(None)
    await _set_timezone(update, context, pressed.zone, pressed.origin)


async def typed_timezone(update: Update, context: BotContext, text: str) -> bool:
    """The answer to the time-zone question: a typed zone, city, abbreviation or offset; when
    unsure ("Madird", "CST"), the closest zones as buttons, and the question stays open."""
    person = sender(update)
    questions = context.services.questions
    question = await questions.waiting(person.user_id, "timezone") if person else None
    if person is None or question is None:
        return False
    candidate = text.strip()
    found = match_timezone(candidate, context.services.clock())
    sentence = any(mark in candidate for mark in ".!?\n") and found.zone is None  # "St. Louis"
    if len(candidate) > _MAX_TYPED_ZONE or sentence:
        await questions.close(person.user_id, "timezone")
        return False
    zone = found.zone
    if zone is None and found.choices:
        origin = ZoneOrigin(str(question.data.get("origin", SETTINGS)))
        pairs = zip(found.labels(), found.choices, strict=True)
        rows = [[(shown, PickTimezone(origin, z).pack())] for shown, z in pairs]
        await reply(update, context, "timezone-did-you-mean", markup=keyboard(rows), text=candidate)
        return True
    if zone is None:
        await reply(update, context, "timezone-unknown", text=candidate)
        return True
    await _close_question(update, context, question.data.get("message_id"))
    await _set_timezone(update, context, zone, str(question.data.get("origin", SETTINGS)))
    return True


async def _close_question(update: Update, context: BotContext, message_id: object) -> None:
    """Take the buttons off the time-zone question once a zone was typed (best effort)."""
    chat = update.effective_chat
    if not isinstance(message_id, int) or chat is None:
        return
    try:
        await context.bot.edit_message_reply_markup(chat.id, message_id, reply_markup=None)
    except TelegramError as error:  # too old, or already without buttons
        log.info("time-zone question not closed: %s", type(error).__name__)


async def _set_timezone(update: Update, context: BotContext, zone: str, origin: str) -> None:
    """Store the zone, confirm it, and finish onboarding when that is where it came from."""
    person = sender(update)
    if person is None or not await context.services.members.set_timezone(person.user_id, zone):
        await reply(update, context, "need-start")
        return
    await context.services.questions.close(person.user_id, "timezone")
    await context.services.checkins.replan(person.user_id)  # the same local time, new zone
    await reply(update, context, "timezone-set", timezone=zone)
    if origin == ONBOARDING:
        member = await context.services.members.get(person.user_id)
        name = await name_or_friend(update, context, member.first_name if member else "")
        await reply(update, context, "start-done", name=name)


def register(app: BotApplication) -> None:
    """Add the /settings command, its buttons and the typed time-zone answer."""
    app.add_handler(CommandHandler("settings", settings_command, filters=filters.ChatType.PRIVATE))
    app.add_handler(
        CallbackQueryHandler(settings_button, pattern=prefix_matcher(*SETTINGS_BUTTONS))
    )
    app.add_handler(
        CallbackQueryHandler(timezone_button, pattern=prefix_matcher(*TIMEZONE_BUTTONS))
    )
    add_answer(app, "timezone", typed_timezone)
