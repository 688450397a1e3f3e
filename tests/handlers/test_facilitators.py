"""/facilitators via handlers: by reply, forward, id and list; audit rows; refusals."""

from __future__ import annotations

from bot.app import services_of
from bot.devtools.emulator import StoredMessage
from bot.domain.buttons.facilitators import (
    AddFacilitator,
    AskRemoval,
    KeepFacilitator,
    RemoveFacilitator,
)
from bot.domain.language import SUPPORTED_LANGUAGES
from bot.domain.models import Role
from tests.handlers.conftest import ADMIN_ID, HandlerHarness
from tests.handlers.test_crisis_flow import CO_FACILITATOR, FACILITATOR, MEMBER, _setup_group

NEWCOMER = 630_000_009


async def _ready(harness: HandlerHarness) -> int:
    """Set up a group with facilitators and return its id."""
    return await _setup_group(harness)


async def _roles(harness: HandlerHarness, group_id: int) -> list[int]:
    """Return the group's facilitators as stored."""
    return await services_of(harness.app).roles.facilitators_of(group_id)


async def _audit(harness: HandlerHarness) -> list[tuple[object, ...]]:
    """Return the role audit rows: actor, action, group, subject."""
    rows = await services_of(harness.app).db.fetch_all(
        "SELECT actor_id, action, group_id, subject FROM audit_log"
        " WHERE action LIKE 'role.%' ORDER BY id"
    )
    return [tuple(row) for row in rows]


async def _reply_in_group(
    harness: HandlerHarness, user_id: int, group_id: int, text: str, to: int
) -> list[StoredMessage]:
    """Send `text` in the group as a reply to message `to`; return the bot's new group messages."""
    mark = harness.core.mark()
    harness.core.inject_message(user_id, text, group_id, reply_to_message_id=to)
    await harness.deliver()
    return harness.new_messages(group_id, mark.message_seq)


def _menus_for(harness: HandlerHarness, user_id: int) -> list[list[str]]:
    """Return the command names of every personal menu set for the user."""
    return [
        [command["command"] for command in call.params["commands"]]
        for call in harness.core.get_calls("setMyCommands")
        if call.params.get("scope", {}).get("chat_id") == user_id
    ]


def _text(message: StoredMessage) -> str:
    """Return a message's plain text."""
    return message.plain_text or ""


async def test_admin_adds_by_reply_in_the_group(harness: HandlerHarness) -> None:
    """Replying '/facilitators add' adds the member, tells both, audits, refreshes the menu."""
    group_id = await _ready(harness)
    said = harness.core.inject_message(MEMBER, "hello everyone", group_id)
    await harness.deliver()
    mark = harness.core.mark()
    [done] = await _reply_in_group(
        harness, ADMIN_ID, group_id, "/facilitators add", said["message_id"]
    )
    assert "Robin is now a facilitator of Tuesday circle" in _text(done)
    [welcome] = harness.new_messages(MEMBER, mark.message_seq)
    assert "/help" in _text(welcome)
    assert "Tuesday circle" in _text(welcome)
    assert MEMBER in await _roles(harness, group_id)
    assert await _audit(harness) == [(ADMIN_ID, "role.add", group_id, str(MEMBER))]
    assert "flags" in _menus_for(harness, MEMBER)[-1]
    [again] = await _reply_in_group(
        harness, ADMIN_ID, group_id, "/facilitators add", said["message_id"]
    )
    assert "already" in _text(again)
    assert len(await _audit(harness)) == 1, "nothing changed: no audit row"


async def test_member_is_refused_in_the_group_and_in_private(harness: HandlerHarness) -> None:
    """A member's reply command and private command are refused; nothing changes."""
    group_id = await _ready(harness)
    said = harness.core.inject_message(CO_FACILITATOR, "hi", group_id)
    await harness.deliver()
    [refused] = await _reply_in_group(
        harness, MEMBER, group_id, "/facilitators remove", said["message_id"]
    )
    assert "only for the people who run this bot" in _text(refused)
    [private] = await harness.send(MEMBER, f"/facilitators add {group_id} {MEMBER}")
    assert "only for the people who run this bot" in _text(private)
    assert await _roles(harness, group_id) == [FACILITATOR, CO_FACILITATOR]
    assert await _audit(harness) == []


