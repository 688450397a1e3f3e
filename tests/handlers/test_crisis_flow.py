"""Crisis escalation through real handlers: flag, reply, alert, buttons, escalation, notes."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from bot.app import services_of
from bot.delivery.outbox import outcome_of
from bot.delivery.updates import raw_call
from bot.devtools.emulator import StoredMessage
from bot.domain.clock import iso
from bot.domain.models import Person
from bot.services.container import Services
from tests.handlers.conftest import ADMIN_ID, HandlerHarness

MEMBER = 610_000_001
FACILITATOR = 610_000_002
CO_FACILITATOR = 610_000_003
OUTSIDER = 610_000_004
CRISIS_TEXT = "I want to kill myself tonight"


async def _setup_group(harness: HandlerHarness, title: str = "Tuesday circle") -> int:
    """Create a group with the bot, two facilitators who started the bot, and a member."""
    core = harness.core
    for user_id, name in (
        (MEMBER, "Robin"),
        (FACILITATOR, "Fran"),
        (CO_FACILITATOR, "Cole"),
        (OUTSIDER, "Otto"),
        (ADMIN_ID, "Ada"),
    ):
        if user_id not in core.users:
            core.add_user(name, user_id)
    group = core.add_group(title, bot_is_member=False)
    core.add_bot_to_group(group.id, ADMIN_ID)
    await harness.deliver()
    services = services_of(harness.app)
    now = iso(datetime.now(UTC))
    for user_id in (FACILITATOR, CO_FACILITATOR):
        await services.roles.roles.add_facilitator(group.id, user_id, ADMIN_ID, now)
        await services.members.consent(Person(user_id, "F", None, "en"), "en", "Europe/London")
    await services.members.consent(Person(MEMBER, "Robin", None, "en"), "en", "Europe/Madrid")
    await services.members.members.join_group(MEMBER, group.id, now)
    return group.id


async def one_row(services: Services, sql: str) -> tuple[object, ...]:
    """Return the one row a query must find, as a tuple."""
    row = await services.db.fetch_one(sql)
    assert row is not None, sql
    return tuple(row)


def _alerts(harness: HandlerHarness, chat_id: int) -> list[StoredMessage]:
    """Return the crisis alerts the bot sent to a person."""
    return [m for m in harness.core.bot_messages(chat_id) if "Crisis alert" in (m.plain_text or "")]


def _services(harness: HandlerHarness) -> Services:
    """Return the running bot's services."""
    return services_of(harness.app)


async def test_private_crisis_message_is_answered_flagged_and_alerted(
    harness: HandlerHarness,
) -> None:
    """A private crisis message gets a warm reply with lines; every facilitator gets an alert."""
    await _setup_group(harness)
    mark = harness.core.mark()
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    [reply] = harness.new_messages(MEMBER, mark.message_seq)
    assert "through this alone" in (reply.plain_text or "")
    assert "024" in (reply.plain_text or ""), "Spain's line for a member in Europe/Madrid"
    assert "facilitator" in (reply.plain_text or "")
    for facilitator in (FACILITATOR, CO_FACILITATOR):
        [alert] = _alerts(harness, facilitator)
        assert "Robin" in (alert.plain_text or "")
        assert "private chat" in (alert.plain_text or "")
        assert "kill myself" in (alert.plain_text or "")
        assert alert.button_texts() == ["I'm on it", "Resolved", "False alarm"]
    rows = await _services(harness).db.fetch_all("SELECT state, tier FROM flags")
    assert [tuple(row) for row in rows] == [("open", "imminent")]


async def test_acknowledging_edits_every_copy(harness: HandlerHarness) -> None:
    """Pressing I'm on it shows who took it on every facilitator's copy; escalation stops
    (the next time is the re-page of a taken alert, TAKEN_FLAG_REPAGE_MINUTES later)."""
    await _setup_group(harness)
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    [alert] = _alerts(harness, FACILITATOR)
    await harness.press(FACILITATOR, alert, "flag:ack:1")
    await harness.flush_outbox()
    for facilitator in (FACILITATOR, CO_FACILITATOR):
        [copy] = _alerts(harness, facilitator)
        assert "Taken by F" in (copy.plain_text or ""), copy.plain_text
        assert "I'm on it" not in copy.button_texts()
    row = await one_row(
        _services(harness),
        "SELECT state, acknowledged_by, (julianday(next_escalation_at)"
        " - julianday(acknowledged_at)) * 1440 FROM flags",
    )
    assert row[:2] == ("acknowledged", FACILITATOR)
    assert isinstance(row[2], float)
    assert 60 <= row[2] <= 60.1, "re-paged in an hour, not before"


