"""Moderation through the real Application: /warn and /hold as replies in a group, reasons
asked for, refusals, held messages reviewed, appeals decided, records exported and erased.

The world is built as people build it (tests/handlers/world.py): no repository, no SQL.
"""

from __future__ import annotations

import re

import pytest

from bot.app import services_of
from bot.devtools.emulator import StoredMessage, UserActionRefused
from bot.moderation.build import moderation_buttons, moderation_of
from bot.moderation.model import (
    HOLD_CRISIS,
    AppealButton,
    CardAction,
    CardButton,
    Decision,
    DecisionButton,
    HeldButton,
    Review,
)
from tests.handlers.conftest import ADMIN_ID, HandlerHarness
from tests.handlers.world import World, make_facilitator, onboard

FACILITATOR, MEMBER, OTHER_FACILITATOR = 650_000_001, 650_000_002, 650_000_003


ALL_RIGHTS = frozenset({"can_restrict_members", "can_delete_messages", "can_pin_messages"})


async def moderated_world(
    harness: HandlerHarness, *, rights: frozenset[str] | None = ALL_RIGHTS, basic: bool = False
) -> World:
    """Thursday circle, a supergroup (unless `basic`), with Fran facilitating and Robin a
    member who joined by link; an owner gives the bot `rights` (None: the bot is no admin)."""
    if ADMIN_ID not in harness.core.users:
        harness.core.add_user("Ada", ADMIN_ID)
    group = harness.core.add_group("Thursday circle", bot_is_member=False, supergroup=not basic)
    harness.core.add_bot_to_group(group.id, ADMIN_ID, rights=rights)
    await harness.deliver()
    [code] = {
        found.group(1)
        for message in harness.core.bot_messages(group.id)
        for row in (message.reply_markup or {}).get("inline_keyboard", [])
        for button in row
        if (found := re.search(r"start=([\w-]+)", str(button.get("url", ""))))
    }
    await onboard(harness, FACILITATOR, "Fran")
    await make_facilitator(harness, group.id, FACILITATOR)
    await onboard(harness, MEMBER, "Robin")
    assert "Thursday circle" in await harness.ask(MEMBER, f"/start {code}")
    return World(group.id, "Thursday circle", FACILITATOR, MEMBER)


async def _command(
    harness: HandlerHarness, world: World, actor: int, text: str, target_id: int | None
) -> int:
    """`actor` sends `text` in the group as a reply to message `target_id`; the command's id."""
    sent = harness.core.inject_message(actor, text, world.group_id, reply_to_message_id=target_id)
    await harness.deliver()
    await harness.flush_outbox()
    return int(sent["message_id"])


def _said(harness: HandlerHarness, chat_id: int) -> list[str]:
    """Every text the bot has sent to a chat (deleted ones aside), oldest first."""
    return [message.plain_text or "" for message in harness.core.bot_messages(chat_id)]


def _last(harness: HandlerHarness, chat_id: int) -> StoredMessage:
    """The bot's latest message in a chat."""
    return harness.core.bot_messages(chat_id)[-1]


def _data(message: StoredMessage) -> list[str]:
    """Every button's callback data on a message."""
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    return [str(button.get("callback_data", "")) for row in rows for button in row]


async def _audit(harness: HandlerHarness) -> list[tuple[str, str | None]]:
    """The audit trail's moderation actions with their subjects, oldest first."""
    rows = await services_of(harness.app).db.fetch_all(
        "SELECT action, subject FROM audit_log WHERE action LIKE 'moderation.%' ORDER BY id"
    )
    return [(str(row[0]), row[1]) for row in rows]


