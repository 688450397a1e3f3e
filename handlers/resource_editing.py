"""Facilitators add resources for their groups in the chat, one question at a time."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.buttons.resource_editing import (
    DRAFT_BUTTONS,
    CancelResource,
    PickCategory,
    PickResourceGroup,
    SaveResource,
    SkipResourceStep,
)
from bot.domain.callback import prefix_matcher
from bot.domain.text import sanitize
from bot.domain.zone_country import country_for_timezone
from bot.resources.models import INTERNATIONAL, Draft, Phone, Resource, is_text_step
from handlers.common import acknowledge, keyboard, language_of, pressed_button, reply, sender
from handlers.conversations import start_conversation
from handlers.resource_managing import (
    apply_edit,
    check_answer,
    manage_command,
    managed_groups,
    tidy_answer,
)
from handlers.resources import resource_card
from handlers.text_router import add_answer


async def add_command(update: Update, context: BotContext) -> None:
    """/resources_add (or /addresource): start a new resource for one of the person's groups."""
    person = sender(update)
    if person is None:
        return
    groups = await managed_groups(context, person.user_id)
    if not groups:
        await reply(update, context, "staff-only")
        return
    if len(groups) == 1:
        await _start(update, context, person.user_id, groups[0][0])
        return
    rows = [[(title, PickResourceGroup(group_id).pack())] for group_id, title in groups]
    await reply(update, context, "resources-add-which-group", markup=keyboard(rows))


async def _start(update: Update, context: BotContext, user_id: int, group_id: int) -> None:
    """Create the draft and ask for the name (an unfinished meeting conversation is dropped)."""
    await start_conversation(context, user_id, "resource")
    await context.services.resources.save_draft(Draft(user_id, group_id, None, "name", {}))
    await reply(update, context, "resources-ask-name")


async def draft_text(update: Update, context: BotContext, text: str) -> bool:
    """Take the next answer of a resource draft; False with no draft or at a button step."""
    person = sender(update)
    if person is None:
        return False
    services = context.services
    draft = await services.resources.draft(person.user_id)
    if draft is None or not is_text_step(draft.step):
        return False
    value = sanitize(text).strip()
    field = draft.step.removeprefix("edit:")
    problem = check_answer(field, value)
    if problem:
        await reply(update, context, problem)
        return True
    if draft.step.startswith("edit:") and draft.resource_id:
        await apply_edit(update, context, draft, field, value)
        return True
    data = {**draft.data, field: tidy_answer(field, value)}
    await _next_step(update, context, Draft(draft.user_id, draft.group_id, None, "", data), field)
    return True


async def _next_step(update: Update, context: BotContext, draft: Draft, answered: str) -> None:
    """Save the answer and ask the next question (or show the preview)."""
    services = context.services
    order = ["name", "description", "category", "phone", "website", "confirm"]
    step = order[order.index(answered) + 1]
    await services.resources.save_draft(
        Draft(draft.user_id, draft.group_id, None, step, draft.data)
    )
    language = await language_of(update, context)
    if step == "category":
        rows = [
            [(f"{c.emoji} {c.label(language)}".strip(), PickCategory(c.id).pack())]
            for c in services.resources.all_categories()
        ]
        await reply(update, context, "resources-ask-category", markup=keyboard(rows))
    elif step == "description":
        await reply(update, context, "resources-ask-description")
    elif step in ("phone", "website"):
        skip = services.texts.get(language, "btn-skip")
        await reply(
            update,
            context,
            f"resources-ask-{step}",
            markup=keyboard([[(skip, SkipResourceStep().pack())]]),
        )
    else:
        await _preview(update, context, draft)


async def _preview(update: Update, context: BotContext, draft: Draft) -> None:
    """Show the resource as members will see it, with Save and Cancel."""
    services = context.services
    language = await language_of(update, context)
    resource = await _resource_from(context, draft, language, "preview")
    card = resource_card(context, resource, language, services.clock())
    texts = services.texts
    rows = [
        [
            (texts.get(language, "btn-save"), SaveResource().pack()),
            (texts.get(language, "btn-cancel"), CancelResource().pack()),
        ]
    ]
    intro = texts.get(language, "resources-preview")
    await context.bot.send_message(draft.user_id, f"{intro}\n\n{card}", reply_markup=keyboard(rows))