async def test_outsider_cannot_act_on_an_alert(harness: HandlerHarness) -> None:
    """Someone who does not facilitate the group is refused and nothing changes."""
    await _setup_group(harness)
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    [alert] = _alerts(harness, FACILITATOR)
    before = [tuple(r) for r in await _services(harness).db.fetch_all("SELECT * FROM flags")]
    query_id = await harness.press(OUTSIDER, alert, "flag:ack:1")
    assert "Only this group's facilitators" in str(harness.core.callback_answer(query_id))
    await harness.flush_outbox()
    after = [tuple(r) for r in await _services(harness).db.fetch_all("SELECT * FROM flags")]
    assert before == after


async def test_group_message_from_a_stranger_gets_a_discreet_nudge(
    harness: HandlerHarness,
) -> None:
    """In a group, someone who never started the bot gets a reply that reveals nothing."""
    group_id = await _setup_group(harness)
    mark = harness.core.mark()
    await harness.send(OUTSIDER, CRISIS_TEXT, chat_id=group_id)
    await harness.flush_outbox()
    [nudge] = harness.new_messages(group_id, mark.message_seq)
    assert "talk in private" in (nudge.plain_text or "")
    assert "kill" not in (nudge.plain_text or "")
    assert "crisis" not in (nudge.plain_text or "")
    assert nudge.reply_markup is not None
    assert nudge.reply_markup["inline_keyboard"][0][0]["url"].endswith("?start=help-en")
    [alert] = _alerts(harness, FACILITATOR)
    assert "Tuesday circle" in (alert.plain_text or "")


async def test_a_stranger_writing_spanish_is_helped_in_spanish_with_the_groups_lines(
    harness: HandlerHarness,
) -> None:
    """Someone who never started the bot (phone in English) writes in Spanish in a Madrid
    group: the nudge is in Spanish, and its private link opens Spain's lines in Spanish."""
    group_id = await _setup_group(harness)
    services = services_of(harness.app)
    await services.groups.groups.db.write(
        "UPDATE groups SET timezone = 'Europe/Madrid' WHERE chat_id = ?", (group_id,)
    )
    mark = harness.core.mark()
    await harness.send(OUTSIDER, "ya no quiero vivir, me voy a tirar del puente", chat_id=group_id)
    await harness.flush_outbox()
    [nudge] = harness.new_messages(group_id, mark.message_seq)
    assert "hablar en privado" in (nudge.plain_text or "")
    assert nudge.reply_markup is not None
    link = nudge.reply_markup["inline_keyboard"][0][0]["url"]
    assert link.endswith("?start=help-es-ES")
    [lines] = await harness.send(OUTSIDER, "/start help-es-ES")
    assert "Personas con las que puedes hablar" in (lines.plain_text or "")
    assert "024" in (lines.plain_text or "")


async def test_group_message_from_a_member_is_answered_privately(harness: HandlerHarness) -> None:
    """A member who started the bot is answered in private, never in the group."""
    group_id = await _setup_group(harness)
    mark = harness.core.mark()
    await harness.send(MEMBER, CRISIS_TEXT, chat_id=group_id)
    await harness.flush_outbox()
    assert harness.new_messages(group_id, mark.message_seq) == []
    [private] = harness.new_messages(MEMBER, mark.message_seq)
    assert "through this alone" in (private.plain_text or "")


async def test_member_who_blocked_the_bot_unnoticed_gets_the_group_nudge(
    harness: HandlerHarness,
) -> None:
    """The private reply gets 403: the discreet nudge follows in the group, once per flag."""
    group_id = await _setup_group(harness)
    harness.core.block_bot(MEMBER, notify=False)  # the bot does not know yet
    mark = harness.core.mark()
    said = harness.core.inject_message(MEMBER, CRISIS_TEXT, group_id)
    await harness.deliver()
    await harness.flush_outbox()
    assert harness.new_messages(MEMBER, mark.message_seq) == []
    [nudge] = harness.new_messages(group_id, mark.message_seq)
    assert "talk in private" in (nudge.plain_text or "")
    assert "kill" not in (nudge.plain_text or "")
    [call] = [
        call
        for call in harness.core.get_calls("sendMessage")
        if call.params.get("chat_id") == group_id
    ][-1:]
    assert call.params["reply_parameters"]["message_id"] == said["message_id"]
    [alert] = _alerts(harness, FACILITATOR)
    assert "Tuesday circle" in (alert.plain_text or "")
    member = await _services(harness).members.get(MEMBER)
    assert member is not None
    assert member.unreachable_at is not None, "now the bot knows"
    again = harness.core.mark()
    await harness.send(MEMBER, CRISIS_TEXT, chat_id=group_id)
    await harness.flush_outbox()
    assert harness.new_messages(group_id, again.message_seq) == [], "one nudge per flag"


