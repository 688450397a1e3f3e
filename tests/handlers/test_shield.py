"""The spam shield through the real Application and the emulator: newcomers' links held (by a
recording holder), the flood limit, the crisis first, the block list.

The world is built as people build it (tests/handlers/world.py); the holder is a fake that
records what it was asked to hold (the moderation feature's real one is wired at integration).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import services_of
from bot.devtools.clock import ManualClock
from bot.domain.buttons.group_setup import PickLanguage, PickPost, StartSetup
from bot.shield.feature import shield_of_app
from bot.shield.model import BanEverywhere, ShieldWindow
from bot.shield.service import HolderMissingError, ShieldService
from tests.e2e.test_crisis import CRISIS_TEXT
from tests.handlers.conftest import ADMIN_ID, HandlerHarness, running_app
from tests.handlers.world import World, build, onboard

FACILITATOR, MEMBER, NEWBIE, STRANGER = 640_000_001, 640_000_002, 640_000_003, 640_000_004
SPAM = "Double your crypto today! https://pump.example/join"
RIGHTS = {"can_restrict_members", "can_delete_messages", "can_invite_users"}


@dataclass
class RecordingHolder:
    """Records every hold: (chat, message, author, text, reason, kind)."""

    calls: list[tuple[int, int, int, str, str, str]] = field(default_factory=list)

    async def hold(
        self, chat_id: int, message_id: int, author_id: int, text: str, reason: str, kind: str
    ) -> None:
        """Record the hold."""
        self.calls.append((chat_id, message_id, author_id, text, reason, kind))


def _shield(harness: HandlerHarness) -> ShieldService:
    """The running bot's shield."""
    return shield_of_app(harness.app)


async def _world(
    harness: HandlerHarness, *, rights: bool = True, fake_holder: bool = True
) -> tuple[World, RecordingHolder]:
    """Tuesday circle (the bot an admin with the rights to restrict, when asked) and a newcomer
    who opened the bot and then joined the group; holds recorded by a fake holder, unless
    `fake_holder` is False (then the moderation feature holds, as in the running bot)."""
    world = await build(harness, "Tuesday circle", FACILITATOR, MEMBER, supergroup=True)
    if rights:
        harness.core.set_bot_rights(world.group_id, RIGHTS, by_user_id=ADMIN_ID)
        await harness.deliver()
    holder = RecordingHolder()
    if fake_holder:
        _shield(harness).use(holder, tells_author=False)
    await onboard(harness, NEWBIE, "Nia")
    harness.core.user_joins(world.group_id, NEWBIE)
    await harness.deliver()
    return world, holder


def _private(harness: HandlerHarness, user_id: int, after: int) -> list[str]:
    """The bot's private messages to a person after a mark, as plain texts."""
    return [m.plain_text or "" for m in harness.new_messages(user_id, after)]


async def test_a_newcomers_link_is_held_and_they_are_told_privately(
    harness: HandlerHarness,
) -> None:
    """The link goes to the holder (kind spam), nothing is said in the group, and the newcomer
    hears why in private, once for a burst."""
    world, holder = await _world(harness)
    mark = harness.core.mark()
    await harness.send(NEWBIE, SPAM, chat_id=world.group_id)
    await harness.send(NEWBIE, "and again https://pump.example/2", chat_id=world.group_id)
    await harness.flush_outbox()
    assert [(c[0], c[2], c[3], c[4], c[5]) for c in holder.calls] == [
        (world.group_id, NEWBIE, SPAM, "a new member's link", "spam"),
        (world.group_id, NEWBIE, "and again https://pump.example/2", "a new member's link", "spam"),
    ]
    assert harness.new_messages(world.group_id, mark.message_seq) == []
    [told] = _private(harness, NEWBIE, mark.message_seq)
    assert "welcome to Tuesday circle" in told
    assert "A facilitator will look at it soon" in told


