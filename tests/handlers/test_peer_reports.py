"""Peers raising concern through the real Application: /report, /worried, hostile replies.

The world is built as people build it (tests/handlers/world.py); the reporter stays out of
everything the reported member can see.
"""

from __future__ import annotations

import json

import pytest

from bot.app import services_of
from bot.domain.messages import Button
from bot.peer_reports import service as service_module
from bot.peer_reports.model import MAX_REPORTS_PER_HOUR, WorriedGroup
from bot.peer_reports.service import ReportedMessage
from bot.services.container import Services
from tests.handlers.conftest import ADMIN_ID, HandlerHarness
from tests.handlers.world import World, build, group_with_bot, onboard

FACILITATOR, MEMBER, REPORTER = 640_000_001, 640_000_002, 640_000_003
REPORTER_NAME = "Quinn"
RUDE = "You are all pathetic <b>losers</b>"


async def _world(harness: HandlerHarness, *, bot_admin: bool = True) -> World:
    """Tuesday circle: its facilitator, Robin (reported) and Quinn (reporting), both joined."""
    world = await build(harness, "Tuesday circle", FACILITATOR, MEMBER)
    await onboard(harness, REPORTER, REPORTER_NAME)
    code = await _invite_code(harness, world.group_id)
    await harness.ask(REPORTER, f"/start {code}")
    # An administrator that may delete messages, or one that may only pin them.
    rights = ["can_delete_messages", "can_pin_messages"] if bot_admin else ["can_pin_messages"]
    harness.core.set_bot_rights(world.group_id, rights, by_user_id=ADMIN_ID)
    await harness.deliver()
    return world


async def _invite_code(harness: HandlerHarness, group_id: int) -> str:
    """The group's invite code, as stored for its link."""
    group = await services_of(harness.app).groups.get(group_id)
    assert group is not None
    return group.invite_code


def _texts(harness: HandlerHarness, chat_id: int) -> list[str]:
    """Everything the bot said in a chat, as plain texts."""
    return [m.plain_text or "" for m in harness.core.bot_messages(chat_id)]


async def _post(harness: HandlerHarness, user_id: int, group_id: int, text: str) -> int:
    """A person writes in the group; return the message's id."""
    sent = harness.core.inject_message(user_id, text, group_id)
    await harness.deliver()
    return int(sent["message_id"])


async def _reply(harness: HandlerHarness, user_id: int, group_id: int, text: str, to: int) -> int:
    """A person replies in the group to a message; return the reply's id."""
    sent = harness.core.inject_message(user_id, text, group_id, reply_to_message_id=to)
    await harness.deliver()
    await harness.flush_outbox()
    return int(sent["message_id"])


def _alerts(harness: HandlerHarness, chat_id: int) -> list[str]:
    """The alerts a person received."""
    return [text for text in _texts(harness, chat_id) if "alert #" in text]


async def test_a_report_reaches_the_facilitator_and_stays_anonymous(
    harness: HandlerHarness,
) -> None:
    """/report as a reply: deleted at once, the reporter thanked privately, the facilitator
    alerted with the escaped words and the reason; the reported member hears nothing, and
    neither their /mydata nor the alert names the reporter."""
    world = await _world(harness)
    rude = await _post(harness, MEMBER, world.group_id, RUDE)
    member_before = len(_texts(harness, MEMBER))
    command = await _reply(harness, REPORTER, world.group_id, "/report mocking everyone", rude)

    assert harness.core.message(world.group_id, command).deleted
    assert not harness.core.message(world.group_id, rude).deleted
    assert _texts(harness, world.group_id)[-1:] != ["/report"], "nothing said in the group"
    thanks = _texts(harness, REPORTER)[-1]
    assert "Thank you for telling us" in thanks
    assert "facilitators have it" in thanks
    [alert] = _alerts(harness, FACILITATOR)
    assert "pathetic <b>losers</b>" in alert, "the words as written, escaped"
    assert "Tuesday circle" in alert
    assert "Robin" in alert
    assert "a member's report" in alert
    assert "Reported by a member" in alert
    assert "mocking everyone" in alert
    assert REPORTER_NAME not in alert
    assert str(REPORTER) not in alert
    assert len(_texts(harness, MEMBER)) == member_before, "the reported member is told nothing"

    services = services_of(harness.app)
    theirs = json.dumps(await services.privacy.export(MEMBER), default=str)
    assert "peer_report" in theirs, "the flag about them is theirs to see"
    assert str(REPORTER) not in theirs
    assert REPORTER_NAME not in theirs
    assert "mocking everyone" not in theirs
    assert "reports_you_made" not in theirs
    mine = await services.privacy.export(REPORTER)
    assert mine["peer_reports"]["reports_you_made"][0]["reason"] == "mocking everyone"


