"""/oncall: who is on duty; facilitators take or hand over a shift; admins set a rotation."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import cast
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.buttons.oncall import (
    ONCALL_BUTTONS,
    GiveShift,
    RotationTurns,
    SetRotation,
    TakeShift,
)
from bot.domain.callback import prefix_matcher
from bot.domain.oncall import Period, parse_handover
from bot.formats.formatting import reader_for, stamp_text, time_text
from bot.services.oncall import GroupDuty
from handlers.common import (
    acknowledge,
    keyboard,
    label,
    language_of,
    pressed_button,
    reply,
    sender,
)

log = logging.getLogger(__name__)

HANDOVER_CHOICES = ("08:00", "09:00", "12:00", "18:00", "20:00")


async def oncall_command(update: Update, context: BotContext) -> None:
    """Show who is on call in each of the person's groups, with what they may change."""
    person = sender(update)
    if person is None:
        return
    services = context.services
    is_admin = await services.roles.is_admin(person.user_id)
    if is_admin:
        group_ids = [group.chat_id for group in await services.groups.all()]
    else:
        group_ids = await services.roles.facilitated_groups(person.user_id)
    if not group_ids and not is_admin:
        await reply(update, context, "staff-only")
        return
    if not group_ids:
        await reply(update, context, "oncall-no-groups")
        return
    language = await language_of(update, context)
    for group_id in group_ids:
        picture = await services.oncall.duty(group_id)
        if picture is None:
            continue
        text = await _describe(context, language, picture)
        rows = await _buttons(context, language, picture, person.user_id, is_admin)
        await context.bot.send_message(
            person.user_id, text, reply_markup=keyboard(rows) if rows else None
        )


async def _describe(context: BotContext, language: str, picture: GroupDuty) -> str:
    """Describe a group's on-call state in plain words."""
    texts = context.services.texts
    lines = [f"<b>{texts.get(language, 'oncall-group', title=picture.title)}</b>"]
    duty = picture.duty
    if duty.user_id is None:
        lines.append(texts.get(language, "oncall-nobody"))
    else:
        name = await context.services.alert_writer.name_of(duty.user_id, language)
        lines.append(
            texts.get(
                language, "oncall-now", name=name, until=_at(duty.until, picture.timezone, language)
            )
        )
    rotation = picture.rotation
    if rotation is None:
        lines.append(texts.get(language, "oncall-no-rotation"))
    else:
        lines.append(
            texts.get(
                language,
                f"oncall-rotation-{rotation.period.value}",
                time=time_text(reader_for(language, picture.timezone), rotation.handover),
                zone=picture.timezone,
            )
        )
    if not picture.facilitators:
        lines.append(texts.get(language, "oncall-no-facilitators"))
    return "\n".join(lines)


async def _buttons(
    context: BotContext, language: str, picture: GroupDuty, user_id: int, is_admin: bool
) -> list[list[tuple[str, str]]]:
    """Return the buttons this person may use for this group."""
    texts = context.services.texts
    gid = picture.group_id
    rows: list[list[tuple[str, str]]] = []
    if user_id in picture.available and picture.duty.user_id != user_id:
        rows.append([(texts.get(language, "btn-oncall-take"), TakeShift(gid).pack())])
    if picture.duty.user_id == user_id or is_admin:
        for other in picture.available:
            if other != picture.duty.user_id:
                name = await context.services.alert_writer.name_of(other, language)
                give = label(context, language, "btn-oncall-give", name=name)
                rows.append([(give, GiveShift(gid, other).pack())])
    if is_admin and picture.rotation is not None:
        rows.append([(texts.get(language, "btn-rotation-who"), RotationTurns(gid).pack())])
    if is_admin:
        rows.append(
            [
                (texts.get(language, "btn-rotation-daily"), SetRotation(gid, Period.DAILY).pack()),
                (
                    texts.get(language, "btn-rotation-weekly"),
                    SetRotation(gid, Period.WEEKLY).pack(),
                ),
                (texts.get(language, "btn-rotation-off"), SetRotation(gid, None).pack()),
            ]
        )
    return rows


async def oncall_button(update: Update, context: BotContext) -> None:
    """Handle taking, handing over, rotation and turns; every one checks the role again."""
    query, pressed = pressed_button(update, *ONCALL_BUTTONS)
    person = sender(update)
    await acknowledge(query)
    if person is None:
        return
    if pressed is None:
        await reply(update, context, "button-expired")
        return
    group_id = cast(TakeShift, pressed).group_id
    services = context.services
    is_admin = await services.roles.is_admin(person.user_id)
    picture = await services.oncall.duty(group_id)
    if picture is None:
        await reply(update, context, "button-expired")
        return
    if isinstance(pressed, TakeShift) and person.user_id in picture.away:
        await reply(update, context, "oncall-on-break")
        return
    if isinstance(pressed, TakeShift) and person.user_id in picture.facilitators:
        shift = await services.oncall.take(group_id, person.user_id, person.user_id, "oncall.take")
        if shift is not None:
            language = await language_of(update, context)
            until = _at(shift.ends_at, picture.timezone, language)
            await reply(update, context, "oncall-taken", title=picture.title, until=until)
            await _tell_the_one_relieved(context, picture, person.user_id, shift.ends_at)
            return
    may_give = picture.duty.user_id == person.user_id or is_admin
    if isinstance(pressed, GiveShift) and may_give:
        await _give(update, context, picture, person.user_id, pressed.to_id)
        return
    if isinstance(pressed, SetRotation) and is_admin:
        await _rotation(update, context, picture, person.user_id, pressed)
        return
    if isinstance(pressed, RotationTurns) and is_admin and picture.rotation is not None:
        await _participants(update, context, picture, person.user_id, pressed.toggle)
        return
    await reply(update, context, "oncall-not-allowed")