async def test_forwards_media_and_link_entities_are_held_stickers_and_words_pass(
    harness: HandlerHarness,
) -> None:
    """A forward, a photo and a text_link entity are held; a sticker and plain words are not."""
    world, holder = await _world(harness)
    core, group = harness.core, world.group_id
    core.inject_forward(NEWBIE, "look at this", chat_id=group)
    core.inject_photo(NEWBIE, chat_id=group)
    link = {"type": "text_link", "offset": 0, "length": 4, "url": "https://x.example"}
    core.inject_message(NEWBIE, "here it is", group, extra={"entities": [link]})
    core.inject_sticker(NEWBIE, chat_id=group)
    core.inject_message(NEWBIE, "Hi all, I'm Nia, glad to be here", group)
    await harness.deliver()
    assert [call[4] for call in holder.calls] == [
        "a new member's forwarded message",
        "a new member's photo, video or file",
        "a new member's link",
    ]


async def test_members_before_the_shield_and_staff_are_never_held(
    harness: HandlerHarness,
) -> None:
    """No join record (a member from before), or a facilitator who just joined: nothing held."""
    world, holder = await _world(harness)
    harness.core.user_joins(world.group_id, FACILITATOR)
    await harness.deliver()
    await harness.send(MEMBER, SPAM, chat_id=world.group_id)
    await harness.send(FACILITATOR, SPAM, chat_id=world.group_id)
    await harness.send(ADMIN_ID, SPAM, chat_id=world.group_id)
    assert holder.calls == []


async def test_a_newcomer_who_never_opened_the_bot_is_held_without_a_word_in_the_group(
    harness: HandlerHarness,
) -> None:
    """Held all the same; the bot cannot write to them, and says nothing in the group."""
    world, holder = await _world(harness)
    harness.core.add_user("Sam", STRANGER)
    harness.core.user_joins(world.group_id, STRANGER)
    await harness.deliver()
    mark = harness.core.mark()
    await harness.send(STRANGER, SPAM, chat_id=world.group_id)
    await harness.flush_outbox()
    assert [call[2] for call in holder.calls] == [STRANGER]
    assert harness.new_messages(world.group_id, mark.message_seq) == []
    assert harness.new_messages(STRANGER, mark.message_seq) == []


async def test_leaving_ends_being_new_and_a_group_can_turn_the_wait_off(
    harness: HandlerHarness,
) -> None:
    """After leaving and coming back later the record starts again; with the window off, no
    newcomer is held; the change is audited and refused to members."""
    world, holder = await _world(harness)
    harness.core.user_leaves(world.group_id, NEWBIE)
    await harness.deliver()
    assert await _shield(harness).repo.joined_at(world.group_id, NEWBIE) is None
    [card] = await harness.send(FACILITATOR, "/shield")
    assert "first 24 hours" in (card.plain_text or "")
    off = ShieldWindow(world.group_id, 0).pack()
    await harness.press(MEMBER, card, off)
    assert await _shield(harness).window_of(world.group_id) == 24
    await harness.press(FACILITATOR, card, off)
    assert await _shield(harness).window_of(world.group_id) == 0
    harness.core.user_joins(world.group_id, NEWBIE)
    await harness.deliver()
    await harness.send(NEWBIE, SPAM, chat_id=world.group_id)
    assert holder.calls == []
    rows = await services_of(harness.app).db.fetch_all(
        "SELECT action, actor_id, group_id, subject FROM audit_log WHERE action LIKE 'shield.%'"
    )
    assert [tuple(row) for row in rows] == [("shield.window", FACILITATOR, world.group_id, "0")]


async def test_a_flood_mutes_once_and_tells_the_facilitators_once(
    harness: HandlerHarness,
) -> None:
    """Nine messages within seconds: muted for 10 minutes (until_date), the member and the
    facilitator each told once; Telegram then refuses the member's messages."""
    world, _holder = await _world(harness)
    mark = harness.core.mark()
    for number in range(9):
        await harness.send(MEMBER, f"message {number}", chat_id=world.group_id)
    await harness.flush_outbox()
    assert harness.core.member_status(world.group_id, MEMBER) == "restricted"
    [to_staff] = _private(harness, FACILITATOR, mark.message_seq)
    assert "Robin sent more than 8 messages within 10 seconds in Tuesday circle" in to_staff
    assert "muted them for 10 minutes" in to_staff
    [to_member] = _private(harness, MEMBER, mark.message_seq)
    assert "paused for you for 10 minutes" in to_member