async def test_forget_erases_the_reporter_but_keeps_the_flag(harness: HandlerHarness) -> None:
    """The reporter's /forget drops their id and words from the report; the flag stays."""
    world = await _world(harness)
    rude = await _post(harness, MEMBER, world.group_id, RUDE)
    await _reply(harness, REPORTER, world.group_id, "/report mocking everyone", rude)
    services = services_of(harness.app)
    await services.privacy.erase(REPORTER)
    rows = await services.db.fetch_all("SELECT reporter_user_id, reason, flag_id FROM peer_reports")
    assert [(row[0], row[1]) for row in rows] == [(None, None)]
    assert rows[0][2] is not None


async def test_report_without_a_reply_explains_privately(harness: HandlerHarness) -> None:
    """/report alone: removed, and the reporter is told privately how to use it."""
    world = await _world(harness)
    command = await _post(harness, REPORTER, world.group_id, "/report")
    assert harness.core.message(world.group_id, command).deleted
    assert "reply to it with /report" in _texts(harness, REPORTER)[-1]
    assert _alerts(harness, FACILITATOR) == []


async def test_without_the_right_to_delete_the_reporter_is_told_privately(
    harness: HandlerHarness,
) -> None:
    """A bot that may not delete says so to the reporter, not in the group; the report goes on."""
    world = await _world(harness, bot_admin=False)
    rude = await _post(harness, MEMBER, world.group_id, RUDE)
    group_before = len(_texts(harness, world.group_id))
    command = await _reply(harness, REPORTER, world.group_id, "/report", rude)
    assert not harness.core.message(world.group_id, command).deleted
    assert "couldn't remove your /report" in _texts(harness, REPORTER)[-1]
    assert len(_texts(harness, world.group_id)) == group_before
    assert len(_alerts(harness, FACILITATOR)) == 1


async def test_reports_are_limited_per_reporter(harness: HandlerHarness) -> None:
    """Past the hourly limit the reporter gets a clear answer with the lines; a second report
    of one message is thanked, not filed twice."""
    world = await _world(harness)
    posts = [
        await _post(harness, MEMBER, world.group_id, f"message {n}")
        for n in range(MAX_REPORTS_PER_HOUR + 1)
    ]
    await _reply(harness, REPORTER, world.group_id, "/report", posts[0])
    await _reply(harness, REPORTER, world.group_id, "/report", posts[0])
    assert "already reported that message" in _texts(harness, REPORTER)[-1]
    for post in posts[1:MAX_REPORTS_PER_HOUR]:
        await _reply(harness, REPORTER, world.group_id, "/report", post)
    await _reply(harness, REPORTER, world.group_id, "/report", posts[-1])
    assert "several reports in the last hour" in _texts(harness, REPORTER)[-1]
    rows = await services_of(harness.app).db.fetch_all("SELECT id FROM peer_reports")
    assert len(rows) == MAX_REPORTS_PER_HOUR


async def test_a_reported_crisis_keeps_its_tier(harness: HandlerHarness) -> None:
    """Reported words that are a crisis raise the tier, and the reporter gets the lines."""
    world = await _world(harness)
    crisis = await _post(harness, MEMBER, world.group_id, "I am going to kill myself tonight")
    await _reply(harness, REPORTER, world.group_id, "/report", crisis)
    assert "sounds urgent" in _texts(harness, REPORTER)[-1]
    flags = await services_of(harness.app).db.fetch_all("SELECT tier FROM flags")
    assert [row[0] for row in flags] == ["imminent"], "the report joined the member's flag"


