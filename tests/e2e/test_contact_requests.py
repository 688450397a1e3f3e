"""Requests to reach out end to end: the claim button, who claimed, reminders across restarts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from bot.devtools.emulator import Emulator, StoredMessage
from tests.e2e.conftest import onboard, query_db
from tests.e2e.harness import BotProcess, Person
from tests.e2e.test_checkins import CHECKIN_ENV, opt_in, tomorrow_at, wait_for_prompts
from tests.e2e.test_crisis import add_facilitator, admin_of, circle, make_in
from tests.e2e.test_meetings_member import set_clock

REQUEST = "would like a facilitator to reach out"
REMINDER = "nobody has said they'll reach out yet"
TAKE = "I'll reach out"


@dataclass
class Circle:
    """A bot of the test's own: its emulator, the admin, two facilitators and the member."""

    emulator: Emulator
    admin: Person
    fran: Person
    gus: Person
    member: Person


def requests_to(emulator: Emulator, person: Person) -> list[StoredMessage]:
    """The requests to reach out the bot sent to a person, oldest first."""
    return [m for m in emulator.bot_messages(person.id) if REQUEST in (m.plain_text or "")]


def wait_for_requests(
    emulator: Emulator, person: Person, count: int = 1, timeout: float = 15.0
) -> list[StoredMessage]:
    """Wait until a person has `count` requests to reach out and return them."""
    emulator.wait_until(lambda _core: len(requests_to(emulator, person)) >= count, timeout=timeout)
    return requests_to(emulator, person)


def press_and_answer(emulator: Emulator, who: Person, message: StoredMessage, label: str) -> str:
    """Press a button on a message in `who`'s chat; return the callback answer's text."""
    query = emulator.press_button(who.id, message.message_id, user_id=who.id, text=label)
    emulator.wait_until(lambda _core: emulator.callback_answer(query["id"]) is not None)
    return str((emulator.callback_answer(query["id"]) or {}).get("text") or "")


def asked(bot: BotProcess, wait_minutes: str) -> tuple[Circle, StoredMessage]:
    """Start at 10:00 Madrid (escalation wait in minutes); the member taps 'reach out' at noon.

    Returns the circle and the member's reply.
    """
    bot.extra_env.update(
        CHECKIN_ENV, DEV_CLOCK_FILE=str(bot.workdir / "clock"), ESCALATION_MINUTES=wait_minutes
    )
    bot.workdir.mkdir(parents=True, exist_ok=True)
    set_clock(bot, tomorrow_at(10))
    bot.start()
    emulator, make = bot.emulator, make_in(bot.emulator)
    admin = admin_of(emulator)
    onboard(admin)
    group, fran, member = circle(bot, admin, make, "Reach-out circle")
    gus = make("Gus")
    onboard(gus)
    add_facilitator(admin, group.id, gus)
    opt_in(member)
    set_clock(bot, tomorrow_at(12) + timedelta(seconds=5))
    [prompt] = wait_for_prompts(emulator, member.id)
    thanked = member.press_for_edit(prompt, "3 · Okay")
    [reply] = member.press(thanked, "reach out")
    return Circle(emulator, admin, fran, gus, member), reply


def test_first_press_claims_and_the_other_copy_shows_who(fresh_bot: BotProcess) -> None:
    """Both facilitators get the button; Fran claims; Gus's copy shows her; Gus is told."""
    people, reply = asked(fresh_bot, "30")
    emulator, fran, gus = people.emulator, people.fran, people.gus
    assert "your group's facilitators" in (reply.plain_text or "")
    [fran_copy] = wait_for_requests(emulator, fran)
    [gus_copy] = wait_for_requests(emulator, gus)
    assert fran_copy.button_texts() == gus_copy.button_texts() == [f"🙋 {TAKE}"]
    assert requests_to(emulator, people.admin) == [], "admins are told only without facilitators"
    assert "Thank you" in press_and_answer(emulator, fran, fran_copy, TAKE)
    emulator.wait_until(
        lambda core: (
            core.message(gus.id, gus_copy.message_id).button_texts() == ["✅ Fran is reaching out"]
        )
    )
    claimed = "SELECT claimed_by FROM support_requests WHERE user_id = ?"
    assert query_db(fresh_bot.database, claimed, (people.member.id,)) == [(fran.id,)]
    shown = emulator.message(gus.id, gus_copy.message_id)
    answer = press_and_answer(emulator, gus, shown, "Fran is reaching out")
    assert answer == "Fran already said they'd reach out."
    assert query_db(fresh_bot.database, claimed, (people.member.id,)) == [(fran.id,)]


def test_unclaimed_request_is_reminded_and_reaches_the_admin(fresh_bot: BotProcess) -> None:
    """Nobody claims: after the (shortened) wait a new message to both and to the admin."""
    people, _ = asked(fresh_bot, "0.03")
    emulator = people.emulator
    wait_for_requests(emulator, people.fran)
    assert requests_to(emulator, people.admin) == [], "the admin is not told first"
    for facilitator in (people.fran, people.gus):
        _, reminder = wait_for_requests(emulator, facilitator, count=2, timeout=20)
        assert REMINDER in (reminder.plain_text or "")
        assert reminder.button_texts() == [f"🙋 {TAKE}"]
    [admin_copy] = wait_for_requests(emulator, people.admin, timeout=20)
    assert REMINDER in (admin_copy.plain_text or "")
    assert "Thank you" in press_and_answer(emulator, people.admin, admin_copy, TAKE)
    emulator.wait_until(
        lambda core: all(
            core.message(people.fran.id, m.message_id).button_texts() == ["✅ Ada is reaching out"]
            for m in requests_to(emulator, people.fran)
        )
    )


def test_reminder_timer_survives_a_restart(fresh_bot: BotProcess) -> None:
    """Stopped before the reminder is due: after a restart past it, the reminder comes once."""
    people, _ = asked(fresh_bot, "30")
    emulator = people.emulator
    wait_for_requests(emulator, people.fran)
    wait_for_requests(emulator, people.gus)
    assert fresh_bot.stop() == 0
    due = query_db(fresh_bot.database, "SELECT next_reminder_at FROM support_requests")
    assert due[0][0] is not None, "the timer is in the database"
    set_clock(fresh_bot, tomorrow_at(12) + timedelta(minutes=31))
    fresh_bot.start()
    [admin_copy] = wait_for_requests(emulator, people.admin, timeout=20)
    assert REMINDER in (admin_copy.plain_text or "")
    _, reminder = wait_for_requests(emulator, people.fran, count=2)
    assert REMINDER in (reminder.plain_text or "")
    rounds = query_db(fresh_bot.database, "SELECT step FROM support_requests")
    assert rounds == [(1,)], "one reminder, not one per missed interval"