async def test_repeat_joins_the_open_flag_and_is_told_with_a_new_message(
    harness: HandlerHarness,
) -> None:
    """A repeat joins the flag (the alert is edited) and is announced by a new message, which
    quotes the new words and says when the tier went up."""
    await _setup_group(harness)
    await harness.send(MEMBER, "I feel so hopeless, I wish I was dead")
    await harness.flush_outbox()
    [first] = _alerts(harness, FACILITATOR)
    assert "1 message" in (first.plain_text or "")
    await harness.send(MEMBER, "I wish I was dead, honestly")
    await harness.flush_outbox()
    edited = harness.core.message(FACILITATOR, first.message_id)
    assert "2 messages" in (edited.plain_text or "")
    [_, notice] = _alerts(harness, FACILITATOR)
    assert "wrote again" in (notice.plain_text or "")
    assert "honestly" in (notice.plain_text or "")
    assert "Still concern" in (notice.plain_text or "")
    await harness.send(MEMBER, "I am going to kill myself tonight, I have the pills ready")
    await harness.flush_outbox()
    alerts = _alerts(harness, FACILITATOR)
    assert len(alerts) == 3, "each repeat is a new message"
    assert "More urgent now: imminent danger (was concern)" in (alerts[-1].plain_text or "")
    count = await one_row(_services(harness), "SELECT COUNT(*) FROM flags")
    assert count[0] == 1


async def test_escalation_reaches_admins_when_nobody_takes_it(harness: HandlerHarness) -> None:
    """With a rotation, the on-call facilitator is first; then all facilitators; then admins."""
    group_id = await _setup_group(harness)
    services = _services(harness)
    from datetime import time

    from bot.domain.oncall import Period

    await services.oncall.set_rotation(group_id, Period.DAILY, time(0, 0), ADMIN_ID)
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    assert len(_alerts(harness, FACILITATOR)) == 1
    assert _alerts(harness, CO_FACILITATOR) == []
    assert _alerts(harness, ADMIN_ID) == []
    for _ in range(2):
        await services.db.write("UPDATE flags SET next_escalation_at = '2000-01-01T00:00:00Z'")
        assert await services.escalator.escalate_due() == 1
        await harness.flush_outbox()
    assert len(_alerts(harness, CO_FACILITATOR)) == 2, "reached at step 1, reminded at step 2"
    assert len(_alerts(harness, ADMIN_ID)) == 1
    reminder = _alerts(harness, FACILITATOR)[-1]
    assert "Nobody has taken this yet" in (reminder.plain_text or "")


async def test_blocked_facilitator_moves_on_at_once(harness: HandlerHarness) -> None:
    """When the on-call facilitator blocked the bot, the next level is alerted without waiting."""
    group_id = await _setup_group(harness)
    services = _services(harness)
    from datetime import time

    from bot.domain.oncall import Period

    await services.oncall.set_rotation(group_id, Period.DAILY, time(0, 0), ADMIN_ID)
    harness.core.block_bot(FACILITATOR, notify=False)
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    assert len(_alerts(harness, CO_FACILITATOR)) == 1
    events = await services.db.fetch_all("SELECT kind FROM flag_events ORDER BY id")
    assert [row[0] for row in events][:4] == ["raised", "notified", "failed", "escalated"]


async def test_nobody_reachable_is_shown_in_flags(harness: HandlerHarness) -> None:
    """Nobody reachable: the flag says so; the admin who writes again gets the alert."""
    group_id = await _setup_group(harness)
    services = _services(harness)
    for user_id in (FACILITATOR, CO_FACILITATOR):
        await services.roles.roles.remove_facilitator(group_id, user_id)
    harness.core.block_bot(ADMIN_ID, notify=False)
    mark = harness.core.mark()
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    [reply] = harness.new_messages(MEMBER, mark.message_seq)
    assert "024" in (reply.plain_text or ""), "the member still gets the crisis lines"
    row = await one_row(services, "SELECT unreached_at IS NOT NULL FROM flags")
    assert row[0] == 1
    harness.core.unblock_bot(ADMIN_ID, notify=False)
    await harness.send(ADMIN_ID, "/flags")
    await harness.flush_outbox()
    assert len(_alerts(harness, ADMIN_ID)) == 1, "the admin who writes again gets the alert"
    row = await one_row(services, "SELECT unreached_at FROM flags")
    assert row[0] is None