async def test_without_the_right_to_restrict_only_the_facilitators_hear_of_a_flood(
    harness: HandlerHarness,
) -> None:
    """The bot is a plain member: nobody is muted, and one notice says what right is missing."""
    world, _holder = await _world(harness, rights=False)
    mark = harness.core.mark()
    for number in range(14):
        await harness.send(MEMBER, f"message {number}", chat_id=world.group_id)
    await harness.flush_outbox()
    assert harness.core.member_status(world.group_id, MEMBER) == "member"
    [to_staff] = _private(harness, FACILITATOR, mark.message_seq)
    assert "I could not mute them" in to_staff
    assert _private(harness, MEMBER, mark.message_seq) == []


async def test_staff_are_never_counted(harness: HandlerHarness) -> None:
    """A facilitator's long burst, or a Telegram administrator's, mutes nobody and tells nobody."""
    world, _holder = await _world(harness)
    harness.core.make_admin(world.group_id, MEMBER)
    mark = harness.core.mark()
    for number in range(12):
        await harness.send(FACILITATOR, f"welcome everyone {number}", chat_id=world.group_id)
        await harness.send(MEMBER, f"hello everyone {number}", chat_id=world.group_id)
    await harness.flush_outbox()
    assert harness.core.member_status(world.group_id, FACILITATOR) == "member"
    assert harness.core.member_status(world.group_id, MEMBER) == "administrator"
    assert _private(harness, FACILITATOR, mark.message_seq) == []


async def test_a_crisis_from_a_newcomer_alerts_first_and_is_held_as_crisis(
    harness: HandlerHarness,
) -> None:
    """The crisis alert and the private reply happen as always; the hold says "crisis"."""
    world, holder = await _world(harness)
    text = f"{CRISIS_TEXT} https://pills.example"
    mark = harness.core.mark()
    await harness.send(NEWBIE, text, chat_id=world.group_id)
    await harness.flush_outbox()
    assert [(call[3], call[5]) for call in holder.calls] == [(text, "crisis")]
    alerts = _private(harness, FACILITATOR, mark.message_seq)
    assert any("Crisis alert" in alert for alert in alerts), alerts
    told = _private(harness, NEWBIE, mark.message_seq)
    assert any("went to the facilitators first" in line for line in told), told
    flags = await services_of(harness.app).db.fetch_all("SELECT member_id FROM flags")
    assert [row[0] for row in flags] == [NEWBIE]


async def test_a_crisis_message_is_never_muted_away(harness: HandlerHarness) -> None:
    """Eight quick messages and then a crisis one: alerted, and the writer is not muted."""
    world, _holder = await _world(harness)
    for number in range(8):
        await harness.send(MEMBER, f"message {number}", chat_id=world.group_id)
    mark = harness.core.mark()
    await harness.send(MEMBER, CRISIS_TEXT, chat_id=world.group_id)
    await harness.flush_outbox()
    assert harness.core.member_status(world.group_id, MEMBER) == "member"
    alerts = _private(harness, FACILITATOR, mark.message_seq)
    assert any("Crisis alert" in alert for alert in alerts), alerts
    assert not any("messages within" in alert for alert in alerts), alerts


async def test_an_unwired_holder_is_a_clear_error() -> None:
    """Holding without a holder names what to wire."""
    shield = ShieldService.__new__(ShieldService)
    shield.holder = None
    with pytest.raises(HolderMissingError, match="moderation"):
        shield.require_holder()


