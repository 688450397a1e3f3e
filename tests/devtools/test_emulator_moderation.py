"""restrictChatMember, banChatMember, unbanChatMember: Telegram's refusals and effects."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.devtools.emulator import EmulatorCore, UserActionRefused
from tests.devtools.emulator_calls import kinds, ok, refused

MUTED = {"can_send_messages": False}
HOUR = 3600


@dataclass
class Room:
    """A supergroup with an owner, an admin and a member; the bot's rights set per test."""

    core: EmulatorCore
    chat_id: int
    owner: int
    admin: int
    member: int


@pytest.fixture
def room() -> Room:
    """A supergroup where the bot is an administrator with all usual rights."""
    core = EmulatorCore("42:T")
    owner, admin, member = core.add_user("Owner"), core.add_user("Ad"), core.add_user("Mo")
    group = core.add_group("G", supergroup=True, bot_is_admin=True)
    core.make_admin(group.id, owner.id, owner=True)
    core.make_admin(group.id, admin.id)
    core.set_member_status(group.id, member.id, "member")
    return Room(core, group.id, owner.id, admin.id, member.id)


def test_restrict_needs_the_right(room: Room) -> None:
    """Without can_restrict_members (or as a plain member) restricting is refused."""
    core = room.core
    core.set_bot_rights(room.chat_id, {"can_delete_messages"}, by_user_id=room.owner)
    params = {"chat_id": room.chat_id, "user_id": room.member, "permissions": MUTED}
    assert refused(core, "restrictChatMember", **params) == (
        "Bad Request: not enough rights to restrict/unrestrict chat member"
    )
    for method in ("banChatMember", "unbanChatMember"):
        assert "not enough rights" in refused(core, method, **{**params, "permissions": None})
    assert core.member_status(room.chat_id, room.member) == "member"


def test_admins_and_owner_are_protected(room: Room) -> None:
    """The owner and administrators cannot be restricted or banned."""
    core = room.core
    base = {"chat_id": room.chat_id, "permissions": MUTED}
    assert refused(core, "restrictChatMember", **base, user_id=room.admin) == (
        "Bad Request: user is an administrator of the chat"
    )
    assert "owner" in refused(core, "restrictChatMember", **base, user_id=room.owner)
    assert refused(core, "banChatMember", chat_id=room.chat_id, user_id=room.owner) == (
        "Bad Request: can't remove chat owner"
    )
    assert "administrator" in refused(
        core, "banChatMember", chat_id=room.chat_id, user_id=room.admin
    )


def test_restrict_is_for_supergroups_only() -> None:
    """restrictChatMember in a basic group is refused like Telegram does."""
    core = EmulatorCore("42:T")
    ann = core.add_user("Ann")
    group = core.add_group("G", bot_is_admin=True, members={ann.id: "member"})
    params = {"chat_id": group.id, "user_id": ann.id, "permissions": MUTED}
    assert "only for supergroups" in refused(core, "restrictChatMember", **params)


def test_a_muted_member_cannot_post_and_the_mute_lifts_by_itself(room: Room) -> None:
    """A timed mute is reported with its until_date, refuses posts, then lifts on the clock."""
    core = room.core
    until = core.now() + HOUR
    ok(
        core,
        "restrictChatMember",
        chat_id=room.chat_id,
        user_id=room.member,
        permissions=MUTED,
        until_date=until,
    )
    assert kinds(core) == ["chat_member"]
    member = ok(core, "getChatMember", chat_id=room.chat_id, user_id=room.member)
    assert (member["status"], member["until_date"]) == ("restricted", until)
    assert (member["can_send_messages"], member["is_member"]) == (False, True)
    with pytest.raises(UserActionRefused):
        core.inject_message(room.member, "hello?", room.chat_id)
    core.advance_clock(HOUR + 1)
    assert core.member_status(room.chat_id, room.member) == "member"
    core.inject_message(room.member, "back", room.chat_id)


def test_until_date_too_close_or_too_far_means_forever(room: Room) -> None:
    """until_date under 30 s or over 366 days from now is kept as 0 (forever)."""
    core = room.core
    for until in (core.now() + 10, core.now() + 367 * 24 * HOUR):
        ok(
            core,
            "restrictChatMember",
            chat_id=room.chat_id,
            user_id=room.member,
            permissions=MUTED,
            until_date=until,
        )
        member = ok(core, "getChatMember", chat_id=room.chat_id, user_id=room.member)
        assert member["until_date"] == 0


