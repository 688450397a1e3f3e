"""The bot's administrator rights per group, admins and owners, and chat_member delivery."""

from __future__ import annotations

import pytest

from bot.devtools.emulator import EmulatorCore
from tests.devtools.emulator_calls import kinds, ok


@pytest.fixture
def core() -> EmulatorCore:
    """A fresh core with bot token 42:T."""
    return EmulatorCore("42:T")


def test_exact_rights_are_reported_and_carried_by_my_chat_member(core: EmulatorCore) -> None:
    """rights= gives exactly those rights; getChatMember and my_chat_member show them."""
    owner = core.add_user("Owner")
    group = core.add_group("G", supergroup=True, bot_is_member=False)
    core.make_admin(group.id, owner.id, owner=True)
    update = core.add_bot_to_group(group.id, owner.id, rights={"can_invite_users"})
    new = update["my_chat_member"]["new_chat_member"]
    assert new["status"] == "administrator"
    assert (new["can_invite_users"], new["can_restrict_members"]) == (True, False)
    assert (new["can_delete_messages"], new["can_pin_messages"]) == (False, False)
    assert new["can_manage_chat"] is True
    member = ok(core, "getChatMember", chat_id=group.id, user_id=core.bot.id)
    assert member == new
    changed = core.set_bot_rights(group.id, {"can_pin_messages"}, by_user_id=owner.id)
    change = changed["my_chat_member"]
    assert change["old_chat_member"]["can_invite_users"] is True
    assert change["new_chat_member"]["can_invite_users"] is False
    assert change["new_chat_member"]["can_pin_messages"] is True


def test_as_admin_still_means_all_usual_rights(core: EmulatorCore) -> None:
    """add_bot_to_group(as_admin=True) grants delete, restrict, invite and pin rights."""
    owner = core.add_user("Owner")
    group = core.add_group("G", bot_is_member=False)
    new = core.add_bot_to_group(group.id, owner.id, as_admin=True)["my_chat_member"]
    rights = new["new_chat_member"]
    wanted = ("can_delete_messages", "can_restrict_members", "can_invite_users")
    assert all(rights[name] for name in (*wanted, "can_pin_messages"))


def test_unknown_right_is_a_test_error(core: EmulatorCore) -> None:
    """A misspelt right name fails loudly instead of granting nothing."""
    owner = core.add_user("Owner")
    group = core.add_group("G")
    with pytest.raises(ValueError, match="can_ban"):
        core.set_bot_rights(group.id, {"can_ban"}, by_user_id=owner.id)


def test_user_admins_and_owner_are_reported(core: EmulatorCore) -> None:
    """make_admin makes owners and administrators with the given rights."""
    owner, helper = core.add_user("Owner"), core.add_user("Helper")
    group = core.add_group("G", supergroup=True, bot_is_admin=True)
    core.make_admin(group.id, owner.id, owner=True)
    core.make_admin(group.id, helper.id, rights={"can_delete_messages"})
    member = ok(core, "getChatMember", chat_id=group.id, user_id=helper.id)
    assert (member["status"], member["can_delete_messages"]) == ("administrator", True)
    assert member["can_restrict_members"] is False
    admins = ok(core, "getChatAdministrators", chat_id=group.id)
    assert sorted(a["status"] for a in admins) == ["administrator", "administrator", "creator"]


def test_chat_member_updates_only_reach_an_admin_bot(core: EmulatorCore) -> None:
    """Telegram sends chat_member updates only to bots that administer the chat."""
    ann = core.add_user("Ann")
    plain = core.add_group("Plain")
    admin = core.add_group("Admin", bot_is_admin=True)
    assert core.user_joins(plain.id, ann.id) is None
    assert core.user_joins(admin.id, ann.id) is not None
    assert kinds(core) == ["message", "chat_member", "message"]


def test_chat_member_updates_need_allowed_updates(core: EmulatorCore) -> None:
    """Without chat_member in allowed_updates the bot never sees them."""
    ann = core.add_user("Ann")
    group = core.add_group("G", bot_is_admin=True)
    core.user_joins(group.id, ann.id)
    result = ok(core, "getUpdates")
    assert ["chat_member" in update for update in result] == [False]
    assert kinds(core) == ["message"]  # the chat_member update was dropped for good


def test_group_created_with_rights_keeps_them_when_upgraded(core: EmulatorCore) -> None:
    """add_group(bot_rights=...) sets rights silently; a supergroup upgrade keeps them."""
    owner = core.add_user("Owner")
    group = core.add_group("G", bot_rights={"can_delete_messages"})
    core.make_admin(group.id, owner.id, owner=True)
    assert ok(core, "getUpdates") == []
    new_id = core.migrate_group(group.id, notify=False)
    member = ok(core, "getChatMember", chat_id=new_id, user_id=core.bot.id)
    assert (member["status"], member["can_delete_messages"]) == ("administrator", True)
    assert member["can_invite_users"] is False
    assert ok(core, "getChatMember", chat_id=new_id, user_id=owner.id)["status"] == "creator"
