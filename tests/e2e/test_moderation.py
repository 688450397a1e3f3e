"""Moderation end to end, with the real bot process: warn, mute, ban and hold as replies in a
group, each audited, the member told privately and able to appeal to the admins."""

from __future__ import annotations

from collections.abc import Callable

from bot.devtools.emulator import Chat, Emulator, StoredMessage
from tests.e2e.conftest import query_db
from tests.e2e.harness import BotProcess, Person
from tests.e2e.test_crisis import circle


def _make_admin(emulator: Emulator, group: Chat) -> None:
    """A group owner makes the bot an administrator of the group."""
    emulator.chats[group.id].bot_status = "administrator"


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
    group, fran, robin = circle(bot, admin, person, "Warn circle")
    _make_admin(emulator, group)
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
    group, fran, robin = circle(bot, admin, person, "Hold circle")
    _make_admin(emulator, group)
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
    assert query_db(bot.database, "SELECT count(*) FROM held_messages") == [(0,)]
