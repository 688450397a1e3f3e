"""Crisis escalation end to end: the real bot process, the emulator, faults and restarts."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable

from bot.devtools.emulator import Chat, Emulator, StoredMessage
from tests.e2e.conftest import (
    group_with_bot,
    invite_code,
    new_person,
    onboard,
    query_db,
)
from tests.e2e.harness import ADMIN_ID, BotProcess, Person

CRISIS_TEXT = "I want to kill myself tonight"
ALERT = "Crisis alert"


def add_facilitator(admin: Person, group_id: int, facilitator: Person) -> None:
    """The admin makes someone a facilitator as the guide says (/facilitators add GROUP ID);
    their welcome is awaited, so it is never taken for the answer to what they ask next."""
    mark = admin.emulator.mark()
    admin.emulator.inject_message(admin.id, f"/facilitators add {group_id} {facilitator.id}")
    # The shared admin may get an alert reminder of an earlier test meanwhile: not the answer.
    [answer] = admin.emulator.wait_for_messages(
        admin.id, since=mark, predicate=lambda m: "facilitator" in (m.plain_text or "")
    )
    assert "is now a facilitator" in (answer.plain_text or ""), answer.plain_text
    admin.emulator.wait_for_messages(
        facilitator.id, since=mark, predicate=lambda m: "facilitator" in (m.plain_text or "")
    )


def alerts_to(emulator: Emulator, person: Person) -> list[StoredMessage]:
    """Return the crisis alerts the bot sent to a person, oldest first."""
    return [m for m in emulator.bot_messages(person.id) if ALERT in (m.plain_text or "")]


def wait_for_alerts(
    emulator: Emulator, person: Person, count: int = 1, timeout: float = 15.0
) -> list[StoredMessage]:
    """Wait until a person has `count` alerts and return them."""
    emulator.wait_until(lambda _core: len(alerts_to(emulator, person)) >= count, timeout=timeout)
    return alerts_to(emulator, person)


def circle(
    bot: BotProcess,
    admin: Person,
    make: Callable[..., Person],
    title: str,
    from_the_server: bool = False,
) -> tuple[Chat, Person, Person]:
    """A group with the bot, one onboarded facilitator, and one member who joined by link.

    The admin names the facilitator in the chat, or (`from_the_server`, for an admin who never
    opened the bot) with `peerbot facilitators add` on the server, as the guide says.
    """
    group, welcome = group_with_bot(bot.emulator, admin, title)
    facilitator = make("Fran")
    onboard(facilitator)
    if from_the_server:
        facilitator_from_the_server(bot, group.id, facilitator)
    else:
        add_facilitator(admin, group.id, facilitator)
    member = make("Robin")
    onboard(member)
    member.ask(f"/start {invite_code(welcome)}")
    return group, facilitator, member


def facilitator_from_the_server(bot: BotProcess, group_id: int, facilitator: Person) -> None:
    """`peerbot facilitators add GROUP USER` against the running bot's database."""
    done = subprocess.run(
        [sys.executable, "-m", "bot", "facilitators", "add", str(group_id), str(facilitator.id)],
        env=bot.environment(),
        cwd=bot.workdir,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def make_in(emulator: Emulator) -> Callable[..., Person]:
    """A person factory for a test's own emulator."""
    return lambda name="Sam", language="en": new_person(emulator, name, language)


def admin_of(emulator: Emulator) -> Person:
    """The configured admin, as a person of this emulator."""
    user = emulator.users.get(ADMIN_ID) or emulator.add_user("Ada", ADMIN_ID)
    return Person(emulator, user)


def test_private_flag_reaches_member_and_facilitator(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """A private crisis message: a warm reply with lines at once; the facilitator is alerted."""
    _, facilitator, member = circle(bot, admin, person, "Private flag circle")
    [reply] = member.send(CRISIS_TEXT)
    assert "you don't have to go through this alone" in (reply.plain_text or "")
    assert "024" in (reply.plain_text or ""), "Spain's line for a member in Madrid"
    [alert] = wait_for_alerts(bot.emulator, facilitator)
    text = alert.plain_text or ""
    assert "Robin" in text
    assert "private chat" in text
    assert "kill myself" in text
    assert f"tg://user?id={member.id}" in (alert.text or "")
    assert alert.button_texts() == ["I'm on it", "Resolved", "False alarm"]
    rows = query_db(bot.database, "SELECT tier, state FROM flags WHERE member_id = ?", (member.id,))
    assert rows == [("imminent", "open")]


def test_group_flag_from_someone_who_never_started_the_bot(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """In the group: a discreet nudge with a private link; the link opens the crisis lines."""
    group, facilitator, _ = circle(bot, admin, person, "Group flag circle")
    stranger = person("Kim")
    [nudge] = stranger.send(CRISIS_TEXT, chat_id=group.id)
    assert "talk in private" in (nudge.plain_text or "")
    assert "kill" not in (nudge.plain_text or "")
    link = nudge.reply_markup["inline_keyboard"][0][0]["url"] if nudge.reply_markup else ""
    assert "?start=help-en" in link  # the language they wrote in (and the group's country)
    [alert] = wait_for_alerts(bot.emulator, facilitator)
    assert "Group flag circle" in (alert.plain_text or "")
    [lines] = stranger.send(f"/start {link.partition('?start=')[2]}")
    assert "Samaritans" in (lines.plain_text or "") or "988" in (lines.plain_text or "")


def test_group_flag_from_a_member_is_answered_in_private(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """A member who started the bot is answered privately; nothing is posted in the group."""
    group, facilitator, member = circle(bot, admin, person, "Quiet circle")
    mark = bot.emulator.mark()
    bot.emulator.inject_message(member.id, CRISIS_TEXT, group.id)
    [reply] = bot.emulator.wait_for_messages(member.id, since=mark)
    assert "through this alone" in (reply.plain_text or "")
    wait_for_alerts(bot.emulator, facilitator)
    assert [m for m in bot.emulator.bot_messages(group.id) if m.seq > mark.message_seq] == []


def test_acknowledge_by_facilitator_and_refusal_for_others(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """An outsider's press is refused with nothing changed; the facilitator's press takes it."""
    _, facilitator, member = circle(bot, admin, person, "Ack circle")
    member.ask(CRISIS_TEXT)
    [alert] = wait_for_alerts(bot.emulator, facilitator)
    outsider = person("Otto")
    onboard(outsider)
    flag_query = "SELECT state, acknowledged_by FROM flags WHERE member_id = ?"
    query = bot.emulator.press_button(
        facilitator.id, alert.message_id, user_id=outsider.id, text="I'm on it"
    )
    bot.emulator.wait_until(lambda _core: bot.emulator.callback_answer(query["id"]) is not None)
    assert "Only this group's facilitators" in str(bot.emulator.callback_answer(query["id"]))
    assert query_db(bot.database, flag_query, (member.id,)) == [("open", None)]
    facilitator.press_for_edit(alert, "I'm on it")
    edited = bot.emulator.message(facilitator.id, alert.message_id)
    assert "Taken by Fran" in (edited.plain_text or "")
    assert query_db(bot.database, flag_query, (member.id,)) == [("acknowledged", facilitator.id)]


def test_repeats_join_the_open_flag(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """A second worrying message joins the flag: the alert is updated and a new message says so."""
    _, facilitator, member = circle(bot, admin, person, "Repeat circle")
    member.ask("I wish I was dead")
    [alert] = wait_for_alerts(bot.emulator, facilitator)
    mark = bot.emulator.mark()
    [still] = member.send("I wish I was dead, really")
    assert "still here" in (still.plain_text or "")
    bot.emulator.wait_for_call(
        "editMessageText",
        predicate=lambda call: call.params.get("message_id") == alert.message_id,
        since=mark,
    )
    [_, notice] = wait_for_alerts(bot.emulator, facilitator, count=2)
    assert "Robin wrote again" in (notice.plain_text or "")
    assert "2 messages" in (bot.emulator.message(facilitator.id, alert.message_id).plain_text or "")
    flags = query_db(bot.database, "SELECT messages FROM flags WHERE member_id = ?", (member.id,))
    assert flags == [(2,)]


def own_circle(
    fresh_bot: BotProcess, title: str, wait_minutes: str | None = None, admin_started: bool = True
) -> tuple[Emulator, Person, Person, Person]:
    """Start a bot of the test's own (escalation waits in minutes if given) with a circle."""
    if wait_minutes is not None:
        fresh_bot.extra_env.update(
            ESCALATION_MINUTES=wait_minutes, ESCALATION_IMMINENT_MINUTES=wait_minutes
        )
    fresh_bot.start()
    emulator = fresh_bot.emulator
    admin = admin_of(emulator)
    if admin_started:
        onboard(admin)
    else:
        emulator.never_started(admin.id)
    _, facilitator, member = circle(
        fresh_bot, admin, make_in(emulator), title, from_the_server=not admin_started
    )
    return emulator, admin, facilitator, member


def test_escalation_with_a_short_timeout(fresh_bot: BotProcess) -> None:
    """Nobody takes the alert: after the (shortened) wait the admin is alerted too."""
    emulator, admin, facilitator, member = own_circle(fresh_bot, "Escalation circle", "0.03")
    started = time.monotonic()
    member.ask(CRISIS_TEXT)
    wait_for_alerts(emulator, facilitator)
    assert alerts_to(emulator, admin) == [], "admins are not the first level"
    [admin_alert] = wait_for_alerts(emulator, admin, timeout=20)
    assert time.monotonic() - started >= 1.5, "the admin is told only after the wait"
    facilitator_copies = wait_for_alerts(emulator, facilitator, count=2)
    assert "Nobody has taken this yet" in (facilitator_copies[-1].plain_text or "")
    admin.press_for_edit(admin_alert, "I'm on it")
    emulator.wait_until(
        lambda core: all(
            "Taken by Ada" in (core.message(facilitator.id, m.message_id).plain_text or "")
            for m in alerts_to(emulator, facilitator)
        )
    )


def test_blocked_facilitator_is_skipped_at_once(fresh_bot: BotProcess) -> None:
    """A facilitator who blocked the bot: the admin is alerted without waiting for the timeout."""
    emulator, admin, facilitator, member = own_circle(fresh_bot, "Blocked circle", "30")
    emulator.block_bot(facilitator.id, notify=False)
    member.ask(CRISIS_TEXT)
    wait_for_alerts(emulator, admin, timeout=10)
    kinds = query_db(fresh_bot.database, "SELECT kind FROM flag_events ORDER BY id")
    assert [row[0] for row in kinds][:4] == ["raised", "notified", "failed", "escalated"]


def test_alert_stored_before_a_kill_is_sent_after_restart(fresh_bot: BotProcess) -> None:
    """The process dies while the alert is in flight; after a restart it arrives."""
    emulator, _admin, facilitator, member = own_circle(
        fresh_bot, "Restart circle", admin_started=False
    )
    emulator.fail_next(1, "timeout", method="sendMessage", chat_id=facilitator.id, delay=60)
    mark = emulator.mark()
    member.ask(CRISIS_TEXT)
    emulator.wait_for_call(
        "sendMessage", predicate=lambda c: c.params.get("chat_id") == facilitator.id, since=mark
    )
    fresh_bot.kill()
    assert alerts_to(emulator, facilitator) == []
    fresh_bot.start()
    [alert] = wait_for_alerts(emulator, facilitator)
    assert "Crisis alert #1" in (alert.plain_text or "")


def test_escalation_timer_survives_a_restart(fresh_bot: BotProcess) -> None:
    """Stopped before the wait is over: after a restart the escalation comes on time."""
    emulator, admin, facilitator, member = own_circle(fresh_bot, "Timer circle", "0.05")
    started = time.monotonic()
    member.ask(CRISIS_TEXT)
    wait_for_alerts(emulator, facilitator)
    assert fresh_bot.stop() == 0
    assert alerts_to(emulator, admin) == []
    due = query_db(fresh_bot.database, "SELECT next_escalation_at FROM flags")
    assert due[0][0] is not None, "the timer is in the database"
    fresh_bot.start()
    wait_for_alerts(emulator, admin, timeout=15)
    assert time.monotonic() - started >= 2.5, "not before the 3-second wait is over"


def test_alert_gets_through_a_flood_of_429s(fresh_bot: BotProcess) -> None:
    """Several 429s in a row on the facilitator's chat: the alert arrives once, afterwards."""
    emulator, _admin, facilitator, member = own_circle(
        fresh_bot, "Flood circle", admin_started=False
    )
    emulator.fail_next(3, "429", method="sendMessage", chat_id=facilitator.id, retry_after=1)
    member.ask(CRISIS_TEXT)
    [alert] = wait_for_alerts(emulator, facilitator, timeout=20)
    assert "Crisis alert" in (alert.plain_text or "")
    answered_429 = [
        c
        for c in emulator.get_calls("sendMessage")
        if c.params.get("chat_id") == facilitator.id and c.status == 429
    ]
    assert len(answered_429) == 3
