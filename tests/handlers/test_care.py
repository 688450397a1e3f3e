"""Facilitator care through real handlers: supervisors, /load, debriefs and the next day."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from bot.app import services_of
from bot.care.model import (
    AddSupervisor,
    Choice,
    ContactOf,
    DebriefChoice,
    Feeling,
    HowAreYou,
    RemoveSupervisor,
)
from bot.care.service import care_service
from bot.devtools.clock import ManualClock
from bot.devtools.emulator import StoredMessage
from bot.domain.clock import iso
from bot.domain.flag_buttons import FlagAction, FlagButton
from bot.domain.models import Person
from bot.services.container import Services
from tests.handlers.conftest import ADMIN_ID, HandlerHarness

MEMBER = 660_000_001
FACILITATOR = 660_000_002
CO_FACILITATOR = 660_000_003
SUPERVISOR = 660_000_004
OUTSIDER = 660_000_005
CRISIS_TEXT = "I want to kill myself tonight"
CONCERN_TEXT = "I feel so hopeless, I wish I was dead"
MEMBER_WORDS = ("robin", "kill", "myself", "tonight", "hopeless", "dead")
# Tuesday 13 January 2026, 23:30 UTC: night-time in the group's zone (UTC).
NIGHT = datetime(2026, 1, 13, 23, 30, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    """The fixed clock of the test, at night."""
    return ManualClock(NIGHT)


def _services(harness: HandlerHarness) -> Services:
    """The running bot's services."""
    return services_of(harness.app)


async def _world(harness: HandlerHarness, fran: str = "Fran", sage_speaks: str = "en") -> int:
    """A group with two facilitators, a member, a supervisor named by the admin; its id."""
    core = harness.core
    people = (
        (MEMBER, "Robin", "Europe/Madrid"),
        (FACILITATOR, fran, "Europe/London"),
        (CO_FACILITATOR, "Cole", "Europe/London"),
        (SUPERVISOR, "Sage", "Europe/Berlin"),
        (OUTSIDER, "Otto", "Europe/London"),
    )
    core.add_user("Ada", ADMIN_ID)
    services = _services(harness)
    for user_id, name, zone in people:
        core.add_user(name, user_id)
        language = sage_speaks if user_id == SUPERVISOR else "en"
        await services.members.consent(Person(user_id, name, None, language), language, zone)
    group = core.add_group("Tuesday circle", bot_is_member=False)
    core.add_bot_to_group(group.id, ADMIN_ID)
    await harness.deliver()
    now = iso(services.clock())
    for user_id in (FACILITATOR, CO_FACILITATOR):
        await services.roles.roles.add_facilitator(group.id, user_id, ADMIN_ID, now)
    await services.members.members.join_group(MEMBER, group.id, now)
    answer = await harness.ask(ADMIN_ID, f"/supervisors add {SUPERVISOR}")
    assert "Sage is now a supervisor" in answer, answer
    return group.id


def _texts(harness: HandlerHarness, chat_id: int) -> list[str]:
    """Everything the bot sent to a chat (as it stands now), text and buttons."""
    return [
        " ".join([m.plain_text or "", m.text or "", *m.button_texts()])
        for m in harness.core.bot_messages(chat_id)
    ]


def _with(harness: HandlerHarness, chat_id: int, words: str) -> list[StoredMessage]:
    """The bot's messages to a chat holding some words."""
    return [m for m in harness.core.bot_messages(chat_id) if words in (m.plain_text or "")]


async def _resolve(harness: HandlerHarness, text: str = CRISIS_TEXT, by: int = FACILITATOR) -> None:
    """The member writes; the facilitator resolves the flag from their alert."""
    await harness.send(MEMBER, text)
    await harness.flush_outbox()
    [alert] = _with(harness, by, "Crisis alert")
    flag_id = int((await _services(harness).db.fetch_all("SELECT MAX(id) FROM flags"))[0][0])
    await harness.press(by, alert, FlagButton(FlagAction.RESOLVE_OK, flag_id).pack())
    await harness.flush_outbox()


