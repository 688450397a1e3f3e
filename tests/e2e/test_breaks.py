"""Facilitator care end to end (issue 24): breaks, the soft cap and re-paging taken alerts,
with the real bot process against the emulator."""

from __future__ import annotations

from bot.devtools.emulator import Chat, Emulator
from tests.e2e.conftest import group_with_bot, invite_code, onboard, query_db, settle_outbox
from tests.e2e.harness import BotProcess, Person
from tests.e2e.test_alerts_never_quiet import wait_for_text
from tests.e2e.test_crisis import (
    CRISIS_TEXT,
    add_facilitator,
    admin_of,
    alerts_to,
    make_in,
    wait_for_alerts,
)


def two_facilitators(fresh_bot: BotProcess, title: str) -> tuple[Chat, str, Person, Person]:
    """A bot of the test's own with a group, its facilitators Fran and Cole and the admin;
    returns the group, its invite code and the two facilitators."""
    fresh_bot.start()
    emulator = fresh_bot.emulator
    admin = admin_of(emulator)
    onboard(admin)
    group, welcome = group_with_bot(emulator, admin, title)
    make = make_in(emulator)
    fran, cole = make("Fran"), make("Cole")
    for facilitator in (fran, cole):
        onboard(facilitator)
        add_facilitator(admin, group.id, facilitator)
    return group, invite_code(welcome), fran, cole


def member_of(emulator: Emulator, code: str, name: str) -> Person:
    """A member who started the bot and joined the group by its link."""
    member = make_in(emulator)(name)
    onboard(member)
    member.ask(f"/start {code}")
    return member


def recipients(bot: BotProcess, member: Person) -> list[tuple[object, ...]]:
    """Who got the member's alert at which step (copies, not notices or views)."""
    return query_db(
        bot.database,
        "SELECT a.recipient_id, a.step FROM flag_alerts a JOIN flags f ON f.id = a.flag_id"
        " WHERE f.member_id = ? AND a.step >= 0 ORDER BY a.id",
        (member.id,),
    )


def test_a_break_hands_over_the_flag_and_changes_who_is_alerted(fresh_bot: BotProcess) -> None:
    """Fran took Robin's alert and goes on a 3-day break: the alert goes back to Cole with a
    notifying message, Cole and the admin are told who covers, and Sam's alert reaches Cole
    only; "I'm back" brings Fran back into the alerts."""
    _, code, fran, cole = two_facilitators(fresh_bot, "Break circle")
    emulator = fresh_bot.emulator
    admin = admin_of(emulator)
    robin = member_of(emulator, code, "Robin")
    robin.ask(CRISIS_TEXT)
    [alert] = wait_for_alerts(emulator, fran)
    fran.press_for_edit(alert, "I'm on it")
    menu = fran.ask("/break")
    assert "Need a break?" in (menu.plain_text or "")
    [started] = fran.press(menu, "3 days")
    assert "You're on a break until" in (started.plain_text or "")
    [notice] = wait_for_text(emulator, cole.id, "needs someone again")
    assert "Fran took it and is now on a break" in (notice.plain_text or "")
    assert "I'm on it" in notice.button_texts(), "Cole can take it from the notice"
    [told] = wait_for_text(emulator, cole.id, "Fran is taking a break")
    assert "all facilitators get the alerts" in (told.plain_text or "")
    wait_for_text(emulator, admin.id, "Fran is taking a break")
    [(state, holder)] = query_db(
        fresh_bot.database,
        "SELECT state, acknowledged_by FROM flags WHERE member_id = ?",
        (robin.id,),
    )
    assert (state, holder) == ("open", None)
    sam = member_of(emulator, code, "Sam")
    sam.ask(CRISIS_TEXT)
    emulator.wait_until(
        lambda _core: any("Sam" in (m.plain_text or "") for m in alerts_to(emulator, cole))
    )
    settle_outbox(fresh_bot.database)
    assert recipients(fresh_bot, sam) == [(cole.id, 0)], "Fran is left out while away"
    assert not any("Sam" in (m.plain_text or "") for m in alerts_to(emulator, fran))
    current = fran.ask("/break")
    [back] = fran.press(current, "I'm back")
    assert "Welcome back" in (back.plain_text or "")
    wait_for_text(emulator, cole.id, "Fran is back")
    lee = member_of(emulator, code, "Lee")
    lee.ask(CRISIS_TEXT)
    emulator.wait_until(
        lambda _core: any("Lee" in (m.plain_text or "") for m in alerts_to(emulator, fran))
    )


