"""The discreet group nudge after a worrying message in a group: for someone the bot cannot
write to privately, and as a fallback when a member's private crisis reply cannot be delivered
(they blocked the bot and the bot did not know yet), so they still see help is one tap away."""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from typing import NamedTuple

from bot.context import BotApplication
from bot.domain.messages import Button, Keyboard, OutgoingText
from bot.domain.sends import SendContext, SendKind, SendOutcome
from bot.i18n import Texts
from bot.services.container import Services
from bot.services.flags import Send
from handlers.common import deep_link

log = logging.getLogger(__name__)
# /start help: the private link of the group nudge opens the crisis lines.
START_PAYLOAD = "help"
# "help", "help-es" or "help-es-ES": the language and country the link was given in.
HELP_PAYLOAD = re.compile(
    rf"{START_PAYLOAD}(?:-(?P<language>[a-z]{{2}})(?:-(?P<country>[A-Z]{{2}}))?)?"
)
# The member's private reply; for a group message it also names the group and the message.
REPLY_PREFIX = "crisis-reply"


class Nudge(NamedTuple):
    """Who a group nudge is for (language, name), which group message it answers, and the
    country whose lines its private link opens (the group's, when known)."""

    language: str
    name: str
    chat_id: int
    message_id: int
    country: str | None = None


def help_payload(language: str, country: str | None) -> str:
    """The /start payload of a nudge's private link: "help-es-ES" opens the crisis lines in
    that language and country for someone the bot does not know yet."""
    return "-".join(part for part in (START_PAYLOAD, language, country) if part)


def read_help_payload(payload: str) -> tuple[str | None, str | None]:
    """The language and country of a /start help payload (None where it gives none)."""
    match = HELP_PAYLOAD.fullmatch(payload)
    if match is None:
        return None, None
    return match["language"], match["country"]


NUDGE_PREFIX = "crisis-nudge"


@dataclass(frozen=True)
class GroupMessage(SendContext):
    """The group message a private crisis reply answers: where the fallback nudge goes."""

    update_id: int
    chat_id: int
    message_id: int


def group_nudge(texts: Texts, bot_username: str | None, nudge: Nudge, key: str) -> Send:
    """A short reply in the group that says nothing of what was written, with a private link."""
    language, name, chat_id, message_id, country = nudge
    link = deep_link(bot_username, help_payload(language, country))
    talk = html.unescape(texts.get(language, "btn-talk-privately"))
    message = OutgoingText(
        texts.get(language, "crisis-group-nudge", name=name),
        Keyboard.of([[Button(talk, url=link)]]),
        reply_to=message_id,
    )
    return Send(key, chat_id, message, SendKind.CRISIS_NUDGE)


def register(app: BotApplication, services: Services) -> None:
    """Listen to how members' crisis replies went; a failed one to a group message nudges."""

    async def private_reply_failed(outcome: SendOutcome) -> None:
        """Queue the group nudge when the private reply to a group message failed for good."""
        target = GroupMessage.read(outcome.context)
        if outcome.delivered or target is None:
            return
        update_id, chat_id, message_id = target.update_id, target.chat_id, target.message_id
        member = await services.members.get(outcome.chat_id)
        language = member.language if member else services.settings.default_language
        name = member.first_name if member and member.first_name else ""
        name = name or services.texts.get(language, "name-fallback")
        nudge = Nudge(language, name, chat_id, message_id)
        send = group_nudge(services.texts, app.bot.username, nudge, f"{NUDGE_PREFIX}:{update_id}")
        if await services.flags.follow_up(send, outcome.chat_id):
            log.info("crisis reply undeliverable: group nudge queued in %s", chat_id)

    services.outbox_link.observe(SendKind.CRISIS_REPLY, private_reply_failed)
