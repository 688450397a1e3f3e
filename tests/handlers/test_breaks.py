"""/break, the soft cap and re-paging taken alerts, through real handlers and the emulator."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.app import services_of
from bot.breaks.model import BreakBack, BreakFor, BreakUntil
from bot.breaks.service import break_service
from bot.devtools.clock import ManualClock
from bot.devtools.emulator import StoredMessage
from bot.domain.buttons.member import Forget
from bot.domain.buttons.oncall import TakeShift
from bot.domain.clock import Clock, iso
from bot.domain.flag_buttons import FlagAction, FlagButton
from bot.domain.models import Person
from tests.handlers.conftest import ADMIN_ID, HandlerHarness
from tests.handlers.test_crisis_flow import (
    CO_FACILITATOR,
    CRISIS_TEXT,
    FACILITATOR,
    MEMBER,
    OUTSIDER,
    _alerts,
    _setup_group,
)

START = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> Clock | None:
    """A clock the tests move by hand (re-pages and breaks' ends)."""
    return ManualClock(START)


def _moved(harness: HandlerHarness) -> ManualClock:
    """The running bot's manual clock."""
    moving = services_of(harness.app).clock
    assert isinstance(moving, ManualClock)
    return moving


def _texts(harness: HandlerHarness, chat_id: int, after: int) -> list[str]:
    """The plain texts the bot sent a person after a sequence number."""
    return [m.plain_text or "" for m in harness.new_messages(chat_id, after)]


async def _take(harness: HandlerHarness, user_id: int) -> StoredMessage:
    """The person presses "I'm on it" on their latest alert; return that alert."""
    alert = _alerts(harness, user_id)[-1]
    flag_id = int((alert.plain_text or "").split("#", 1)[1].split(" ", 1)[0])
    await harness.press(user_id, alert, FlagButton(FlagAction.ACK, flag_id).pack())
    await harness.flush_outbox()
    return alert


async def _member(harness: HandlerHarness, user_id: int, name: str, group_id: int) -> None:
    """Another member of the group who started the bot."""
    harness.core.add_user(name, user_id)
    services = services_of(harness.app)
    await services.members.consent(Person(user_id, name, None, "en"), "en", "Europe/Madrid")
    await services.members.members.join_group(user_id, group_id, iso(START))


async def test_a_break_hands_over_a_taken_alert_and_changes_who_is_alerted(
    harness: HandlerHarness,
) -> None:
    """Fran takes an alert, then a 3-day break: the alert goes back to Cole with a notifying
    message, Cole and the admin hear who covers, and the next alert reaches Cole only."""
    group_id = await _setup_group(harness)
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    await _take(harness, FACILITATOR)
    [menu] = await harness.send(FACILITATOR, "/break")
    assert "Need a break?" in (menu.plain_text or "")
    assert menu.button_texts() == ["1 day", "3 days", "7 days", "14 days", "Until a date…"]
    mark = harness.core.mark()
    await harness.press(FACILITATOR, menu, BreakFor(3).pack())
    await harness.flush_outbox()
    [started] = _texts(harness, FACILITATOR, mark.message_seq)
    assert "You're on a break until" in started
    assert "The alert you'd taken went back to the others" in started
    cole = _texts(harness, CO_FACILITATOR, mark.message_seq)
    assert any("needs someone again" in text and "on a break" in text for text in cole), cole
    assert any("is taking a break" in text and "all facilitators" in text for text in cole)
    admin = _texts(harness, ADMIN_ID, mark.message_seq)
    assert any("is taking a break" in text for text in admin), admin
    services = services_of(harness.app)
    row = await services.db.fetch_one("SELECT state, acknowledged_by FROM flags")
    assert row is not None
    assert tuple(row) == ("open", None)
    duty = await services.oncall.duty(group_id)
    assert duty is not None
    assert duty.away == frozenset({FACILITATOR})
    await _member(harness, 610_000_010, "Sam", group_id)
    before = len(_alerts(harness, FACILITATOR))
    await harness.send(610_000_010, CRISIS_TEXT)
    await harness.flush_outbox()
    assert any("Sam" in (a.plain_text or "") for a in _alerts(harness, CO_FACILITATOR))
    assert len(_alerts(harness, FACILITATOR)) == before, "nothing reaches Fran on a break"


async def test_a_break_that_would_leave_a_group_alone_is_refused(harness: HandlerHarness) -> None:
    """With the other facilitator and every admin away, the bot refuses and says what to do,
    in the facilitator's language."""
    group_id = await _setup_group(harness)
    services = services_of(harness.app)
    await services.roles.roles.add_facilitator(group_id, ADMIN_ID, ADMIN_ID, iso(START))
    await services.members.consent(Person(ADMIN_ID, "Ada", None, "en"), "en", "UTC")
    for away in (CO_FACILITATOR, ADMIN_ID):
        [menu] = await harness.send(away, "/break")
        await harness.press(away, menu, BreakFor(7).pack())
    await services.members.consent(Person(FACILITATOR, "F", None, "es"), "es", "Europe/Madrid")
    [menu] = await harness.send(FACILITATOR, "/break")
    mark = harness.core.mark()
    await harness.press(FACILITATOR, menu, BreakFor(1).pack())
    [refused] = _texts(harness, FACILITATOR, mark.message_seq)
    assert "Todavía no puedo empezar tu pausa" in refused
    assert "Tuesday circle" in refused
    assert "/facilitators add" in refused
    assert await break_service(services).current(FACILITATOR) is None


async def test_a_break_until_a_typed_date_ends_early_or_by_itself(
    harness: HandlerHarness,
) -> None:
    """ "Until a date" takes a typed date; "I'm back" ends it; one ends by itself on time and
    the person and the others are told."""
    await _setup_group(harness)
    [menu] = await harness.send(FACILITATOR, "/break")
    await harness.press(FACILITATOR, menu, BreakUntil().pack())
    assert "couldn't read that as a date" in await harness.ask(FACILITATOR, "someday")
    started = await harness.ask(FACILITATOR, "14 March")
    assert "You're on a break until" in started
    assert "14 Mar" in started, started
    [current] = await harness.send(FACILITATOR, "/break")
    assert current.button_texts() == ["I'm back"]
    breaks = break_service(services_of(harness.app))
    running = await breaks.current(FACILITATOR)
    assert running is not None
    mark = harness.core.mark()
    await harness.press(FACILITATOR, current, BreakBack(running.id).pack())
    await harness.flush_outbox()
    assert any("Welcome back" in t for t in _texts(harness, FACILITATOR, mark.message_seq))
    assert any("is back" in t for t in _texts(harness, CO_FACILITATOR, mark.message_seq))
    [menu] = await harness.send(FACILITATOR, "/break")
    await harness.press(FACILITATOR, menu, BreakFor(1).pack())
    clock = _moved(harness)
    clock.now += timedelta(hours=23)
    assert await breaks.end_due() == 0
    clock.now += timedelta(hours=1, seconds=1)
    mark = harness.core.mark()
    assert await breaks.end_due() == 1
    await harness.flush_outbox()
    assert any("break has ended" in t for t in _texts(harness, FACILITATOR, mark.message_seq))
    assert await breaks.current(FACILITATOR) is None


async def test_the_soft_cap_shifts_the_next_alert_and_tells_the_admin_once(
    harness: HandlerHarness,
) -> None:
    """Fran takes 4 imminent alerts in a week: the admin gets one kind note, and the fifth
    alert goes to Cole first (Fran only at the next level)."""
    group_id = await _setup_group(harness)
    services = services_of(harness.app)
    for number in range(5):
        member = 610_000_020 + number
        await _member(harness, member, f"Member{number}", group_id)
    mark = harness.core.mark()
    for number in range(4):
        await harness.send(610_000_020 + number, CRISIS_TEXT)
        await harness.flush_outbox()
        await _take(harness, FACILITATOR)
    notes = [t for t in _texts(harness, ADMIN_ID, mark.message_seq) if "Maybe check in" in t]
    assert len(notes) == 1, notes
    assert "4 urgent crisis alerts" in notes[0]
    fran, cole = len(_alerts(harness, FACILITATOR)), len(_alerts(harness, CO_FACILITATOR))
    await harness.send(610_000_024, CRISIS_TEXT)
    await harness.flush_outbox()
    assert len(_alerts(harness, CO_FACILITATOR)) == cole + 1, "Cole hears first"
    assert len(_alerts(harness, FACILITATOR)) == fran, "Fran is at the next level"
    _moved(harness).now += timedelta(minutes=3)
    await services.escalator.escalate_due()
    await harness.flush_outbox()
    assert len(_alerts(harness, FACILITATOR)) == fran + 1, "still reached, one level later"


async def test_a_taken_alert_left_open_is_repaged_to_the_holder_then_the_others(
    harness: HandlerHarness,
) -> None:
    """Taken and not closed: after 60 minutes Fran gets it again with its buttons; after 60
    more, Cole too; then at longer waits; every re-page is on the flag's timeline."""
    await _setup_group(harness)
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    await _take(harness, FACILITATOR)
    services = services_of(harness.app)
    clock = _moved(harness)
    clock.now += timedelta(minutes=59)
    assert await services.escalator.escalate_due() == 0
    clock.now += timedelta(minutes=2)
    mark = harness.core.mark()
    assert await services.escalator.escalate_due() == 1
    await harness.flush_outbox()
    [again] = harness.new_messages(FACILITATOR, mark.message_seq)
    assert "is still open" in (again.plain_text or "")
    assert "Robin" in (again.plain_text or "")
    assert "Resolved" in again.button_texts()
    assert harness.new_messages(CO_FACILITATOR, mark.message_seq) == []
    clock.now += timedelta(minutes=61)
    mark = harness.core.mark()
    assert await services.escalator.escalate_due() == 1
    await harness.flush_outbox()
    [others] = harness.new_messages(CO_FACILITATOR, mark.message_seq)
    assert "took it a while ago" in (others.plain_text or "")
    assert len(harness.new_messages(FACILITATOR, mark.message_seq)) == 1
    clock.now += timedelta(minutes=61)
    assert await services.escalator.escalate_due() == 0, "the third waits twice as long"
    clock.now += timedelta(minutes=60)
    assert await services.escalator.escalate_due() == 1
    events = await services.db.fetch_all(
        "SELECT detail FROM flag_events WHERE kind = 'repaged' ORDER BY id"
    )
    assert [row[0] for row in events] == ["1:1", "2:2", "3:2"]


async def test_mydata_shows_ones_breaks_and_forget_erases_them(harness: HandlerHarness) -> None:
    """/mydata lists the person's breaks; /forget erases them (another's break stays)."""
    await _setup_group(harness)
    for person in (FACILITATOR, CO_FACILITATOR):
        [menu] = await harness.send(person, "/break")
        await harness.press(person, menu, BreakFor(1).pack())
    services = services_of(harness.app)
    exported = await services.privacy.export(FACILITATOR)
    [taken] = exported["breaks"]
    assert taken["from"] == iso(START)
    assert taken["until"] == iso(START + timedelta(days=1))
    [confirm] = await harness.send(FACILITATOR, "/forget")
    await harness.press(FACILITATOR, confirm, Forget(True).pack())
    rows = await services.db.fetch_all("SELECT user_id FROM facilitator_breaks")
    assert [row[0] for row in rows] == [CO_FACILITATOR]


async def test_the_timeline_names_the_break_and_the_repages(harness: HandlerHarness) -> None:
    """/flag N shows "went on a break" and the re-page among the flag's events."""
    await _setup_group(harness)
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    await _take(harness, FACILITATOR)
    services = services_of(harness.app)
    _moved(harness).now += timedelta(minutes=61)
    await services.escalator.escalate_due()
    [menu] = await harness.send(FACILITATOR, "/break")
    await harness.press(FACILITATOR, menu, BreakFor(1).pack())
    timeline = await harness.ask(CO_FACILITATOR, "/flag 1")
    assert "taken but not closed yet: reminder 1, sent to 1 person" in timeline, timeline
    assert "went on a break: open again for the others" in timeline


async def test_a_hand_over_skips_someone_already_on_a_break(harness: HandlerHarness) -> None:
    """Cole is on a break when Fran goes on hers: the alert Fran held is not sent to Cole but
    goes on to the admin, who is not on a break."""
    await _setup_group(harness)
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    await _take(harness, FACILITATOR)
    [menu] = await harness.send(CO_FACILITATOR, "/break")
    await harness.press(CO_FACILITATOR, menu, BreakFor(7).pack())
    mark = harness.core.mark()
    [menu] = await harness.send(FACILITATOR, "/break")
    await harness.press(FACILITATOR, menu, BreakFor(1).pack())
    await harness.flush_outbox()
    cole = _texts(harness, CO_FACILITATOR, mark.message_seq)
    assert not any("needs someone again" in text or "Crisis alert" in text for text in cole)
    admin = _texts(harness, ADMIN_ID, mark.message_seq)
    assert any("Crisis alert" in text for text in admin), admin


async def test_a_group_joined_after_a_crisis_leaves_out_its_facilitator_on_a_break(
    harness: HandlerHarness,
) -> None:
    """Robin's flag gains a second group, whose one facilitator (Cole) is on a break: Cole gets
    no copy of the alert."""
    group_id = await _setup_group(harness)
    services = services_of(harness.app)
    other = harness.core.add_group("Thursday circle", bot_is_member=False)
    harness.core.add_bot_to_group(other.id, ADMIN_ID)
    await harness.deliver()
    await services.roles.roles.remove_facilitator(group_id, CO_FACILITATOR)
    await services.roles.roles.add_facilitator(other.id, CO_FACILITATOR, ADMIN_ID, iso(START))
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    [menu] = await harness.send(CO_FACILITATOR, "/break")
    await harness.press(CO_FACILITATOR, menu, BreakFor(3).pack())
    assert await services.flags.member_joined(MEMBER, other.id)
    await harness.flush_outbox()
    assert _alerts(harness, CO_FACILITATOR) == []


async def test_a_date_typed_in_german_starts_a_break_told_in_german(
    harness: HandlerHarness,
) -> None:
    """A German facilitator types "14. März": the break runs until then, said in German."""
    await _setup_group(harness)
    services = services_of(harness.app)
    await services.members.consent(Person(FACILITATOR, "F", None, "de"), "de", "Europe/Berlin")
    [menu] = await harness.send(FACILITATOR, "/break")
    assert "Brauchst du eine Pause?" in (menu.plain_text or "")
    await harness.press(FACILITATOR, menu, BreakUntil().pack())
    started = await harness.ask(FACILITATOR, "14. März")
    assert "Du hast Pause bis" in started
    running = await break_service(services).current(FACILITATOR)
    assert running is not None
    assert running.ends_at == "2026-03-14T23:00:00Z", "the end of 14 March in Berlin"


async def test_on_call_is_not_offered_to_or_taken_by_someone_on_a_break(
    harness: HandlerHarness,
) -> None:
    """Fran on a break: /oncall offers her no shift and no one a hand-over to her; pressing an
    old "Take the shift" says she is on a break and changes nothing."""
    group_id = await _setup_group(harness)
    [take] = await harness.send(FACILITATOR, "/oncall")
    assert any("Take" in label for label in take.button_texts())
    [menu] = await harness.send(FACILITATOR, "/break")
    await harness.press(FACILITATOR, menu, BreakFor(3).pack())
    await harness.flush_outbox()
    [card] = await harness.send(FACILITATOR, "/oncall")
    assert not any("Take" in label for label in card.button_texts())
    [cole_card] = await harness.send(CO_FACILITATOR, "/oncall")
    assert not any("Fran" in label for label in cole_card.button_texts())
    [said] = await harness.pressed(FACILITATOR, take, TakeShift(group_id).pack())
    assert "on a break" in (said.plain_text or "")
    picture = await services_of(harness.app).oncall.duty(group_id)
    assert picture is not None
    assert picture.duty.user_id != FACILITATOR


async def test_a_crisis_reaches_people_on_a_break_when_nobody_else_can_be_reached(
    harness: HandlerHarness,
) -> None:
    """Fran and Cole are both on a break (allowed: the admin covers), then the admin blocks
    the bot: Robin's alert is not left with nobody, it reaches Fran and Cole as a last resort."""
    await _setup_group(harness)
    for person in (CO_FACILITATOR, FACILITATOR):
        [menu] = await harness.send(person, "/break")
        await harness.press(person, menu, BreakFor(7).pack())
    await harness.flush_outbox()
    assert await break_service(services_of(harness.app)).current(FACILITATOR) is not None
    harness.core.block_bot(ADMIN_ID, notify=False)
    await harness.send(MEMBER, CRISIS_TEXT)
    await harness.flush_outbox()
    for person in (FACILITATOR, CO_FACILITATOR):
        assert any("Robin" in (a.plain_text or "") for a in _alerts(harness, person)), person
    row = await services_of(harness.app).db.fetch_one("SELECT unreached_at FROM flags")
    assert row is not None
    assert row[0] is None, "the flag is not marked as reaching nobody"


async def test_an_admin_break_that_would_leave_another_group_alone_is_refused(
    harness: HandlerHarness,
) -> None:
    """Fran and Cole are on a break, covered by the admin; the admin, who facilitates another
    group with Otto, asks for a break: refused, naming the group it would leave alone."""
    await _setup_group(harness)
    services = services_of(harness.app)
    other = harness.core.add_group("Thursday circle", bot_is_member=False)
    harness.core.add_bot_to_group(other.id, ADMIN_ID)
    await harness.deliver()
    for user_id in (ADMIN_ID, OUTSIDER):
        await services.roles.roles.add_facilitator(other.id, user_id, ADMIN_ID, iso(START))
        await services.members.consent(Person(user_id, "A", None, "en"), "en", "UTC")
    for person in (CO_FACILITATOR, FACILITATOR):
        [menu] = await harness.send(person, "/break")
        await harness.press(person, menu, BreakFor(7).pack())
    assert await break_service(services).current(FACILITATOR) is not None
    [menu] = await harness.send(ADMIN_ID, "/break")
    mark = harness.core.mark()
    await harness.press(ADMIN_ID, menu, BreakFor(1).pack())
    [refused] = _texts(harness, ADMIN_ID, mark.message_seq)
    assert "Tuesday circle" in refused, refused
    assert "ask an admin" not in refused, "they are the admin: they can add someone"
    assert "/facilitators add" in refused, refused
    assert await break_service(services).current(ADMIN_ID) is None


async def test_the_only_facilitators_break_tells_the_admins_they_cover(
    harness: HandlerHarness,
) -> None:
    """Fran is the group's only facilitator: her break tells the admin that the admins get
    the alerts, not that "all facilitators" do (there are none left)."""
    group_id = await _setup_group(harness)
    await services_of(harness.app).roles.roles.remove_facilitator(group_id, CO_FACILITATOR)
    [menu] = await harness.send(FACILITATOR, "/break")
    mark = harness.core.mark()
    await harness.press(FACILITATOR, menu, BreakFor(3).pack())
    await harness.flush_outbox()
    [told] = [t for t in _texts(harness, ADMIN_ID, mark.message_seq) if "taking a break" in t]
    assert "the admins get the alerts" in told, told


async def test_a_break_covered_only_by_people_who_blocked_the_bot_is_refused(
    harness: HandlerHarness,
) -> None:
    """Cole and the admin blocked the bot (a send to each failed, so it knows): Fran's break
    is refused, since nobody it can reach would get the group's alerts."""
    await _setup_group(harness)
    services = services_of(harness.app)
    await services.members.consent(Person(ADMIN_ID, "Ada", None, "en"), "en", "UTC")
    for person in (CO_FACILITATOR, ADMIN_ID):
        harness.core.block_bot(person, notify=False)
        assert await services.members.mark_unreachable(person)  # as a failed send does
    [menu] = await harness.send(FACILITATOR, "/break")
    mark = harness.core.mark()
    await harness.press(FACILITATOR, menu, BreakFor(1).pack())
    [refused] = _texts(harness, FACILITATOR, mark.message_seq)
    assert "Tuesday circle" in refused, refused
    assert await break_service(services).current(FACILITATOR) is None


async def test_two_breaks_asked_at_once_never_leave_a_group_alone(
    harness: HandlerHarness,
) -> None:
    """The admin is away; Fran and Cole ask for a break at the same moment: one starts, the
    other is refused, so the group always keeps someone to alert."""
    import asyncio

    from bot.breaks.model import BreakChoice

    group_id = await _setup_group(harness)
    services = services_of(harness.app)
    await services.roles.roles.add_facilitator(group_id, ADMIN_ID, ADMIN_ID, iso(START))
    await services.members.consent(Person(ADMIN_ID, "Ada", None, "en"), "en", "UTC")
    [menu] = await harness.send(ADMIN_ID, "/break")
    await harness.press(ADMIN_ID, menu, BreakFor(7).pack())
    breaks = break_service(services)
    assert await breaks.current(ADMIN_ID) is not None
    fran, cole = await asyncio.gather(
        breaks.start(FACILITATOR, BreakChoice(days=3)),
        breaks.start(CO_FACILITATOR, BreakChoice(days=3)),
    )
    assert sorted(s.problem or "started" for s in (fran, cole)) == [
        "breaks-nobody-left",
        "started",
    ]


async def test_the_soft_cap_note_for_a_groups_only_facilitator_says_so(
    harness: HandlerHarness,
) -> None:
    """Fran is her group's only facilitator and takes 4 imminent alerts: the admin's note does
    not promise that alerts go to others first (there are none) but says another
    facilitator would share the load."""
    group_id = await _setup_group(harness)
    await services_of(harness.app).roles.roles.remove_facilitator(group_id, CO_FACILITATOR)
    for number in range(4):
        await _member(harness, 610_000_030 + number, f"Member{number}", group_id)
    mark = harness.core.mark()
    for number in range(4):
        await harness.send(610_000_030 + number, CRISIS_TEXT)
        await harness.flush_outbox()
        await _take(harness, FACILITATOR)
    [note] = [t for t in _texts(harness, ADMIN_ID, mark.message_seq) if "Maybe check in" in t]
    assert "go to others first" not in note, note
    assert "only facilitator" in note, note