async def test_a_warning_reaches_the_member_privately_with_an_appeal(
    harness: HandlerHarness,
) -> None:
    """/warn reason as a reply: the member is told why, kindly, with an Appeal button; the
    facilitator gets the confirmation privately; the command leaves the group; audited."""
    world = await moderated_world(harness)
    post = harness.core.inject_message(MEMBER, "buy cheap watches here", world.group_id)
    await harness.deliver()
    command = await _command(
        harness, world, FACILITATOR, "/warn please keep <b>ads</b> out", post["message_id"]
    )
    notice = _last(harness, MEMBER)
    assert "Thursday circle" in (notice.plain_text or "")
    assert "Why: please keep <b>ads</b> out" in (notice.plain_text or "")
    assert "&lt;b&gt;ads&lt;/b&gt;" in (notice.text or "")
    assert "not about who you are" in (notice.plain_text or "")
    assert [AppealButton.parse(data) is not None for data in _data(notice)] == [True]
    assert "Robin got a warning" in _said(harness, FACILITATOR)[-1]
    assert "They were told privately" in _said(harness, FACILITATOR)[-1]
    assert harness.core.message(world.group_id, command).deleted
    assert not harness.core.message(world.group_id, post["message_id"]).deleted
    assert not any("warning" in text for text in _said(harness, world.group_id))
    assert await _audit(harness) == [("moderation.warn", str(MEMBER))]


async def test_the_facilitator_hears_when_the_member_could_not_be_told(
    harness: HandlerHarness,
) -> None:
    """Someone in the group who never opened the bot is warned all the same, and the
    facilitator is told plainly that they could not be told."""
    world = await moderated_world(harness)
    harness.core.add_user("Quinn", 650_000_008)
    post = harness.core.inject_message(650_000_008, "hello", world.group_id)
    await _command(harness, world, FACILITATOR, "/warn keep it kind", post["message_id"])
    done = _said(harness, FACILITATOR)[-1]
    assert "Quinn got a warning" in done
    assert "so I couldn't tell them" in done
    assert await _audit(harness) == [("moderation.warn", "650000008")]


async def test_a_member_is_told_only_facilitators_may(harness: HandlerHarness) -> None:
    """A member's /warn does nothing but say who may; nobody is told anything."""
    world = await moderated_world(harness)
    await onboard(harness, 650_000_009, "Mo")
    post = harness.core.inject_message(650_000_009, "hello", world.group_id)
    await _command(harness, world, MEMBER, "/warn rude", post["message_id"])
    assert "Only this group's facilitators can use /warn" in _said(harness, world.group_id)[-1]
    assert await _audit(harness) == []


async def test_a_facilitator_or_admin_cannot_be_acted_on(harness: HandlerHarness) -> None:
    """Another facilitator, an admin, or a bot's message: refused plainly, nothing recorded."""
    world = await moderated_world(harness)
    await onboard(harness, OTHER_FACILITATOR, "Olu")
    await make_facilitator(harness, world.group_id, OTHER_FACILITATOR)
    theirs = harness.core.inject_message(OTHER_FACILITATOR, "hi all", world.group_id)
    await _command(harness, world, FACILITATOR, "/warn test", theirs["message_id"])
    assert "can't be moderated with the bot" in _said(harness, world.group_id)[-1]
    admins = harness.core.inject_message(ADMIN_ID, "hello", world.group_id)
    await _command(harness, world, FACILITATOR, "/ban test", admins["message_id"])
    assert "can't be moderated with the bot" in _said(harness, world.group_id)[-1]
    bots = harness.core.bot_messages(world.group_id)[0]
    await _command(harness, world, FACILITATOR, "/warn test", bots.message_id)
    assert "isn't from a person" in _said(harness, world.group_id)[-1]
    assert await _audit(harness) == []


async def test_a_command_without_a_reply_or_with_a_bad_duration_is_explained(
    harness: HandlerHarness,
) -> None:
    """No reply: how to use it; /mute 5x: how durations are written; /mute reason: how long."""
    world = await moderated_world(harness)
    post = harness.core.inject_message(MEMBER, "hello", world.group_id)
    await _command(harness, world, FACILITATOR, "/mute 1h links", None)
    assert "as a reply to the member's message" in _said(harness, world.group_id)[-1]
    await _command(harness, world, FACILITATOR, "/mute 5x links", post["message_id"])
    assert "couldn't read “5x” as a length of time" in _said(harness, world.group_id)[-1]
    await _command(harness, world, FACILITATOR, "/mute links", post["message_id"])
    assert "say how long first" in _said(harness, world.group_id)[-1]
    assert await _audit(harness) == []


