"""Join requests, their approval and decline, invite links and joining through them."""

from __future__ import annotations

import pytest

from bot.devtools.emulator import EmulatorCore, UserActionRefused
from tests.devtools.emulator_calls import confirm_all, kinds, ok, refused


@pytest.fixture
def core() -> EmulatorCore:
    """A fresh core with bot token 42:T."""
    return EmulatorCore("42:T")


def _gate(core: EmulatorCore, rights: set[str] | None = None) -> tuple[int, int, int]:
    """Return (group id, owner id, applicant id); the bot holds `rights` (default: invite)."""
    owner, applicant = core.add_user("Owner"), core.add_user("Applicant")
    group = core.add_group("G", supergroup=True, bot_is_member=False)
    core.make_admin(group.id, owner.id, owner=True)
    core.add_bot_to_group(group.id, owner.id, rights=rights or {"can_invite_users"})
    confirm_all(core)
    return group.id, owner.id, applicant.id


def test_join_request_update_and_private_window(core: EmulatorCore) -> None:
    """The update carries user_chat_id, bio and link; the bot may write for 5 minutes."""
    chat_id, _owner, applicant = _gate(core)
    core.never_started(applicant)
    url = ok(core, "createChatInviteLink", chat_id=chat_id, creates_join_request=True)
    update = core.join_via_link(applicant, url["invite_link"])
    assert update is not None
    request = update["chat_join_request"]
    assert (request["user_chat_id"], request["chat"]["id"]) == (applicant, chat_id)
    assert request["invite_link"]["creates_join_request"] is True
    assert request["invite_link"]["invite_link"] == url["invite_link"]
    ok(core, "sendMessage", chat_id=applicant, text="Hello, a question first")
    core.advance_clock(301)
    status, body = core.call("sendMessage", {"chat_id": applicant, "text": "still there?"})
    assert (status, body["description"]) == (
        403,
        "Forbidden: bot can't initiate conversation with a user",
    )


def test_join_request_bio_and_no_update_without_the_right(core: EmulatorCore) -> None:
    """Only a bot with can_invite_users receives join requests."""
    chat_id, owner, applicant = _gate(core, {"can_pin_messages"})
    assert core.inject_join_request(chat_id, applicant, bio="hi") is None
    assert core.join_requests(chat_id) == [applicant]
    core.set_bot_rights(chat_id, {"can_invite_users"}, by_user_id=owner)
    other = core.add_user("Other").id
    update = core.inject_join_request(chat_id, other, bio="hello")
    assert update is not None
    assert update["chat_join_request"]["bio"] == "hello"


def test_approve_makes_a_member_with_chat_member_update(core: EmulatorCore) -> None:
    """Approving: member status, chat_member via_join_request, new_chat_members message."""
    chat_id, _owner, applicant = _gate(core)
    core.never_started(applicant)
    core.inject_join_request(chat_id, applicant)
    assert kinds(core) == ["chat_join_request"]
    confirm_all(core)
    ok(core, "approveChatJoinRequest", chat_id=chat_id, user_id=applicant)
    assert core.member_status(chat_id, applicant) == "member"
    updates = ok(core, "getUpdates")
    assert [next(k for k in u if k != "update_id") for u in updates] == ["chat_member", "message"]
    assert updates[0]["chat_member"]["via_join_request"] is True
    assert updates[1]["message"]["new_chat_members"][0]["id"] == applicant
    status, _ = core.call("sendMessage", {"chat_id": applicant, "text": "welcome"})
    assert status == 403  # the window closed with the decision
    assert refused(core, "approveChatJoinRequest", chat_id=chat_id, user_id=applicant) == (
        "Bad Request: USER_ALREADY_PARTICIPANT"
    )


