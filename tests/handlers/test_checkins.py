"""Daily check-ins through real handlers: opting in, prompts, answers, notes, pauses, /mood."""

from __future__ import annotations

import struct
from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.app import services_of
from bot.checkins.models import EVERY_DAY, WEEKDAYS, CheckinPlan
from bot.devtools.clock import ManualClock
from bot.devtools.emulator import StoredMessage
from bot.domain.buttons.checkins import Consent, OpenMenu
from bot.domain.clock import iso
from bot.domain.models import Person
from bot.services.container import Services
from tests.handlers.conftest import ADMIN_ID, HandlerHarness

MEMBER = 650_000_001  # English, in Madrid, in the group
FACILITATOR = 650_000_002  # English, facilitator of the group
STRANGER = 650_000_003  # never sent /start
MIEMBRO = 650_000_004  # Spanish, in Madrid
# Tuesday 13 January 2026, 19:00 UTC = 20:00 in Madrid.
START = datetime(2026, 1, 13, 19, 0, tzinfo=UTC)
TUESDAY_13 = date(2026, 1, 13)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
NO_LONGER_WORKS = "That button no longer works."
EXPIRED = "This button has expired. Please start again."


@pytest.fixture
def clock() -> ManualClock:
    """The fixed clock of the test, at START."""
    return ManualClock(START)


def services(harness: HandlerHarness) -> Services:
    """The application's services."""
    return services_of(harness.app)


async def world(harness: HandlerHarness) -> int:
    """A member in Madrid who joined a group with a facilitator; a stranger; the admin."""
    core, found = harness.core, services(harness)
    for user_id, name in ((MEMBER, "Mo"), (FACILITATOR, "Fay")):
        core.add_user(name, user_id, language_code="en")
        await found.members.consent(Person(user_id, name, None, "en"), "en", "Europe/Madrid")
    core.add_user("Marta", MIEMBRO, language_code="es")
    await found.members.consent(Person(MIEMBRO, "Marta", None, "es"), "es", "Europe/Madrid")
    core.add_user("Stan", STRANGER, language_code="en")
    core.add_user("Ada", ADMIN_ID, language_code="en")
    group = core.add_group("Madrid circle", bot_is_member=False)
    core.add_bot_to_group(group.id, ADMIN_ID)
    await harness.deliver()
    stored = await found.groups.get(group.id)
    assert stored is not None
    await found.members.join_by_code(MEMBER, stored.invite_code)
    await found.roles.roles.add_facilitator(group.id, FACILITATOR, ADMIN_ID, iso(START))
    return group.id


def text_of(message: StoredMessage) -> str:
    """The plain text (or caption) of a bot message."""
    return message.plain_text or ""


def data_of(message: StoredMessage, label: str) -> str:
    """The callback data of the button whose text contains `label`."""
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    for button in (button for row in rows for button in row):
        if label in str(button.get("text", "")):
            return str(button["callback_data"])
    raise AssertionError(f"no button {label!r} in {message.button_texts()}")


async def press(
    harness: HandlerHarness, message: StoredMessage, data: str, user_id: int = MEMBER
) -> tuple[str, StoredMessage, list[StoredMessage]]:
    """Press (possibly forged) data; return the toast, the message as edited, new messages."""
    mark = harness.core.mark()
    query_id = await harness.press(user_id, message, data)
    answer = harness.core.callback_answers.get(query_id) or {}
    now = harness.core.message(message.chat_id, message.message_id)
    return (
        str(answer.get("text") or ""),
        now,
        harness.new_messages(message.chat_id, mark.message_seq),
    )


async def tap(
    harness: HandlerHarness, message: StoredMessage, label: str
) -> tuple[str, StoredMessage, list[StoredMessage]]:
    """Press the member's button whose text contains `label`."""
    return await press(harness, message, data_of(message, label))


async def plan_of(harness: HandlerHarness, user_id: int = MEMBER) -> CheckinPlan:
    """The member's stored plan (it must exist)."""
    plan = await services(harness).checkins.plan(user_id)
    assert plan is not None, "no plan stored"
    return plan


async def opt_in(
    harness: HandlerHarness, user_id: int = MEMBER, labels: tuple[str, str, str] | None = None
) -> str:
    """Through the buttons: /checkin, 21:00, every day, consent Yes; return the confirmation."""
    at, days, yes = labels or ("21:00", "Every day", "Yes")
    [intro] = await harness.send(user_id, "/checkin")
    _, asked_days, _ = await press(harness, intro, data_of(intro, at), user_id)
    _, consent, _ = await press(harness, asked_days, data_of(asked_days, days), user_id)
    _, confirmed, _ = await press(harness, consent, data_of(consent, yes), user_id)
    return text_of(confirmed)


