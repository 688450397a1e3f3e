"""Facilitators edit and retire their groups' resources; admins /reload the resource files."""

from __future__ import annotations

import re
from typing import Any

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.buttons.resource_editing import (
    MANAGE_BUTTONS,
    RESOURCE_FIELDS,
    EditResource,
    ManageResource,
    RetireResource,
)
from bot.domain.callback import prefix_matcher
from bot.domain.text import clean_name
from bot.i18n import ContentError
from bot.resources.models import Draft, Phone, Resource
from bot.services.resources import with_changes
from handlers.common import (
    acknowledge,
    admin_sender,
    keyboard,
    language_of,
    pressed_button,
    reply,
    sender,
)
from handlers.conversations import start_conversation
from handlers.resources import resource_card

_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{1,18}[0-9]$")
_URL = re.compile(r"^(https?://)?[a-z0-9.-]+\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)
NAME_MAX, DESCRIPTION_MAX = 80, 400
FIELDS = RESOURCE_FIELDS


async def managed_groups(context: BotContext, user_id: int) -> list[tuple[int, str]]:
    """Return (id, title) of the groups whose resources this person may manage."""
    services = context.services
    groups = await services.groups.all()
    if await services.roles.is_admin(user_id):
        return [(group.chat_id, group.title) for group in groups]
    mine = set(await services.roles.facilitated_groups(user_id))
    return [(group.chat_id, group.title) for group in groups if group.chat_id in mine]


def check_answer(field: str, value: str) -> str | None:
    """Return the text id of what is wrong with an answer, or None."""
    if field == "name" and not 2 <= len(value) <= NAME_MAX:
        return "resources-bad-name"
    if field == "description" and not 5 <= len(value) <= DESCRIPTION_MAX:
        return "resources-bad-description"
    if field == "phone" and not _PHONE.match(value):
        return "resources-bad-phone"
    if field == "website" and not _URL.match(value):
        return "resources-bad-website"
    if field not in FIELDS:
        return "button-expired"
    return None


def tidy_answer(field: str, value: str) -> str:
    """Tidy an accepted answer: one-line names, https:// on websites."""
    if field == "name":
        return clean_name(value)
    if field == "website" and not value.lower().startswith(("http://", "https://")):
        return f"https://{value}"
    return value


async def may_manage(context: BotContext, user_id: int, resource: Resource) -> bool:
    """Admins manage every resource added in the chat or imported; facilitators their groups'."""
    if resource.source == "file":
        return False
    if await context.services.roles.is_admin(user_id):
        return True
    groups = {group_id for group_id, _ in await managed_groups(context, user_id)}
    return resource.group_id in groups


async def manage_command(update: Update, context: BotContext) -> None:
    """/resources_mine: the resources of the person's groups, to edit or retire."""
    person = sender(update)
    if person is None:
        return
    services = context.services
    groups = {g for g, _ in await managed_groups(context, person.user_id)}
    if not groups:
        await reply(update, context, "staff-only")
        return
    language = await language_of(update, context)
    mine = await services.resources.of_groups(groups)
    if not mine:
        await reply(update, context, "resources-mine-none")
        return
    rows = [[(f"✏️ {r.name(language)}", ManageResource(r.id).pack())] for r in mine[:30]]
    await reply(update, context, "resources-mine", markup=keyboard(rows))


async def manage_button(update: Update, context: BotContext) -> None:
    """Show a resource with its edit buttons; edit one field of it, or retire it."""
    query, pressed = pressed_button(update, *MANAGE_BUTTONS)
    await acknowledge(query)
    person = sender(update)
    if person is None:
        return
    if not isinstance(pressed, MANAGE_BUTTONS):
        await reply(update, context, "button-expired")
        return
    services = context.services
    stored = await services.resources.get(pressed.resource_id)
    if stored is None or stored.status != "active":
        await reply(update, context, "button-expired")
        return
    if not await may_manage(context, person.user_id, stored.resource):
        await reply(update, context, "resources-not-yours")
        return
    language = await language_of(update, context)
    resource = stored.resource
    if isinstance(pressed, ManageResource):
        await _show(context, person.user_id, resource, language)
    elif isinstance(pressed, EditResource):
        draft = Draft(person.user_id, resource.group_id, resource.id, f"edit:{pressed.field}", {})
        await start_conversation(context, person.user_id, "resource")
        await services.resources.save_draft(draft)
        await reply(update, context, f"resources-ask-{pressed.field}")
    else:
        retired = await services.resources.retire(resource.id, person.user_id)
        text_id = "resources-retired" if retired else "button-expired"
        await reply(update, context, text_id, name=resource.name(language))


async def _show(context: BotContext, user_id: int, resource: Resource, language: str) -> None:
    """Send the resource as members see it, with a button per field to change, and Retire."""
    texts = context.services.texts
    rows = [
        [(texts.get(language, f"btn-edit-{field}"), EditResource(resource.id, field).pack())]
        for field in FIELDS
    ]
    rows.append([(texts.get(language, "btn-retire"), RetireResource(resource.id).pack())])
    card = resource_card(context, resource, language, context.services.clock())
    await context.bot.send_message(user_id, card, reply_markup=keyboard(rows))


async def apply_edit(
    update: Update, context: BotContext, draft: Draft, field: str, value: str
) -> None:
    """Change one field of a stored resource and drop the draft."""
    services = context.services
    stored = await services.resources.get(draft.resource_id or "")
    await services.resources.drop_draft(draft.user_id)
    if stored is None or stored.status != "active":
        await reply(update, context, "button-expired")
        return
    if not await may_manage(context, draft.user_id, stored.resource):
        await reply(update, context, "resources-not-yours")
        return
    resource, language = stored.resource, await language_of(update, context)
    value = tidy_answer(field, value)
    changes = _changes(resource, field, value, language)
    await services.resources.save(with_changes(resource, **changes), draft.user_id, new=False)
    await reply(update, context, "resources-updated", name=resource.name(language))


def _changes(resource: Resource, field: str, value: str, language: str) -> dict[str, Any]:
    """Return the fields an edit changes; a new phone replaces the first voice number only."""
    if field == "name":
        return {"names": {**resource.names, language: value}}
    if field == "description":
        return {"descriptions": {**resource.descriptions, language: value}}
    if field == "phone":
        phones = list(resource.phones)
        voice = next((i for i, phone in enumerate(phones) if phone.kind == "voice"), None)
        if voice is None:
            phones.insert(0, Phone(value, "voice"))
        else:
            phones[voice] = Phone(value, "voice", phones[voice].hours)
        return {"phones": tuple(phones)}
    return {"url": value}


async def reload_command(update: Update, context: BotContext) -> None:
    """/reload (admins): read the resource files again without restarting."""
    person = await admin_sender(update, context)
    if person is None:
        return
    try:
        sync = await context.services.resources.reload(person.user_id)
    except ContentError as error:
        await reply(update, context, "resources-reload-failed", problem=str(error))
        return
    await reply(
        update,
        context,
        "resources-reloaded",
        added=len(sync.added),
        changed=len(sync.changed),
        removed=len(sync.removed),
    )


def register(app: BotApplication) -> None:
    """Add the commands and buttons to manage resources, and /reload."""
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("myresources", manage_command, filters=private))
    app.add_handler(CommandHandler("reload", reload_command, filters=private))
    app.add_handler(CallbackQueryHandler(manage_button, pattern=prefix_matcher(*MANAGE_BUTTONS)))
