"""Every text a person sends is checked; a worrying one is answered at once and flagged."""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.ext import (
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    TypeHandler,
    filters,
)

from bot.context import BotApplication, BotContext
from bot.crisis import Detection, Tier
from bot.domain.buttons.member import CrisisCountry
from bot.domain.callback import prefix_matcher
from bot.domain.excerpt import make_excerpt
from bot.domain.flags import Sighting, Told
from bot.domain.messages import OutgoingText
from bot.domain.models import Member, Person
from bot.domain.sends import SendKind
from bot.domain.text import clean_name
from bot.resources.models import is_text_step
from bot.resources.ranking import region_of_timezone
from bot.services.flags import Send
from handlers.common import (
    acknowledge,
    is_private,
    keyboard,
    language_of,
    name_or_friend,
    pressed_button,
    reply,
    sender,
)
from handlers.crisis_nudge import (
    HELP_PAYLOAD,
    REPLY_PREFIX,
    GroupMessage,
    Nudge,
    group_nudge,
    read_help_payload,
)
from handlers.gate import reached_again
from handlers.stages import Stage
from handlers.stats import count_active_day

log = logging.getLogger(__name__)

# Tries to store a flag before the member is sent the crisis lines directly (and it is logged).
RAISE_ATTEMPTS = 2

THIRD_PARTY = "third_party"


def text_of(message: Message) -> str:
    """Return what a person wrote: the text, or a media caption (forwarded ones included)."""
    return message.text or message.caption or ""


async def check_message(update: Update, context: BotContext) -> None:
    """Check a message or an edit; flag it when it suggests a crisis."""
    message = update.message or update.edited_message
    person = sender(update)
    if message is None or person is None:
        return
    text = text_of(message)
    if not text:
        return
    if (flag_id := await _handoff_note(update, context, person, message)) is not None:
        await reached_again(update, context)  # the stage after this one will not see it
        await reply(update, context, "flag-note-saved", id=str(flag_id))
        raise ApplicationHandlerStop
    detection = context.services.crisis.detect(text)
    if detection is None:
        return
    context.crisis_flagged = True  # later stages (the spam shield) read it: one detection
    if detection.tier is not Tier.IMMINENT and await _writing_a_resource(update, context, person):
        return  # a facilitator describing a service ("support for people thinking of suicide")
    if detection.category.value == THIRD_PARTY and await _telling_a_worry(update, context, person):
        return  # the answer to /worried: filed for that group's facilitators at this tier
    await _flag(update, context, person, message, text, detection)
    if is_private(update):
        # A check-in note that was awaited (or may be offered), or a worry about someone that
        # turned out to be about themself, became a crisis message: the next text is not it,
        # and nothing typed before it is held any longer.
        for kind in ("note", "note_offer", "worried"):
            await context.services.questions.close(person.user_id, kind)
    is_command = text.startswith("/")
    if update.edited_message is not None or (is_private(update) and not is_command):
        # The stages after this one will not see it.
        await reached_again(update, context)
        await count_active_day(update, context)
        raise ApplicationHandlerStop


async def _handoff_note(
    update: Update, context: BotContext, person: Person, message: Message
) -> int | None:
    """Take a facilitator's private text as the handoff note they were just asked for;
    return its flag's id (None: not a note)."""
    if not is_private(update) or update.message is None or not message.text:
        return None
    if message.text.startswith("/"):
        return None
    return await context.services.flags.take_note(person.user_id, message.text)


async def _writing_a_resource(update: Update, context: BotContext, person: Person) -> bool:
    """Tell whether this private text answers a question of a facilitator's resource draft."""
    if not is_private(update) or update.message is None:
        return False
    # The draft is the person's one open question: no check-in note is awaited meanwhile.
    draft = await context.services.resources.draft(person.user_id)
    return draft is not None and is_text_step(draft.step)


async def _telling_a_worry(update: Update, context: BotContext, person: Person) -> bool:
    """Tell whether this private text answers /worried ("I'm worried about someone"): the
    worry feature (bot/peer_reports) files it with the detector's tier for their group."""
    if not is_private(update) or update.message is None or text_of(update.message).startswith("/"):
        return False
    return await context.services.questions.waiting(person.user_id, "worried") is not None


async def _flag(
    update: Update,
    context: BotContext,
    person: Person,
    message: Message,
    text: str,
    detection: Detection,
) -> None:
    """Raise (or join) the flag and queue the member's reply in the same transaction."""
    services = context.services
    chat = message.chat
    in_group = not is_private(update)
    excerpt = make_excerpt(text, list(detection.spans))
    sighting = Sighting(
        member_id=person.user_id,
        member_name=clean_name(person.first_name),
        member_username=person.username,
        chat_id=chat.id,
        chat_title=clean_name(chat.title) if in_group else None,
        group_id=chat.id if in_group else None,
        tier=detection.tier.value,
        category=detection.category.value,
        rules=detection.rules,
        excerpt=excerpt.text,
        highlights=excerpt.highlights,
    )
    member = await services.members.get(person.user_id)
    # Someone the bot does not know is answered in the language they wrote in, not their
    # phone's; and in a group, with the lines of the group's country.
    written_in = detection.language() if member is None else None
    language = written_in or await language_of(update, context)
    country = await _group_country(context, chat.id) if in_group else None
    name = await name_or_friend(update, context, clean_name(person.first_name))

    async def compose(told: Told, repeat: bool) -> list[Send]:
        """Write the member's reply: privately when possible, else a discreet group nudge."""
        key = f"{REPLY_PREFIX}:{update.update_id}"
        if in_group and not _reachable_privately(member):
            # One discreet nudge per flag: repeating it in public would draw attention.
            where = Nudge(language, name, chat.id, message.message_id, country)
            nudge = group_nudge(services.texts, context.bot.username, where, key)
            return [] if repeat else [nudge]
        if repeat:
            text_id = "crisis-still-here"
            body = services.texts.get(language, text_id, name=name, told=told.value)
        else:
            body = support_text(context, language, name, told, detection, member)
        reply = OutgoingText(body)
        if in_group and not repeat:
            # If the private reply cannot be delivered (they blocked the bot), the group nudge
            # follows: the context says where (see private_reply_failed).
            target = GroupMessage(update.update_id, chat.id, message.message_id)
            key = f"{key}:{chat.id}:{message.message_id}"
            return [Send(key, person.user_id, reply, SendKind.CRISIS_REPLY, target)]
        return [Send(key, person.user_id, reply, SendKind.CRISIS_REPLY)]

    for attempt in range(1, RAISE_ATTEMPTS + 1):
        try:
            await services.flags.raise_flag(sighting, compose)
            return
        except Exception as error:  # the member must still get help, whatever failed
            log.error("flag not stored (attempt %d): %s", attempt, type(error).__name__)
    if not in_group or _reachable_privately(member):
        text = support_text(context, language, name, Told.NOBODY, detection, member)
        await context.bot.send_message(person.user_id, text)