async def prompt_at(harness: HandlerHarness, clock: ManualClock, moment: datetime) -> StoredMessage:
    """Move the clock, queue what is due and send it; return the member's new prompt."""
    clock.now = moment
    mark = harness.core.mark()
    assert await services(harness).checkin_prompts.run_due() == 1
    await harness.flush_outbox()
    [prompt] = harness.new_messages(MEMBER, mark.message_seq)
    return prompt


def evening(day: date) -> datetime:
    """21:00 in Madrid (winter, UTC+1) on a day, plus a few seconds."""
    return datetime.combine(day, time(20, 0, 5), tzinfo=UTC)


async def answer_day(
    harness: HandlerHarness, clock: ManualClock, day: date, mood_label: str
) -> tuple[StoredMessage, list[StoredMessage]]:
    """Receive the day's prompt and answer it; return the edited prompt and new messages."""
    prompt = await prompt_at(harness, clock, evening(day))
    _, edited, new = await tap(harness, prompt, mood_label)
    return edited, new


def facilitator_news(harness: HandlerHarness, after: int) -> list[str]:
    """The facilitator's new messages after a sequence number, as plain text."""
    return [text_of(m) for m in harness.new_messages(FACILITATOR, after)]


# -- opting in ----------------------------------------------------------------------------


async def test_opt_in_through_the_buttons(harness: HandlerHarness) -> None:
    """Time, days and consent buttons store the plan and confirm it with the next check-in."""
    await world(harness)
    [intro] = await harness.send(MEMBER, "/checkin")
    assert "only you see your answers" in text_of(intro)
    assert intro.button_texts()[:6] == ["08:00", "12:00", "18:00", "20:00", "21:00", "22:00"]
    _, days, _ = await tap(harness, intro, "21:00")
    assert days.button_texts() == ["Every day", "Weekdays", "Weekends", "Choose days…"]
    _, consent, _ = await tap(harness, days, "Every day")
    assert "may I let a facilitator know" in text_of(consent)
    _, confirmed, _ = await tap(harness, consent, "Yes")
    assert "Check-ins on: every day at 21:00 (Europe/Madrid)" in text_of(confirmed)
    assert "Next one: Tue, 13 Jan, 21:00" in text_of(confirmed)
    plan = await plan_of(harness)
    assert (plan.at, plan.days, plan.share_low_mood, plan.enabled) == (
        time(21),
        EVERY_DAY,
        True,
        True,
    )


async def test_typed_time_and_a_bad_time(harness: HandlerHarness) -> None:
    """'Other time…' takes a typed 21:30 after explaining a time it cannot read."""
    await world(harness)
    [intro] = await harness.send(MEMBER, "/checkin")
    _, asked, _ = await tap(harness, intro, "Other time…")
    assert "Type it like 21:30" in text_of(asked)
    [bad] = await harness.send(MEMBER, "25:99")
    assert "couldn't read that as a time" in text_of(bad)
    [days] = await harness.send(MEMBER, "21:30")
    assert "Check in at 21:30 on which days?" in text_of(days)
    _, consent, _ = await tap(harness, days, "Weekdays")
    _, confirmed, _ = await tap(harness, consent, "No")
    assert "weekdays at 21:30 (Europe/Madrid)" in text_of(confirmed)
    assert "I won't tell anyone" in text_of(confirmed)
    plan = await plan_of(harness)
    assert (plan.at, plan.days, plan.share_low_mood) == (time(21, 30), WEEKDAYS, False)


async def test_choose_days_with_toggles(harness: HandlerHarness) -> None:
    """'Choose days…': Done with nothing ticked is refused; Mon, Wed, Fri are stored."""
    await world(harness)
    [intro] = await harness.send(MEMBER, "/checkin")
    _, days, _ = await tap(harness, intro, "08:00")
    _, toggles, _ = await tap(harness, days, "Choose days…")
    toast, _, _ = await tap(harness, toggles, "Done")
    assert toast == "Please choose at least one day."
    for name in ("Mon", "Wed", "Fri"):
        _, toggles, _ = await tap(harness, toggles, name)
    assert {"✅ Mon", "✅ Wed", "✅ Fri", "Tue"} <= set(toggles.button_texts())
    _, consent, _ = await tap(harness, toggles, "Done")
    _, confirmed, _ = await tap(harness, consent, "Yes")
    assert "Mon, Wed and Fri at 08:00" in text_of(confirmed)
    assert (await plan_of(harness)).days == frozenset({0, 2, 4})