async def test_a_hostile_reply_to_a_flagged_member_is_alerted_as_high_and_held(
    harness: HandlerHarness,
) -> None:
    """ "kys" in reply to a member with an open crisis flag: a HIGH alert naming the writer
    and whom it aimed at, and the message held for review by moderation (hidden from the group,
    its copy kept, a review card to the facilitator, the writer told without naming the flag)."""
    world = await _world(harness)
    await harness.send(MEMBER, "I want to kill myself")
    crisis = await _post(harness, MEMBER, world.group_id, "hello everyone")
    await harness.flush_outbox()
    hostile = await _reply(harness, REPORTER, world.group_id, "lol kys", crisis)
    await harness.flush_outbox()
    alerts = _alerts(harness, FACILITATOR)
    hostile_alert = [a for a in alerts if "hostile reply" in a]
    assert len(hostile_alert) == 1, alerts
    assert "High" in hostile_alert[0] or "high" in hostile_alert[0]
    assert "Quinn" in hostile_alert[0]
    assert "Aimed at Robin" in hostile_alert[0]
    held = await services_of(harness.app).db.fetch_all(
        "SELECT chat_id, message_id, author_id, text, kind FROM held_messages"
    )
    assert [tuple(row) for row in held] == [
        (world.group_id, hostile, REPORTER, "lol kys", "hostile_reply")
    ]
    assert harness.core.message(world.group_id, hostile).deleted, "hidden from the group"
    told = " ".join(_texts(harness, REPORTER))
    assert "could hurt someone" in told
    assert "flag" not in told.casefold()
    assert "Robin" not in told


async def test_a_hostile_phrase_to_anyone_else_does_nothing(harness: HandlerHarness) -> None:
    """ "just do it" to a member without an open flag is encouragement: no alert, no report."""
    world = await _world(harness)
    post = await _post(harness, MEMBER, world.group_id, "should I apply for that job?")
    await _reply(harness, REPORTER, world.group_id, "just do it!", post)
    assert _alerts(harness, FACILITATOR) == []
    assert await services_of(harness.app).db.fetch_all("SELECT id FROM peer_reports") == []


async def test_worried_about_someone_reaches_the_groups_facilitators(
    harness: HandlerHarness,
) -> None:
    """/worried in private: the member's words reach the facilitator without their name, and
    they get a kind answer; a forward names the person it is about."""
    await _world(harness)
    asked = await harness.ask(REPORTER, "/worried")
    assert "Tuesday circle" in asked
    assert "forward me one of their messages" in asked
    sent = await harness.ask(REPORTER, "Robin seems very withdrawn lately")
    assert "Thank you for looking out for them" in sent
    await harness.flush_outbox()
    [alert] = _alerts(harness, FACILITATOR)
    assert "very withdrawn" in alert
    assert REPORTER_NAME not in alert

    await harness.ask(REPORTER, "/worried")
    harness.core.inject_forward(REPORTER, "nothing matters any more", origin_user_id=MEMBER)
    await harness.deliver()
    await harness.flush_outbox()
    latest = _texts(harness, FACILITATOR)[-1]
    assert "Robin" in latest
    assert "nothing matters any more" in latest
    assert REPORTER_NAME not in latest


async def test_an_urgent_worry_brings_the_lines_and_flags_no_one_else(
    harness: HandlerHarness,
) -> None:
    """Words about someone else's crisis in the answer: the reporter gets the lines, the
    facilitators a flag at the detector's tier, and the reporter is not flagged themself."""
    world = await _world(harness)
    await harness.ask(REPORTER, "/worried")
    sent = await harness.ask(REPORTER, "my friend said she wants to kill herself tonight")
    assert "sounds urgent" in sent
    rows = await services_of(harness.app).db.fetch_all("SELECT member_id, category FROM flags")
    assert [(row[0], row[1]) for row in rows] == [(None, "peer_report")]
    assert world.group_id