async def test_the_missing_right_is_named(harness: HandlerHarness) -> None:
    """Without admin rights a hold is refused, saying the bot must be an administrator."""
    world = await moderated_world(harness, rights=None)
    post = harness.core.inject_message(MEMBER, "hello", world.group_id)
    await _command(harness, world, FACILITATOR, "/hold off topic", post["message_id"])
    assert "I need to be an administrator of this group" in _said(harness, world.group_id)[-1]
    assert not harness.core.message(world.group_id, post["message_id"]).deleted


async def test_a_missing_reason_is_asked_for_privately(harness: HandlerHarness) -> None:
    """/warn alone: the facilitator is asked why in private; their answer completes it."""
    world = await moderated_world(harness)
    post = harness.core.inject_message(MEMBER, "hello", world.group_id)
    await _command(harness, world, FACILITATOR, "/warn", post["message_id"])
    assert "Every action needs a reason, and Robin will read it" in _said(harness, FACILITATOR)[-1]
    assert await _audit(harness) == []
    assert "Please type the reason" in await harness.ask(FACILITATOR, " ")
    answer = await harness.ask(FACILITATOR, "we keep the group free of ads")
    await harness.flush_outbox()
    assert "Robin got a warning" in answer
    assert "Why: we keep the group free of ads" in _said(harness, MEMBER)[-1]
    assert await _audit(harness) == [("moderation.warn", str(MEMBER))]


async def _held(harness: HandlerHarness, world: World, text: str) -> tuple[int, StoredMessage]:
    """Robin writes `text`; Fran holds it; the message's id and Fran's review card."""
    post = harness.core.inject_message(MEMBER, text, world.group_id)
    await _command(harness, world, FACILITATOR, "/hold please check this", post["message_id"])
    return int(post["message_id"]), _last(harness, FACILITATOR).snapshot()


async def test_a_held_message_is_hidden_reviewed_and_released_escaped(
    harness: HandlerHarness,
) -> None:
    """/hold: the message leaves the group, the author is told, the facilitator gets a card
    with the text escaped; Release posts it back "from Robin" and erases the copy."""
    world = await moderated_world(harness)
    words = "<i>Everyone</i> here & there is lying"
    message_id, card = await _held(harness, world, words)
    assert harness.core.message(world.group_id, message_id).deleted
    assert "held for review" in _said(harness, MEMBER)[-1]
    cards = [m for m in harness.core.bot_messages(FACILITATOR) if _data(m)]
    card = cards[-1]
    assert words in (card.plain_text or "")
    assert "&lt;i&gt;Everyone&lt;/i&gt; here &amp; there" in (card.text or "")
    release = HeldButton.parse(_data(card)[0])
    assert release is not None
    assert release.review is Review.RELEASE
    await harness.press(FACILITATOR, card, release.pack())
    await harness.flush_outbox()
    posted = _last(harness, world.group_id)
    assert "From Robin" in (posted.plain_text or "")
    assert words in (posted.plain_text or "")
    assert "&lt;i&gt;Everyone" in (posted.text or "")
    assert "posted back" in _said(harness, MEMBER)[-1]
    assert await moderation_of(services_of(harness.app)).holds.repo.held(release.held_id) is None
    await harness.press(FACILITATOR, card, release.pack())
    assert [action for action, _ in await _audit(harness)] == [
        "moderation.hold",
        "moderation.release",
    ]


async def test_a_discarded_message_is_erased_and_the_author_told(harness: HandlerHarness) -> None:
    """Discard erases the copy; nothing is posted back; the author hears it was reviewed."""
    world = await moderated_world(harness)
    await _held(harness, world, "something unkind")
    card = [m for m in harness.core.bot_messages(FACILITATOR) if _data(m)][-1]
    discard = HeldButton.parse(_data(card)[1])
    assert discard is not None
    assert discard.review is Review.DISCARD
    before = len(_said(harness, world.group_id))
    await harness.press(FACILITATOR, card, discard.pack())
    await harness.flush_outbox()
    assert len(_said(harness, world.group_id)) == before
    assert "decided to keep it out of the group" in _said(harness, MEMBER)[-1]
    assert await moderation_of(services_of(harness.app)).holds.repo.held(discard.held_id) is None