async def test_resolve_with_handoff_note(harness: HandlerHarness) -> None:
    """Resolved asks for a note; the note is stored, shown on the alert, and not flagged itself."""
    await _setup_group(harness)
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    [alert] = _alerts(harness, FACILITATOR)
    await harness.press(FACILITATOR, alert, "flag:res:1")
    asking = harness.core.message(FACILITATOR, alert.message_id)
    assert "Mark alert #1 as resolved?" in (asking.plain_text or "")
    assert asking.button_texts() == ["✅ Yes, resolved", "↩ No, go back"]
    mark = harness.core.mark()
    await harness.press(FACILITATOR, asking, "flag:resok:1")
    [ask] = harness.new_messages(FACILITATOR, mark.message_seq)
    assert "handoff note" in (ask.plain_text or "")
    [saved] = await harness.send(FACILITATOR, "Called her; she said she wants to kill herself")
    assert "added your note" in (saved.plain_text or "")
    await harness.flush_outbox()
    services = _services(harness)
    count = await one_row(services, "SELECT COUNT(*) FROM flags")
    assert count[0] == 1, "a handoff note is not a crisis message of the facilitator's"
    [copy] = _alerts(harness, CO_FACILITATOR)
    assert "Handoff note" in (copy.plain_text or "")
    assert "Resolved by F" in (copy.plain_text or "")
    assert copy.button_texts() == []


async def test_edited_message_is_checked(harness: HandlerHarness) -> None:
    """A message edited into a crisis message is flagged; the edit gets no other answer."""
    await _setup_group(harness)
    sent = harness.core.inject_message(MEMBER, "hello there")
    await harness.deliver()
    harness.core.inject_edit(MEMBER, sent["message_id"], CRISIS_TEXT)
    await harness.deliver()
    await harness.flush_outbox()
    assert len(_alerts(harness, FACILITATOR)) == 1


async def test_flag_timeline_and_forget(harness: HandlerHarness) -> None:
    """/flag N shows the timeline; /forget erases the member from the flag and from the alerts."""
    await _setup_group(harness)
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    [detail] = await harness.send(FACILITATOR, "/flag 1")
    assert "Timeline" in (detail.plain_text or "")
    assert "delivered to" in (detail.plain_text or "")
    services = _services(harness)
    await services.privacy.erase(MEMBER)
    row = await one_row(services, "SELECT member_id, member_name, excerpt, tier FROM flags")
    assert row == (None, None, None, "imminent")
    exported = await services.privacy.export(MEMBER)
    assert "crisis_flags" not in exported
    await harness.flush_outbox()
    copies = _alerts(harness, FACILITATOR) + _alerts(harness, CO_FACILITATOR)
    notices = [c for c in copies if "Alert #1 is closed" in (c.plain_text or "")]
    assert len(notices) == 2, "each person on the open alert hears it closed, by a new message"
    assert len(copies) == 5, "two alerts, the /flag view and two notices"
    for copy in copies:
        assert "Robin" not in (copy.plain_text or "")
        assert "kill" not in (copy.plain_text or "")
        assert str(MEMBER) not in (copy.text or "")


async def test_repeat_in_another_group_tells_that_group(harness: HandlerHarness) -> None:
    """A worrying message in a second group joins the flag and alerts that group's facilitator."""
    first = await _setup_group(harness, "Tuesday circle")
    services = _services(harness)
    second = harness.core.add_group("Friday circle", bot_is_member=False)
    harness.core.add_bot_to_group(second.id, ADMIN_ID)
    await harness.deliver()
    now = iso(datetime.now(UTC))
    await services.roles.roles.add_facilitator(second.id, OUTSIDER, ADMIN_ID, now)
    await harness.send(MEMBER, "I wish I was dead", chat_id=first)
    await harness.flush_outbox()
    assert _alerts(harness, OUTSIDER) == []
    await harness.send(MEMBER, "I wish I was dead, honestly", chat_id=second.id)
    await harness.flush_outbox()
    [alert] = _alerts(harness, OUTSIDER)
    assert "Friday circle" in (alert.plain_text or "")
    assert await services.flags.may_act(1, OUTSIDER)
    count = await one_row(services, "SELECT COUNT(*) FROM flags")
    assert count == (1,)