def test_the_soft_cap_shifts_the_next_alert(fresh_bot: BotProcess) -> None:
    """With ALERT_SOFT_CAP=1, Fran (on call) takes one imminent alert: the admin gets a kind
    note, and the next alert goes to Cole first although Fran is on call."""
    fresh_bot.extra_env.update(ALERT_SOFT_CAP="1")
    _, code, fran, cole = two_facilitators(fresh_bot, "Cap circle")
    emulator = fresh_bot.emulator
    admin = admin_of(emulator)
    oncall = fran.ask("/oncall")
    fran.press(oncall, "Take the shift")
    robin = member_of(emulator, code, "Robin")
    robin.ask(CRISIS_TEXT)
    [alert] = wait_for_alerts(emulator, fran)
    settle_outbox(fresh_bot.database)
    assert recipients(fresh_bot, robin) == [(fran.id, 0)], "the one on call hears first"
    fran.press_for_edit(alert, "I'm on it")
    [note] = wait_for_text(emulator, admin.id, "Maybe check in with them?")
    assert "Fran has taken 1 urgent crisis alert in the last 7 days" in (note.plain_text or "")
    sam = member_of(emulator, code, "Sam")
    sam.ask(CRISIS_TEXT)
    emulator.wait_until(
        lambda _core: any("Sam" in (m.plain_text or "") for m in alerts_to(emulator, cole))
    )
    settle_outbox(fresh_bot.database)
    assert recipients(fresh_bot, sam) == [(cole.id, 0)], "Cole first, Fran one level later"
    assert len(wait_for_text(emulator, admin.id, "Maybe check in")) == 1, "once a week"


def test_a_taken_alert_left_open_is_repaged(fresh_bot: BotProcess) -> None:
    """Taken and not closed: re-paged to Fran, then to Cole too, recorded on the timeline;
    resolving it stops the re-pages."""
    fresh_bot.extra_env.update(TAKEN_FLAG_REPAGE_MINUTES="0.02")
    _, code, fran, cole = two_facilitators(fresh_bot, "Repage circle")
    emulator = fresh_bot.emulator
    robin = member_of(emulator, code, "Robin")
    robin.ask(CRISIS_TEXT)
    [alert] = wait_for_alerts(emulator, fran)
    fran.press_for_edit(alert, "I'm on it")
    [again] = wait_for_text(emulator, fran.id, "is still open: you took it")
    assert "How is Robin?" in (again.plain_text or "")
    assert "Resolved" in again.button_texts()
    [others] = wait_for_text(emulator, cole.id, "Fran took it a while ago")
    assert "Resolved" in others.button_texts()
    kinds = [
        row[0]
        for row in query_db(
            fresh_bot.database,
            "SELECT e.kind FROM flag_events e JOIN flags f ON f.id = e.flag_id"
            " WHERE f.member_id = ? ORDER BY e.id",
            (robin.id,),
        )
    ]
    assert kinds.count("repaged") >= 2
    confirm = fran.press_for_edit(again, "Resolved")
    fran.press_for_edit(confirm, "Yes, resolved")
    settle_outbox(fresh_bot.database)
    [(next_at,)] = query_db(
        fresh_bot.database,
        "SELECT next_escalation_at FROM flags WHERE member_id = ?",
        (robin.id,),
    )
    assert next_at is None, "a closed alert is not re-paged"


def test_a_break_ends_by_itself_and_everyone_is_told(fresh_bot: BotProcess) -> None:
    """A 1-day break: once the day has passed (the clock moved on), the bot's job ends it,
    Fran is welcomed back and Cole hears she is back."""
    clock = fresh_bot.workdir / "clock"
    fresh_bot.extra_env.update(DEV_CLOCK_FILE=str(clock), MEETING_CHECK_SECONDS="0.5")
    _, _, fran, cole = two_facilitators(fresh_bot, "Day off circle")
    emulator = fresh_bot.emulator
    menu = fran.ask("/break")
    [started] = fran.press(menu, "1 day")
    assert "You're on a break until" in (started.plain_text or "")
    wait_for_text(emulator, cole.id, "Fran is taking a break")
    clock.write_text(f"{24 * 3600 + 60}\n")
    [ended] = wait_for_text(emulator, fran.id, "Your break has ended")
    assert "Welcome back" in (ended.plain_text or "")
    wait_for_text(emulator, cole.id, "Fran is back")
    [(ended_at,)] = query_db(
        fresh_bot.database,
        "SELECT ended_at FROM facilitator_breaks WHERE user_id = ?",
        (fran.id,),
    )
    assert ended_at is not None


def test_a_repage_survives_a_restart_and_comes_once(fresh_bot: BotProcess) -> None:
    """Fran takes Robin's alert and the bot goes down; up again past the re-page time (the
    clock moved on an hour), it re-pages Fran once, not a burst of missed ones."""
    clock = fresh_bot.workdir / "clock"
    fresh_bot.extra_env.update(DEV_CLOCK_FILE=str(clock))
    _, code, fran, _cole = two_facilitators(fresh_bot, "Restart circle")
    emulator = fresh_bot.emulator
    robin = member_of(emulator, code, "Robin")
    robin.ask(CRISIS_TEXT)
    [alert] = wait_for_alerts(emulator, fran)
    fran.press_for_edit(alert, "I'm on it")
    settle_outbox(fresh_bot.database)
    assert fresh_bot.stop() == 0
    clock.write_text(f"{61 * 60}\n")
    fresh_bot.start()
    [again] = wait_for_text(emulator, fran.id, "is still open: you took it")
    assert "How is Robin?" in (again.plain_text or "")
    settle_outbox(fresh_bot.database)
    repaged = query_db(
        fresh_bot.database,
        "SELECT COUNT(*) FROM flag_events e JOIN flags f ON f.id = e.flag_id"
        " WHERE f.member_id = ? AND e.kind = 'repaged'",
        (robin.id,),
    )
    assert repaged == [(1,)]
