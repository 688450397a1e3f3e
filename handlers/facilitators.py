"""/facilitators: admins add and remove group facilitators, by reply, forward or numeric id."""

from __future__ import annotations

import html
import logging

from telegram import MessageOriginHiddenUser, MessageOriginUser, Update
from telegram.error import TelegramError
from telegram.ext import (
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.care.model import AddSupervisor
from bot.context import BotApplication, BotContext
from bot.domain.buttons.facilitators import (
    FACILITATOR_BUTTONS,
    AddFacilitator,
    AskRemoval,
    KeepFacilitator,
    RemoveFacilitator,
)
from bot.domain.callback import prefix_matcher
from bot.domain.text import clean_name
from bot.menus import publish_personal_menu
from bot.services.facilitators import FacilitatorAdmin, RoleChange
from handlers.common import (
    acknowledge,
    admin_sender,
    deep_link,
    is_int,
    keyboard,
    label,
    language_of,
    person_of,
    pressed_button,
    reply,
    sender,
)
from handlers.stages import Stage

log = logging.getLogger(__name__)

ACTIONS = {"add": "add", "remove": "rm"}


def facilitator_admin(context: BotContext) -> FacilitatorAdmin:
    """Return the service that changes facilitators."""
    return context.services.facilitator_admin


async def group_command(update: Update, context: BotContext) -> None:
    """In a group: '/facilitators add|remove' in reply to a member's message (admins only)."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or await admin_sender(update, context) is None:
        return
    args = [arg.lower() for arg in context.args or []]
    target = message.reply_to_message
    if len(args) != 1 or args[0] not in ACTIONS or target is None:
        await reply(update, context, "fac-group-usage")
        return
    person = None if target.sender_chat is not None else person_of(target.from_user)
    if person is None:
        await reply(update, context, "fac-reply-not-person")
        return
    await _apply(update, context, ACTIONS[args[0]], chat.id, person.user_id, person.first_name)


async def private_command(update: Update, context: BotContext) -> None:
    """In private: list groups, or add/remove by numeric id (never by @username alone)."""
    if await admin_sender(update, context) is None:
        return
    args = context.args or []
    if not args:
        await _list(update, context)
        return
    rest = args[1:]
    if any(arg.startswith("@") for arg in rest):
        await reply(update, context, "fac-username")
        return
    action = ACTIONS.get(args[0].lower())
    numbers = [int(arg) for arg in rest if is_int(arg)]
    if action is None or not rest or len(numbers) != len(rest) or len(rest) > 2:
        await reply(update, context, "fac-usage")
        return
    if len(numbers) == 1:
        await _offer_groups(update, context, numbers[0], None)
        return
    await _apply(update, context, action, numbers[0], numbers[1], None)


async def forwarded(update: Update, context: BotContext) -> None:
    """An admin forwarded a member's message in private: offer the groups to change."""
    message = update.effective_message
    person = sender(update)
    if message is None or message.forward_origin is None or person is None:
        return
    if not await context.services.roles.is_admin(person.user_id):
        return  # members forward messages for other reasons: the features answer them
    origin = message.forward_origin
    if isinstance(origin, MessageOriginUser) and person_of(origin.sender_user) is not None:
        user = origin.sender_user
        await _offer_groups(update, context, user.id, user.first_name)
    elif isinstance(origin, MessageOriginHiddenUser):
        await reply(update, context, "fac-hidden")
    else:
        await reply(update, context, "fac-forward-not-person")
    raise ApplicationHandlerStop


async def button(update: Update, context: BotContext) -> None:
    """Handle add, remove, ask to remove and keep; every one checks the admin role again."""
    query, pressed = pressed_button(update, *FACILITATOR_BUTTONS)
    await acknowledge(query)
    if await admin_sender(update, context) is None:
        return
    if isinstance(pressed, KeepFacilitator):
        await reply(update, context, "fac-kept")
    elif isinstance(pressed, AddFacilitator):
        await _apply(update, context, "add", pressed.group_id, pressed.user_id, None)
    elif isinstance(pressed, RemoveFacilitator):
        await _apply(update, context, "rm", pressed.group_id, pressed.user_id, None)
    elif isinstance(pressed, AskRemoval):
        await _confirm_removal(update, context, pressed.group_id, pressed.user_id)
    else:
        await reply(update, context, "button-expired")


async def _apply(
    update: Update,
    context: BotContext,
    action: str,
    group_id: int,
    user_id: int,
    name_hint: str | None,
) -> None:
    """Add or remove, then tell the admin, the person, and refresh the person's menu."""
    admin = sender(update)
    service = facilitator_admin(context)
    by = admin.user_id if admin is not None else None
    if action == "add":
        change = await service.add(group_id, user_id, by)
    else:
        change = await service.remove(group_id, user_id, by)
    if change is None:
        await reply(update, context, "fac-group-unknown")
        return
    log.info("facilitator %s in a group: changed=%s", action, change.changed)
    language = await language_of(update, context)
    known = name_hint or _member_name(change) or await _telegram_name(context, group_id, user_id)
    name = _name(context, language, user_id, known)
    title = change.group.title
    if not change.changed:
        await reply(
            update,
            context,
            "fac-already" if change.added else "fac-not-one",
            name=name,
            title=title,
        )
        return
    await reply(
        update, context, "fac-added" if change.added else "fac-removed", name=name, title=title
    )
    if change.leaves_group_without_facilitator:
        await reply(update, context, "fac-orphaned", title=title)
    if not await _tell_person(context, change) and change.added:
        link = deep_link(context.bot.username)
        await reply(update, context, "fac-must-open-bot", name=name, link=link)
    await publish_personal_menu(context.bot, context.services, context.menu, user_id, change.role)


async def _tell_person(context: BotContext, change: RoleChange) -> bool:
    """Tell the person about the change in their language; False when they can't be reached."""
    member = change.member
    if member is None:
        return False
    text_id = "fac-welcome" if change.added else "fac-goodbye"
    text = context.services.texts.get(member.language, text_id, title=change.group.title)
    try:
        await context.bot.send_message(member.user_id, text)
    except TelegramError as error:
        log.info("role change notice not delivered: %s", type(error).__name__)
        return False
    return True


async def _offer_groups(
    update: Update, context: BotContext, user_id: int, name_hint: str | None
) -> None:
    """Offer, per group, to make the person a facilitator or to remove them."""
    service = facilitator_admin(context)
    rosters = await service.rosters()
    if not rosters:
        await reply(update, context, "fac-no-groups")
        return
    language = await language_of(update, context)
    texts = context.services.texts
    rows = []
    for roster in rosters:
        gid, title = roster.group.chat_id, roster.group.title
        if any(person == user_id for person, _ in roster.facilitators):
            label = texts.get(language, "btn-fac-remove-from", title=title)
            rows.append([(html.unescape(label), RemoveFacilitator(gid, user_id).pack())])
        else:
            label = texts.get(language, "btn-fac-add", title=title)
            rows.append([(html.unescape(label), AddFacilitator(gid, user_id).pack())])
    member = await service.member(user_id)
    name = _name(context, language, user_id, name_hint or (member.first_name if member else None))
    # Supervisors (bot/care) are named from the same forwarded message.
    make = html.unescape(texts.get(language, "btn-care-sup-make"))
    rows.append([(make, AddSupervisor(user_id).pack())])
    await reply(update, context, "fac-pick-group", markup=keyboard(rows), name=name)


async def _list(update: Update, context: BotContext) -> None:
    """List every group with its facilitators, and a button to remove each one."""
    rosters = await facilitator_admin(context).rosters()
    if not rosters:
        await reply(update, context, "fac-no-groups")
        return
    chat = update.effective_chat
    language = await language_of(update, context)
    texts = context.services.texts
    lines = [texts.get(language, "fac-list-header")]
    rows = []
    for roster in rosters:
        gid, title = roster.group.chat_id, roster.group.title
        lines.append("")
        lines.append(texts.get(language, "fac-list-group", title=title, id=str(gid)))
        if not roster.facilitators:
            lines.append(texts.get(language, "fac-list-none"))
        for user_id, member in roster.facilitators:
            name = _name(context, language, user_id, member.first_name if member else None)
            lines.append(texts.get(language, "fac-list-person", name=name))
            label = texts.get(language, "btn-fac-remove", name=name, title=title)
            rows.append([(html.unescape(label), AskRemoval(gid, user_id).pack())])
    lines.append("")
    lines.append(texts.get(language, "fac-list-footer"))
    if chat is not None:
        markup = keyboard(rows) if rows else None
        await context.bot.send_message(chat.id, "\n".join(lines), reply_markup=markup)


async def _confirm_removal(
    update: Update, context: BotContext, group_id: int, user_id: int
) -> None:
    """Ask the admin to confirm removing a facilitator."""
    service = facilitator_admin(context)
    group = await context.services.groups.get(group_id)
    if group is None:
        await reply(update, context, "fac-group-unknown")
        return
    if not await service.is_facilitator(group_id, user_id):
        await reply(update, context, "button-expired")
        return
    language = await language_of(update, context)
    texts = context.services.texts
    member = await service.member(user_id)
    name = _name(context, language, user_id, member.first_name if member else None)
    rows = [
        [
            (texts.get(language, "btn-fac-confirm"), RemoveFacilitator(group_id, user_id).pack()),
            (texts.get(language, "btn-fac-keep"), KeepFacilitator().pack()),
        ]
    ]
    await reply(
        update, context, "fac-confirm-remove", markup=keyboard(rows), name=name, title=group.title
    )


def _member_name(change: RoleChange) -> str | None:
    """Return the person's first name from their member record, if any."""
    return change.member.first_name if change.member is not None else None


async def _telegram_name(context: BotContext, group_id: int, user_id: int) -> str | None:
    """The person's first name as Telegram knows it (asked of the group), if it answers."""
    try:
        found = await context.bot.get_chat_member(group_id, user_id)
    except TelegramError:
        return None
    return clean_name(found.user.first_name) or None


def _name(context: BotContext, language: str, user_id: int, known: str | None) -> str:
    """Return a name to show: the known first name, else 'the person with id N'."""
    if known:
        return known
    return label(context, language, "fac-person-id", id=str(user_id))


def register(app: BotApplication) -> None:
    """Add /facilitators (group and private), the forward handler and the buttons."""
    app.add_handler(CommandHandler("facilitators", group_command, filters=filters.ChatType.GROUPS))
    app.add_handler(
        CommandHandler("facilitators", private_command, filters=filters.ChatType.PRIVATE)
    )
    app.add_handler(CallbackQueryHandler(button, pattern=prefix_matcher(*FACILITATOR_BUTTONS)))
    app.add_handler(
        MessageHandler(filters.ChatType.PRIVATE & filters.FORWARDED, forwarded),
        group=Stage.FORWARDS,
    )