def test_permission_implications_and_full_permissions_lift(room: Room) -> None:
    """can_send_other_messages implies message and media sends unless independent."""
    core = room.core
    base = {"chat_id": room.chat_id, "user_id": room.member}
    ok(core, "restrictChatMember", **base, permissions={"can_send_other_messages": True})
    member = ok(core, "getChatMember", **base)
    assert (member["can_send_messages"], member["can_send_photos"]) == (True, True)
    ok(
        core,
        "restrictChatMember",
        **base,
        permissions={"can_send_other_messages": True},
        use_independent_chat_permissions=True,
    )
    assert ok(core, "getChatMember", **base)["can_send_messages"] is False
    with pytest.raises(UserActionRefused):
        core.inject_message(room.member, "text", room.chat_id)
    core.inject_sticker(room.member, chat_id=room.chat_id)
    everything = {name: True for name in member if name.startswith("can_")}
    ok(core, "restrictChatMember", **base, permissions=everything)
    assert core.member_status(room.chat_id, room.member) == "member"
    assert "unknown permission" in refused(
        core, "restrictChatMember", **base, permissions={"can_shout": False}
    )


def test_ban_removes_the_member_and_revokes_messages(room: Room) -> None:
    """A ban makes the user kicked (chat_member update), deletes with revoke_messages."""
    core = room.core
    posted = core.inject_message(room.member, "spam spam", room.chat_id)
    kinds(core)
    ok(core, "banChatMember", chat_id=room.chat_id, user_id=room.member, revoke_messages=True)
    assert kinds(core) == ["message", "chat_member"]
    assert core.member_status(room.chat_id, room.member) == "kicked"
    assert posted["message_id"] not in [m.message_id for m in core.chat_history(room.chat_id)]
    with pytest.raises(UserActionRefused):
        core.inject_message(room.member, "let me in", room.chat_id)
    with pytest.raises(UserActionRefused):
        core.user_joins(room.chat_id, room.member)


def test_a_timed_ban_lifts_by_itself(room: Room) -> None:
    """A ban with until_date ends on the emulator's clock; the user may join again."""
    core = room.core
    until = core.now() + 2 * HOUR
    ok(core, "banChatMember", chat_id=room.chat_id, user_id=room.member, until_date=until)
    assert ok(core, "getChatMember", chat_id=room.chat_id, user_id=room.member)["until_date"] == (
        until
    )
    core.advance_clock(2 * HOUR)
    assert core.member_status(room.chat_id, room.member) == "left"
    core.user_joins(room.chat_id, room.member)


def test_unban(room: Room) -> None:
    """unbanChatMember lifts a ban; without only_if_banned it removes a current member."""
    core = room.core
    chat, member = room.chat_id, room.member
    ok(core, "unbanChatMember", chat_id=chat, user_id=member, only_if_banned=True)
    assert core.member_status(chat, member) == "member"
    ok(core, "unbanChatMember", chat_id=chat, user_id=member)
    assert core.member_status(chat, member) == "left"
    ok(core, "banChatMember", chat_id=chat, user_id=member)
    ok(core, "unbanChatMember", chat_id=chat, user_id=member, only_if_banned=True)
    assert core.member_status(chat, member) == "left"
    assert refused(core, "unbanChatMember", chat_id=chat, user_id=room.admin) == (
        "Bad Request: user is an administrator of the chat"
    )


def test_form_encoded_parameters_are_decoded(room: Room) -> None:
    """Over HTTP forms permissions, until_date and booleans arrive as strings."""
    core = room.core
    until = str(core.now() + 3600)
    params = {"chat_id": str(room.chat_id), "user_id": str(room.member)}
    ok(core, "restrictChatMember", **params, permissions='{"can_send_messages": false}')
    member = ok(core, "getChatMember", **params)
    assert (member["status"], member["until_date"]) == ("restricted", 0)
    ok(core, "banChatMember", **params, until_date=until, revoke_messages="true")
    assert ok(core, "getChatMember", **params)["until_date"] == int(until)