async def test_a_member_cannot_review_a_held_message(harness: HandlerHarness) -> None:
    """A forged Release from a member changes nothing: the copy stays, nothing is posted."""
    world = await moderated_world(harness)
    await _held(harness, world, "something unkind")
    card = [m for m in harness.core.bot_messages(FACILITATOR) if _data(m)][-1]
    release = HeldButton.parse(_data(card)[0])
    assert release is not None
    before = len(_said(harness, world.group_id))
    await harness.press(MEMBER, card, release.pack())
    await harness.flush_outbox()
    assert len(_said(harness, world.group_id)) == before
    assert await moderation_of(services_of(harness.app)).holds.repo.held(release.held_id)


async def test_a_possible_crisis_is_never_discarded_silently(harness: HandlerHarness) -> None:
    """Held by another feature as a crisis (or flagged by the detector): the card says the
    alert goes separately and offers "Keep it hidden", not a plain Discard."""
    world = await moderated_world(harness)
    services = services_of(harness.app)
    post = harness.core.inject_message(MEMBER, "nobody would notice", world.group_id)
    holds = moderation_of(services).holds
    held = await holds.hold(
        world.group_id, post["message_id"], MEMBER, "nobody would notice", "spam", HOLD_CRISIS
    )
    assert held is not None
    await harness.flush_outbox()
    card = [m for m in harness.core.bot_messages(FACILITATOR) if _data(m)][-1]
    assert "this may be a cry for help" in (card.plain_text or "")
    assert "A crisis alert goes to the group's team separately" in (card.plain_text or "")
    assert card.button_texts() == ["✅ Release", "🙈 Keep it hidden"]
    told = _last(harness, MEMBER)
    assert "You're not in trouble" in (told.plain_text or "")
    assert "Appeal" not in " ".join(told.button_texts())
    post2 = harness.core.inject_message(MEMBER, "I want to kill myself tonight", world.group_id)
    detected = await holds.hold(
        world.group_id, post2["message_id"], MEMBER, "I want to kill myself tonight", "x", "spam"
    )
    stored = await holds.repo.held(detected or 0)
    assert stored is not None
    assert stored.crisis


async def test_an_appeal_reaches_the_admins_who_lift_it(harness: HandlerHarness) -> None:
    """Appeal: the member writes a few words, the admin gets them with Keep / Lift; Lift tells
    the member and is audited; a second appeal is refused."""
    world = await moderated_world(harness)
    post = harness.core.inject_message(MEMBER, "hello", world.group_id)
    await _command(harness, world, FACILITATOR, "/warn too loud", post["message_id"])
    notice = _last(harness, MEMBER)
    [appeal] = _data(notice)
    assert await harness.pressed(FACILITATOR, notice, appeal) == []
    assert await services_of(harness.app).questions.current(FACILITATOR) is None
    asked = await harness.pressed(MEMBER, notice, appeal)
    assert "why do you think this wasn't fair" in (asked[-1].plain_text or "")
    sent = await harness.ask(MEMBER, "I was quoting a <song>")
    await harness.flush_outbox()
    assert "The admins of Thursday circle have your appeal" in sent
    card = _last(harness, ADMIN_ID)
    assert "I was quoting a <song>" in (card.plain_text or "")
    assert "&lt;song&gt;" in (card.text or "")
    lift = DecisionButton.parse(_data(card)[1])
    assert lift is not None
    assert lift.decision is Decision.LIFT
    refused = await harness.pressed(FACILITATOR, card, lift.pack())
    assert refused == []
    assert "Lifted" in " ".join(
        m.plain_text or "" for m in await harness.pressed(ADMIN_ID, card, lift.pack())
    )
    await harness.flush_outbox()
    assert "lifted the decision" in _said(harness, MEMBER)[-1]
    assert ("moderation.appeal_lifted", str(MEMBER)) in await _audit(harness)
    again = await harness.pressed(MEMBER, notice, appeal)
    assert again == []