async def test_worried_offers_a_choice_of_groups_and_refuses_others(
    harness: HandlerHarness,
) -> None:
    """With two groups /worried asks which; a forged press for a group not theirs is refused,
    a press for one of theirs opens the question."""
    world = await _world(harness)
    other, code = await group_with_bot(harness, "Thursday circle")
    await harness.ask(REPORTER, f"/start {code}")
    stranger, _ = await group_with_bot(harness, "Someone else's circle")
    [card] = await harness.send(REPORTER, "/worried")
    assert "Which group" in (card.plain_text or "")
    assert WorriedGroup(other).pack() in str(card.reply_markup)
    refused = await harness.pressed(REPORTER, card, WorriedGroup(stranger).pack())
    assert not any("Tell me about your worry" in (m.plain_text or "") for m in refused)
    assert await services_of(harness.app).questions.waiting(REPORTER, "worried") is None
    asked = await harness.pressed(REPORTER, card, WorriedGroup(world.group_id).pack())
    assert any("someone in Tuesday circle" in (m.plain_text or "") for m in asked)


async def test_a_report_nobody_takes_is_never_told_to_the_reported_member(
    harness: HandlerHarness,
) -> None:
    """Every level tried and waited for: a crisis flag tells its member "nobody yet"; a
    report never does (it would tell them they were reported), though it keeps escalating."""
    world = await _world(harness)
    rude = await _post(harness, MEMBER, world.group_id, RUDE)
    await _reply(harness, REPORTER, world.group_id, "/report", rude)
    services = services_of(harness.app)
    member_before = _texts(harness, MEMBER)
    for _ in range(5):
        await services.db.write("UPDATE flags SET next_escalation_at = '2000-01-01T00:00:00Z'")
        assert await services.escalator.escalate_due() == 1
        await harness.flush_outbox()
    assert _texts(harness, MEMBER) == member_before
    events = await services.db.fetch_all("SELECT kind FROM flag_events ORDER BY id")
    assert "repeated" in [row[0] for row in events], "still open: repeated to everyone"
    assert "member-told" not in [row[0] for row in events]


async def test_the_crisis_screen_points_members_to_worried(harness: HandlerHarness) -> None:
    """/crisis in private tells a member how to raise a worry about someone in their group."""
    await _world(harness)
    assert "Send /worried" in await harness.ask(REPORTER, "/crisis")