async def test_a_blocked_person_is_banned_everywhere_and_removed_when_joining(
    harness: HandlerHarness,
) -> None:
    """/block bans in every group where the bot may; a later join anywhere is removed at once
    and the facilitators told; /unblock lifts the bans; a member may not block."""
    world, _holder = await _world(harness)
    other = harness.core.add_group("Thursday circle", bot_is_member=False, supergroup=True)
    harness.core.add_bot_to_group(other.id, ADMIN_ID, rights=RIGHTS)
    await harness.deliver()
    refused = await harness.ask(MEMBER, f"/block {STRANGER} spam")
    assert "only for the people who run this bot" in refused
    answer = await harness.ask(ADMIN_ID, f"/block {NEWBIE} crypto spam links")
    assert "blocked in all our groups. Removed from 2 groups" in answer
    assert harness.core.member_status(world.group_id, NEWBIE) == "kicked"
    harness.core.add_user("Sam", STRANGER)
    await harness.ask(ADMIN_ID, f"/block {STRANGER} same spam ring")
    mark = harness.core.mark()
    harness.core.inject_chat_member(other.id, STRANGER, "member")
    await harness.deliver()
    await harness.flush_outbox()
    assert harness.core.member_status(other.id, STRANGER) == "kicked"
    assert _private(harness, FACILITATOR, mark.message_seq) == []  # not their group
    admin_told = _private(harness, ADMIN_ID, mark.message_seq)
    assert any("on our block list, so I removed them" in text for text in admin_told)
    lifted = await harness.ask(ADMIN_ID, f"/unblock {NEWBIE}")
    assert "no longer blocked" in lifted
    assert harness.core.member_status(world.group_id, NEWBIE) == "left"


async def test_also_ban_in_all_our_groups_is_for_admins(harness: HandlerHarness) -> None:
    """The button on a ban's card: a facilitator is refused, an admin blocks everywhere."""
    world, _holder = await _world(harness)
    [card] = await harness.send(ADMIN_ID, "/help")
    data = BanEverywhere(NEWBIE, world.group_id).pack()
    query = await harness.press(FACILITATOR, card, data)
    assert "Only the people who run this bot" in str(harness.core.callback_answer(query))
    assert await _shield(harness).repo.blocked(NEWBIE) is None
    replies = await harness.pressed(ADMIN_ID, card, data)
    assert any("blocked in all our groups" in (r.plain_text or "") for r in replies)
    block = await _shield(harness).repo.blocked(NEWBIE)
    assert block is not None
    assert block.reason == "banned in Tuesday circle"


async def test_a_held_message_goes_no_further(harness: HandlerHarness) -> None:
    """A held question is not answered in the group; the same from an old member is."""
    world, holder = await _world(harness)
    question = "When is the next meeting? https://calendar.example"
    answered = await harness.send(MEMBER, question, chat_id=world.group_id)
    assert answered, "the group question is answered for a member from before"
    held = await harness.send(NEWBIE, question, chat_id=world.group_id)
    assert held == []
    assert [call[3] for call in holder.calls] == [question]


async def test_with_moderation_a_newcomers_link_is_hidden_and_reviewed(
    harness: HandlerHarness,
) -> None:
    """The wired holder: the link leaves the group, the facilitator gets a review card, and the
    newcomer one private message (moderation's, with the shield's reason)."""
    world, _holder = await _world(harness, fake_holder=False)
    mark = harness.core.mark()
    posted = harness.core.inject_message(NEWBIE, SPAM, world.group_id)
    await harness.deliver()
    await harness.flush_outbox()
    left = [m.message_id for m in harness.core.chat_history(world.group_id)]
    assert posted["message_id"] not in left
    cards = _private(harness, FACILITATOR, mark.message_seq)
    assert any("Held for review" in c and "a new member's link" in c for c in cards), cards
    [told] = _private(harness, NEWBIE, mark.message_seq)
    assert "held for review" in told
    assert "a new member's link" in told


async def test_an_approved_join_request_makes_a_newcomer(harness: HandlerHarness) -> None:
    """A join request approved (by the join gate, here straight through the Bot API) arrives
    as chat_member from the bot itself: the person is a newcomer and their link is held."""
    world, holder = await _world(harness)
    harness.core.add_user("Sam", STRANGER)
    harness.core.inject_join_request(world.group_id, STRANGER)
    await harness.deliver()
    await harness.app.bot.approve_chat_join_request(world.group_id, STRANGER)
    await harness.deliver()
    assert await _shield(harness).is_newcomer(world.group_id, STRANGER)
    await harness.send(STRANGER, SPAM, chat_id=world.group_id)
    assert [call[2] for call in holder.calls] == [STRANGER]