async def test_admins_name_and_remove_supervisors(harness: HandlerHarness) -> None:
    """/supervisors add ID names a supervisor (told in private), the list shows them with a
    button to remove; others are refused; @username alone is explained."""
    await _world(harness)
    assert "You're now a supervisor" in _texts(harness, SUPERVISOR)[-1]
    listing = await harness.ask(ADMIN_ID, "/supervisors")
    assert "• Sage" in listing
    assert "Sage is already a supervisor" in await harness.ask(
        ADMIN_ID, f"/supervisors add {SUPERVISOR}"
    )
    assert "only for the people who run this bot" in await harness.ask(
        FACILITATOR, f"/supervisors add {OUTSIDER}"
    )
    assert "@username alone" in await harness.ask(ADMIN_ID, "/supervisors add @sage")
    [card] = await harness.send(ADMIN_ID, "/supervisors")
    assert card.button_texts() == ["Remove Sage"]
    # A facilitator's forged press removes nobody.
    await harness.press(FACILITATOR, card, RemoveSupervisor(SUPERVISOR).pack())
    assert await care_service(_services(harness)).is_supervisor(SUPERVISOR)
    await harness.press(ADMIN_ID, card, RemoveSupervisor(SUPERVISOR).pack())
    assert not await care_service(_services(harness)).is_supervisor(SUPERVISOR)
    assert "no longer a supervisor" in _texts(harness, SUPERVISOR)[-1]


async def test_supervisors_get_no_crisis_alerts(harness: HandlerHarness) -> None:
    """A supervisor is in no alert level: the facilitators and admins are alerted, not them."""
    await _world(harness)
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    assert _with(harness, FACILITATOR, "Crisis alert")
    circle = await _services(harness).escalator.circle(
        [int(r[0]) for r in await _services(harness).db.fetch_all("SELECT chat_id FROM groups")]
    )
    assert all(SUPERVISOR not in level for level in circle.levels)
    assert not _with(harness, SUPERVISOR, "Crisis alert")


async def test_load_view_for_admins_and_supervisors_only(harness: HandlerHarness) -> None:
    """/load shows each facilitator's alerts received, taken, resolved and at night for 7 and
    30 days, with escaped names; a facilitator or member is refused."""
    await _world(harness, fran="Fran <&>")
    await _resolve(harness)
    view = await harness.ask(SUPERVISOR, "/load")
    lines = view.split("\n")
    start = lines.index("Fran <&>")
    assert lines[start + 1 : start + 5] == [
        "Alerts received: 1 · 1",
        "Taken: 1 · 1",
        "Resolved: 1 · 1",
        "At night (22:00–07:00): 1 · 1",
    ], view
    cole = lines.index("Cole")
    assert lines[cole + 1 : cole + 4] == [
        "Alerts received: 1 · 1",
        "Taken: 0 · 0",
        "Resolved: 0 · 0",
    ]
    [message] = await harness.send(ADMIN_ID, "/load")
    assert "<b>Fran &lt;&amp;&gt;</b>" in (message.text or "")
    for person in (FACILITATOR, MEMBER):
        assert "only for the people who run this bot and its supervisors" in await harness.ask(
            person, "/load"
        )
    assert "Robin" not in view


