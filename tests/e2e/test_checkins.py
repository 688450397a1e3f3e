"""Daily check-ins end to end: opt in, the prompt at its time, notes, /mood, pause, restarts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.devtools.emulator import Emulator, StoredMessage
from tests.e2e.conftest import onboard, query_db
from tests.e2e.harness import BotProcess, Person
from tests.e2e.test_crisis import CRISIS_TEXT, admin_of, circle, make_in, wait_for_alerts
from tests.e2e.test_meetings_member import set_clock

MADRID = ZoneInfo("Europe/Madrid")
PROMPT = "How are you feeling today?"
LATE = "This comes a little late"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHECKIN_ENV = {"CHECKIN_CHECK_SECONDS": "0.5"}


def tomorrow_at(hour: int) -> datetime:
    """Tomorrow (Madrid's date) at this hour in Madrid, as an aware datetime."""
    day = datetime.now(MADRID).date() + timedelta(days=1)
    return datetime.combine(day, time(hour), tzinfo=MADRID)


def started(bot: BotProcess) -> tuple[Emulator, Person, Person]:
    """Start a bot of the test's own at 10:00 Madrid; return its emulator, member, facilitator."""
    bot.extra_env.update(CHECKIN_ENV, DEV_CLOCK_FILE=str(bot.workdir / "clock"))
    bot.workdir.mkdir(parents=True, exist_ok=True)
    set_clock(bot, tomorrow_at(10))
    bot.start()
    admin = admin_of(bot.emulator)
    onboard(admin)
    _, facilitator, member = circle(bot, admin, make_in(bot.emulator), "Check-in circle")
    return bot.emulator, member, facilitator


def opt_in(member: Person, at: str = "12:00") -> StoredMessage:
    """Through the chat: /checkin, a time, every day, consent Yes; return the confirmation."""
    intro = member.ask("/checkin")
    days = member.press_for_edit(intro, at)
    consent = member.press_for_edit(days, "Every day")
    return member.press_for_edit(consent, "Yes")


def prompts_in(emulator: Emulator, chat_id: int) -> list[StoredMessage]:
    """The check-in prompts the bot sent to a chat, oldest first."""
    return [m for m in emulator.bot_messages(chat_id) if PROMPT in (m.plain_text or "")]


def wait_for_prompts(emulator: Emulator, chat_id: int, count: int = 1) -> list[StoredMessage]:
    """Wait until a chat has `count` prompts and return them."""
    emulator.wait_until(lambda _core: len(prompts_in(emulator, chat_id)) >= count, timeout=20)
    return prompts_in(emulator, chat_id)


def answered(bot: BotProcess) -> tuple[Emulator, Person, Person, StoredMessage]:
    """Opt in at 12:00, get the prompt at 12:00 and answer 'Good'; return the thanks too."""
    emulator, member, facilitator = started(bot)
    opt_in(member)
    set_clock(bot, tomorrow_at(12) + timedelta(seconds=5))
    [prompt] = wait_for_prompts(emulator, member.id)
    thanked = member.press_for_edit(prompt, "4 · Good")
    return emulator, member, facilitator, thanked


def test_opt_in_prompt_answer_and_note(fresh_bot: BotProcess) -> None:
    """Opted in at 12:00, the prompt comes at 12:00; a button answers it and a note is kept."""
    emulator, member, _ = started(fresh_bot)
    confirmed = opt_in(member)
    assert "Check-ins on: every day at 12:00 (Europe/Madrid)" in (confirmed.plain_text or "")
    assert prompts_in(emulator, member.id) == [], "nothing before the time"
    set_clock(fresh_bot, tomorrow_at(12) + timedelta(seconds=5))
    [prompt] = wait_for_prompts(emulator, member.id)
    assert LATE not in (prompt.plain_text or "")
    thanked = member.press_for_edit(prompt, "4 · Good")
    assert thanked.plain_text == "Thanks for checking in: 🙂 4 · Good"
    [ask] = member.press(thanked, "Add a note")
    assert ask.plain_text == "Write a few words — only you will see this."
    [saved] = member.send("Slept well and went for a walk")
    assert saved.plain_text == "Saved your note."
    rows = query_db(
        fresh_bot.database, "SELECT mood, note FROM checkins WHERE user_id = ?", (member.id,)
    )
    assert rows == [(4, "Slept well and went for a walk")]


def test_note_with_crisis_words_raises_a_flag(fresh_bot: BotProcess) -> None:
    """A note with crisis words gets the crisis reply, alerts the facilitator, is not stored."""
    emulator, member, facilitator, thanked = answered(fresh_bot)
    member.press(thanked, "Add a note")
    [crisis_reply] = member.send(CRISIS_TEXT)
    assert "you don't have to go through this alone" in (crisis_reply.plain_text or "")
    [alert] = wait_for_alerts(emulator, facilitator)
    assert "Robin" in (alert.plain_text or "")
    flags = query_db(
        fresh_bot.database, "SELECT state FROM flags WHERE member_id = ?", (member.id,)
    )
    assert flags == [("open",)]
    notes = query_db(
        fresh_bot.database, "SELECT note FROM checkins WHERE user_id = ?", (member.id,)
    )
    assert notes == [(None,)]


def test_mood_chart_then_forget_erases_checkins(fresh_bot: BotProcess) -> None:
    """/mood sends a real PNG with the summary; /forget then leaves no check-in rows."""
    _, member, _, _ = answered(fresh_bot)
    [photo] = member.send("/mood")
    assert photo.kind == "photo"
    assert photo.file is not None
    assert photo.file.data.startswith(PNG_SIGNATURE)
    assert len(photo.file.data) > 20_000
    assert "1 check-in · average mood 4.0 out of 5" in (photo.plain_text or "")
    confirm = member.ask("/forget")
    member.press_for_edit(confirm, "Yes, forget me")
    for table in ("checkins", "checkin_plans"):
        sql = f"SELECT COUNT(*) FROM {table} WHERE user_id = ?"
        assert query_db(fresh_bot.database, sql, (member.id,)) == [(0,)], table


def far_time() -> str:
    """A preset time at least two hours from now in Madrid (no prompt comes during the test)."""
    now = datetime.now(MADRID)
    for hour in (8, 12, 18, 20, 21, 22):
        moment = now.replace(hour=hour, minute=0, second=0, microsecond=0)
        if abs((moment - now).total_seconds()) > 2 * 3600:
            return f"{hour:02d}:00"
    raise AssertionError("no preset time is far enough from now")


def test_pause_resume_and_opt_out(
    bot: BotProcess, admin: Person, person: Callable[..., Person]
) -> None:
    """/pause 3 days, /resume, then 'Turn off' in /checkin: each stored as said."""
    _, _, member = circle(bot, admin, person, "Pause circle")
    opt_in(member, far_time())
    today = datetime.now(UTC).astimezone(MADRID).date()
    [paused] = member.send("/pause 3 days")
    assert "Check-ins paused through" in (paused.plain_text or "")
    plan_sql = "SELECT paused_until, enabled FROM checkin_plans WHERE user_id = ?"
    until = str(today + timedelta(days=2))
    assert query_db(bot.database, plan_sql, (member.id,)) == [(until, 1)]
    [back] = member.send("/resume")
    assert "Welcome back" in (back.plain_text or "")
    assert query_db(bot.database, plan_sql, (member.id,)) == [(None, 1)]
    status = member.ask("/checkin")
    off = member.press_for_edit(status, "Turn off")
    assert "Check-ins are off" in (off.plain_text or "")
    due_sql = "SELECT enabled, next_due_at FROM checkin_plans WHERE user_id = ?"
    assert query_db(bot.database, due_sql, (member.id,)) == [(0, None)]


def test_restart_across_the_due_time_sends_one_late_prompt(fresh_bot: BotProcess) -> None:
    """Down at 12:00, up at 12:20: one late prompt; another restart sends no second copy."""
    emulator, member, _ = started(fresh_bot)
    opt_in(member)
    assert fresh_bot.stop() == 0
    set_clock(fresh_bot, tomorrow_at(12) + timedelta(minutes=20))
    fresh_bot.start()
    [late] = wait_for_prompts(emulator, member.id)
    assert LATE in (late.plain_text or "")
    assert fresh_bot.stop() == 0
    fresh_bot.start()
    set_clock(fresh_bot, tomorrow_at(12) + timedelta(days=1, seconds=5))
    [first, second] = wait_for_prompts(emulator, member.id, count=2)
    assert first.message_id == late.message_id, "no second copy of the late prompt"
    assert LATE not in (second.plain_text or ""), "the next day's prompt is on time"