async def test_the_record_is_in_mydata_and_gone_after_forget(harness: HandlerHarness) -> None:
    """The member's export lists the warning and its reason, never who gave it; /forget erases
    it and the facilitator's /forget clears only their name."""
    world = await moderated_world(harness)
    post = harness.core.inject_message(MEMBER, "hello", world.group_id)
    await _command(harness, world, FACILITATOR, "/warn too loud", post["message_id"])
    services = services_of(harness.app)
    exported = await services.privacy.export(MEMBER)
    [record] = exported["moderation"]
    assert record["action"] == "warn"
    assert record["reason"] == "too loud"
    assert str(FACILITATOR) not in str(exported["moderation"])
    await services.privacy.erase(FACILITATOR)
    assert (await services.privacy.export(MEMBER))["moderation"][0]["reason"] == "too loud"
    await services.privacy.erase(MEMBER)
    assert "moderation" not in await services.privacy.export(MEMBER)


async def test_a_mute_pauses_writing_and_unmute_gives_it_back(harness: HandlerHarness) -> None:
    """/mute 1h reason: Telegram restricts the member (their next post is refused), they are
    told for how long and until when; /unmute gives every right back and tells them."""
    world = await moderated_world(harness)
    post = harness.core.inject_message(MEMBER, "links links links", world.group_id)
    await _command(harness, world, FACILITATOR, "/mute 1h too many links", post["message_id"])
    assert harness.core.member_status(world.group_id, MEMBER) == "restricted"
    told = _said(harness, MEMBER)[-1]
    assert "paused your messages in the group for 1 hour (until" in told
    assert "Why: too many links" in told
    assert "Robin can't write for 1 hour" in _said(harness, FACILITATOR)[-1]
    with pytest.raises(UserActionRefused):
        harness.core.inject_message(MEMBER, "still here", world.group_id)
    await _command(harness, world, FACILITATOR, "/unmute", post["message_id"])
    assert harness.core.member_status(world.group_id, MEMBER) == "member"
    assert "You can write in Thursday circle again" in _said(harness, MEMBER)[-1]
    harness.core.inject_message(MEMBER, "thank you", world.group_id)
    actions = [action for action, _ in await _audit(harness)]
    assert actions == ["moderation.mute", "moderation.unmute"]
    history = await moderation_of(services_of(harness.app)).actions.repo.history(MEMBER)
    assert [action.lifted_at is not None for action in history] == [True]


async def test_a_ban_removes_and_unban_lets_them_back(harness: HandlerHarness) -> None:
    """/ban 7d reason: the member is removed until then and told how to come back; /unban,
    as a reply to an old message of theirs, lets them join again."""
    world = await moderated_world(harness)
    post = harness.core.inject_message(MEMBER, "threats", world.group_id)
    await _command(harness, world, FACILITATOR, "/ban 7d threats to others", post["message_id"])
    assert harness.core.member_status(world.group_id, MEMBER) == "kicked"
    told = _said(harness, MEMBER)[-1]
    assert "removed you from the group for 1 week" in told
    assert "/crisis always shows where to find help" in told
    await _command(harness, world, FACILITATOR, "/unban", post["message_id"])
    assert harness.core.member_status(world.group_id, MEMBER) == "left"
    assert "You're welcome back in Thursday circle" in _said(harness, MEMBER)[-1]
    assert [action for action, _ in await _audit(harness)] == [
        "moderation.ban",
        "moderation.unban",
    ]


async def test_a_mute_without_the_right_names_it(harness: HandlerHarness) -> None:
    """An admin bot without "Ban users" says exactly that, and the member stays as they were."""
    world = await moderated_world(harness, rights=frozenset({"can_delete_messages"}))
    post = harness.core.inject_message(MEMBER, "hello", world.group_id)
    await _command(harness, world, FACILITATOR, "/mute 1h links", post["message_id"])
    assert "I need the right “Ban users”" in _said(harness, world.group_id)[-1]
    assert harness.core.member_status(world.group_id, MEMBER) == "member"
    assert await _audit(harness) == []


