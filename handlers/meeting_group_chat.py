"""What a group chat hears of its meetings, chosen by its facilitators in /editmeeting: the
reminder posted before each meeting, and whether news of meeting changes is posted there too.

Registered by handlers.meeting_changes (the /editmeeting listing offers these buttons).
"""

from __future__ import annotations

import html

from telegram import Update

from bot.context import BotContext
from bot.domain.buttons.meeting_editing import (
    POST_BUTTONS,
    GroupPostChoices,
    SetGroupNews,
    SetGroupPost,
)
from bot.domain.models import Group
from handlers.common import acknowledge, keyboard, language_of, pressed_button, reply, sender
from handlers.meeting_steps import admin_of, post_choice_rows, post_label


def news_row(
    context: BotContext, language: str, group: Group, named: bool
) -> list[tuple[str, str]]:
    """The button that turns the group chat's meeting news on or off (it shows the state)."""
    get = context.services.texts.get
    state = get(language, "mte-news-on" if group.meeting_news else "mte-news-off")
    label = (
        get(language, "btn-mte-group-news-named", group=group.title, state=state)
        if named
        else get(language, "btn-mte-group-news", state=state)
    )
    # Buttons are plain text: undo the HTML escaping texts give their arguments.
    return [(html.unescape(label), SetGroupNews(group.chat_id, not group.meeting_news).pack())]


async def post_button(update: Update, context: BotContext) -> None:
    """Offer a group chat's reminder choices, set the one chosen, or turn its news on or off."""
    query, pressed = pressed_button(update, *POST_BUTTONS)
    await acknowledge(query)
    person = sender(update)
    if person is None:
        return
    if not isinstance(pressed, GroupPostChoices | SetGroupPost | SetGroupNews):
        await reply(update, context, "button-expired")
        return
    group_id = pressed.group_id
    group = await context.services.groups.get(group_id)
    if group is None or not await admin_of(context).may_manage(person.user_id, group_id):
        await reply(update, context, "mte-not-yours")
        return
    language = await language_of(update, context)
    if isinstance(pressed, GroupPostChoices):
        rows = post_choice_rows(context, language, group_id)
        await reply(update, context, "mte-post-choose", markup=keyboard(rows), group=group.title)
        return
    if isinstance(pressed, SetGroupNews):
        if not await admin_of(context).set_group_news(group_id, pressed.on, person.user_id):
            await reply(update, context, "button-expired")
            return
        on = "yes" if pressed.on else "no"
        await reply(update, context, "mte-group-news-saved", group=group.title, on=on)
        return
    minutes = pressed.minutes
    if not await admin_of(context).set_group_post_minutes(group_id, minutes, person.user_id):
        await reply(update, context, "button-expired")
        return
    when = await post_label(context, language, minutes)
    await reply(update, context, "mte-post-saved", group=group.title, when=when)
