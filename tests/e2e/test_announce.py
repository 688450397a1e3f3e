"""Announcements end to end: 300 members under flood limits, blocked members, a cancel."""

from __future__ import annotations

import re
import time

from bot.devtools.emulator import Emulator, StoredMessage
from bot.devtools.emulator.waiting import WaitMixin
from bot.domain.models import Person as DomainPerson
from bot.services.services import Services
from tests.e2e.conftest import group_with_bot, invite_code, new_person, onboard, query_db
from tests.e2e.harness import ADMIN_ID, BotProcess, Person, next_user_id
from tests.e2e.seeding import with_services
from tests.e2e.test_crisis import add_facilitator

MEMBERS, BLOCKED = 300, 20
FIRST, SECOND = "Picnic on Sunday at the park", "Second note: the hall is closed"


def _text(message: StoredMessage) -> str:
    """A message's visible text."""
    return message.plain_text or ""


def _seed_members(bot: BotProcess, group: int, code: str) -> list[int]:
    """Add MEMBERS people who consented (every tenth in Spanish) and joined the group by its
    invite code, through the bot's own member service; return their ids."""
    ids = [next_user_id() for _ in range(MEMBERS)]
    for index, user_id in enumerate(ids):
        bot.emulator.add_user(f"M{index}", user_id)

    async def join_all(services: Services) -> None:
        """Consent and join, as each member's /start with the group's link would."""
        for index, user_id in enumerate(ids):
            language = "es" if index % 10 == 0 else "en"
            person = DomainPerson(user_id, f"M{index}", None, language)
            await services.members.consent(person, language, "UTC")
            joined = await services.members.join_by_code(user_id, code)
            assert joined is not None
            assert joined.group.chat_id == group

    with_services(bot, join_all)
    return ids


def _copies(emulator: WaitMixin, marker: str) -> int:
    """How many members have received an announcement (its header starts the copies).

    Members are counted once: after a crash a copy sent but not yet recorded goes again.
    """
    return len(
        {
            call.params.get("chat_id")
            for call in emulator.get_calls("sendMessage")
            if call.status == 200
            and str(call.params.get("text", "")).startswith("📣")
            and marker in str(call.params.get("text", ""))
        }
    )


def _figure(report: str, label: str) -> int:
    """A number from the final report, such as 'Delivered: 280'."""
    found = re.search(rf"{label}: ([\d,]+)", report)
    assert found is not None, f"{label} not in {report!r}"
    return int(found[1].replace(",", ""))


def _announce(facilitator: Person, text: str) -> StoredMessage:
    """Write an announcement, check the preview, press Send; return the progress message."""
    ask = facilitator.ask("/announce")
    assert "What should the members of Big circle get?" in _text(ask)
    preview = facilitator.ask(text)
    assert f"It will go to {MEMBERS} members of Big circle" in _text(preview)
    [progress] = facilitator.press(preview, "Send")
    assert f"0 of {MEMBERS} sent" in _text(progress)
    return progress


def _progress_edits(emulator: Emulator, progress: StoredMessage) -> list[str]:
    """The texts the progress message was edited to, in order."""
    return [
        str(call.params.get("text", ""))
        for call in emulator.get_calls("editMessageText")
        if call.params.get("message_id") == progress.message_id
        and call.params.get("chat_id") == progress.chat_id
    ]


def test_announcement_to_300_members_and_a_cancelled_one(fresh_bot: BotProcess) -> None:
    """Progress is edited as copies go (across a restart); the report counts delivered and
    blocked; a cancel stops sending."""
    emulator = fresh_bot.emulator
    emulator.enable_flood_limits()  # Telegram's: 30/s overall, 1/s per chat
    admin = Person(emulator, emulator.add_user("Alex", ADMIN_ID))
    fay = new_person(emulator, "Fay")
    fresh_bot.start()
    onboard(fay)
    group, welcome = group_with_bot(emulator, admin, "Big circle")
    add_facilitator(admin, group.id, fay)
    members = _seed_members(fresh_bot, group.id, invite_code(welcome))
    blocked = members[-BLOCKED:]
    for user_id in blocked:
        emulator.block_bot(user_id, notify=False)

    progress = _announce(fay, FIRST)
    # A crash midway: after the restart the copies left and the progress message carry on.
    emulator.wait_until(lambda core: _copies(core, FIRST) >= 100, timeout=60)
    fresh_bot.kill()  # as a crash would; a stop would let every copy in hand go first
    assert _copies(emulator, FIRST) < MEMBERS - BLOCKED
    fresh_bot.start()
    emulator.wait_until(
        lambda core: "has been sent" in _text(core.message(fay.id, progress.message_id)),
        timeout=90,
    )
    report = _text(emulator.message(fay.id, progress.message_id))
    delivered, refused = _figure(report, "Delivered"), _figure(report, "Blocked the bot")
    assert (delivered, refused) == (MEMBERS - BLOCKED, BLOCKED)
    assert delivered + refused == MEMBERS
    assert _copies(emulator, FIRST) == delivered
    assert "Aviso para Big circle" in _text(emulator.bot_messages(members[0])[-1])
    edits = _progress_edits(emulator, progress)
    between = [t for t in edits if re.search(rf"\b([1-9]\d*) of {MEMBERS} sent", t)]
    assert between, f"no progress edit while sending: {edits}"
    assert any("▓" in t and "░" in t and "left" in t for t in between)
    unreachable = query_db(
        fresh_bot.database,
        f"SELECT COUNT(*) FROM members WHERE unreachable_at IS NOT NULL"
        f" AND user_id IN ({','.join('?' * BLOCKED)})",
        tuple(blocked),
    )
    assert unreachable == [(BLOCKED,)], "members who blocked the bot are marked unreachable"

    second = _announce(fay, SECOND)
    emulator.wait_until(lambda core: _copies(core, SECOND) >= 40, timeout=60)
    emulator.press_button(fay.id, second.message_id, user_id=fay.id, text="Cancel sending")
    emulator.wait_until(
        lambda core: "was cancelled" in _text(core.message(fay.id, second.message_id)),
        timeout=30,
    )
    at_cancel = _copies(emulator, SECOND)
    final = _text(emulator.message(fay.id, second.message_id))
    # Nothing more may go out; an absence cannot be awaited, so give stray sends time to show.
    time.sleep(3)
    assert _copies(emulator, SECOND) == at_cancel, "no copy was sent after the cancel"
    assert _text(emulator.message(fay.id, second.message_id)) == final, "the report stays"
    sent = _figure(final, "Delivered")
    assert sent < MEMBERS
    assert _figure(final, "Not sent") > 0
    assert 0 <= at_cancel - sent <= 3, "copies on their way at the cancel may be uncounted"
    rows = query_db(fresh_bot.database, "SELECT status, text, total FROM announcements ORDER BY id")
    assert rows == [("done", None, MEMBERS), ("cancelled", None, MEMBERS)]
    audit = query_db(
        fresh_bot.database,
        "SELECT actor_id, action FROM audit_log WHERE action LIKE 'announce.%' ORDER BY id",
    )
    assert audit == [
        (fay.id, "announce.send"),
        (fay.id, "announce.send"),
        (fay.id, "announce.cancel"),
    ]
    assert fresh_bot.stop() == 0