async def test_reply_usage_and_non_person(harness: HandlerHarness) -> None:
    """Without a reply the admin is told how; a reply to the bot's message is not a person."""
    group_id = await _ready(harness)
    [usage] = await harness.send(ADMIN_ID, "/facilitators add", chat_id=group_id)
    assert "reply to one of their messages" in _text(usage)
    bot_message = harness.core.bot_messages(group_id)[-1]
    [not_person] = await _reply_in_group(
        harness, ADMIN_ID, group_id, "/facilitators add", bot_message.message_id
    )
    assert "wasn't sent by a person" in _text(not_person)
    assert await _audit(harness) == []


async def test_admin_adds_by_id_someone_who_never_opened_the_bot(harness: HandlerHarness) -> None:
    """By id in private: added, and the admin learns the person must open the bot."""
    group_id = await _ready(harness)
    harness.core.add_user("Nell", NEWCOMER)
    messages = await harness.send(ADMIN_ID, f"/facilitators add {group_id} {NEWCOMER}")
    texts = [_text(message) for message in messages]
    assert "Nell is now a facilitator of Tuesday circle" in texts[0]  # as Telegram knows her
    assert "hasn't opened me yet" in texts[1]
    assert harness.core.bot_messages(NEWCOMER) == []
    assert NEWCOMER in await _roles(harness, group_id)
    assert await _audit(harness) == [(ADMIN_ID, "role.add", group_id, str(NEWCOMER))]


async def test_an_id_telegram_does_not_know_is_named_by_its_number(
    harness: HandlerHarness,
) -> None:
    """An id Telegram cannot name (no such person) is still added, shown as its number."""
    group_id = await _ready(harness)
    unknown = 630_000_099
    messages = await harness.send(ADMIN_ID, f"/facilitators add {group_id} {unknown}")
    assert f"the person with id {unknown} is now a facilitator" in _text(messages[0])


async def test_username_and_bad_arguments_are_explained(harness: HandlerHarness) -> None:
    """An @username is refused with the reason and what to do; junk gets the usage."""
    group_id = await _ready(harness)
    [why] = await harness.send(ADMIN_ID, f"/facilitators add {group_id} @robin")
    assert "by @username alone" in _text(why)
    assert "numeric id" in _text(why)
    [usage] = await harness.send(ADMIN_ID, "/facilitators make robin")
    assert "Adding or removing a facilitator" in _text(usage)
    [unknown] = await harness.send(ADMIN_ID, f"/facilitators add -42 {MEMBER}")
    assert "I don't know that group" in _text(unknown)
    assert await _audit(harness) == []


async def test_id_alone_offers_the_groups(harness: HandlerHarness) -> None:
    """'/facilitators add <user id>' offers each group; the button adds them."""
    group_id = await _ready(harness)
    [offer] = await harness.send(ADMIN_ID, f"/facilitators add {MEMBER}")
    assert offer.button_texts() == [
        "➕ Make facilitator of Tuesday circle",
        "Make them a supervisor",
    ]
    mark = harness.core.mark()
    await harness.press(ADMIN_ID, offer, AddFacilitator(group_id, MEMBER).pack())
    [done] = harness.new_messages(ADMIN_ID, mark.message_seq)
    assert "Robin is now a facilitator" in _text(done)


async def test_forwarded_message_then_group_and_add(harness: HandlerHarness) -> None:
    """An admin forwards a member's message, picks the group, and the member is added."""
    group_id = await _ready(harness)
    mark = harness.core.mark()
    harness.core.inject_forward(ADMIN_ID, "a message", origin_user_id=MEMBER)
    await harness.deliver()
    [offer] = harness.new_messages(ADMIN_ID, mark.message_seq)
    assert "What should change for Robin" in _text(offer)
    mark = harness.core.mark()
    await harness.press(ADMIN_ID, offer, AddFacilitator(group_id, MEMBER).pack())
    [done] = harness.new_messages(ADMIN_ID, mark.message_seq)
    assert "Robin is now a facilitator of Tuesday circle" in _text(done)
    assert MEMBER in await _roles(harness, group_id)


async def test_forward_from_hidden_user_is_explained(harness: HandlerHarness) -> None:
    """A hidden sender cannot be added: the admin is told to reply in the group or use the id."""
    await _ready(harness)
    mark = harness.core.mark()
    harness.core.inject_forward(ADMIN_ID, "a message", origin_name="Someone")
    await harness.deliver()
    [why] = harness.new_messages(ADMIN_ID, mark.message_seq)
    assert "privacy settings hide" in _text(why)
    assert "numeric id" in _text(why)