async def _resource_from(
    context: BotContext, draft: Draft, language: str, resource_id: str
) -> Resource:
    """Build the resource a draft describes, for the draft's group and its country."""
    data: dict[str, Any] = draft.data
    group = await context.services.groups.get(draft.group_id) if draft.group_id else None
    country = country_for_timezone(group.timezone) if group else None
    phone = data.get("phone")
    return Resource(
        id=resource_id,
        names={language: str(data.get("name", ""))},
        descriptions={language: str(data.get("description", ""))},
        categories=(str(data.get("category", "peer_support")),),
        phones=(Phone(str(phone), "voice"),) if phone else (),
        url=data.get("website"),
        languages=(language,),
        country=country or INTERNATIONAL,
        group_id=draft.group_id,
        source="chat",
    )


async def draft_button(update: Update, context: BotContext) -> None:
    """The buttons of a resource draft: group, category, skip, save, cancel."""
    query, pressed = pressed_button(update, *DRAFT_BUTTONS)
    await acknowledge(query)
    person = sender(update)
    if person is None:
        return
    if isinstance(pressed, PickResourceGroup) and await _manages(
        context, person.user_id, pressed.group_id
    ):
        await _start(update, context, person.user_id, pressed.group_id)
        return
    draft = await context.services.resources.draft(person.user_id)
    if (
        draft is None
        or not isinstance(pressed, DRAFT_BUTTONS)
        or isinstance(pressed, PickResourceGroup)
    ):
        await reply(update, context, "button-expired")
        return
    await _draft_step(update, context, draft, pressed)


async def _manages(context: BotContext, user_id: int, group_id: int) -> bool:
    """Whether the person may add resources for the group."""
    return group_id in {g for g, _ in await managed_groups(context, user_id)}


async def _draft_step(
    update: Update,
    context: BotContext,
    draft: Draft,
    pressed: PickCategory | SkipResourceStep | SaveResource | CancelResource,
) -> None:
    """Take a pressed answer if the draft is at its step; cancel from any step."""
    services = context.services
    if (
        isinstance(pressed, PickCategory)
        and draft.step == "category"
        and pressed.category in services.resources.categories
    ):
        data = {**draft.data, "category": pressed.category}
        await _next_step(
            update, context, Draft(draft.user_id, draft.group_id, None, "", data), "category"
        )
    elif isinstance(pressed, SkipResourceStep) and draft.step in ("phone", "website"):
        await _next_step(update, context, draft, draft.step)
    elif isinstance(pressed, SaveResource) and draft.step == "confirm":
        await _save(update, context, draft)
    elif isinstance(pressed, CancelResource):
        await services.resources.drop_draft(draft.user_id)
        await reply(update, context, "resources-cancelled")
    else:
        await reply(update, context, "button-expired")


async def _save(update: Update, context: BotContext, draft: Draft) -> None:
    """Store the new resource (it is searchable at once) and drop the draft."""
    services = context.services
    language = await language_of(update, context)
    assert draft.group_id is not None
    if not await _manages(context, draft.user_id, draft.group_id):
        await services.resources.drop_draft(draft.user_id)
        await reply(update, context, "staff-only")
        return
    resource_id = await services.resources.new_id(draft.group_id, str(draft.data.get("name", "")))
    resource = await _resource_from(context, draft, language, resource_id)
    await services.resources.save(resource, draft.user_id, new=True)
    await services.resources.drop_draft(draft.user_id)
    await reply(update, context, "resources-saved", name=resource.name(language))


async def resources_subcommand(update: Update, context: BotContext) -> None:
    """/resources add and /resources mine: the same as /addresource and /myresources."""
    if context.args and context.args[0].casefold() == "add":
        await add_command(update, context)
    else:
        await manage_command(update, context)


def register(app: BotApplication) -> None:
    """Add the staff commands and buttons; typed text answers a resource draft first.

    Register before handlers.resources, so '/resources add' is not taken as a search.
    """
    private = filters.ChatType.PRIVATE
    subcommand = filters.Regex(r"(?i)^/resources(@\w+)?\s+(add|mine)\s*$")
    app.add_handler(CommandHandler("resources", resources_subcommand, filters=private & subcommand))
    app.add_handler(CommandHandler("addresource", add_command, filters=private))
    app.add_handler(CallbackQueryHandler(draft_button, pattern=prefix_matcher(*DRAFT_BUTTONS)))
    add_answer(app, "resource", draft_text)
