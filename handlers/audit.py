"""/audit for admins: the recent facilitator and admin actions, page by page."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.buttons.audit import AUDIT_BUTTONS, OlderAudit
from bot.domain.callback import prefix_matcher
from bot.services.audit import AuditPage
from handlers.common import acknowledge, admin_sender, keyboard, language_of, pressed_button


async def audit_command(update: Update, context: BotContext) -> None:
    """Show admins the newest actions, with a button for older ones."""
    chat = update.effective_chat
    if chat is None or await admin_sender(update, context) is None:
        return
    page = await context.services.audit.page()
    text, markup = await _rendered(update, context, page)
    await context.bot.send_message(chat.id, text, reply_markup=markup)


async def audit_button(update: Update, context: BotContext) -> None:
    """Handle "Older": the page older than an entry (admins only, checked again)."""
    query, pressed = pressed_button(update, *AUDIT_BUTTONS)
    chat = update.effective_chat
    if chat is None or not isinstance(pressed, OlderAudit):
        await acknowledge(query)
        return
    if await admin_sender(update, context) is None:
        await acknowledge(query)
        return
    page = await context.services.audit.page(before_id=pressed.older_than)
    await acknowledge(query)
    text, markup = await _rendered(update, context, page)
    await context.bot.send_message(chat.id, text, reply_markup=markup)


async def _rendered(
    update: Update, context: BotContext, page: AuditPage
) -> tuple[str, InlineKeyboardMarkup | None]:
    """Word a page in the admin's language and zone, with an "Older" button when there are."""
    services = context.services
    language = await language_of(update, context)
    user = update.effective_user
    member = await services.members.get(user.id) if user else None
    zone = member.timezone if member else services.settings.timezone
    text = services.audit.render(page, language, zone)
    if page.older_than is None:
        return text, None
    label = services.texts.get(language, "btn-audit-older")
    return text, keyboard([[(label, OlderAudit(page.older_than).pack())]])


def register(app: BotApplication) -> None:
    """Add /audit and its paging button."""
    app.add_handler(CommandHandler("audit", audit_command, filters=filters.ChatType.PRIVATE))
    app.add_handler(CallbackQueryHandler(audit_button, pattern=prefix_matcher(*AUDIT_BUTTONS)))
