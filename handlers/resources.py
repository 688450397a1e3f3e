"""/resources: browse by category, search (also from a plain question), and resource cards."""

from __future__ import annotations

from datetime import datetime

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.crisis_lines import hours_text
from bot.domain.buttons.member import ResourceCategory
from bot.domain.callback import prefix_matcher
from bot.domain.text import escape_html
from bot.resources.hours import describe_hours, is_open
from bot.resources.models import Category, Resource
from bot.resources.query import Query
from bot.services.resources import Found
from handlers.common import acknowledge, keyboard, language_of, pressed_button, reply, sender
from handlers.crisis import country_of, crisis_lines_block, region_of
from handlers.text_router import add_text_interpreter


async def resources_command(update: Update, context: BotContext) -> None:
    """With words, search; without, show the categories to browse."""
    query = " ".join(context.args or [])
    if query.strip():
        await answer_search(update, context, query)
    else:
        await show_categories(update, context)


async def show_categories(
    update: Update, context: BotContext, intro: str = "", with_lines: bool = False
) -> None:
    """Send the buttons of the categories that hold something for the person, two per row;
    with_lines: the national lines of their country above the buttons too."""
    chat, person = update.effective_chat, sender(update)
    if chat is None:
        return
    language = await language_of(update, context)
    texts = context.services.texts
    text = intro or texts.get(language, "resources-choose")
    member = await context.services.members.get(person.user_id) if person else None
    if with_lines:
        lines = crisis_lines_block(context, language, member)
        text = "\n\n".join([text, lines, texts.get(language, "resources-pick-topic")])
    categories = await context.services.resources.browsable_categories(country_of(context, member))
    await context.bot.send_message(
        chat.id, text, reply_markup=categories_keyboard(categories, language)
    )


def categories_keyboard(categories: list[Category], language: str) -> InlineKeyboardMarkup:
    """Return one button per category, two per row."""
    buttons = [
        (
            f"{category.emoji} {category.label(language)}".strip(),
            ResourceCategory(category.id).pack(),
        )
        for category in categories
    ]
    return keyboard([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


async def category_button(update: Update, context: BotContext) -> None:
    """List a category's resources for the member's country."""
    query, pressed = pressed_button(update, ResourceCategory)
    await acknowledge(query)
    person = sender(update)
    services = context.services
    chosen = pressed.category if isinstance(pressed, ResourceCategory) else ""
    category = services.resources.category(chosen)
    if person is None or category is None:
        await reply(update, context, "button-expired")
        return
    member = await services.members.get(person.user_id)
    language = await language_of(update, context)
    found = await services.resources.browse(
        category.id, country_of(context, member), region_of(context, member)
    )
    if not found:
        await reply(
            update, context, "resources-none-in-category", category=category.label(language)
        )
        return
    header = services.texts.get(
        language, "resources-in-category", category=category.label(language)
    )
    await _send_cards(update, context, language, header, found)


async def answer_search(update: Update, context: BotContext, query: str) -> None:
    """Search and answer with the best resources; when the topic words find nothing, or there
    are none ("help"), say so and offer the topics and the national lines instead."""
    found = await _search(update, context, query)
    if found is None or await _show_found(update, context, found):
        return
    if found.words or found.query.wants_help:
        await _offer_topics_and_lines(update, context, found)
        return
    language = await language_of(update, context)
    await show_categories(
        update, context, context.services.texts.get(language, "resources-empty-query")
    )


async def question(update: Update, context: BotContext, text: str) -> bool:
    """Answer a plain private question about where to find help ('where can I find housing').

    Only a message with a question word ("where", "necesito") or a general word ("help") is
    searched. Found resources are answered; a request for help in general words only ("¿dónde
    hay ayuda?"), or one whose topic found nothing ("housing help" where there is none), gets
    the topics and the national lines. Anything else is left to the other features.
    """
    query = context.services.resources.read(text)
    if not query.question:
        return False
    found = await _search(update, context, text, query)
    if found is None:
        return False
    if await _show_found(update, context, found):
        return True
    if not found.query.general:
        return False
    await _offer_topics_and_lines(update, context, found)
    return True


async def _offer_topics_and_lines(update: Update, context: BotContext, found: Found) -> None:
    """Say what was not found (or how to ask), then the national lines and the topics."""
    language = await language_of(update, context)
    texts = context.services.texts
    if found.words:
        intro = texts.get(language, "resources-none", words=" ".join(found.words))
    else:
        intro = texts.get(language, "resources-general")
    await show_categories(update, context, intro, with_lines=True)


async def _search(
    update: Update, context: BotContext, text: str, query: Query | None = None
) -> Found | None:
    """Search for the sender: their language, country and region first (None: no person)."""
    person = sender(update)
    if person is None:
        return None
    services = context.services
    member = await services.members.get(person.user_id)
    language = await language_of(update, context)
    return await services.resources.search(
        text, language, country_of(context, member), region_of(context, member), query
    )


async def _show_found(update: Update, context: BotContext, found: Found) -> bool:
    """Send what a search found; False (nothing sent) when it found nothing."""
    if not found.resources:
        return False
    language = await language_of(update, context)
    header = context.services.texts.get(language, "resources-found", words=" ".join(found.words))
    await _send_cards(update, context, language, header, found.resources)
    return True


async def _send_cards(
    update: Update, context: BotContext, language: str, header: str, found: list[Resource]
) -> None:
    """Send a header and the resource cards in one message (within Telegram's limit)."""
    chat = update.effective_chat
    if chat is None:
        return
    now = context.services.clock()
    cards: list[str] = []
    size = len(header)
    for resource in found:
        card = resource_card(context, resource, language, now)
        if size + len(card) + 2 > 4000:
            break
        cards.append(card)
        size += len(card) + 2
    await context.bot.send_message(chat.id, "\n\n".join([header, *cards]))


def resource_card(context: BotContext, resource: Resource, language: str, now: datetime) -> str:
    """Return one resource as HTML: name, open now, description, phones, website, email."""
    texts = context.services.texts
    title = f"<b>{escape_html(resource.name(language))}</b>"
    state = is_open(resource, now)
    if state is not None and not resource.always_open:
        title += " · " + texts.get(language, "resource-open" if state else "resource-closed")
    lines = [title, escape_html(resource.description(language))]
    hours = describe_hours(resource, language, texts.get(language, "resource-every-day"))
    if hours and not resource.always_open:
        lines.append(texts.get(language, "resource-hours", hours=hours))
    for phone in resource.phones:
        kind = texts.get(language, "lines-text" if phone.kind == "text" else "lines-call")
        extra = f", {escape_html(hours_text(phone.hours, language))}" if phone.hours else ""
        lines.append(
            f"{'💬' if phone.kind == 'text' else '📞'} {escape_html(phone.number)} — {kind}{extra}"
        )
    if resource.url:
        lines.append(f"🌐 {escape_html(resource.url)}")
    if resource.email:
        lines.append(f"✉️ {escape_html(resource.email)}")
    return "\n".join(lines)


def register(app: BotApplication) -> None:
    """Add /resources, the category buttons and the plain-question interpreter."""
    app.add_handler(
        CommandHandler("resources", resources_command, filters=filters.ChatType.PRIVATE)
    )
    app.add_handler(CallbackQueryHandler(category_button, pattern=prefix_matcher(ResourceCategory)))
    add_text_interpreter(app, question)
