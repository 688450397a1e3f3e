"""Meeting feedback and the wellbeing check end to end, with byte scans of the database."""

from __future__ import annotations

import struct
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.feedback.model import iso_week
from bot.services.services import Services
from tests.e2e.conftest import group_with_bot, invite_code, new_person, onboard, query_db
from tests.e2e.harness import BotProcess
from tests.e2e.seeding import with_services
from tests.e2e.test_meetings_member import one_off, set_clock

WAL_HEADER, FRAME_HEADER = 32, 24


def _patterns(user_id: int, name: str, username: str) -> list[bytes]:
    """How a member could sit in the file: id as text and as SQLite's 6-byte integer, names."""
    return [
        str(user_id).encode(),
        struct.pack(">q", user_id)[2:],
        name.encode(),
        username.encode(),
    ]


def _pages(path: Path, page_size: int) -> list[bytes]:
    """The database file's pages, or the WAL's frames (each a page with its header)."""
    content = path.read_bytes() if path.exists() else b""
    if path.name.endswith("-wal"):
        size = FRAME_HEADER + page_size
        return [content[at : at + size] for at in range(WAL_HEADER, len(content), size)]
    return [content[at : at + page_size] for at in range(0, len(content), page_size)]


def test_feedback_is_stored_without_the_members_id(fresh_bot: BotProcess) -> None:
    """A member who said yes is asked after the meeting; the page holding the answer holds
    the meeting, the week and the scores, and not the member's id or name."""
    fresh_bot.extra_env.update(MEETING_CHECK_SECONDS="0.5")
    fresh_bot.start()
    emulator = fresh_bot.emulator
    name, username = "Wrenfeedback", "wren_feedback_handle"
    member = new_person(emulator, name, username=username)
    onboard(member)
    group, welcome = group_with_bot(emulator, member, "Feedback circle")
    member.ask(f"/start {invite_code(welcome)}")
    # A one-off meeting that began 2 hours ago and lasted an hour.
    start = (datetime.now(UTC) - timedelta(hours=2)).replace(second=0, microsecond=0)
    meeting = with_services(
        fresh_bot,
        lambda services: services.meetings.add(
            one_off(group.id, "Feedback circle meeting", start, "UTC"), by=None
        ),
    )

    async def say_yes(services: Services) -> None:
        """The member's "I'll be there", through the meetings' own service."""
        await services.meeting_choices.answer(meeting.id, start.date(), member.id, "yes")

    mark = emulator.mark()
    with_services(fresh_bot, say_yes)
    [question] = emulator.wait_for_messages(
        member.id,
        predicate=lambda m: "How was Feedback circle meeting" in (m.plain_text or ""),
        since=mark,
        timeout=30,
    )
    second = member.press_for_edit(question, "4")
    assert "how heard" in (second.plain_text or "")
    done = member.press_for_edit(second, "5")
    assert "Thank you" in (done.plain_text or "")
    week = iso_week(start.date())
    database = fresh_bot.database
    assert query_db(database, "SELECT * FROM feedback_answers") == [(meeting.id, week, 4, 5)]
    assert query_db(database, "SELECT COUNT(*) FROM feedback_asks") == [(0,)]
    assert query_db(database, "SELECT COUNT(*) FROM members") == [(1,)]
    [(page_size,)] = query_db(database, "PRAGMA page_size")
    assert fresh_bot.stop() == 0

    files = [database, database.with_name(database.name + "-wal")]
    holding = [
        page
        for path in files
        for page in _pages(path, int(str(page_size)))
        if week.encode() in page
    ]
    assert holding, "the answer's week is in the file"
    for page in holding:
        for pattern in _patterns(member.id, name, username):
            assert pattern not in page, f"the answer's page holds {pattern!r}"


def test_wellbeing_needs_its_own_consent_and_forget_erases_it(fresh_bot: BotProcess) -> None:
    """A new member of a group is offered the check; nothing is kept before "Yes"; the four
    answers are kept with it; /forget leaves no byte of the member and no answer."""
    clock_file = fresh_bot.workdir / "clock"
    fresh_bot.extra_env.update(CHECKIN_CHECK_SECONDS="0.5", DEV_CLOCK_FILE=str(clock_file))
    fresh_bot.start()
    emulator = fresh_bot.emulator
    name, username = "Quillwellbeing", "quill_wellbeing_handle"
    member = new_person(emulator, name, username=username)
    organiser = new_person(emulator, "Orla")
    onboard(member)
    onboard(organiser)
    _group, welcome = group_with_bot(emulator, organiser, "Wellbeing circle")
    member.ask(f"/start {invite_code(welcome)}")
    # The offer comes once the member has settled in: an hour after they agreed.
    mark = emulator.mark()
    set_clock(fresh_bot, datetime.now(UTC) + timedelta(hours=1, minutes=5))
    [offer] = emulator.wait_for_messages(
        member.id,
        predicate=lambda m: "A short wellbeing check" in (m.plain_text or ""),
        since=mark,
        timeout=45,
    )
    database = fresh_bot.database
    assert query_db(database, "SELECT status FROM wellbeing_consents") == [("asked",)]
    assert query_db(database, "SELECT COUNT(*) FROM wellbeing_answers") == [(0,)]
    item = member.press_for_edit(offer, "Yes, I'd like that")
    assert "Little interest or pleasure in doing things" in (item.plain_text or "")
    for option in ("Several days", "Not at all", "Nearly every day", "More than half"):
        item = member.press_for_edit(item, option)
    assert "Thank you" in (item.plain_text or "")
    assert query_db(
        database, "SELECT wave, interest, down, nervous, worrying FROM wellbeing_answers"
    ) == [(0, 1, 0, 3, 2)]

    confirm = member.ask("/forget")
    done = member.press_for_edit(confirm, "Yes, forget me")
    assert "erased everything" in (done.plain_text or "")
    assert fresh_bot.stop() == 0
    assert query_db(database, "SELECT COUNT(*) FROM wellbeing_answers") == [(0,)]
    assert query_db(database, "SELECT COUNT(*) FROM wellbeing_consents") == [(0,)]
    for path in (database, database.with_name(database.name + "-wal")):
        content = path.read_bytes() if path.exists() else b""
        for pattern in _patterns(member.id, name, username):
            assert pattern not in content, f"{path.name} still holds {pattern!r}"
