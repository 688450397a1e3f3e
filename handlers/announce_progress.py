"""The author's progress message of an announcement: shown, edited as sending goes, cancelled."""

from __future__ import annotations

import html
import logging

from telegram import Bot, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.context import BotApplication, BotContext
from bot.domain.buttons.announce import StopAnnouncement
from bot.services.announcements import Announcement, AnnouncementService
from bot.services.container import Services
from handlers.common import keyboard, reply

log = logging.getLogger(__name__)

TICK_SECONDS = 1.0  # how often the job looks; each message is edited at most every ~3 s


def _cancel_button(services: Services, language: str, announcement_id: int) -> InlineKeyboardMarkup:
    """The progress message's one button: stop sending."""
    label = html.unescape(services.texts.get(language, "btn-ann-stop-sending"))
    return keyboard([[(label, StopAnnouncement(announcement_id).pack())]])


async def _markup(
    services: Services, announcement: Announcement, finished: bool
) -> InlineKeyboardMarkup | None:
    """The Cancel button while sending; none on the final report."""
    if finished:
        return None
    language = await services.announcements.language_of(announcement)
    return _cancel_button(services, language, announcement.id)


async def start(context: BotContext, announcement: Announcement) -> None:
    """Send the author's progress message (0 of N sent) and remember it to edit later."""
    service = context.services.announcements
    async with service.lock:
        # The progress job may have shown it meanwhile (between the commit and this call).
        current = await service.get(announcement.id)
        if current is None or current.status != "sending" or current.progress_message_id:
            return
        announcement = current
        counts = await service.counts(announcement)
        text = await service.progress_text(announcement, counts)
        await _write(context.bot, context.services, announcement, text, finished=False)


async def _write(
    bot: Bot,
    services: Services,
    announcement: Announcement,
    text: str,
    *,
    finished: bool,
) -> bool:
    """Edit the progress message (or send it when none was recorded); never raise.

    False only when it may work later (network, timeout, flood wait): then it is tried again.
    """
    service = services.announcements
    chat_id, message_id = announcement.progress_chat_id, announcement.progress_message_id
    if chat_id is None:  # the author used /forget: no one to show it to
        return True
    markup = await _markup(services, announcement, finished)
    try:
        if message_id is None:
            sent = await bot.send_message(chat_id, text, reply_markup=markup)
            await service.attach(announcement.id, chat_id, sent.message_id)
        else:
            await bot.edit_message_text(
                text, chat_id=chat_id, message_id=message_id, reply_markup=markup
            )
    except (BadRequest, Forbidden) as error:  # not modified, message gone, author blocked us
        if "not modified" not in str(error).lower():
            log.info(
                "progress of announcement %s not shown: %s", announcement.id, type(error).__name__
            )
    except TelegramError as error:
        log.info("progress of announcement %s not shown: %s", announcement.id, type(error).__name__)
        return False
    service.shown(announcement.id, text, finished)
    return True


async def refresh(bot: Bot, services: Services) -> int:
    """Edit the progress messages that changed; finish announcements with nothing pending.

    Every announcement still 'sending' is looked at, so a restart resumes them all.
    Returns how many messages were written.
    """
    service: AnnouncementService = services.announcements
    async with service.lock:
        views = await service.due_updates()
        for view in views:
            written = await _write(
                bot, services, view.announcement, view.text, finished=view.finished
            )
            if view.finished and written:
                await service.finish(view.announcement.id)
                log.info(
                    "announcement %s finished: %d delivered, %d blocked, %d failed",
                    view.announcement.id,
                    view.counts.delivered,
                    view.counts.blocked,
                    view.counts.failed,
                )
    return len(views)


async def cancel_pressed(
    update: Update, context: BotContext, user_id: int, announcement_id: int
) -> None:
    """Cancel sending (author, a facilitator of the group, or an admin); show the final report."""
    service = context.services.announcements
    announcement = await service.get(announcement_id)
    if announcement is None:
        await reply(update, context, "button-expired")
        return
    if not await service.may_cancel(announcement, user_id):
        log.warning("announcement %s: cancel refused for %s", announcement_id, user_id)
        await reply(update, context, "ann-cancel-refused")
        return
    async with service.lock:
        cancelled = await service.cancel(announcement_id, user_id)
        if cancelled is None:
            await reply(update, context, "ann-cancel-too-late")
            return
        counts = await service.counts(cancelled)
        text = await service.progress_text(cancelled, counts)
        await _write(context.bot, context.services, cancelled, text, finished=True)
    log.info(
        "announcement %s cancelled by %s: %d not sent", announcement_id, user_id, counts.not_sent
    )


def schedule(app: BotApplication) -> None:
    """Look at sending announcements every second (the state lives in the database)."""
    if app.job_queue is None:
        return

    async def tick(context: BotContext) -> None:
        """Edit progress messages and finish announcements that are done."""
        await refresh(context.bot, context.services)

    app.job_queue.run_repeating(tick, interval=TICK_SECONDS, first=1, name="announcement-progress")