async def test_a_mute_in_a_basic_group_is_explained(harness: HandlerHarness) -> None:
    """Telegram mutes only in supergroups: the facilitator is told so, nothing is recorded."""
    world = await moderated_world(harness, basic=True)
    post = harness.core.inject_message(MEMBER, "hello", world.group_id)
    await _command(harness, world, FACILITATOR, "/mute 1h links", post["message_id"])
    assert "only in supergroups" in _said(harness, world.group_id)[-1]
    assert await _audit(harness) == []


async def test_report_card_buttons_ask_the_reason_then_act(harness: HandlerHarness) -> None:
    """A report card's Mute 1h asks the facilitator why, then mutes; its Hold hides the
    message; both refuse a facilitator as the target and a member as the presser."""
    world = await moderated_world(harness)
    services = services_of(harness.app)
    post = harness.core.inject_message(MEMBER, "spam spam", world.group_id)
    [row] = [
        moderation_buttons(services, "en", world.group_id, post["message_id"], MEMBER),
    ]
    assert [button.text for button in row] == ["⚠️ Warn", "🔇 Mute 1h", "🕊 Hold"]
    [anything] = await harness.send(FACILITATOR, "/help")
    mute = row[1].data or ""
    assert await harness.pressed(MEMBER, anything, mute) == []
    asked = await harness.pressed(FACILITATOR, anything, mute)
    assert "why the pause on writing" in (asked[-1].plain_text or "")
    done = await harness.ask(FACILITATOR, "spam from a report")
    await harness.flush_outbox()
    assert "Robin can't write for 1 hour" in done
    assert harness.core.member_status(world.group_id, MEMBER) == "restricted"
    hold = row[2].data or ""
    await harness.pressed(FACILITATOR, anything, hold)
    await harness.ask(FACILITATOR, "spam from a report")
    await harness.flush_outbox()
    assert harness.core.message(world.group_id, post["message_id"]).deleted
    card = [m for m in harness.core.bot_messages(FACILITATOR) if _data(m)][-1]
    assert "no text to show" in (card.plain_text or "")
    on_staff = CardButton(CardAction.WARN, world.group_id, 1, FACILITATOR).pack()
    refused = await harness.pressed(FACILITATOR, anything, on_staff)
    assert "can't use that on yourself" in (refused[-1].plain_text or "")


async def test_an_anonymous_admin_is_refused(harness: HandlerHarness) -> None:
    """A command sent as the group (the anonymous admin account) is not a person's: asked to
    use their own account, nothing recorded."""
    world = await moderated_world(harness)
    harness.core.inject_sender_chat_message(world.group_id, "/warn behave")
    await harness.deliver()
    await harness.flush_outbox()
    assert "from your own account" in _said(harness, world.group_id)[-1]
    assert await _audit(harness) == []


async def test_every_review_card_loses_the_words_once_reviewed(harness: HandlerHarness) -> None:
    """Two facilitators get a card; when one discards the message, both cards say so without
    its words or buttons, and the other's press finds it reviewed already."""
    world = await moderated_world(harness)
    await onboard(harness, OTHER_FACILITATOR, "Olu")
    await make_facilitator(harness, world.group_id, OTHER_FACILITATOR)
    await _held(harness, world, "a very unkind sentence")
    cards = {
        reader: [m for m in harness.core.bot_messages(reader) if _data(m)][-1]
        for reader in (FACILITATOR, OTHER_FACILITATOR)
    }
    assert all("a very unkind sentence" in (c.plain_text or "") for c in cards.values())
    discard = _data(cards[FACILITATOR])[1]
    await harness.press(FACILITATOR, cards[FACILITATOR], discard)
    await harness.flush_outbox()
    for reader, card in cards.items():
        now = harness.core.message(reader, card.message_id)
        assert "has been reviewed: it was discarded" in (now.plain_text or ""), reader
        assert "unkind" not in (now.plain_text or "")
        assert _data(now) == []
    late = await harness.pressed(OTHER_FACILITATOR, cards[OTHER_FACILITATOR], discard)
    assert late == []
