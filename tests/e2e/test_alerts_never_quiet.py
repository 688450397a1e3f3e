"""Alerts that never go quiet, end to end: the real bot process against the emulator.

One test per gap of issue 17 (the inbox order and contact requests have files of their own).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.devtools.emulator import Emulator, StoredMessage
from tests.e2e.conftest import group_with_bot, invite_code, onboard, query_db
from tests.e2e.harness import BotProcess, Person
from tests.e2e.test_crisis import (
    CRISIS_TEXT,
    add_facilitator,
    alerts_to,
    circle,
    own_circle,
    wait_for_alerts,
)

GOODBYE = "I wrote goodbye letters to everyone"
# Escalation in seconds rather than minutes, for a bot of the test's own.
FAST = "0.02"


def texts_to(emulator: Emulator, person: Person, part: str) -> list[StoredMessage]:
    """Return the bot's messages to a person that contain `part`, oldest first."""
    return [m for m in emulator.bot_messages(person.id) if part in (m.plain_text or "")]


def wait_for_text(
    emulator: Emulator, chat_id: int, part: str, count: int = 1, timeout: float = 20.0
) -> list[StoredMessage]:
    """Wait until a chat has `count` bot messages containing `part`; return them."""

    def found() -> list[StoredMessage]:
        return [m for m in emulator.bot_messages(chat_id) if part in (m.plain_text or "")]

    emulator.wait_until(lambda _core: len(found()) >= count, timeout=timeout)
    return found()


def button_rows(message: StoredMessage) -> list[list[str]]:
    """Return a message's inline buttons' labels, row by row."""
    markup = message.reply_markup or {"inline_keyboard": []}
    return [[button["text"] for button in row] for row in markup["inline_keyboard"]]


def flag_of(bot: BotProcess, member: Person) -> tuple[object, ...]:
    """Return (id, state) of the member's flag."""
    [row] = query_db(bot.database, "SELECT id, state FROM flags WHERE member_id = ?", (member.id,))
    return row