async def test_plan_screen_changes_and_turns_off(harness: HandlerHarness) -> None:
    """With check-ins on: change the time, both switches, and turn them off."""
    await world(harness)
    await opt_in(harness)
    [status] = await harness.send(MEMBER, "/checkin")
    assert "every day at 21:00 (Europe/Madrid)" in text_of(status)
    assert "Tell a facilitator on hard days: yes" in text_of(status)
    _, times, _ = await tap(harness, status, "Change time")
    toast, status, _ = await tap(harness, times, "08:00")
    assert toast == "Saved."
    assert (await plan_of(harness)).at == time(8)
    _, status, _ = await tap(harness, status, "Tell a facilitator")
    _, status, _ = await tap(harness, status, "Weekly summary")
    plan = await plan_of(harness)
    assert (plan.share_low_mood, plan.weekly_summary) == (False, True)
    _, off, _ = await tap(harness, status, "Turn off")
    assert "Check-ins are off" in text_of(off)
    assert not (await plan_of(harness)).enabled


async def test_opt_in_in_spanish(harness: HandlerHarness) -> None:
    """A Spanish member opts in with Spanish buttons and gets a Spanish confirmation."""
    await world(harness)
    confirmed = await opt_in(harness, MIEMBRO, ("21:00", "Todos los días", "Sí"))
    assert "Registro activado: todos los días a las 21:00 (Europe/Madrid)" in confirmed
    assert "El próximo: mar, 13 ene, 21:00" in confirmed
    assert (await plan_of(harness, MIEMBRO)).share_low_mood


async def test_typed_time_changes_a_plan_that_is_on(harness: HandlerHarness) -> None:
    """Change time, 'Other time…', a typed 7:45 moves the plan's time."""
    await world(harness)
    await opt_in(harness)
    [status] = await harness.send(MEMBER, "/checkin")
    _, times, _ = await tap(harness, status, "Change time")
    await tap(harness, times, "Other time…")
    [confirmed] = await harness.send(MEMBER, "7:45")
    assert "every day at 07:45 (Europe/Madrid)" in text_of(confirmed)
    assert "Next one: Wed, 14 Jan, 07:45" in text_of(confirmed)
    assert (await plan_of(harness)).at == time(7, 45)


async def test_settings_button_opens_the_checkin_screen(harness: HandlerHarness) -> None:
    """The check-ins button of /settings shows the plan with the 'hard days' switch."""
    await world(harness)
    await opt_in(harness)
    [settings] = await harness.send(MEMBER, "/settings")
    _, shown, _ = await press(harness, settings, OpenMenu().pack())
    assert "Tell a facilitator on hard days: yes" in text_of(shown)
    _, shown, _ = await tap(harness, shown, "Tell a facilitator")
    assert "Tell a facilitator on hard days: no" in text_of(shown)
    assert not (await plan_of(harness)).share_low_mood


# -- the prompt and its buttons -----------------------------------------------------------