async def test_load_counts_time_on_call_from_shifts(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """A shift taken with /oncall counts as hours on call in both windows."""
    group_id = await _world(harness)
    services = _services(harness)
    await services.oncall.take(group_id, CO_FACILITATOR, CO_FACILITATOR, "take")
    clock.now = NIGHT + timedelta(hours=3)
    view = await harness.ask(ADMIN_ID, "/load")
    lines = view.split("\n")
    cole = lines.index("Cole")
    assert lines[cole + 5] == "Hours on call: 3.0 · 3.0", view


async def test_load_speaks_the_readers_language_and_numbers(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """A Spanish-speaking supervisor reads the view in Spanish, with a decimal comma."""
    group_id = await _world(harness, sage_speaks="es")
    assert "Ahora formas parte de la supervisión" in _texts(harness, SUPERVISOR)[-1]
    await _services(harness).oncall.take(group_id, FACILITATOR, FACILITATOR, "take")
    clock.now = NIGHT + timedelta(hours=1, minutes=30)
    view = await harness.ask(SUPERVISOR, "/load")
    assert "Cuánto está cargando cada persona facilitadora" in view
    lines = view.split("\n")
    assert lines[lines.index("Fran") + 5] == "Horas de guardia: 1,5 · 1,5", view


async def test_debrief_offer_and_request_to_another_facilitator(harness: HandlerHarness) -> None:
    """Resolving an imminent flag offers a debrief; "another facilitator" sends Cole a
    notifying request naming Fran only, with a button that gives Fran's contact."""
    await _world(harness)
    await _resolve(harness)
    [offer] = _with(harness, FACILITATOR, "hard moment")
    assert offer.button_texts() == [
        "Talk it through with a supervisor",
        "Talk with another facilitator",
        "Not now",
    ]
    debrief_id = int((await _services(harness).db.fetch_all("SELECT id FROM debriefs"))[0][0])
    await harness.press(FACILITATOR, offer, DebriefChoice(debrief_id, Choice.PEER).pack())
    await harness.flush_outbox()
    assert "other facilitators of your group" in (
        harness.core.message(FACILITATOR, offer.message_id).plain_text or ""
    )
    [request] = _with(harness, CO_FACILITATOR, "Fran would like to talk through a hard moment")
    assert "Fran" in (request.plain_text or "")
    assert request.button_texts() == ["Write to Fran"]
    assert not _with(harness, SUPERVISOR, "Fran would like")
    # Asking twice sends nothing more.
    await harness.press(FACILITATOR, offer, DebriefChoice(debrief_id, Choice.PEER).pack())
    await harness.flush_outbox()
    assert len(_with(harness, CO_FACILITATOR, "Fran would like")) == 1
    # Cole gets Fran's contact; an outsider's forged press gets nothing.
    mark = harness.core.mark()
    await harness.press(OUTSIDER, request, ContactOf(debrief_id).pack())
    assert harness.new_messages(OUTSIDER, mark.message_seq) == []
    [contact] = await harness.pressed(CO_FACILITATOR, request, ContactOf(debrief_id).pack())
    assert f'href="tg://user?id={FACILITATOR}"' in (contact.text or "")
    for text in _texts(harness, CO_FACILITATOR) + _texts(harness, SUPERVISOR):
        if "Fran would like" in text or "Here is" in text:
            assert not any(word in text.lower() for word in MEMBER_WORDS), text


async def test_a_concern_flag_offers_no_debrief(harness: HandlerHarness) -> None:
    """Only high and imminent flags offer a debrief when resolved."""
    await _world(harness)
    await _resolve(harness, CONCERN_TEXT)
    tiers = await _services(harness).db.fetch_all("SELECT tier FROM flags")
    assert [row[0] for row in tiers] == ["concern"]
    assert not _with(harness, FACILITATOR, "hard moment")


async def test_next_day_question_at_a_humane_hour(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """The next day at 10:00 in the facilitator's zone comes "how are you?"; "not great" is
    answered kindly with a supervisor offer, which reaches the supervisor; nothing is kept of
    the answer."""
    await _world(harness)
    await _resolve(harness)
    care = care_service(_services(harness))
    clock.now = datetime(2026, 1, 14, 9, 59, tzinfo=UTC)  # 09:59 in London
    assert await care.debrief.run_due() == 0
    clock.now = datetime(2026, 1, 14, 10, 0, tzinfo=UTC)
    assert await care.debrief.run_due() == 1
    await harness.flush_outbox()
    [question] = _with(harness, FACILITATOR, "How are you after yesterday's hard moment?")
    assert question.button_texts() == ["I'm okay", "A bit shaken", "Not great"]
    debrief_id = int((await _services(harness).db.fetch_all("SELECT id FROM debriefs"))[0][0])
    await harness.press(FACILITATOR, question, HowAreYou(debrief_id, Feeling.NOT_GREAT).pack())
    answered = harness.core.message(FACILITATOR, question.message_id)
    assert "You don't have to carry it alone" in (answered.plain_text or "")
    assert answered.button_texts() == ["Talk it through with a supervisor"]
    rows = await _services(harness).db.fetch_all("SELECT * FROM debriefs")
    assert "low" not in str([tuple(row) for row in rows])
    await harness.press(FACILITATOR, answered, DebriefChoice(debrief_id, Choice.SUPERVISOR).pack())
    await harness.flush_outbox()
    [request] = _with(harness, SUPERVISOR, "Fran would like to talk through a hard moment")
    assert not any(word in (request.plain_text or "").lower() for word in MEMBER_WORDS)
    # Forgotten a few days later: the buttons then close kindly.
    clock.now = datetime(2026, 1, 17, 10, 1, tzinfo=UTC)
    await care.debrief.run_due()
    assert await _services(harness).db.fetch_all("SELECT 1 FROM debriefs") == []


async def test_mydata_and_forget_cover_supervisors_and_debriefs(harness: HandlerHarness) -> None:
    """/mydata shows a supervisor's role and a facilitator's debriefs; /forget erases both."""
    await _world(harness)
    await _resolve(harness)
    privacy = _services(harness).privacy
    assert "supervisor_since" in (await privacy.export(SUPERVISOR))["facilitator_care"]
    assert (await privacy.export(FACILITATOR))["facilitator_care"]["debriefs"]
    await privacy.erase(SUPERVISOR)
    await privacy.erase(FACILITATOR)
    assert "facilitator_care" not in await privacy.export(SUPERVISOR)
    assert "facilitator_care" not in await privacy.export(FACILITATOR)
    assert await _services(harness).db.fetch_all("SELECT 1 FROM supervisors") == []


async def test_a_forwarded_message_names_a_supervisor(harness: HandlerHarness) -> None:
    """An admin forwards someone's message: besides the groups, "Make them a supervisor"."""
    await _world(harness)
    mark = harness.core.mark()
    harness.core.inject_forward(ADMIN_ID, "a message", origin_user_id=OUTSIDER)
    await harness.deliver()
    [offer] = harness.new_messages(ADMIN_ID, mark.message_seq)
    assert offer.button_texts()[-1] == "Make them a supervisor"
    [done] = await harness.pressed(ADMIN_ID, offer, AddSupervisor(OUTSIDER).pack())
    assert "Otto is now a supervisor" in (done.plain_text or "")
    assert await care_service(_services(harness)).is_supervisor(OUTSIDER)


async def test_requests_wait_for_quiet_hours_and_go_with_forget(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """A supervisor's request waits until their quiet hours end; the facilitator's /forget
    withdraws it before it is sent (it carries their name)."""
    await _world(harness)
    await _services(harness).meeting_choices.set_quiet_hours(SUPERVISOR, time(22), time(8))
    await _resolve(harness)
    [offer] = _with(harness, FACILITATOR, "hard moment")
    debrief_id = int((await _services(harness).db.fetch_all("SELECT id FROM debriefs"))[0][0])
    await harness.press(FACILITATOR, offer, DebriefChoice(debrief_id, Choice.SUPERVISOR).pack())
    await harness.flush_outbox()
    assert not _with(harness, SUPERVISOR, "Fran would like")
    clock.now = datetime(2026, 1, 14, 7, 1, tzinfo=UTC)  # 08:01 in Berlin
    await harness.flush_outbox()
    assert _with(harness, SUPERVISOR, "Fran would like")
    # Again, asking another facilitator during their quiet hours, then /forget.
    await _services(harness).meeting_choices.set_quiet_hours(CO_FACILITATOR, time(6), time(9))
    await harness.press(FACILITATOR, offer, DebriefChoice(debrief_id, Choice.PEER).pack())
    keys = "SELECT 1 FROM outbox WHERE dedup_key LIKE 'debrief-ask:%' AND sent_at IS NULL"
    assert len(await _services(harness).db.fetch_all(keys)) == 1
    await _services(harness).privacy.erase(FACILITATOR)
    assert await _services(harness).db.fetch_all(keys) == []


async def test_no_next_day_question_after_stop(harness: HandlerHarness, clock: ManualClock) -> None:
    """A facilitator who said /stop gets no "how are you?" the next day."""
    await _world(harness)
    await _resolve(harness)
    await harness.ask(FACILITATOR, "/stop")
    clock.now = datetime(2026, 1, 14, 10, 0, tzinfo=UTC)
    assert await care_service(_services(harness)).debrief.run_due() == 0
    await harness.flush_outbox()
    assert not _with(harness, FACILITATOR, "How are you after")


async def test_a_peer_debrief_request_skips_facilitators_on_a_break(
    harness: HandlerHarness,
) -> None:
    """Cole is on a break: Fran's "another facilitator" request does not reach him, and Fran
    is told there is no other facilitator to reach right now."""
    from bot.breaks.model import BreakFor

    await _world(harness)
    [menu] = await harness.send(CO_FACILITATOR, "/break")
    await harness.press(CO_FACILITATOR, menu, BreakFor(7).pack())
    await _resolve(harness)
    [offer] = _with(harness, FACILITATOR, "hard moment")
    debrief_id = int((await _services(harness).db.fetch_all("SELECT id FROM debriefs"))[0][0])
    await harness.press(FACILITATOR, offer, DebriefChoice(debrief_id, Choice.PEER).pack())
    await harness.flush_outbox()
    assert not _with(harness, CO_FACILITATOR, "Fran would like")
    shown = harness.core.message(FACILITATOR, offer.message_id).plain_text or ""
    assert "no other facilitator in your group I can reach" in shown, shown


async def test_someone_elses_debrief_buttons_do_nothing(harness: HandlerHarness) -> None:
    """Cole forges Fran's debrief buttons (ask a supervisor, the next day's answer): nothing
    reaches the supervisor, nothing is stored, Cole only hears that it has closed."""
    await _world(harness)
    await _resolve(harness)
    [offer] = _with(harness, FACILITATOR, "hard moment")
    debrief_id = int((await _services(harness).db.fetch_all("SELECT id FROM debriefs"))[0][0])
    forged = (
        DebriefChoice(debrief_id, Choice.SUPERVISOR).pack(),
        DebriefChoice(debrief_id, Choice.PEER).pack(),
        HowAreYou(debrief_id, Feeling.NOT_GREAT).pack(),
    )
    for data in forged:
        await harness.press(CO_FACILITATOR, offer, data)
    await harness.flush_outbox()
    assert not _with(harness, SUPERVISOR, "Fran would like")
    assert not _with(harness, FACILITATOR, "Fran would like")
    row = await _services(harness).db.fetch_one("SELECT choice FROM debriefs")
    assert row is not None
    assert row[0] is None
