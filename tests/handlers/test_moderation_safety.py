"""Moderation's safety paths through the real Application: an appeal always reaches a person
(or the member hears plainly that it could not), a message too old to hide is not "held",
and a possible cry for help is never hidden when nobody could review it.
"""

from __future__ import annotations

from bot.app import services_of
from bot.moderation.build import moderation_of
from bot.moderation.model import HOLD_CRISIS, Decision, DecisionButton
from tests.handlers.conftest import ADMIN_ID, HandlerHarness
from tests.handlers.test_moderation import (
    ALL_RIGHTS,
    FACILITATOR,
    MEMBER,
    OTHER_FACILITATOR,
    _audit,
    _command,
    _data,
    _last,
    _said,
    moderated_world,
)
from tests.handlers.world import World, make_facilitator, onboard

TWO_DAYS_AND_AN_HOUR = 49 * 3600


async def _without_admins(harness: HandlerHarness) -> None:
    """The bot restarts with ADMIN_IDS left empty: nobody is an admin of the bot any more."""
    roles = services_of(harness.app).roles
    roles.admin_ids = frozenset()
    await roles.seed()
    assert await roles.all_admin_ids() == []


async def _appeal(harness: HandlerHarness, world: World) -> str:
    """Fran warns Robin; Robin appeals with a few words; what Robin is told."""
    post = harness.core.inject_message(MEMBER, "hello", world.group_id)
    await _command(harness, world, FACILITATOR, "/warn too loud", post["message_id"])
    notice = _last(harness, MEMBER)
    [appeal] = _data(notice)
    await harness.pressed(MEMBER, notice, appeal)
    told = await harness.ask(MEMBER, "I was only joking with a friend")
    await harness.flush_outbox()
    return told


async def test_an_appeal_reaches_the_other_facilitators_when_the_bot_has_no_admins(
    harness: HandlerHarness,
) -> None:
    """No admins: the appeal goes to the group's other facilitators (never the one who
    acted), and one of them may lift it; the member hears the outcome."""
    world = await moderated_world(harness)
    await onboard(harness, OTHER_FACILITATOR, "Olu")
    await make_facilitator(harness, world.group_id, OTHER_FACILITATOR)
    await _without_admins(harness)
    told = await _appeal(harness, world)
    assert "have your appeal" in told
    card = _last(harness, OTHER_FACILITATOR)
    assert "I was only joking with a friend" in (card.plain_text or "")
    assert not any("I was only joking" in text for text in _said(harness, FACILITATOR))
    lift = DecisionButton.parse(_data(card)[1])
    assert lift is not None
    assert lift.decision is Decision.LIFT
    assert await harness.pressed(FACILITATOR, card, lift.pack()) == []
    await harness.pressed(OTHER_FACILITATOR, card, lift.pack())
    await harness.flush_outbox()
    assert "lifted the decision" in _said(harness, MEMBER)[-1]
    assert ("moderation.appeal_lifted", str(MEMBER)) in await _audit(harness)


async def test_an_appeal_nobody_could_read_is_said_plainly(harness: HandlerHarness) -> None:
    """No admins and no other facilitator: the member is told honestly that nobody can review
    it now, rather than "sent"; nothing is recorded, so they can try again later."""
    world = await moderated_world(harness)
    await _without_admins(harness)
    told = await _appeal(harness, world)
    assert "have your appeal" not in told
    assert "nobody who can review" in told
    assert not any("I was only joking" in text for text in _said(harness, FACILITATOR))
    notice = next(m for m in reversed(harness.core.bot_messages(MEMBER)) if _data(m))
    again = await harness.pressed(MEMBER, notice, _data(notice)[0])
    assert "why do you think this wasn't fair" in (again[-1].plain_text or "")


async def test_a_message_too_old_to_delete_is_not_held(harness: HandlerHarness) -> None:
    """Telegram lets a bot delete a message only within 48 hours: /hold on an older one says
    so plainly, and the member is never told a message is hidden that everyone still sees."""
    world = await moderated_world(harness)
    post = harness.core.inject_message(MEMBER, "an old unkind message", world.group_id)
    await harness.deliver()
    told_before = len(_said(harness, MEMBER))
    harness.core.advance_clock(TWO_DAYS_AND_AN_HOUR)
    await _command(harness, world, FACILITATOR, "/hold please check this", post["message_id"])
    assert "hide a message for 48 hours after it was sent" in _said(harness, world.group_id)[-1]
    assert not harness.core.message(world.group_id, post["message_id"]).deleted
    assert len(_said(harness, MEMBER)) == told_before
    assert await _audit(harness) == []


async def test_a_possible_crisis_is_left_in_the_group_when_nobody_could_review_it(
    harness: HandlerHarness,
) -> None:
    """A group with no facilitators and a bot with no admins: a hold would hide a cry for
    help from the only people who can see it, so the message stays where it is."""
    world = await moderated_world(harness)
    removed = await harness.ask(ADMIN_ID, f"/facilitators remove {world.group_id} {FACILITATOR}")
    assert "Fran" in removed
    await _without_admins(harness)
    words = "I can't do this anymore, nobody would notice"
    post = harness.core.inject_message(MEMBER, words, world.group_id)
    await harness.deliver()
    holds = moderation_of(services_of(harness.app)).holds
    held = await holds.hold(world.group_id, post["message_id"], MEMBER, words, "new", HOLD_CRISIS)
    await harness.flush_outbox()
    assert held is None
    assert not harness.core.message(world.group_id, post["message_id"]).deleted
    assert not any("held for review" in text for text in _said(harness, MEMBER))


