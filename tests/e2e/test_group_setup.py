"""Group setup end to end: an admin sets a new group up in private; a member cannot."""

from __future__ import annotations

from collections.abc import Callable

from bot.devtools.emulator import Emulator, StoredMessage
from tests.e2e.conftest import group_with_bot, invite_code, onboard, query_db
from tests.e2e.harness import BotProcess, Person

SETUP_TABLES = ("groups", "questions", "audit_log")


def _text(message: object) -> str:
    """Return a stored message's plain text."""
    return str(getattr(message, "plain_text", "") or "")


def _answer(emulator: Emulator, admin: Person, act: Callable[[], object]) -> list[StoredMessage]:
    """Do `act` and return the bot's next message to the admin that is not a crisis alert:
    on the shared bot, earlier tests' open flags keep reminding the admin meanwhile."""
    mark = emulator.mark()
    act()

    def answers() -> list[StoredMessage]:
        """The admin's new messages other than alerts."""
        fresh = [m for m in emulator.bot_messages(admin.id) if m.seq > mark.message_seq]
        return [m for m in fresh if "Crisis alert" not in _text(m)]

    emulator.wait_until(lambda _core: bool(answers()))
    return answers()[:1]


def _press(
    emulator: Emulator, admin: Person, message: StoredMessage, label: str
) -> list[StoredMessage]:
    """Press a button of the admin's and return the bot's answer (alerts left aside)."""
    return _answer(
        emulator,
        admin,
        lambda: emulator.press_button(
            message.chat_id, message.message_id, user_id=admin.id, text=label
        ),
    )


def _send(emulator: Emulator, admin: Person, text: str) -> list[StoredMessage]:
    """Send a text as the admin and return the bot's answer (alerts left aside)."""
    return _answer(emulator, admin, lambda: emulator.inject_message(admin.id, text))


def test_admin_sets_up_the_group_and_a_member_joins(
    bot: BotProcess, emulator: Emulator, admin: Person, person: Callable[..., Person]
) -> None:
    """Added by an admin: setup in private (with bad answers), stored, and the link works."""
    group = emulator.add_group("Wednesday peers")
    mark = emulator.mark()
    [intro] = _answer(emulator, admin, lambda: emulator.add_bot_to_group(group.id, admin.id))
    [welcome] = emulator.wait_for_messages(group.id, 1, since=mark)
    assert "Thanks for adding me to Wednesday peers" in _text(intro)
    [name_q] = _press(emulator, admin, intro, "Set up now")
    assert "1 of 4" in _text(name_q)
    [short] = _send(emulator, admin, "x")
    assert "too short" in _text(short)
    [zone_q] = _send(emulator, admin, "Wednesday Evening Circle")
    assert "2 of 4" in _text(zone_q)
    [unknown] = _send(emulator, admin, "Narnia")
    assert "I don't know the time zone «Narnia»" in _text(unknown)
    [language_q] = _send(emulator, admin, "Bogota")
    [reminder_q] = _press(emulator, admin, language_q, "Español")
    [done] = _press(emulator, admin, reminder_q, "3 h")
    code = invite_code(welcome)
    assert "Wednesday Evening Circle is set up" in _text(done)
    assert f"https://t.me/peer_test_bot?start={code}" in _text(done)
    assert "/setprivacy" in _text(done), "not an admin, privacy mode on: it says how to fix it"
    rows = query_db(
        bot.database,
        "SELECT title, timezone, language, meeting_post_minutes, setup_done_at IS NOT NULL"
        " FROM groups WHERE chat_id = ?",
        (group.id,),
    )
    assert rows == [("Wednesday Evening Circle", "America/Bogota", "es", 180, 1)]
    audit = query_db(
        bot.database,
        "SELECT actor_id, subject FROM audit_log WHERE action = 'group.setup' AND group_id = ?",
        (group.id,),
    )
    assert audit == [(admin.id, "America/Bogota, es, 180")]

    lu = person("Lu")
    onboard(lu)
    joined = lu.ask(f"/start {code}")
    assert "Wednesday Evening Circle" in _text(joined)
    assert query_db(
        bot.database,
        "SELECT 1 FROM group_members WHERE chat_id = ? AND user_id = ?",
        (group.id, lu.id),
    ) == [(1,)]


def test_member_of_the_group_cannot_set_it_up(
    bot: BotProcess, emulator: Emulator, admin: Person, person: Callable[..., Person]
) -> None:
    """A plain member's /setup and setup link are refused, and nothing changes."""
    group, welcome = group_with_bot(emulator, admin, "Thursday circle")
    mo = person("Mo")
    emulator.set_member_status(group.id, mo.id, "member")
    onboard(mo)
    before = {
        table: query_db(bot.database, f"SELECT * FROM {table} ORDER BY 1") for table in SETUP_TABLES
    }
    refused = mo.ask("/setup")
    assert "no group you can set up" in _text(refused)
    link = mo.ask(f"/start setup-{invite_code(welcome)}")
    assert "Only an admin of the bot" in _text(link)
    after = {
        table: query_db(bot.database, f"SELECT * FROM {table} ORDER BY 1") for table in SETUP_TABLES
    }
    assert after == before
