"""Peers raising concern end to end: the real bot process and the emulator.

A report stays anonymous (the command message is deleted, the reported member's view and
/mydata never name the reporter), and a hostile reply to a member with an open flag raises a
HIGH alert and stays in the group (held by moderation once it is wired, never deleted).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from bot.devtools.emulator import Chat, Emulator, StoredMessage
from tests.e2e.conftest import invite_code, onboard
from tests.e2e.harness import ADMIN_ID, BotProcess, Person
from tests.e2e.test_crisis import CRISIS_TEXT, circle, wait_for_alerts

RUDE = "You are all pathetic losers"


def _with_reporter(
    bot: BotProcess, admin: Person, person: Callable[..., Person], title: str
) -> tuple[Chat, Person, Person, Person]:
    """A circle whose bot may delete messages, with Robin (member) and Quinn (reporter)."""
    group, facilitator, member = circle(bot, admin, person, title)
    reporter = person("Quinn")
    onboard(reporter)
    welcome = next(
        m for m in bot.emulator.bot_messages(group.id) if "start=" in json.dumps(m.reply_markup)
    )
    reporter.ask(f"/start {invite_code(welcome)}")
    bot.emulator.set_bot_rights(group.id, ["can_delete_messages"], by_user_id=ADMIN_ID)
    return group, facilitator, member, reporter


def _post(emulator: Emulator, who: Person, group: Chat, text: str, to: int | None = None) -> int:
    """Someone writes in the group (a reply when `to`); return the message's id."""
    sent = emulator.inject_message(who.id, text, group.id, reply_to_message_id=to)
    return int(sent["message_id"])


def _texts(emulator: Emulator, chat_id: int) -> list[str]:
    """What the bot said in a chat, as plain texts."""
    return [m.plain_text or "" for m in emulator.bot_messages(chat_id)]


def _mydata(who: Person) -> str:
    """The person's /mydata file, as text."""
    [document] = who.send("/mydata")
    assert document.file is not None
    return document.file.data.decode("utf-8")


def _alert_with(emulator: Emulator, person: Person, words: str) -> StoredMessage:
    """Wait for the alert to `person` that holds `words`."""

    def found(core: Emulator) -> bool:
        return any(words in (m.plain_text or "") for m in core.bot_messages(person.id))

    emulator.wait_until(lambda core: found(emulator), timeout=20)
    return next(m for m in emulator.bot_messages(person.id) if words in (m.plain_text or ""))


def test_a_report_stays_anonymous_end_to_end(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """/report as a reply: deleted from the group at once, the reporter thanked privately, the
    facilitator alerted; nothing the reported member sees, /mydata included, names the reporter."""
    emulator = bot.emulator
    group, facilitator, member, reporter = _with_reporter(bot, admin, person, "Report circle")
    rude = _post(emulator, member, group, RUDE)
    mark = emulator.mark()
    command = _post(emulator, reporter, group, "/report mocking everyone", to=rude)
    [thanks] = emulator.wait_for_messages(reporter.id, since=mark)
    assert "Thank you for telling us" in (thanks.plain_text or "")
    emulator.wait_until(lambda core: core.message(group.id, command).deleted)
    assert not emulator.message(group.id, rude).deleted
    alert = _alert_with(emulator, facilitator, "a member's report").plain_text or ""
    assert "pathetic losers" in alert
    assert "mocking everyone" in alert
    assert "Reported by a member" in alert
    assert "Quinn" not in alert
    assert str(reporter.id) not in alert

    seen = "\n".join([*_texts(emulator, member.id), *_texts(emulator, group.id)])
    assert "Quinn" not in seen
    assert "mocking everyone" not in seen
    theirs = _mydata(member)
    assert "peer_report" in theirs
    assert str(reporter.id) not in theirs
    assert "Quinn" not in theirs
    assert "mocking everyone" not in theirs
    mine = json.loads(_mydata(reporter))
    assert mine["peer_reports"]["reports_you_made"][0]["reason"] == "mocking everyone"


def test_a_hostile_reply_to_a_flagged_member_raises_a_high_alert(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """ "kys" in reply to a member with an open crisis flag: a HIGH alert naming the writer and
    whom it aimed at, though ordinary group chatter is stored without its words; the reply is
    held for review (hidden from the group, a review card to the facilitator), never lost."""
    emulator = bot.emulator
    group, facilitator, member, writer = _with_reporter(bot, admin, person, "Hostile circle")
    member.send(CRISIS_TEXT)
    wait_for_alerts(emulator, facilitator)
    hello = _post(emulator, member, group, "hello everyone")
    hostile = _post(emulator, writer, group, "lol kys", to=hello)
    alert = _alert_with(emulator, facilitator, "hostile reply").plain_text or ""
    assert "high" in alert.lower()
    assert "Quinn" in alert
    assert "Aimed at Robin" in alert
    card = _alert_with(emulator, facilitator, "Held for review").plain_text or ""
    assert "lol kys" in card
    assert "could hurt someone" in card
    emulator.wait_until(lambda core: core.message(group.id, hostile).deleted, timeout=20)
