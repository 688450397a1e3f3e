"""Facilitators end to end: an admin adds one by reply and one by id; a member is refused."""

from __future__ import annotations

from collections.abc import Callable

from bot.devtools.emulator import Emulator
from tests.e2e.conftest import db_snapshot, group_with_bot, onboard, query_db
from tests.e2e.harness import BotProcess, Person


def test_admin_adds_by_reply_and_by_id(
    bot: BotProcess, emulator: Emulator, admin: Person, person: Callable[..., Person]
) -> None:
    """By reply in the group and by id in private; both audited, the reachable one told."""
    group, _ = group_with_bot(emulator, admin, "Thursday peers")
    sam = person("Sam")
    onboard(sam)
    said = emulator.inject_message(sam.id, "hello all", group.id)
    mark = emulator.mark()
    emulator.inject_message(
        admin.id, "/facilitators add", group.id, reply_to_message_id=said["message_id"]
    )
    [done] = emulator.wait_for_messages(group.id, 1, since=mark)
    assert "Sam is now a facilitator of Thursday peers" in (done.plain_text or "")
    [welcome] = emulator.wait_for_messages(sam.id, 1, since=mark)
    assert "/help" in (welcome.plain_text or "")

    nell = person("Nell")
    added, told = admin.send(f"/facilitators add {group.id} {nell.id}", count=2)
    assert "is now a facilitator of Thursday peers" in (added.plain_text or "")
    assert "hasn't opened me yet" in (told.plain_text or "")

    rows = query_db(
        bot.database,
        "SELECT user_id FROM facilitators WHERE chat_id = ? ORDER BY user_id",
        (group.id,),
    )
    assert rows == sorted([(sam.id,), (nell.id,)])
    audit = query_db(
        bot.database,
        "SELECT actor_id, action, subject FROM audit_log WHERE group_id = ? ORDER BY id",
        (group.id,),
    )
    assert audit == [(admin.id, "role.add", str(sam.id)), (admin.id, "role.add", str(nell.id))]


def test_member_is_refused(
    bot: BotProcess, emulator: Emulator, admin: Person, person: Callable[..., Person]
) -> None:
    """A member's /facilitators, by id and by reply, is refused and nothing changes."""
    group, _ = group_with_bot(emulator, admin, "Friday peers")
    mo = person("Mo")
    onboard(mo)
    said = emulator.inject_message(mo.id, "hi", group.id)
    before = db_snapshot(bot.database)
    refused = mo.ask(f"/facilitators add {group.id} {mo.id}")
    assert "only for the people who run this bot" in (refused.plain_text or "")
    mark = emulator.mark()
    emulator.inject_message(
        mo.id, "/facilitators add", group.id, reply_to_message_id=said["message_id"]
    )
    [in_group] = emulator.wait_for_messages(group.id, 1, since=mark)
    assert "only for the people who run this bot" in (in_group.plain_text or "")
    assert db_snapshot(bot.database) == before
