"""The join gate, the agreement and raid mode with the real bot process and the emulator: an
applicant passes and another fails the gate; an invited person skips it; raid mode trips and
recovers; the agreement is pinned and a changed one re-accepted."""

from __future__ import annotations

import re

from bot.devtools.emulator import Chat, Emulator, StoredMessage
from tests.e2e.conftest import new_person, onboard, query_db
from tests.e2e.harness import ADMIN_ID, BotProcess, Person
from tests.e2e.test_crisis import add_facilitator

LINK = re.compile(r"https://t\.me/\+\S+")
RIGHTS = {"can_invite_users", "can_pin_messages", "can_restrict_members", "can_delete_messages"}
AGREEMENT = "What is said here stays here. One voice at a time."
# Seconds, as minutes: a request lapses after 6 s, a raid ends after 6 quiet seconds.
FAST = {
    "GATE_TIMEOUT_MINUTES": "0.1",
    "GATE_CHECK_SECONDS": "0.5",
    "RAID_JOINS": "5",
    "RAID_WINDOW_SECONDS": "60",
    "RAID_QUIET_MINUTES": "0.1",
}


def _started(bot: BotProcess) -> tuple[Emulator, Chat, Person]:
    """A bot of the test's own; a supergroup whose owner adds it with the gate's rights; its
    facilitator, who writes the agreement."""
    bot.extra_env.update(FAST)
    bot.start()
    emulator = bot.emulator
    admin = Person(emulator, emulator.add_user("Alex", ADMIN_ID))
    group = emulator.add_group("Gate circle", supergroup=True, bot_is_member=False)
    emulator.make_admin(group.id, ADMIN_ID, owner=True)
    emulator.add_bot_to_group(group.id, ADMIN_ID, rights=RIGHTS)
    emulator.wait_for_messages(group.id)
    onboard(admin)
    fran = new_person(emulator, "Fran")
    onboard(fran)
    add_facilitator(admin, group.id, fran)
    _write_agreement(fran, AGREEMENT)
    return emulator, group, fran


def _write_agreement(fran: Person, text: str) -> None:
    """The facilitator writes (or changes) the agreement through /rules."""
    card = fran.ask("/rules")
    label = "Change it" if "Change it" in " ".join(card.button_texts()) else "Write it"
    fran.press(card, label)
    fran.send(text, count=3)  # saved, pinned, the card


def _pinned_text(emulator: Emulator, chat_id: int) -> str:
    """The text of the group's pinned message ('' when none)."""
    pinned = emulator.pinned(chat_id)
    return (pinned.plain_text or "") if pinned is not None else ""


def _link_in(messages: list[StoredMessage]) -> str:
    """The first invite link in some messages."""
    for message in messages:
        found = LINK.search(message.plain_text or "")
        if found:
            return found.group(0)
    raise AssertionError([m.plain_text for m in messages])


def _gate_on(fran: Person) -> str:
    """The facilitator turns join requests on; the link the bot gives."""
    card = fran.ask("/gate")
    return _link_in(fran.press(card, "Turn join requests on", count=2))


def _asks_to_join(emulator: Emulator, link: str, name: str) -> tuple[Person, StoredMessage]:
    """Someone who never opened the bot taps the link; the bot's question to them."""
    applicant = new_person(emulator, name)
    emulator.never_started(applicant.id)
    mark = emulator.mark()
    emulator.join_via_link(applicant.id, link)
    [question] = emulator.wait_for_messages(applicant.id, since=mark)
    return applicant, question


def test_an_applicant_passes_and_another_fails_the_gate(fresh_bot: BotProcess) -> None:
    """One answers, agrees and consents: in, and a member; one answers with an emoji and
    says nothing more: asked again, then declined kindly when the time runs out."""
    emulator, group, fran = _started(fresh_bot)
    link = _gate_on(fran)
    ari, question = _asks_to_join(emulator, link, "Ari")
    assert "What brings you to this group?" in (question.plain_text or "")
    [agreement] = ari.send("A friend told me about it, it has been a hard year")
    assert AGREEMENT in (agreement.plain_text or "")
    [consent] = ari.press(agreement, "I agree")
    ari.press(consent, "Yes, that's okay")
    emulator.wait_until(lambda _core: emulator.member_status(group.id, ari.id) == "member")
    members = query_db(
        fresh_bot.database, "SELECT user_id FROM members WHERE user_id = ?", (ari.id,)
    )
    assert members == [(ari.id,)]

    kai, _question = _asks_to_join(emulator, link, "Kai")
    [again] = kai.send("👍")
    assert "didn't catch an answer" in (again.plain_text or "")
    [ended] = emulator.wait_for_messages(
        kai.id, predicate=lambda m: "has ended" in (m.plain_text or ""), timeout=30
    )
    assert "invite link again" in (ended.plain_text or "")
    assert emulator.join_requests(group.id) == []
    assert emulator.member_status(group.id, kai.id) == "left"
    assert query_db(fresh_bot.database, "SELECT * FROM join_requests") == []


