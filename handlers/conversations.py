"""One conversation at a time: starting one (a meeting, a resource, an announcement, a group
setup) drops the others and any wait for a check-in note, so typed text goes where the person
expects: to the conversation they started last."""

from __future__ import annotations

from typing import Literal

from bot.context import BotContext

Conversation = Literal["meeting", "resource", "announcement", "setup"]


async def start_conversation(context: BotContext, user_id: int, kind: Conversation) -> None:
    """Drop the person's other unfinished conversations before `kind` starts."""
    services = context.services
    if kind != "meeting":
        await services.meeting_drafts.delete(user_id)
    if kind != "resource":
        await services.resources.drop_draft(user_id)
    if kind != "announcement":
        await services.announcements.drop_draft(user_id)
    if kind != "setup":
        await services.group_setup.drop(user_id)
    await services.checkins.forget_note_wait(user_id)
