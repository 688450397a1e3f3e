"""Moderation end to end, with the real bot process: warn, mute, ban and hold as replies in a
group, each audited, the member told privately and able to appeal to the admins."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from bot.devtools.emulator import Chat, Emulator, StoredMessage, UserActionRefused
from tests.e2e.conftest import invite_code, onboard, query_db
from tests.e2e.harness import BotProcess, Person
from tests.e2e.test_crisis import add_facilitator, admin_of, make_in

RIGHTS = {"can_restrict_members", "can_delete_messages", "can_pin_messages"}


def safe_circle(
    emulator: Emulator, admin: Person, make: Callable[..., Person], title: str
) -> tuple[Chat, Person, Person]:
    """A supergroup whose owner made the bot an administrator (ban users, delete and pin
    messages), one onboarded facilitator and one member who joined by link."""
    group = emulator.add_group(title, supergroup=True)
    emulator.add_bot_to_group(group.id, admin.id, rights=RIGHTS)
    [welcome] = emulator.wait_for_messages(group.id)
    facilitator = make("Fran")
    onboard(facilitator)
    add_facilitator(admin, group.id, facilitator)
    member = make("Robin")
    onboard(member)
    member.ask(f"/start {invite_code(welcome)}")
    return group, facilitator, member


def _post(emulator: Emulator, who: Person, group: Chat, text: str) -> int:
    """`who` writes in the group; the message's id."""
    return int(emulator.inject_message(who.id, text, group.id)["message_id"])


def _told(emulator: Emulator, person: Person, words: str) -> StoredMessage:
    """Wait for the bot's private message to `person` that contains `words`."""
    [message] = emulator.wait_for_messages(
        person.id, predicate=lambda m: words in (m.plain_text or "")
    )
    return message


def _audit(bot: BotProcess, group: Chat) -> list[tuple[object, ...]]:
    """The group's moderation entries in the audit trail, oldest first."""
    return query_db(
        bot.database,
        "SELECT action, subject FROM audit_log WHERE group_id = ? AND action LIKE 'moderation.%'"
        " ORDER BY id",
        (group.id,),
    )


def test_a_warning_is_audited_and_its_appeal_lifted_by_an_admin(
    bot: BotProcess, emulator: Emulator, admin: Person, person: Callable[..., Person]
) -> None:
    """/warn as a reply: the member is told why with an Appeal button, the facilitator gets the
    confirmation, the command leaves the group; the appeal reaches the admin, who lifts it;
    every step is in the audit trail and nothing is said in the group."""
    onboard(admin)
    group, fran, robin = safe_circle(emulator, admin, person, "Warn circle")
    post = _post(emulator, robin, group, "buy cheap watches at example dot com")
    mark = emulator.mark()
    command = int(
        emulator.inject_message(
            fran.id, "/warn please keep ads out", group.id, reply_to_message_id=post
        )["message_id"]
    )
    notice = _told(emulator, robin, "Why: please keep ads out")
    assert "Warn circle" in (notice.plain_text or "")
    assert "🙋 Appeal" in notice.button_texts()
    assert "Robin got a warning" in (_told(emulator, fran, "Done").plain_text or "")
    emulator.wait_until(lambda core: core.message(group.id, command).deleted)
    said_in_group = [
        m.plain_text or "" for m in emulator.bot_messages(group.id) if m.seq > mark.message_seq
    ]
    assert said_in_group == []
    asked = robin.press(notice, "Appeal")
    assert "why do you think this wasn't fair" in (asked[-1].plain_text or "")
    assert "have your appeal" in (robin.ask("I was only sharing a tip").plain_text or "")
    card = _told(emulator, admin, "I was only sharing a tip")
    admin.press(card, "Lift it")
    _told(emulator, robin, "lifted the decision")
    assert _audit(bot, group) == [
        ("moderation.warn", str(robin.id)),
        ("moderation.appeal_lifted", str(robin.id)),
    ]


def test_a_held_message_is_hidden_then_released_from_its_author(
    bot: BotProcess, emulator: Emulator, admin: Person, person: Callable[..., Person]
) -> None:
    """/hold as a reply: the message leaves the group, the author is told, the facilitator
    reviews the copy in private and releases it: it is back in the group "from Robin"."""
    onboard(admin)
    group, fran, robin = safe_circle(emulator, admin, person, "Hold circle")
    words = "you are all <fools> & liars"
    post = _post(emulator, robin, group, words)
    emulator.inject_message(fran.id, "/hold not kind", group.id, reply_to_message_id=post)
    card = _told(emulator, fran, "Held for review")
    assert words in (card.plain_text or "")
    emulator.wait_until(lambda core: core.message(group.id, post).deleted)
    _told(emulator, robin, "held for review")
    mark = emulator.mark()
    fran.press(card, "Release")
    [back] = emulator.wait_for_messages(group.id, since=mark)
    assert "From Robin" in (back.plain_text or "")
    assert words in (back.plain_text or "")
    _told(emulator, robin, "posted back")
    assert [action for action, _ in _audit(bot, group)] == [
        "moderation.hold",
        "moderation.release",
    ]
    held = "SELECT count(*) FROM held_messages WHERE chat_id = ?"
    assert query_db(bot.database, held, (group.id,)) == [(0,)]


def test_a_mute_ends_by_itself_and_a_ban_is_undone(fresh_bot: BotProcess) -> None:
    """/mute 10m: the member cannot post, is told until when, and ten minutes later (the
    bot's and Telegram's clocks moved on) can write again and is told; /ban removes them and
    /unban lets them back; every step is in the audit trail."""
    clock = fresh_bot.workdir / "clock"
    fresh_bot.extra_env.update(DEV_CLOCK_FILE=str(clock))
    fresh_bot.start()
    emulator = fresh_bot.emulator
    admin = admin_of(emulator)
    onboard(admin)
    group, fran, robin = safe_circle(emulator, admin, make_in(emulator), "Mute circle")
    post = _post(emulator, robin, group, "links links links")
    emulator.inject_message(fran.id, "/mute 10m a short break", group.id, reply_to_message_id=post)
    told = _told(emulator, robin, "Why: a short break")
    assert "for 10 minutes (until" in (told.plain_text or "")
    assert emulator.member_status(group.id, robin.id) == "restricted"
    with pytest.raises(UserActionRefused):
        emulator.inject_message(robin.id, "hello?", group.id)
    clock.write_text(f"{timedelta(minutes=11).total_seconds()}\n")
    emulator.advance_clock(timedelta(minutes=11).total_seconds())
    _told(emulator, robin, "You can write in Mute circle again")
    assert emulator.member_status(group.id, robin.id) == "member"
    later = _post(emulator, robin, group, "sorry about that")
    emulator.inject_message(fran.id, "/ban threats to others", group.id, reply_to_message_id=later)
    _told(emulator, robin, "has removed you from the group")
    assert emulator.member_status(group.id, robin.id) == "kicked"
    emulator.inject_message(fran.id, "/unban", group.id, reply_to_message_id=later)
    _told(emulator, robin, "You're welcome back in Mute circle")
    assert emulator.member_status(group.id, robin.id) == "left"
    assert [action for action, _ in _audit(fresh_bot, group)] == [
        "moderation.mute",
        "moderation.expired",
        "moderation.ban",
        "moderation.unban",
    ]