async def test_prompt_comes_at_the_due_time_and_is_answered(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """Nothing before 21:00 Madrid; then the prompt; a mood button thanks and offers more."""
    await world(harness)
    await opt_in(harness)
    clock.now = START + timedelta(minutes=59)
    assert await services(harness).checkin_prompts.run_due() == 0
    prompt = await prompt_at(harness, clock, evening(TUESDAY_13))
    assert "How are you feeling today?" in text_of(prompt)
    _, thanked, _ = await tap(harness, prompt, "3 · Okay")
    assert text_of(thanked) == "Thanks for checking in: 😐 3 · Okay"
    assert thanked.button_texts() == ["✏️ Add a note", "🤝 I'd like a facilitator to reach out"]
    [checkin] = await services(harness).checkins.history(MEMBER, 1, TUESDAY_13)
    assert checkin.mood == 3


async def note_asked(harness: HandlerHarness, clock: ManualClock, mood_label: str) -> StoredMessage:
    """The member opts in, answers Tuesday's prompt and taps 'Add a note'; return the question."""
    await world(harness)
    await opt_in(harness)
    thanked, _ = await answer_day(harness, clock, TUESDAY_13, mood_label)
    _, _, [ask] = await tap(harness, thanked, "Add a note")
    return ask


async def test_note_is_saved(harness: HandlerHarness, clock: ManualClock) -> None:
    """'Add a note' asks for a few words; the next text is stored as the note."""
    ask = await note_asked(harness, clock, "4 · Good")
    assert text_of(ask) == "Write a few words — only you will see this."
    [saved] = await harness.send(MEMBER, "Long day, but a good walk")
    assert text_of(saved) == "Saved your note."
    [checkin] = await services(harness).checkins.history(MEMBER, 1, TUESDAY_13)
    assert checkin.note == "Long day, but a good walk"
    assert await services(harness).questions.current(MEMBER) is None, "the note was the answer"


async def test_a_note_is_awaited_for_half_an_hour(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """Text typed more than 30 minutes after 'Add a note' is not kept as the note."""
    await note_asked(harness, clock, "4 · Good")
    question = await services(harness).questions.current(MEMBER)
    assert question is not None
    assert (question.kind, question.data) == ("note", {"day": TUESDAY_13.isoformat()})
    clock.now += timedelta(minutes=31)
    await harness.send(MEMBER, "Long day, but a good walk")
    [checkin] = await services(harness).checkins.history(MEMBER, 1, TUESDAY_13)
    assert checkin.note is None


async def test_a_crisis_message_ends_the_wait_for_a_note(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """A note with crisis words is flagged, not kept, and the text after it is no note."""
    await note_asked(harness, clock, "2 · Low")
    await harness.send(MEMBER, "I want to hang myself")
    assert await services(harness).questions.current(MEMBER) is None
    await harness.send(MEMBER, "Long day, but a good walk")
    [checkin] = await services(harness).checkins.history(MEMBER, 1, TUESDAY_13)
    assert checkin.note is None


async def test_reach_out_tells_the_facilitator_once(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """'Reach out' queues one message to the group's facilitator; a second tap adds none."""
    await world(harness)
    await opt_in(harness)
    thanked, _ = await answer_day(harness, clock, TUESDAY_13, "3 · Okay")
    mark = harness.core.mark().message_seq
    _, _, [sent] = await tap(harness, thanked, "reach out")
    assert "I've let your group's facilitators know" in text_of(sent)
    assert "/crisis" in text_of(sent)
    assert await harness.flush_outbox() == 1
    [news] = facilitator_news(harness, mark)
    assert "Mo would like a facilitator to reach out" in news
    toast, _, again = await tap(harness, thanked, "reach out")
    assert toast == "You've asked already, and I haven't forgotten."
    assert again == []
    assert await harness.flush_outbox() == 0


@pytest.mark.parametrize(("consent", "told"), [("Yes", True), ("No", False)])
async def test_low_run_follow_up_tells_only_with_consent(
    harness: HandlerHarness, clock: ManualClock, consent: str, told: bool
) -> None:
    """A third low day brings a kind follow-up; the facilitator is told only with consent."""
    await world(harness)
    [intro] = await harness.send(MEMBER, "/checkin")
    _, days, _ = await tap(harness, intro, "21:00")
    _, asked, _ = await tap(harness, days, "Every day")
    await tap(harness, asked, consent)
    for back, mood in ((2, "2 · Low"), (1, "1 · Very low")):
        _, new = await answer_day(harness, clock, TUESDAY_13 + timedelta(days=2 - back), mood)
        assert new == [], "no follow-up before the third low day"
    mark = harness.core.mark().message_seq
    _, [follow] = await answer_day(harness, clock, date(2026, 1, 15), "2 · Low")
    assert "/crisis" in text_of(follow)
    assert "/resources" in text_of(follow)
    assert follow.button_texts() == ["🤝 Talk to a facilitator"]
    assert ("I've let your group's facilitators know" in text_of(follow)) is told
    await harness.flush_outbox()
    news = facilitator_news(harness, mark)
    assert any("has had a few hard days" in item for item in news) is told


async def test_closed_checkin_is_refused(harness: HandlerHarness, clock: ManualClock) -> None:
    """After the end of its day a prompt says it has closed and loses its buttons."""
    await world(harness)
    await opt_in(harness)
    prompt = await prompt_at(harness, clock, evening(TUESDAY_13))
    clock.now = datetime(2026, 1, 13, 23, 30, tzinfo=UTC)  # 00:30 on Wednesday in Madrid
    toast, closed, _ = await tap(harness, prompt, "5 · Very good")
    assert toast == "This check-in has closed — see you next time"
    assert closed.reply_markup is None or closed.button_texts() == []
    [checkin] = await services(harness).checkins.history(MEMBER, 1, TUESDAY_13)
    assert checkin.mood is None


async def test_skip_today(harness: HandlerHarness, clock: ManualClock) -> None:
    """'Skip today' records today as skipped, with a toast."""
    await world(harness)
    await opt_in(harness)
    prompt = await prompt_at(harness, clock, evening(TUESDAY_13))
    toast, skipped, _ = await tap(harness, prompt, "Skip today")
    assert toast == "Okay, no check-in today. See you next time."
    assert "Skipped today" in text_of(skipped)
    assert (await plan_of(harness)).skip_date == TUESDAY_13


# -- /pause and /resume -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "until"),
    [
        ("3", date(2026, 1, 15)),
        ("3 days", date(2026, 1, 15)),
        ("una semana", date(2026, 1, 19)),
        ("until 5 Mar", date(2026, 3, 5)),
        ("until 5 Dec 2026", date(2026, 12, 5)),
    ],
)
async def test_pause_typed(harness: HandlerHarness, typed: str, until: date) -> None:
    """/pause with a length or a date pauses through that date and names the resume date."""
    await world(harness)
    await opt_in(harness)
    [answer] = await harness.send(MEMBER, f"/pause {typed}")
    resume = until + timedelta(days=1)
    assert f"start again on {resume:%a}, {resume.day} {resume:%b}" in text_of(answer)
    assert (await plan_of(harness)).paused_until == until


async def test_pause_buttons_resume_and_bad_input(harness: HandlerHarness) -> None:
    """/pause alone offers choices; 1 week pauses; /resume clears; nonsense is explained."""
    await world(harness)
    await opt_in(harness)
    [choices] = await harness.send(MEMBER, "/pause")
    assert choices.button_texts() == ["1 day", "3 days", "1 week", "Resume now"]
    _, paused, _ = await tap(harness, choices, "1 week")
    assert "paused through Mon, 19 Jan" in text_of(paused)
    assert (await plan_of(harness)).paused_until == date(2026, 1, 19)
    [back] = await harness.send(MEMBER, "/resume")
    assert "Welcome back" in text_of(back)
    assert "Next one: Tue, 13 Jan, 21:00" in text_of(back)
    assert (await plan_of(harness)).paused_until is None
    [bad] = await harness.send(MEMBER, "/pause whenever")
    assert "/pause 3 days" in text_of(bad)
    assert "/pause until 20 Jan" in text_of(bad), "the example is a week from today"
    [passed] = await harness.send(MEMBER, "/pause until 10 Jan")
    assert "10 Jan has already passed (today is Tue, 13 Jan)" in text_of(passed)
    assert (await plan_of(harness)).paused_until is None, "not paused for 362 days"
    assert (await plan_of(harness)).paused_until is None


# -- /mood --------------------------------------------------------------------------------


async def seed(harness: HandlerHarness, clock: ManualClock, moods: dict[date, int]) -> None:
    """Store answered check-ins for these dates (as if each prompt had been answered)."""
    found = services(harness)
    expires = iso(clock.now + timedelta(days=1))
    for day, mood in moods.items():
        async with found.db.transaction() as tx:
            await found.checkins.repo.ask(tx, MEMBER, day, iso(clock.now), expires)
        assert await found.checkins.repo.answer(MEMBER, day, mood, iso(clock.now))


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    width, height = struct.unpack(">II", data[16:24])
    return width, height


async def test_mood_sends_a_chart_with_a_summary(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """/mood: a real 1080x720 PNG and a caption with the average, streak, best and hardest."""
    await world(harness)
    moods = {TUESDAY_13 - timedelta(days=back): mood for back, mood in enumerate([4, 5, 2, 3, 1])}
    await seed(harness, clock, moods)
    [photo] = await harness.send(MEMBER, "/mood")
    assert photo.kind == "photo"
    assert photo.file is not None
    assert photo.file.data.startswith(PNG_SIGNATURE)
    assert len(photo.file.data) > 20_000
    assert png_size(photo.file.data) == (1080, 720)
    caption = text_of(photo)
    assert "5 check-ins · average mood 3.0 out of 5" in caption
    assert "5-day streak" in caption
    assert "Best days: 12 Jan" in caption
    assert "Hardest days: 9 Jan" in caption


async def test_a_hard_week_lists_no_best_days(harness: HandlerHarness, clock: ManualClock) -> None:
    """Only Low and Very low days: the caption names the hardest day and no 'best' day."""
    await world(harness)
    moods = {TUESDAY_13 - timedelta(days=back): mood for back, mood in enumerate([2, 1, 2])}
    await seed(harness, clock, moods)
    [photo] = await harness.send(MEMBER, "/mood")
    caption = text_of(photo)
    assert "Best days" not in caption
    assert "Hardest days: 12 Jan" in caption


async def test_mood_year_and_bad_argument(harness: HandlerHarness, clock: ManualClock) -> None:
    """/mood year sends the Year in Pixels; /mood 90 a chart; /mood soon is explained."""
    await world(harness)
    await seed(harness, clock, {date(2025, 6, 1): 5, TUESDAY_13: 3})
    [year] = await harness.send(MEMBER, "/mood year")
    assert year.file is not None
    assert year.file.data.startswith(PNG_SIGNATURE)
    assert png_size(year.file.data) == (1080, 420)
    assert "Your year in pixels" in text_of(year)
    assert "2 check-ins · average mood 4.0 out of 5" in text_of(year)
    [ninety] = await harness.send(MEMBER, "/mood 90")
    assert ninety.kind == "photo"
    assert "1 check-in · average mood 3.0" in text_of(ninety)
    [bad] = await harness.send(MEMBER, "/mood soon")
    assert bad.kind == "text"
    assert "/mood 90 or /mood year" in text_of(bad)


async def test_mood_without_data(harness: HandlerHarness) -> None:
    """With no check-ins, /mood says so kindly and sends no image."""
    await world(harness)
    [answer] = await harness.send(MEMBER, "/mood")
    assert answer.kind == "text"
    assert "No check-ins in the last 30 days yet" in text_of(answer)


# -- refusals -----------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["/checkin", "/pause 3", "/resume", "/mood"])
async def test_non_member_is_asked_to_start(harness: HandlerHarness, command: str) -> None:
    """Someone who never sent /start is asked to, and nothing is stored."""
    await world(harness)
    [answer] = await harness.send(STRANGER, command)
    assert "Send /start" in text_of(answer)
    assert await services(harness).checkins.plan(STRANGER) is None


FORGED = [
    "cis:t:2560",
    "cis:t:ab",
    "cis:d:2130:9",
    "cis:k:2130:0a",
    "cis:c:2130:0123:maybe",
    "cis:c:2130:-:y",
    "cis:c:99:0123:y",
    "cis:p:5",
    "cis:o:z",
    "cis:d:x:0123",
    "cis:p:-:1",
    "ci:m:20261345:3",
    "ci:m:20260113:9",
    "ci:m:20260113",
    "ci:note:tomorrow",
    "ci:note:20260112",
    "ci:help:20260101",
    "ci:skip:now",
]


async def test_forged_callbacks_change_nothing(harness: HandlerHarness, clock: ManualClock) -> None:
    """Malformed or forged button data gets 'no longer works' and changes nothing."""
    await world(harness)
    await opt_in(harness)
    prompt = await prompt_at(harness, clock, evening(TUESDAY_13))
    before = (
        await plan_of(harness),
        await services(harness).checkins.history(MEMBER, 9, TUESDAY_13),
    )
    for data in FORGED:
        toast, _, new = await press(harness, prompt, data)
        assert toast == NO_LONGER_WORKS, data
        assert new == [], data
    for data in ("cis:nothing", "cis"):  # no kind of check-in button: the general answer
        toast, _, new = await press(harness, prompt, data)
        assert toast == EXPIRED, data
        assert new == [], data
    after = (
        await plan_of(harness),
        await services(harness).checkins.history(MEMBER, 9, TUESDAY_13),
    )
    assert after == before
    assert await harness.flush_outbox() == 0


async def test_stranger_buttons_are_refused(harness: HandlerHarness) -> None:
    """A stranger's press on a check-in button is asked to /start and stores nothing."""
    await world(harness)
    [intro] = await harness.send(MEMBER, "/checkin")
    data = Consent(time(21, 0), EVERY_DAY, share=True).pack()
    toast, _, _ = await press(harness, intro, data, user_id=STRANGER)
    assert "send /start first" in toast
    assert await services(harness).checkins.plan(STRANGER) is None
