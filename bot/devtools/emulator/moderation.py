"""restrictChatMember, banChatMember and unbanChatMember, refused where Telegram refuses them."""

from __future__ import annotations

from .admins import AdminsMixin
from .models import JSON, Chat, bad_request
from .params import FileParts, int_param
from .rights import PERMISSION_NAMES, effective_until, expand_permissions

NO_RESTRICT_RIGHTS = "not enough rights to restrict/unrestrict chat member"
SUPERGROUPS_ONLY = "method is available only for supergroups"
SUPERGROUPS_AND_CHANNELS = "method is available for supergroup and channel chats only"


class ModerationMixin(AdminsMixin):
    """Mute (restrict), ban and unban members; admins and the owner are protected."""

    def _moderated(self, params: JSON) -> tuple[Chat, int]:
        """Return (chat, user id) of a moderation call after the checks every one shares."""
        chat = self._chat(int_param(params, "chat_id"))
        user_id = int_param(params, "user_id")
        error = self._error_for_chat_access(chat)
        if error:
            raise error
        if chat.type == "private":
            raise bad_request(SUPERGROUPS_AND_CHANNELS)
        if not self.bot_can(chat, "can_restrict_members"):
            raise bad_request(NO_RESTRICT_RIGHTS)
        if user_id == self.bot.id:
            raise bad_request("can't restrict self")
        if user_id not in self.users:
            raise bad_request("user not found")
        return chat, user_id

    def _protect_admins(self, chat: Chat, user_id: int, owner_error: str) -> None:
        """Refuse acting on the owner or an administrator of the chat."""
        status = chat.members.get(user_id)
        if status == "creator":
            raise bad_request(owner_error)
        if status == "administrator":
            raise bad_request("user is an administrator of the chat")

    def m_restrictchatmember(self, params: JSON, files: FileParts) -> bool:
        """Restrict (mute) a member; full permissions lift the restriction."""
        chat, user_id = self._moderated(params)
        if chat.type != "supergroup":
            raise bad_request(SUPERGROUPS_ONLY)
        self._protect_admins(chat, user_id, "can't restrict chat owner")
        independent = bool(params.get("use_independent_chat_permissions"))
        permissions = expand_permissions(params.get("permissions"), independent)
        until = effective_until(params.get("until_date"), self.now())
        status = chat.members.get(user_id, "left")
        if all(permissions[name] for name in PERMISSION_NAMES):
            if status == "restricted":
                self._change_member(chat, user_id, "member", self.bot.id)
            return True
        if status == "kicked":
            return True  # a banned user stays banned
        self._change_member(
            chat, user_id, "restricted", self.bot.id, until=until, permissions=permissions
        )
        return True

    def m_banchatmember(self, params: JSON, files: FileParts) -> bool:
        """Ban a user (until until_date); revoke_messages deletes their messages in the chat."""
        chat, user_id = self._moderated(params)
        self._protect_admins(chat, user_id, "can't remove chat owner")
        until = effective_until(params.get("until_date"), self.now())
        if chat.type == "group" or params.get("revoke_messages"):
            for message in self.messages.get(chat.id, []):
                if not message.from_bot and message.api.get("from", {}).get("id") == user_id:
                    message.deleted = True
        self._change_member(chat, user_id, "kicked", self.bot.id, until=until)
        return True

    def m_unbanchatmember(self, params: JSON, files: FileParts) -> bool:
        """Unban a user; without only_if_banned a current member is removed from the chat."""
        chat, user_id = self._moderated(params)
        if chat.type != "supergroup":
            raise bad_request(SUPERGROUPS_AND_CHANNELS)
        status = self.chat_member_json(chat, user_id)["status"]
        if status in ("creator", "administrator"):
            raise bad_request("user is an administrator of the chat")
        if status == "kicked" or (
            status in ("member", "restricted") and not params.get("only_if_banned")
        ):
            self._change_member(chat, user_id, "left", self.bot.id)
        return True