def test_a_repeat_on_a_taken_flag_notifies_whoever_holds_it(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """1. The member writes again after the alert was taken: a new message, not only an edit."""
    _, facilitator, member = circle(bot, admin, person, "Repeat holder circle")
    member.ask("I wish I was dead")
    [alert] = wait_for_alerts(bot.emulator, facilitator)
    facilitator.press_for_edit(alert, "I'm on it")
    member.ask(GOODBYE)
    [_, notice] = wait_for_alerts(bot.emulator, facilitator, count=2)
    text = notice.plain_text or ""
    assert "Robin wrote again" in text
    assert "goodbye letters" in text, "the new words are quoted"
    assert "More urgent now: imminent danger (was concern)" in text
    edited = bot.emulator.message(facilitator.id, alert.message_id)
    assert "2 messages" in (edited.plain_text or ""), "the old alert is still updated in place"


def test_an_unanswered_alert_never_goes_quiet(fresh_bot: BotProcess) -> None:
    """2. Nobody takes it: after the rounds it keeps coming back, to everyone and the admins;
    the member hears the truth, with the lines again; the admins get a daily digest."""
    local_hour = datetime.now(ZoneInfo("Europe/London")).hour
    fresh_bot.extra_env.update(
        ESCALATION_ROUNDS="1",
        ESCALATION_REPEAT_MINUTES=FAST,
        ESCALATION_LATE_MINUTES=FAST,
        DIGEST_HOUR=str((local_hour + 1) % 24),
        DEV_CLOCK_FILE=str(fresh_bot.workdir / "clock"),
    )
    emulator, admin, facilitator, member = own_circle(fresh_bot, "Never quiet circle", FAST)
    member.ask(CRISIS_TEXT)
    # Before: the first alert, one step to the admins, then nothing. Now: on and on.
    wait_for_alerts(emulator, facilitator, count=4, timeout=30)
    wait_for_alerts(emulator, admin, count=3, timeout=30)
    [honest] = wait_for_text(emulator, member.id, "haven't been able to reach a facilitator yet")
    assert "024" in (honest.plain_text or ""), "the crisis lines again (Spain, for Madrid)"
    kinds = {row[0] for row in query_db(fresh_bot.database, "SELECT kind FROM flag_events")}
    assert {"repeated", "member-told"} <= kinds
    (fresh_bot.workdir / "clock").write_text(f"{timedelta(hours=1).total_seconds()}\n")
    [digest] = wait_for_text(emulator, admin.id, "not closed yet")
    assert "#1" in (digest.plain_text or "")
    assert "private chat" in (digest.plain_text or "")


def test_nobody_reachable_asks_the_group_and_the_first_to_write_gets_the_alert_first(
    fresh_bot: BotProcess,
) -> None:
    """4 and 7. The facilitator blocked the bot and the admin never started it: the member is
    told the truth, the group is asked (discreetly) for a facilitator, and the admin's first
    message brings the alert before anything else; the facilitator who unblocks gets it too."""
    emulator, admin, facilitator, member = own_circle(
        fresh_bot, "Unreached circle", "30", admin_started=False
    )
    [group_id] = [
        int(str(row[0])) for row in query_db(fresh_bot.database, "SELECT chat_id FROM groups")
    ]
    emulator.block_bot(facilitator.id, notify=True)
    blocked = "SELECT unreachable_at IS NOT NULL FROM members WHERE user_id = ?"
    emulator.wait_until(
        lambda _core: query_db(fresh_bot.database, blocked, (facilitator.id,)) == [(1,)]
    )
    [reply] = member.send(CRISIS_TEXT)
    assert "couldn't reach a facilitator just yet" in (reply.plain_text or "")
    assert "let a facilitator" not in (reply.plain_text or "")
    [asked] = wait_for_text(emulator, group_id, "waiting for this group's facilitators")
    assert "Robin" not in (asked.plain_text or "")
    assert "kill" not in (asked.plain_text or "")
    mark = emulator.mark()
    emulator.inject_message(admin.id, "/start")
    first, _ = emulator.wait_for_messages(admin.id, 2, since=mark)
    assert "Crisis alert #1" in (first.plain_text or ""), "the missed alert comes first"
    emulator.unblock_bot(facilitator.id, notify=True)
    wait_for_alerts(emulator, facilitator, count=1)
    kinds = [row[0] for row in query_db(fresh_bot.database, "SELECT kind FROM flag_events")]
    assert kinds.count("reached-again") == 2
    assert "unreached" in kinds
    assert "group-asked" in kinds


def test_a_block_nobody_knew_of_is_followed_by_the_truth(fresh_bot: BotProcess) -> None:
    """7. The bot could not know the facilitator had blocked it, so the reply named them; once
    every copy failed, the member is told plainly that nobody has been reached yet."""
    emulator, _admin, facilitator, member = own_circle(
        fresh_bot, "Silent block circle", "30", admin_started=False
    )
    emulator.block_bot(facilitator.id, notify=False)
    [reply] = member.send(CRISIS_TEXT)
    assert "a facilitator from your group" in (reply.plain_text or "")
    [honest] = wait_for_text(emulator, member.id, "haven't been able to reach a facilitator yet")
    assert "024" in (honest.plain_text or "")


def test_a_member_who_joins_a_group_after_the_crisis_message_brings_its_facilitator_in(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """3. The flag's groups are looked at again when the member joins one: that group's
    facilitator gets the whole alert (the inbox order test covers a join just before)."""
    group, welcome = group_with_bot(bot.emulator, admin, "Late join circle")
    facilitator = person("Fran")
    onboard(facilitator)
    add_facilitator(admin, group.id, facilitator)
    member = person("Robin")
    onboard(member)
    member.ask(CRISIS_TEXT)
    assert alerts_to(bot.emulator, facilitator) == []
    member.ask(f"/start {invite_code(welcome)}")
    [alert] = wait_for_alerts(bot.emulator, facilitator)
    assert "Robin" in (alert.plain_text or "")


def test_closing_asks_first_buttons_keep_their_places_and_a_closed_flag_reopens(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """5. "False alarm" asks in place (cancel undoes it); after "I'm on it" the buttons keep
    their places; a closed flag is reopened with /flag N and everyone on it hears."""
    _, facilitator, member = circle(bot, admin, person, "Confirm circle")
    member.ask(CRISIS_TEXT)
    [alert] = wait_for_alerts(bot.emulator, facilitator)
    assert button_rows(alert) == [["I'm on it"], ["Resolved", "False alarm"]]
    taken = facilitator.press_for_edit(alert, "I'm on it")
    assert button_rows(taken) == [["✅ Taken by Fran"], ["Resolved", "False alarm"]]
    asking = facilitator.press_for_edit(taken, "False alarm")
    assert "as a false alarm?" in (asking.plain_text or "")
    assert button_rows(asking) == [["Yes, a false alarm"], ["↩ No, go back"]]
    flag_id, state = flag_of(bot, member)
    assert state == "acknowledged", "nothing is closed by the first tap"
    back = facilitator.press_for_edit(asking, "No, go back")
    assert button_rows(back) == [["✅ Taken by Fran"], ["Resolved", "False alarm"]]
    asking = facilitator.press_for_edit(back, "False alarm")
    closed = facilitator.press_for_edit(asking, "Yes, a false alarm")
    assert "false alarm by Fran" in (closed.plain_text or "")
    assert flag_of(bot, member) == (flag_id, "false_alarm")
    [view] = facilitator.send(f"/flag {flag_id}")
    assert button_rows(view) == [["↩ Reopen"]]
    before = len(alerts_to(bot.emulator, facilitator))
    bot.emulator.press_button(
        facilitator.id, view.message_id, user_id=facilitator.id, text="Reopen"
    )
    notices = wait_for_text(bot.emulator, facilitator.id, "was reopened by Fran")
    assert len(alerts_to(bot.emulator, facilitator)) > before, "a new, notifying message"
    assert notices[-1].plain_text
    assert "Crisis alert" in notices[-1].plain_text
    assert flag_of(bot, member) == (flag_id, "open")


def test_a_member_who_erases_during_an_open_alert_closes_it_plainly(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """6. The member's /forget while their alert is open: whoever is on it is told plainly, by
    a new message; the alert closes as erased (audited) and asks for nothing more."""
    _, facilitator, member = circle(bot, admin, person, "Erased circle")
    member.ask(CRISIS_TEXT)
    [alert] = wait_for_alerts(bot.emulator, facilitator)
    flag_id, _ = flag_of(bot, member)
    [confirm] = member.send("/forget")
    member.press_for_edit(confirm, "Yes, forget me")
    [notice] = wait_for_text(bot.emulator, facilitator.id, f"Alert #{flag_id} is closed")
    assert "erased their data" in (notice.plain_text or "")
    assert "Robin" not in (notice.plain_text or "")
    assert "kill" not in (notice.plain_text or "")
    assert button_rows(notice) == []
    bot.emulator.wait_until(
        lambda core: (
            "Robin" not in (core.message(facilitator.id, alert.message_id).plain_text or "")
        )
    )
    assert button_rows(bot.emulator.message(facilitator.id, alert.message_id)) == []
    state = query_db(bot.database, "SELECT state FROM flags WHERE id = ?", (flag_id,))
    assert state == [("erased",)]
    audit = query_db(
        bot.database, "SELECT action FROM audit_log WHERE subject = ?", (str(flag_id),)
    )
    assert ("flag.member_erased",) in audit


def test_a_facilitator_who_erases_is_warned_and_their_alerts_go_to_others(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """6. A facilitator's /forget says first what it removes; the alert they held goes back
    (to the admins here, by a new message) and the admins hear the group has nobody now."""
    onboard_if_needed(bot, admin)
    _, facilitator, member = circle(bot, admin, person, "Leaving circle")
    member.ask(CRISIS_TEXT)
    [alert] = wait_for_alerts(bot.emulator, facilitator)
    facilitator.press_for_edit(alert, "I'm on it")
    [confirm] = facilitator.send("/forget")
    text = confirm.plain_text or ""
    assert "removes you as a facilitator of: Leaving circle" in text
    assert "The alert you took goes back" in text
    before = len(alerts_to(bot.emulator, admin))
    facilitator.press_for_edit(confirm, "Yes, forget me")
    wait_for_text(bot.emulator, admin.id, "«Leaving circle» has no facilitator now")
    bot.emulator.wait_until(lambda _core: len(alerts_to(bot.emulator, admin)) > before)
    flag_id, state = flag_of(bot, member)
    assert state == "open"
    kinds = [
        row[0]
        for row in query_db(
            bot.database, "SELECT kind FROM flag_events WHERE flag_id = ?", (flag_id,)
        )
    ]
    assert "handed-back" in kinds


def test_the_member_is_told_who_was_told(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """7. With a group: its facilitators; without one: the people who run the bot."""
    onboard_if_needed(bot, admin)
    _, _, member = circle(bot, admin, person, "Truth circle")
    [reply] = member.send(CRISIS_TEXT)
    assert "a facilitator from your group" in (reply.plain_text or "")
    loner = person("Lee")
    onboard(loner)
    [reply] = loner.send(CRISIS_TEXT)
    text = reply.plain_text or ""
    assert "the people who run this bot know" in text
    assert "facilitator from your group" not in text


def test_every_flag_write_is_synced_in_full(fresh_bot: BotProcess) -> None:
    """9. Each transaction that creates or changes a flag, its alerts or its escalation
    commits with synchronous=FULL (the write trace shows each transaction's setting)."""
    trace = fresh_bot.workdir / "writes.trace"
    fresh_bot.extra_env.update(DEV_SQL_TRACE_FILE=str(trace))
    emulator, _admin, facilitator, member = own_circle(fresh_bot, "Durable circle", FAST)
    member.ask(CRISIS_TEXT)
    [alert] = wait_for_alerts(emulator, facilitator)
    wait_for_alerts(emulator, facilitator, count=2)  # an escalation step came too
    facilitator.press_for_edit(alert, "I'm on it")
    flag_writes = [t for t in transactions(trace.read_text()) if t[1] & FLAG_TABLES]
    kinds = {table for _, tables in flag_writes for table in tables}
    assert {"flags", "flag_alerts", "flag_events", "outbox"} <= kinds
    assert len(flag_writes) >= 5
    assert [sync for sync, _ in flag_writes if sync != "FULL"] == []


FLAG_TABLES = frozenset({"flags", "flag_alerts", "flag_events", "flag_groups"})


def transactions(trace: str) -> list[tuple[str, frozenset[str]]]:
    """Split a write trace into (synchronous setting, tables written) per transaction."""
    sync, start_sync = "NORMAL", "NORMAL"
    found: list[tuple[str, frozenset[str]]] = []
    tables: set[str] | None = None
    for line in trace.splitlines():
        verb = line.split()[0].upper()
        if line.upper().startswith("PRAGMA SYNCHRONOUS="):
            sync = line.split("=", 1)[1].upper()
        elif verb == "BEGIN":
            tables, start_sync = set(), sync
        elif verb in ("COMMIT", "ROLLBACK") and tables is not None:
            found.append((start_sync, frozenset(tables)))
            tables = None
        elif tables is not None:
            tables.add(line.split()[-1])
        else:  # a statement on its own: its own transaction
            found.append((sync, frozenset({line.split()[-1]})))
    return found


def onboard_if_needed(bot: BotProcess, admin: Person) -> None:
    """Make sure the shared bot's admin has started it (so alerts can reach them)."""
    rows = query_db(bot.database, "SELECT 1 FROM members WHERE user_id = ?", (admin.id,))
    if not rows:
        onboard(admin)