def _reachable_privately(member: Member | None) -> bool:
    """Tell whether the bot can write to this person privately (started and not blocked)."""
    return member is not None and member.unreachable_at is None


def support_text(
    context: BotContext,
    language: str,
    name: str,
    told: Told,
    detection: Detection | None,
    member: Member | None,
) -> str:
    """Return the warm reply with the crisis lines of the member's country."""
    services = context.services
    about_someone = detection is not None and detection.category.value == THIRD_PARTY
    text_id = "crisis-reply-other" if about_someone else "crisis-reply-self"
    opening = services.texts.get(language, text_id, name=name, told=told.value)
    return "\n\n".join([opening.strip(), crisis_lines_block(context, language, member)])


def country_of(context: BotContext, member: Member | None) -> str | None:
    """Return the member's country: the one they chose, else the one of their time zone."""
    return context.services.support.country_of(member)


def region_of(context: BotContext, member: Member | None) -> str | None:
    """Return the member's region as far as the bot can tell: the city of their time zone."""
    zone = member.timezone if member is not None else context.services.settings.timezone
    return region_of_timezone(zone)


def crisis_lines_block(
    context: BotContext, language: str, member: Member | None, country_code: str | None = None
) -> str:
    """Return the crisis lines for the member's country, in HTML."""
    return context.services.support.lines_block(language, member, country_code)


async def _group_country(context: BotContext, chat_id: int) -> str | None:
    """The country of a group's time zone (whose crisis lines fit its members), if known."""
    group = await context.services.groups.get(chat_id)
    return context.services.crisis_lines.country_for_timezone(group.timezone) if group else None


async def crisis_command(update: Update, context: BotContext) -> None:
    """Show the crisis lines to anyone, even before /start (also the group nudge's link, whose
    payload gives the language and country to use for someone the bot does not know)."""
    person = sender(update)
    if person is None or update.effective_chat is None:
        return
    member = await context.services.members.get(person.user_id)
    given_language, country = read_help_payload(context.args[0] if context.args else "")
    if member is not None:
        given_language, country = None, None  # a member's own settings hold
    language = given_language or await language_of(update, context)
    parts = [crisis_lines_block(context, language, member, country)]
    if member is None:
        parts.append(context.services.texts.get(language, "crisis-start-help"))
    elif is_private(update):  # "I'm worried about someone" (bot/peer_reports)
        parts.append(context.services.texts.get(language, "worried-hint"))
    other = context.services.texts.get(language, "btn-other-country")
    markup = keyboard([[(other, CrisisCountry().pack())]])
    await context.bot.send_message(
        update.effective_chat.id, "\n\n".join(parts), reply_markup=markup
    )


async def country_button(update: Update, context: BotContext) -> None:
    """No country: the countries to choose from; a country: (for members, keeps) its lines."""
    query, pressed = pressed_button(update, CrisisCountry)
    person = sender(update)
    await acknowledge(query)
    if person is None:
        return
    services = context.services
    language = await language_of(update, context)
    lines = services.crisis_lines
    # Answered where the button was pressed: someone in a group may never have started the bot.
    chat_id = query.message.chat.id if query.message is not None else person.user_id
    code = pressed.country if isinstance(pressed, CrisisCountry) else None
    if code is None or code not in (*lines.countries, lines.international.code):
        rows = [
            (lines.for_country(country).name(language), CrisisCountry(country).pack())
            for country in (*lines.countries_by_name(language), lines.international.code)
        ]
        paired = [rows[i : i + 2] for i in range(0, len(rows), 2)]
        text = services.texts.get(language, "crisis-choose-country")
        await context.bot.send_message(chat_id, text, reply_markup=keyboard(paired))
        return
    member = await services.members.get(person.user_id)
    if member is not None:
        await services.members.set_country(person.user_id, code)
    await context.bot.send_message(
        person.user_id, crisis_lines_block(context, language, member, code)
    )


def register(app: BotApplication) -> None:
    """Check every message first; add /crisis and the private link's /start help."""
    app.add_handler(TypeHandler(Update, check_message), group=Stage.CRISIS)
    private = filters.ChatType.PRIVATE
    # Anyone, anywhere: in a group the lines are posted there (the person asked for them).
    app.add_handler(CommandHandler("crisis", crisis_command))
    app.add_handler(CallbackQueryHandler(country_button, pattern=prefix_matcher(CrisisCountry)))
    app.add_handler(
        CommandHandler(
            "start",
            crisis_command,
            filters=private & filters.Regex(rf"^/start {HELP_PAYLOAD.pattern}$"),
        )
    )