async def test_copy_sent_while_being_taken_is_edited_after_delivery(
    harness: HandlerHarness,
) -> None:
    """A copy already on its way when someone takes the flag is corrected once it arrives."""
    await _setup_group(harness)
    services = _services(harness)
    await harness.send(MEMBER, CRISIS_TEXT)
    due = await services.outbox.due("9999", limit=10)
    [in_flight] = [m for m in due if m.dedup_key.startswith("alert:") and m.chat_id == FACILITATOR]
    await services.flag_actions.act(1, "ack", CO_FACILITATOR, None)
    result = await raw_call(
        harness.app.bot, in_flight.method, {"chat_id": in_flight.chat_id, **in_flight.params}
    )
    await services.outbox.mark_sent_many([in_flight.id], iso(datetime.now(UTC)))
    await services.escalator.on_outcome(outcome_of(in_flight, result))
    await harness.flush_outbox()
    [copy] = _alerts(harness, FACILITATOR)
    assert "Taken by F" in (copy.plain_text or "")
    assert "I'm on it" not in copy.button_texts()


async def test_member_gets_the_lines_even_when_the_flag_cannot_be_stored(
    harness: HandlerHarness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """If storing the flag fails, the member still gets the crisis lines; the log has no text."""
    await _setup_group(harness)

    async def broken(*_args: object) -> None:
        """Fail as a full disk would."""
        raise OSError("disk full")

    monkeypatch.setattr(_services(harness).flags, "raise_flag", broken)
    with caplog.at_level(logging.ERROR):
        [reply] = await harness.send(MEMBER, CRISIS_TEXT)
    assert "024" in (reply.plain_text or "")
    assert "flag not stored" in caplog.text
    assert "kill" not in caplog.text


async def test_the_crisis_check_comes_before_the_gates_reads(
    harness: HandlerHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gate reads nothing before the crisis check (missed alerts, reachability come
    after it), and the check still marks a private crisis writer reachable again."""
    await _setup_group(harness)
    services = _services(harness)
    order: list[str] = []
    detect, reach_again = services.crisis.detect, services.escalator.reach_again
    mark_reachable = services.members.mark_reachable

    def detected(text: str) -> object:
        order.append("crisis check")
        return detect(text)

    async def reached(user_id: int) -> list[str]:
        order.append("missed alerts")
        return await reach_again(user_id)

    async def marked(user_id: int) -> bool:
        order.append("reachable")
        return await mark_reachable(user_id)

    monkeypatch.setattr(services.crisis, "detect", detected)
    monkeypatch.setattr(services.escalator, "reach_again", reached)
    monkeypatch.setattr(services.members, "mark_reachable", marked)
    await harness.send(MEMBER, CRISIS_TEXT)
    assert order == ["crisis check", "reachable", "missed alerts"]
    order.clear()
    await harness.send(MEMBER, "/help")
    assert order[-2:] == ["reachable", "missed alerts"], "an ordinary update too, after it"
    assert order.index("crisis check") < order.index("reachable")


async def test_a_crisis_message_from_someone_who_missed_an_alert_brings_it(
    harness: HandlerHarness,
) -> None:
    """An admin who missed an alert (they had blocked the bot) writes a crisis message of
    their own: they are answered, and the alert they missed is sent to them too."""
    group_id = await _setup_group(harness)
    services = _services(harness)
    for user_id in (FACILITATOR, CO_FACILITATOR):
        await services.roles.roles.remove_facilitator(group_id, user_id)
    harness.core.block_bot(ADMIN_ID, notify=False)
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    harness.core.unblock_bot(ADMIN_ID, notify=False)
    mark = harness.core.mark()
    await harness.send(ADMIN_ID, "I want to die, I can't do this anymore")
    await harness.flush_outbox()
    texts = [m.plain_text or "" for m in harness.new_messages(ADMIN_ID, mark.message_seq)]
    assert any("Robin" in text and "Crisis alert" in text for text in texts), texts
    row = await one_row(services, f"SELECT COUNT(*) FROM flags WHERE member_id = {ADMIN_ID}")
    assert row[0] == 1, "their own message raised a flag"