async def test_a_possible_crisis_kept_hidden_is_told_gently(harness: HandlerHarness) -> None:
    """ "Keep it hidden" on a possible cry for help: the author hears that someone has seen it
    and that they are not in trouble, with no talk of fairness or an Appeal they never had."""
    world = await moderated_world(harness)
    words = "I don't want to be here anymore"
    post = harness.core.inject_message(MEMBER, words, world.group_id)
    await harness.deliver()
    holds = moderation_of(services_of(harness.app)).holds
    held = await holds.hold(world.group_id, post["message_id"], MEMBER, words, "new", HOLD_CRISIS)
    await harness.flush_outbox()
    assert held is not None
    card = [m for m in harness.core.bot_messages(FACILITATOR) if _data(m)][-1]
    await harness.press(FACILITATOR, card, _data(card)[1])
    await harness.flush_outbox()
    told = _said(harness, MEMBER)[-1]
    assert "not in trouble" in told
    assert "/crisis" in told
    assert "Appeal" not in told
    assert "fair" not in told


async def test_a_held_photo_released_is_not_said_to_be_posted_back(
    harness: HandlerHarness,
) -> None:
    """A held photo has no words to post back: on Release the author is told they may share
    it again, and the facilitator that nothing was posted, rather than "posted back"."""
    world = await moderated_world(harness)
    photo = harness.core.inject_photo(MEMBER, chat_id=world.group_id)
    await harness.deliver()
    await _command(harness, world, FACILITATOR, "/hold please check this", photo["message_id"])
    card = [m for m in harness.core.bot_messages(FACILITATOR) if _data(m)][-1]
    answer = await harness.pressed(FACILITATOR, card, _data(card)[0])
    await harness.flush_outbox()
    assert "Posted back" not in " ".join(m.plain_text or "" for m in answer)
    assert "share it again" in " ".join(m.plain_text or "" for m in answer)
    told = _said(harness, MEMBER)[-1]
    assert "posted back" not in told
    assert "share it again" in told


async def test_lifting_an_appealed_hold_puts_the_message_back(harness: HandlerHarness) -> None:
    """Robin appeals a hold and the admin lifts it: the message is posted back in the group
    and its copy erased, not left hidden while Robin is told the decision was lifted."""
    world = await moderated_world(harness)
    post = harness.core.inject_message(MEMBER, "my honest opinion", world.group_id)
    await _command(harness, world, FACILITATOR, "/hold off topic", post["message_id"])
    notice = next(m for m in reversed(harness.core.bot_messages(MEMBER)) if _data(m))
    await harness.pressed(MEMBER, notice, _data(notice)[0])
    await harness.ask(MEMBER, "It was on topic, I promise")
    await harness.flush_outbox()
    card = _last(harness, ADMIN_ID)
    await harness.pressed(ADMIN_ID, card, _data(card)[1])
    await harness.flush_outbox()
    assert "my honest opinion" in (_last(harness, world.group_id).plain_text or "")
    holds = moderation_of(services_of(harness.app)).holds
    assert await holds.repo.held_of(MEMBER) == []


async def test_a_hold_telegram_refuses_is_not_told_as_hidden(harness: HandlerHarness) -> None:
    """The shield holds a message in a group where the bot may not delete: Telegram refuses,
    so the author is never told it is hidden, the facilitators hear it is still in the group,
    and nothing stays on record (no copy, no hold in the member's history)."""
    world = await moderated_world(harness, rights=frozenset({"can_restrict_members"}))
    post = harness.core.inject_message(MEMBER, "check out my channel", world.group_id)
    await harness.deliver()
    moderation = moderation_of(services_of(harness.app))
    held = await moderation.holds.hold(
        world.group_id, post["message_id"], MEMBER, "check out my channel", "a link", "spam"
    )
    assert held is not None
    await harness.flush_outbox()
    assert not harness.core.message(world.group_id, post["message_id"]).deleted
    assert not any("held for review" in text for text in _said(harness, MEMBER))
    assert "couldn't hide the message from Robin" in _said(harness, FACILITATOR)[-1]
    assert not [m for m in harness.core.bot_messages(FACILITATOR) if _data(m)]
    assert await moderation.holds.repo.held_of(MEMBER) == []
    assert await moderation.actions.export(MEMBER) is None
    harness.core.set_bot_rights(world.group_id, ALL_RIGHTS, by_user_id=ADMIN_ID)
    await harness.deliver()
    again = await moderation.holds.hold(
        world.group_id, post["message_id"], MEMBER, "check out my channel", "a link", "spam"
    )
    await harness.flush_outbox()
    assert again is not None
    assert harness.core.message(world.group_id, post["message_id"]).deleted
    assert "held for review" in _said(harness, MEMBER)[-1]


async def test_a_hold_without_a_reason_hides_the_message_at_once(
    harness: HandlerHarness,
) -> None:
    """/hold alone never leaves a hurtful message up while the facilitator is asked why: it is
    hidden at once, and its author reads that a facilitator wanted to look at it first."""
    world = await moderated_world(harness)
    post = harness.core.inject_message(MEMBER, "you are all pathetic", world.group_id)
    await _command(harness, world, FACILITATOR, "/hold", post["message_id"])
    assert harness.core.message(world.group_id, post["message_id"]).deleted
    assert "Why: a facilitator wanted to look at it first" in _said(harness, MEMBER)[-1]
    assert await services_of(harness.app).questions.current(FACILITATOR) is None
