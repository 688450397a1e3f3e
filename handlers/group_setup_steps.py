"""The questions of a group setup and its closing summary (texts and buttons only)."""

from __future__ import annotations

from bot.context import BotContext
from bot.domain.buttons.group_setup import (
    KeepName,
    PickLanguage,
    PickPost,
    PickZone,
    SetupLater,
    StartSetup,
    StopSetup,
    TypeZone,
)
from bot.domain.callback import CallbackData
from bot.domain.group_setup import GROUP_POST_CHOICES, SetupDraft, next_steps, zone_choices
from bot.domain.language import SUPPORTED_LANGUAGES
from bot.domain.models import Group
from bot.domain.text import NAME_MAX_LENGTH
from bot.domain.zone_offsets import zone_label
from bot.formats.formatting import Reader, language_name, own_language_name
from handlers import status
from handlers.common import deep_link, keyboard, label

Rows = list[list[tuple[str, str]]]


def postlabel(context: BotContext, language: str, minutes: int) -> str:
    """'Off', '30 min', '1 h': a group chat reminder in words."""
    if not minutes:
        return context.services.texts.get(language, "setup-post-off")
    return context.services.meeting_writer.span_text(language, minutes)


def _fitting(text: str, button: CallbackData) -> tuple[str, str] | None:
    """The button as (text, data), or None when its data would not fit (a very long zone)."""
    try:
        return text, button.pack()
    except ValueError:
        return None


def _rows(
    context: BotContext, language: str, draft: SetupDraft, zones: tuple[tuple[str, str], ...] = ()
) -> tuple[str, Rows]:
    """The question's text id and its buttons for the draft's step (for the time zone: the
    `zones` given as (label, zone), else the suggested ones)."""
    chat = draft.chat_id
    if draft.step == "intro":
        start = label(context, language, "btn-setup-start")
        later = label(context, language, "btn-setup-later")
        go, put_off = StartSetup(chat).pack(), SetupLater(chat).pack()
        return "setup-intro", [[(start, go)], [(later, put_off)]]
    if draft.step == "name":
        keep = label(context, language, "btn-setup-keep-name", title=draft.title)
        return "setup-ask-name", [[(keep, KeepName(chat).pack())]]
    if draft.step == "timezone":
        services = context.services
        suggested = services.content.timezones_for(language)
        usual = zone_choices(draft.timezone, services.settings.timezone, suggested)
        offered = zones or tuple((zone_label(zone), zone) for zone in usual)
        buttons = (_fitting(shown, PickZone(chat, zone)) for shown, zone in offered)
        fitting = [button for button in buttons if button is not None]
        rows = [fitting[i : i + 2] for i in range(0, len(fitting), 2)]
        typed = label(context, language, "btn-setup-type-zone")
        return "setup-ask-timezone", [*rows, [(typed, TypeZone(chat).pack())]]
    if draft.step == "language":
        names = [(own_language_name(code), code) for code in SUPPORTED_LANGUAGES]
        row = [(name, PickLanguage(chat, code).pack()) for name, code in names]
        return "setup-ask-language", [row]
    labels = [
        (postlabel(context, language, m), PickPost(chat, m).pack()) for m in GROUP_POST_CHOICES
    ]
    return "setup-ask-reminder", [labels[:2], labels[2:]]


async def ask(
    context: BotContext,
    chat_id: int,
    language: str,
    draft: SetupDraft,
    problem: str | None = None,
    typed: str = "",
    zones: tuple[tuple[str, str], ...] = (),
) -> None:
    """Send the draft's question (after what was wrong with the last answer, if anything);
    `zones` are the time zones to offer, as (label, zone), instead of the usual ones (those a
    typo may mean)."""
    texts = context.services.texts
    message_id, rows = _rows(context, language, draft, zones)
    if draft.step != "intro":
        rows.append([(label(context, language, "btn-setup-stop"), StopSetup(draft.chat_id).pack())])
    parts = [texts.get(language, problem, text=typed, max=NAME_MAX_LENGTH)] if problem else []
    parts.append(
        texts.get(
            language,
            message_id,
            title=draft.title,
            timezone=draft.timezone,
            default=context.services.settings.timezone,
        )
    )
    await context.bot.send_message(chat_id, "\n\n".join(parts), reply_markup=keyboard(rows))


async def summary(context: BotContext, language: str, group: Group, bot_admin: bool) -> str:
    """What the group is set to, the members' invite link, and what is left to do."""
    texts = context.services.texts
    minutes = context.services.reminders.post_minutes_of(group)
    lines = [
        texts.get(
            language,
            "setup-done",
            title=group.title,
            timezone=group.timezone,
            language=language_name(group.language, Reader(language)),
            reminder=postlabel(context, language, minutes),
        ),
        texts.get(
            language, "setup-invite", link=deep_link(context.bot.username, group.invite_code)
        ),
    ]
    steps = next_steps(await status.group_status(context, group), bot_admin)
    if steps:
        lines.append(texts.get(language, "setup-next-header"))
        lines.extend(texts.get(language, step) for step in steps)
    else:
        lines.append(texts.get(language, "setup-next-none"))
    lines.append(texts.get(language, "setup-gate-hint"))
    return "\n\n".join(lines)