def test_approve_and_decline_refusals(core: EmulatorCore) -> None:
    """No pending request, or no can_invite_users: refused like Telegram."""
    chat_id, owner, applicant = _gate(core, {"can_delete_messages"})
    core.inject_join_request(chat_id, applicant)
    for method in ("approveChatJoinRequest", "declineChatJoinRequest"):
        assert refused(core, method, chat_id=chat_id, user_id=applicant) == (
            "Bad Request: CHAT_ADMIN_REQUIRED"
        )
    core.set_bot_rights(chat_id, {"can_invite_users"}, by_user_id=owner)
    stranger = core.add_user("Stranger").id
    assert refused(core, "declineChatJoinRequest", chat_id=chat_id, user_id=stranger) == (
        "Bad Request: HIDE_REQUESTER_MISSING"
    )
    ok(core, "declineChatJoinRequest", chat_id=chat_id, user_id=applicant)
    assert core.join_requests(chat_id) == []
    assert core.member_status(chat_id, applicant) == "left"
    assert "HIDE_REQUESTER_MISSING" in refused(
        core, "approveChatJoinRequest", chat_id=chat_id, user_id=applicant
    )


def test_create_link_validation(core: EmulatorCore) -> None:
    """Rights, name length and creates_join_request xor member_limit are checked."""
    chat_id, owner, _ = _gate(core, {"can_pin_messages"})
    assert refused(core, "createChatInviteLink", chat_id=chat_id) == (
        "Bad Request: not enough rights to manage chat invite links"
    )
    core.set_bot_rights(chat_id, {"can_invite_users"}, by_user_id=owner)
    both = {"creates_join_request": True, "member_limit": 5}
    assert "member_limit" in refused(core, "createChatInviteLink", chat_id=chat_id, **both)
    assert "too long" in refused(core, "createChatInviteLink", chat_id=chat_id, name="n" * 33)
    assert "member_limit" in refused(core, "createChatInviteLink", chat_id=chat_id, member_limit=0)
    link = ok(core, "createChatInviteLink", chat_id=chat_id, name="n" * 32, member_limit=1)
    assert (link["name"], link["member_limit"], link["is_primary"]) == ("n" * 32, 1, False)
    assert link["creator"]["id"] == core.bot.id


def test_edit_revoke_and_export_links(core: EmulatorCore) -> None:
    """Links can be edited and revoked; export makes a new primary link."""
    chat_id, owner, applicant = _gate(core)
    url = ok(core, "createChatInviteLink", chat_id=chat_id, name="old")["invite_link"]
    edited = ok(core, "editChatInviteLink", chat_id=chat_id, invite_link=url, name="new")
    assert (edited["name"], edited["invite_link"]) == ("new", url)
    revoked = ok(core, "revokeChatInviteLink", chat_id=chat_id, invite_link=url)
    assert revoked["is_revoked"] is True
    with pytest.raises(UserActionRefused):
        core.join_via_link(applicant, url)
    first = ok(core, "exportChatInviteLink", chat_id=chat_id)
    second = ok(core, "exportChatInviteLink", chat_id=chat_id)
    assert first != second
    stored = {link["invite_link"]: link for link in core.invite_links(chat_id)}
    assert (stored[first]["is_revoked"], stored[second]["is_primary"]) == (True, True)
    assert "not found" in refused(
        core, "revokeChatInviteLink", chat_id=chat_id, invite_link="https://t.me/+nope"
    )
    theirs = core.create_invite_link(chat_id, owner)
    assert "another administrator" in refused(
        core, "editChatInviteLink", chat_id=chat_id, invite_link=theirs, name="x"
    )


def test_join_through_a_plain_link(core: EmulatorCore) -> None:
    """A link without approval: chat_member (with the link) and a service message; limits."""
    chat_id, _owner, applicant = _gate(core)
    url = ok(core, "createChatInviteLink", chat_id=chat_id, member_limit=1)["invite_link"]
    update = core.join_via_link(applicant, url)
    assert update is not None
    assert update["chat_member"]["invite_link"]["invite_link"] == url
    assert update["chat_member"]["new_chat_member"]["status"] == "member"
    assert kinds(core) == ["chat_member", "message"]
    late = core.add_user("Late").id
    with pytest.raises(UserActionRefused):
        core.join_via_link(late, url)


def test_others_links_are_shown_shortened(core: EmulatorCore) -> None:
    """A link another admin created reaches the bot with its end replaced by '...'."""
    chat_id, owner, applicant = _gate(core)
    theirs = core.create_invite_link(chat_id, owner, creates_join_request=True)
    update = core.join_via_link(applicant, theirs)
    assert update is not None
    shown = update["chat_join_request"]["invite_link"]["invite_link"]
    assert shown.endswith("...")
    assert shown != theirs
    assert update["chat_join_request"]["invite_link"]["pending_join_request_count"] == 1
