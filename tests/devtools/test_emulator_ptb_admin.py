"""PTB's own calls and parsers against the emulator's group administration (no sockets)."""

from __future__ import annotations

import datetime as dt

from telegram import Bot, ChatMemberAdministrator, ChatMemberRestricted, ChatPermissions, Update

from bot.devtools.emulator import EmulatorCore, EmulatorRequest

TOKEN = "999:INPROC"


def _bot(core: EmulatorCore) -> Bot:
    """A PTB Bot whose requests go to `core`."""
    return Bot(TOKEN, request=EmulatorRequest(core), get_updates_request=EmulatorRequest(core))


async def test_ptb_moderates_a_supergroup() -> None:
    """restrict/ban/unban, delete_messages and pins through PTB; results parse."""
    core = EmulatorCore(TOKEN)
    owner, member = core.add_user("Owner"), core.add_user("Member")
    group = core.add_group("G", supergroup=True, members={member.id: "member"})
    core.make_admin(group.id, owner.id, owner=True)
    core.add_bot_to_group(group.id, owner.id, as_admin=True)
    posted = core.inject_message(member.id, "look: http://spam.example", group.id)["message_id"]
    async with _bot(core) as bot:
        me = await bot.get_chat_member(group.id, bot.id)
        assert isinstance(me, ChatMemberAdministrator)
        assert me.can_restrict_members
        until = dt.datetime.fromtimestamp(core.now() + 3600, tz=dt.UTC)
        muted = ChatPermissions(can_send_messages=False)
        assert await bot.restrict_chat_member(group.id, member.id, muted, until_date=until)
        restricted = await bot.get_chat_member(group.id, member.id)
        assert isinstance(restricted, ChatMemberRestricted)
        assert restricted.until_date == until.replace(microsecond=0)
        assert await bot.delete_messages(group.id, [posted])
        notice = await bot.send_message(group.id, "Please keep to our agreement.")
        assert await bot.pin_chat_message(group.id, notice.message_id)
        chat = await bot.get_chat(group.id)
        assert chat.pinned_message is not None
        assert chat.pinned_message.message_id == notice.message_id
        assert await bot.ban_chat_member(group.id, member.id, revoke_messages=True)
        assert await bot.unban_chat_member(group.id, member.id, only_if_banned=True)
    assert core.member_status(group.id, member.id) == "left"


async def test_ptb_runs_a_join_gate() -> None:
    """A join-request link, the parsed update, a private note and the approval through PTB."""
    core = EmulatorCore(TOKEN)
    owner, applicant = core.add_user("Owner"), core.add_user("Applicant")
    core.never_started(applicant.id)
    group = core.add_group("G", supergroup=True, bot_is_member=False)
    core.make_admin(group.id, owner.id, owner=True)
    core.add_bot_to_group(group.id, owner.id, rights={"can_invite_users"})
    async with _bot(core) as bot:
        link = await bot.create_chat_invite_link(group.id, name="gate", creates_join_request=True)
        assert link.creates_join_request
        payload = core.join_via_link(applicant.id, link.invite_link)
        assert payload is not None
        update = Update.de_json(payload, bot)
        assert update.chat_join_request is not None
        request = update.chat_join_request
        assert request.invite_link is not None
        assert request.invite_link.name == "gate"
        await bot.send_message(request.user_chat_id, "Hello! One question before you join.")
        assert await request.approve()
        edited = await bot.edit_chat_invite_link(group.id, link.invite_link, name="gate 2")
        assert edited.name == "gate 2"
        revoked = await bot.revoke_chat_invite_link(group.id, link.invite_link)
        assert revoked.is_revoked
        assert (await bot.export_chat_invite_link(group.id)).startswith("https://t.me/+")
    assert core.member_status(group.id, applicant.id) == "member"