async def test_the_report_cards_buttons_come_from_one_function(
    harness: HandlerHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What `report_card_rows` returns for the reported message sits under the alert's own
    buttons (where moderation's Warn / Mute / Hold go); a crisis alert never gets them."""
    seen: list[ReportedMessage] = []

    def rows(services: Services, language: str, reported: ReportedMessage) -> list[list[Button]]:
        """One extra row, as moderation's would be, noting the message it is about."""
        del services, language
        seen.append(reported)
        return [[Button("Warn", f"flag:who:{reported.message_id}")]]

    monkeypatch.setattr(service_module, "report_card_rows", rows)
    world = await _world(harness)
    rude = await _post(harness, MEMBER, world.group_id, RUDE)
    await _reply(harness, REPORTER, world.group_id, "/report", rude)
    [card] = [
        m for m in harness.core.bot_messages(FACILITATOR) if "alert #" in (m.plain_text or "")
    ]
    assert card.button_texts() == ["I'm on it", "Resolved", "False alarm", "Warn"]
    assert seen[-1] == ReportedMessage(world.group_id, rude, MEMBER)
    await harness.send(MEMBER, "I want to kill myself")
    await harness.flush_outbox()
    crisis = [
        m
        for m in harness.core.bot_messages(FACILITATOR)
        if "thoughts of suicide" in (m.plain_text or "")
    ]
    assert crisis
    assert "Warn" not in crisis[-1].button_texts()


async def test_report_in_private_explains_it(harness: HandlerHarness) -> None:
    """/report in a private chat says how to report a message, and offers /worried."""
    await _world(harness)
    answer = await harness.ask(REPORTER, "/report")
    assert "reply to it with /report" in answer
    assert "/worried" in answer


async def test_a_hostile_mention_of_a_flagged_member_is_alerted(harness: HandlerHarness) -> None:
    """Naming the member by a mention (no reply) with a hostile phrase counts the same."""
    world = await _world(harness)
    await harness.send(MEMBER, "I want to kill myself")
    robin = harness.core.users[MEMBER].to_api()
    mention = {"type": "text_mention", "offset": 0, "length": 5, "user": robin}
    harness.core.inject_message(
        REPORTER, "Robin nobody would miss you", world.group_id, extra={"entities": [mention]}
    )
    await harness.deliver()
    await harness.flush_outbox()
    hostile = [alert for alert in _alerts(harness, FACILITATOR) if "hostile reply" in alert]
    assert len(hostile) == 1, "its own alert, apart from any crisis flag of the writer"
    assert "Aimed at Robin" in hostile[0]


async def test_a_worry_that_is_about_themself_is_their_crisis(harness: HandlerHarness) -> None:
    """Answering /worried with their own crisis: flagged as theirs (their name on the alert),
    and the worry is closed, so what they type next is not filed about someone else."""
    await _world(harness)
    await harness.ask(REPORTER, "/worried")
    await harness.send(REPORTER, "honestly it's me, I want to kill myself")
    await harness.flush_outbox()
    assert "112" in _texts(harness, REPORTER)[-1], "the crisis reply, with Spain's lines"
    await harness.ask(REPORTER, "thank you")
    services = services_of(harness.app)
    rows = await services.db.fetch_all("SELECT member_id FROM flags")
    assert [row[0] for row in rows] == [REPORTER]
    assert await services.db.fetch_all("SELECT id FROM peer_reports") == []


async def test_reports_past_the_retention_lose_their_people_and_words(
    harness: HandlerHarness,
) -> None:
    """After FLAG_RETENTION_DAYS a report keeps neither who made it, whom it was about, nor
    their words, and the alert no longer shows them; the flag stays for the counts."""
    world = await _world(harness)
    rude = await _post(harness, MEMBER, world.group_id, RUDE)
    await _reply(harness, REPORTER, world.group_id, "/report mocking everyone", rude)
    services = services_of(harness.app)
    assert await service_module.erase_expired(services) == 0, "a fresh report stays"
    await services.db.write("UPDATE peer_reports SET created_at = '2000-01-01T00:00:00Z'")
    assert await service_module.erase_expired(services) == 1
    rows = await services.db.fetch_all(
        "SELECT reporter_user_id, subject_member_id, target_member_id, reason FROM peer_reports"
    )
    assert [tuple(row) for row in rows] == [(None, None, None, None)]
    flag = await services.flags.get(1)
    assert flag is not None
    alert = await services.alert_writer.message(flag, FACILITATOR, 0)
    assert "mocking everyone" not in alert.text


async def test_a_report_card_carries_moderations_buttons(harness: HandlerHarness) -> None:
    """A /report's card offers moderation's Warn / Mute 1h / Hold for the reported message,
    and Warn asks the facilitator for the reason, as moderation does."""
    world = await _world(harness)
    rude = await _post(harness, MEMBER, world.group_id, RUDE)
    await _reply(harness, REPORTER, world.group_id, "/report", rude)
    [card] = [
        m for m in harness.core.bot_messages(FACILITATOR) if "alert #" in (m.plain_text or "")
    ]
    assert card.button_texts()[:3] == ["I'm on it", "Resolved", "False alarm"]
    assert "⚠️ Warn" in card.button_texts()
    mark = harness.core.mark()
    harness.core.press_button(FACILITATOR, card.message_id, text="Warn")
    await harness.deliver()
    asked = [m.plain_text or "" for m in harness.new_messages(FACILITATOR, mark.message_seq)]
    assert any("reason" in text.casefold() for text in asked), asked