async def test_join_records_go_when_the_window_ends(tmp_path: Path) -> None:
    """The shield's timer deletes a join record once the group's window is over; until then
    the person is a newcomer, after it they are not."""
    clock = ManualClock(datetime(2026, 12, 7, 9, 0, tzinfo=UTC))
    async with running_app(tmp_path, clock=clock) as harness:
        world, _holder = await _world(harness)
        assert harness.app.job_queue is not None
        [job] = harness.app.job_queue.get_jobs_by_name("shield")
        clock.now += timedelta(hours=23)
        await job.callback(None)  # type: ignore[arg-type]
        assert await _shield(harness).is_newcomer(world.group_id, NEWBIE)
        clock.now += timedelta(hours=1)
        assert not await _shield(harness).is_newcomer(world.group_id, NEWBIE)
        await job.callback(None)  # type: ignore[arg-type]
        assert await _shield(harness).repo.joined_at(world.group_id, NEWBIE) is None


async def test_a_ban_in_one_group_is_offered_for_all(harness: HandlerHarness) -> None:
    """Someone banned from one group: the bot's admins are offered, with a notifying message,
    to ban them in all the bot's groups; pressing it blocks and removes them everywhere."""
    world, _holder = await _world(harness)
    other = harness.core.add_group("Thursday circle", bot_is_member=False, supergroup=True)
    harness.core.add_bot_to_group(other.id, ADMIN_ID, rights=RIGHTS)
    harness.core.user_joins(other.id, NEWBIE)
    await harness.deliver()
    mark = harness.core.mark()
    harness.core.inject_chat_member(world.group_id, NEWBIE, "kicked")
    await harness.deliver()
    await harness.flush_outbox()
    [offer] = [
        m
        for m in harness.new_messages(ADMIN_ID, mark.message_seq)
        if "Ban them in all our groups too?" in (m.plain_text or "")
    ]
    assert "Nia was banned from Tuesday circle" in (offer.plain_text or "")
    assert _private(harness, FACILITATOR, mark.message_seq) == [], "an admin's choice"
    replies = await harness.pressed(ADMIN_ID, offer, BanEverywhere(NEWBIE, world.group_id).pack())
    assert any("blocked in all our groups" in (r.plain_text or "") for r in replies)
    assert harness.core.member_status(other.id, NEWBIE) == "kicked"


async def test_a_ban_is_not_offered_again_for_someone_blocked(harness: HandlerHarness) -> None:
    """A person already on the block list is not offered again when a group bans them."""
    world, _holder = await _world(harness)
    other = harness.core.add_group("Thursday circle", bot_is_member=False, supergroup=True)
    harness.core.add_bot_to_group(other.id, ADMIN_ID, rights=RIGHTS)
    await harness.deliver()
    await harness.ask(ADMIN_ID, f"/block {NEWBIE} spam")
    mark = harness.core.mark()
    harness.core.inject_chat_member(world.group_id, NEWBIE, "kicked")
    await harness.deliver()
    await harness.flush_outbox()
    offers = [t for t in _private(harness, ADMIN_ID, mark.message_seq) if "too?" in t]
    assert offers == []


async def test_the_hold_reason_is_in_the_groups_language(harness: HandlerHarness) -> None:
    """A group set up in Spanish: a newcomer's held link carries the shield's reason in
    Spanish (the group's language, which its reviewers share), not the bot's default."""
    world, holder = await _world(harness)
    gid = world.group_id
    intro = harness.core.bot_messages(ADMIN_ID)[-1]
    await harness.pressed(ADMIN_ID, intro, StartSetup(gid).pack())
    await harness.send(ADMIN_ID, "Tuesday circle")
    [language_q] = await harness.send(ADMIN_ID, "madrid")
    [reminder_q] = await harness.pressed(ADMIN_ID, language_q, PickLanguage(gid, "es").pack())
    await harness.pressed(ADMIN_ID, reminder_q, PickPost(gid, 60).pack())
    group = await services_of(harness.app).groups.get(gid)
    assert group is not None
    assert group.language == "es"
    await harness.send(NEWBIE, SPAM, chat_id=gid)
    [(_, _, _, _, reason, _)] = holder.calls
    assert reason == "un enlace de un miembro nuevo"
