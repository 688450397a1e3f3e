"""The spam shield end to end, with the real bot process: a burst of links from new accounts is
held (through the moderation feature) with nothing else touched, and a crisis message from one
of them still alerts first; a flood mutes; a blocked account is removed when it joins."""

from __future__ import annotations

from collections.abc import Callable

from bot.devtools.emulator import Emulator
from tests.e2e.conftest import onboard, query_db
from tests.e2e.harness import BotProcess, Person
from tests.e2e.test_crisis import CRISIS_TEXT, wait_for_alerts
from tests.e2e.test_moderation import safe_circle


def _status(emulator: Emulator, chat_id: int, user_id: int) -> Callable[[object], str]:
    """A wait predicate's view of a member's status (the emulator's own lock is re-entrant)."""
    return lambda _core: emulator.member_status(chat_id, user_id)


def test_a_spam_burst_from_new_accounts_is_held_and_a_crisis_still_alerts(
    bot: BotProcess, emulator: Emulator, admin: Person, person: Callable[..., Person]
) -> None:
    """Five accounts join and post 20 links: every one leaves the group for review, nobody is
    muted, an older member's link and words stay, the bot says nothing in the group but the
    crisis flow's usual discreet nudge; a crisis message from one of them is alerted to the
    facilitator and held as a possible crisis."""
    onboard(admin)
    group, fran, robin = safe_circle(emulator, admin, person, "Shield circle")
    spammers = [person(f"Promo{number}") for number in range(5)]
    for spammer in spammers:
        emulator.user_joins(group.id, spammer.id)
    emulator.wait_until(
        lambda _core: (
            query_db(
                bot.database, "SELECT count(*) FROM shield_newcomers WHERE chat_id = ?", (group.id,)
            )
            == [(5,)]
        ),
        timeout=30,
    )
    mark = emulator.mark()
    spam_ids = [
        int(
            emulator.inject_message(
                spammer.id, f"Earn 500% today https://pump{number}.example/{spammer.id}", group.id
            )["message_id"]
        )
        for number in range(4)
        for spammer in spammers
    ]
    kept_ids = [
        int(emulator.inject_message(robin.id, text, group.id)["message_id"])
        for text in ("Hi all, how was your week?", "This helped me: https://selfcare.example")
    ]
    crisis_text = f"{CRISIS_TEXT} https://goodbye.example"
    crisis_id = int(emulator.inject_message(spammers[2].id, crisis_text, group.id)["message_id"])
    [alert] = wait_for_alerts(emulator, fran, timeout=30)
    assert "Promo2" in (alert.plain_text or "")
    assert "Shield circle" in (alert.plain_text or "")
    emulator.wait_until(
        lambda core: all(core.message(group.id, held).deleted for held in [*spam_ids, crisis_id]),
        timeout=60,
    )
    assert not any(emulator.message(group.id, kept).deleted for kept in kept_ids)
    assert {emulator.member_status(group.id, s.id) for s in spammers} == {"member"}
    assert emulator.member_status(group.id, robin.id) == "member"
    # In the group only the crisis flow's discreet nudge (Promo2 never opened the bot), as always.
    said = [m.plain_text or "" for m in emulator.bot_messages(group.id) if m.seq > mark.message_seq]
    assert len(said) == 1
    assert "talk in private" in said[0]
    assert "kill" not in said[0]
    held = query_db(
        bot.database,
        "SELECT kind, count(*) FROM held_messages WHERE chat_id = ? GROUP BY kind ORDER BY kind",
        (group.id,),
    )
    assert held == [("crisis", 1), ("spam", 20)]


def test_a_flood_mutes_for_ten_minutes_and_tells_the_facilitator(
    bot: BotProcess, emulator: Emulator, admin: Person, person: Callable[..., Person]
) -> None:
    """Nine messages within seconds from one member: muted (Telegram refuses more), and one
    notice to the facilitator."""
    onboard(admin)
    group, fran, robin = safe_circle(emulator, admin, person, "Flood circle")
    mark = emulator.mark()
    for number in range(9):
        emulator.inject_message(robin.id, f"hello {number}", group.id)
    restricted = _status(emulator, group.id, robin.id)
    emulator.wait_until(lambda core: restricted(core) == "restricted", timeout=30)
    [notice] = emulator.wait_for_messages(
        fran.id, since=mark, predicate=lambda m: "messages within" in (m.plain_text or "")
    )
    assert "Robin sent more than 8 messages within 10 seconds in Flood circle" in (
        notice.plain_text or ""
    )


def test_a_blocked_account_is_removed_when_it_joins(
    bot: BotProcess, emulator: Emulator, admin: Person, person: Callable[..., Person]
) -> None:
    """/block by an admin; the account joins a group the bot came to later: removed, and that
    group's facilitator told."""
    onboard(admin)
    troll = person("Troll")
    answer = admin.ask(f"/block {troll.id} scam links in another community")
    assert "is blocked in all our groups" in (answer.plain_text or "")
    group, fran, _robin = safe_circle(emulator, admin, person, "Block circle")
    mark = emulator.mark()
    emulator.user_joins(group.id, troll.id)
    removed = _status(emulator, group.id, troll.id)
    emulator.wait_until(lambda core: removed(core) == "kicked", timeout=30)
    [told] = emulator.wait_for_messages(
        fran.id, since=mark, predicate=lambda m: "block list" in (m.plain_text or "")
    )
    assert f"(id {troll.id}) joined Block circle" in (told.plain_text or "")