async def _participants(
    update: Update, context: BotContext, picture: GroupDuty, actor_id: int, toggle: int | None
) -> None:
    """Show who takes turns, as buttons that include or leave out each facilitator."""
    services = context.services
    if toggle is not None:
        await services.oncall.toggle_participant(picture.group_id, toggle, actor_id)
        refreshed = await services.oncall.duty(picture.group_id)
        picture = refreshed or picture
    if picture.rotation is None:
        return
    language = await language_of(update, context)
    turns = picture.rotation.turns(picture.facilitators)
    rows = []
    names = []
    for person in picture.facilitators:
        name = await services.alert_writer.name_of(person, language)
        mark = "✅" if person in turns else "➖"
        rows.append([(f"{mark} {name}", RotationTurns(picture.group_id, person).pack())])
        if person in turns:
            names.append(name)
    text = services.texts.get(
        language,
        "oncall-who",
        title=picture.title,
        names=", ".join(names) or "—",
    )
    query = update.callback_query
    if toggle is not None and query is not None and query.message is not None:
        await context.bot.edit_message_text(
            text, actor_id, query.message.message_id, reply_markup=keyboard(rows)
        )
    else:
        await context.bot.send_message(actor_id, text, reply_markup=keyboard(rows))


async def _give(
    update: Update, context: BotContext, picture: GroupDuty, actor_id: int, to_id: int
) -> None:
    """Hand the shift to another facilitator and tell them."""
    services = context.services
    shift = await services.oncall.take(picture.group_id, to_id, actor_id, "oncall.handover")
    if shift is None:
        await reply(update, context, "oncall-not-allowed")
        return
    language = await language_of(update, context)
    until = _at(shift.ends_at, picture.timezone, language)
    name = await services.alert_writer.name_of(to_id, language)
    await reply(update, context, "oncall-handed", name=name, title=picture.title, until=until)
    await _tell(context, picture, to_id, "oncall-handed-to-you", actor_id, shift.ends_at)


async def _tell_the_one_relieved(
    context: BotContext, picture: GroupDuty, taker_id: int, ends_at: datetime
) -> None:
    """Whoever was on call before someone took the shift hears of it (an old /oncall message
    can take it back: nobody may stop being on call without knowing)."""
    before = picture.duty.user_id
    if before is not None and before != taker_id:
        await _tell(context, picture, before, "oncall-taken-from-you", taker_id, ends_at)


async def _tell(
    context: BotContext,
    picture: GroupDuty,
    to_id: int,
    text_id: str,
    by_id: int,
    ends_at: datetime,
) -> None:
    """A notifying message about a shift change, in the reader's language: who did it, until
    when; a failed send is logged by its error type only."""
    writer = context.services.alert_writer
    reader = await writer.reader(to_id)
    name = await writer.name_of(by_id, reader.language)
    until = _at(ends_at, picture.timezone, reader.language)
    text = context.services.texts.get(
        reader.language, text_id, name=name, title=picture.title, until=until
    )
    try:
        await context.bot.send_message(to_id, text)
    except TelegramError as error:
        log.warning("on-call notice %s not delivered: %s", text_id, type(error).__name__)


async def _rotation(
    update: Update, context: BotContext, picture: GroupDuty, actor_id: int, pressed: SetRotation
) -> None:
    """Ask for the handover time, then set (or stop) the group's rotation."""
    services = context.services
    gid = picture.group_id
    period, handover = pressed.period, pressed.handover
    if period is None:
        await services.oncall.set_rotation(gid, None, None, actor_id)
        await reply(update, context, "oncall-rotation-off", title=picture.title)
        return
    if handover is None:
        language = await language_of(update, context)
        rows = [
            [(label, SetRotation(gid, period, parse_handover(label)).pack())]
            for label in HANDOVER_CHOICES
        ]
        text = services.texts.get(language, "oncall-ask-handover", title=picture.title)
        await context.bot.send_message(actor_id, text, reply_markup=keyboard(rows))
        return
    await services.oncall.set_rotation(gid, period, handover, actor_id)
    language = await language_of(update, context)
    text = services.texts.get(
        language,
        f"oncall-rotation-set-{period.value}",
        title=picture.title,
        time=time_text(reader_for(language, picture.timezone), handover),
        zone=picture.timezone,
    )
    who = [[(services.texts.get(language, "btn-rotation-who"), RotationTurns(gid).pack())]]
    await context.bot.send_message(actor_id, text, reply_markup=keyboard(who))


def _at(moment: datetime | None, zone: str, language: str) -> str:
    """Show a time as 'Nov 24, 9:00 AM' or '24 nov, 09:00' in the group's time zone."""
    if moment is None:
        return ""
    return stamp_text(reader_for(language, zone), moment.astimezone(ZoneInfo(zone)))


def register(app: BotApplication) -> None:
    """Add /oncall and its buttons."""
    app.add_handler(CommandHandler("oncall", oncall_command, filters=filters.ChatType.PRIVATE))
    app.add_handler(CallbackQueryHandler(oncall_button, pattern=prefix_matcher(*ONCALL_BUTTONS)))