def test_an_invited_person_skips_the_gate(fresh_bot: BotProcess) -> None:
    """A facilitator's /invite link lets one person straight in, without the question."""
    emulator, group, fran = _started(fresh_bot)
    _gate_on(fran)
    link = _link_in(fran.send("/invite"))
    guest = new_person(emulator, "Gus")
    emulator.join_via_link(guest.id, link)
    emulator.wait_until(lambda _core: emulator.member_status(group.id, guest.id) == "member")
    assert emulator.bot_messages(guest.id) == []


def test_raid_mode_trips_and_recovers(fresh_bot: BotProcess) -> None:
    """Five joins within a minute: the link asks to join and the staff are told; after six
    quiet seconds an open link again."""
    emulator, group, fran = _started(fresh_bot)
    card = fran.ask("/gate")
    fran.press(card, "Turn join requests on", count=2)
    card = fran.ask("/gate")
    open_link = _link_in(fran.press(card, "Turn join requests off", count=2))
    for number in range(5):
        emulator.join_via_link(new_person(emulator, f"Raider{number}").id, open_link)
    [notice] = emulator.wait_for_messages(
        fran.id, predicate=lambda m: "Raid mode in Gate circle" in (m.plain_text or ""), timeout=30
    )
    raid_link = _link_in([notice])
    links = {link["invite_link"]: link for link in emulator.invite_links(group.id)}
    assert links[raid_link]["creates_join_request"]
    assert links[open_link]["is_revoked"]
    [over] = emulator.wait_for_messages(
        fran.id, predicate=lambda m: "is over" in (m.plain_text or ""), timeout=30
    )
    links = {link["invite_link"]: link for link in emulator.invite_links(group.id)}
    assert not links[_link_in([over])]["creates_join_request"]
    assert links[raid_link]["is_revoked"]


def test_the_agreement_is_pinned_and_a_changed_one_re_accepted(fresh_bot: BotProcess) -> None:
    """Pinned when written; after a change, a member writing in the group is asked once in
    private and accepts; their message stays."""
    emulator, group, fran = _started(fresh_bot)
    pinned = emulator.pinned(group.id)
    assert pinned is not None
    assert AGREEMENT in (pinned.plain_text or "")
    link = _gate_on(fran)
    robin, _question = _asks_to_join(emulator, link, "Robin")
    [agreement] = robin.send("I'd like to listen for a while")
    [consent] = robin.press(agreement, "I agree")
    robin.press(consent, "Yes, that's okay")
    emulator.wait_until(lambda _core: emulator.member_status(group.id, robin.id) == "member")

    changed = AGREEMENT + " No advice unless asked."
    _write_agreement(fran, changed)
    emulator.wait_until(lambda _core: "No advice" in _pinned_text(emulator, group.id))
    mark = emulator.mark()
    emulator.inject_message(robin.id, "hello all", group.id)
    [asked] = emulator.wait_for_messages(robin.id, since=mark)
    assert "has changed" in (asked.plain_text or "")
    assert changed in (asked.plain_text or "")
    [thanks] = robin.press(asked, "I agree")
    assert "You accepted" in (thanks.plain_text or "")
    mark = emulator.mark()
    emulator.inject_message(robin.id, "and hello again", group.id)
    robin.ask("/help")  # answered after the group message was seen
    later = [
        m.plain_text or "" for m in emulator.bot_messages(robin.id) if m.seq > mark.message_seq
    ]
    assert not any("has changed" in text for text in later), later
    assert any(
        m.plain_text == "hello all" and not m.deleted for m in emulator.chat_history(group.id)
    )