async def test_member_forward_is_left_to_the_features(harness: HandlerHarness) -> None:
    """A member's forwarded text is not taken as a role change."""
    await _ready(harness)
    mark = harness.core.mark()
    harness.core.inject_forward(MEMBER, "a message", origin_user_id=CO_FACILITATOR)
    await harness.deliver()
    for message in harness.new_messages(MEMBER, mark.message_seq):
        assert "What should change" not in _text(message)
    assert await _audit(harness) == []


async def test_list_then_remove_with_confirmation_and_warning(harness: HandlerHarness) -> None:
    """The list shows names; removing both asks first, warns when none is left, tells them."""
    group_id = await _ready(harness)
    [listing] = await harness.send(ADMIN_ID, "/facilitators")
    assert "Tuesday circle" in _text(listing)
    assert "• F" in _text(listing)
    assert len(listing.button_texts()) == 2
    for person in (FACILITATOR, CO_FACILITATOR):
        mark = harness.core.mark()
        await harness.press(ADMIN_ID, listing, AskRemoval(group_id, person).pack())
        [ask] = harness.new_messages(ADMIN_ID, mark.message_seq)
        assert ask.button_texts() == ["Yes, remove", "Keep"]
        assert await _roles(harness, group_id) != [], "asking changes nothing"
        mark = harness.core.mark()
        await harness.press(ADMIN_ID, ask, RemoveFacilitator(group_id, person).pack())
        answers = [_text(m) for m in harness.new_messages(ADMIN_ID, mark.message_seq)]
        assert "is no longer a facilitator of Tuesday circle" in answers[0]
        [goodbye] = harness.new_messages(person, mark.message_seq)
        assert "no longer a facilitator" in _text(goodbye)
        assert "flags" not in _menus_for(harness, person)[-1]
    assert any("has no facilitator now" in answer for answer in answers)
    assert await _roles(harness, group_id) == []
    assert [row[1] for row in await _audit(harness)] == ["role.remove", "role.remove"]
    assert await services_of(harness.app).roles.role_of(FACILITATOR) is Role.MEMBER


async def test_forged_buttons_from_a_member_change_nothing(harness: HandlerHarness) -> None:
    """A member pressing forged fac: buttons is refused and nothing changes."""
    group_id = await _ready(harness)
    [own] = await harness.send(MEMBER, "/help")
    for data in (
        RemoveFacilitator(group_id, FACILITATOR).pack(),
        AddFacilitator(group_id, MEMBER).pack(),
        AskRemoval(group_id, FACILITATOR).pack(),
    ):
        mark = harness.core.mark()
        await harness.press(MEMBER, own, data)
        [refused] = harness.new_messages(MEMBER, mark.message_seq)
        assert "only for the people who run this bot" in _text(refused)
    assert await _roles(harness, group_id) == [FACILITATOR, CO_FACILITATOR]
    assert await _audit(harness) == []


async def test_keep_and_stale_buttons(harness: HandlerHarness) -> None:
    """'Keep' changes nothing; a malformed or outdated button says it has expired."""
    group_id = await _ready(harness)
    [listing] = await harness.send(ADMIN_ID, "/facilitators")
    for data, expected in (
        (KeepFacilitator().pack(), "Nothing changed"),
        ("fac:rm:x:1", "expired"),
        (AskRemoval(group_id, MEMBER).pack(), "expired"),
    ):
        mark = harness.core.mark()
        await harness.press(ADMIN_ID, listing, data)
        [answer] = harness.new_messages(ADMIN_ID, mark.message_seq)
        assert expected in _text(answer), data
    assert await _audit(harness) == []


async def test_member_menus_are_published_in_every_language(harness: HandlerHarness) -> None:
    """At start the bot sets the members' menu once per interface language, in that language."""
    calls = [
        call.params
        for call in harness.core.get_calls("setMyCommands")
        if call.params.get("scope", {}).get("type") == "all_private_chats"
    ]
    by_language = {params.get("language_code"): params["commands"] for params in calls}
    assert set(SUPPORTED_LANGUAGES) <= set(by_language)
    texts = services_of(harness.app).texts
    for language in SUPPORTED_LANGUAGES:
        described = {item["command"]: item["description"] for item in by_language[language]}
        assert described["crisis"] == texts.get(language, "cmd-crisis")
    assert by_language["de"] != by_language["fr"]
