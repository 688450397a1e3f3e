"""deleteMessage(s), pinChatMessage and unpinChatMessage with Telegram's age and rights rules."""

from __future__ import annotations

from .joins import JoinsMixin
from .models import JSON, Chat, StoredMessage, bad_request
from .params import FileParts, int_param

MAX_DELETE_AGE_S = 48 * 3600
MAX_DELETE_IDS = 100
NO_PIN_RIGHTS = "not enough rights to manage pinned messages in the chat"


class PinsMixin(JoinsMixin):
    """Remove messages from a chat's history; pin and unpin them."""

    def _reachable_chat(self, params: JSON) -> Chat:
        """Return the chat of a call, checking the bot is in it."""
        chat = self._chat(int_param(params, "chat_id"))
        error = self._error_for_chat_access(chat)
        if error:
            raise error
        return chat

    def _deletable(self, chat: Chat, message: StoredMessage) -> bool:
        """Whether the bot may delete this message now (own in private: always)."""
        if chat.type == "private" and message.from_bot:
            return True
        if self.now() - message.date >= MAX_DELETE_AGE_S:
            return False
        return (
            chat.type == "private" or message.from_bot or self.bot_can(chat, "can_delete_messages")
        )

    def _remove(self, chat: Chat, message: StoredMessage) -> None:
        """Take a message out of the chat's history (and off the pinned list)."""
        message.deleted = True
        if message.message_id in chat.pinned:
            chat.pinned.remove(message.message_id)

    def m_deletemessage(self, params: JSON, files: FileParts) -> bool:
        """Delete one message: others' in groups need can_delete_messages and < 48 h of age."""
        chat = self._reachable_chat(params)
        message = self._message(chat.id, int_param(params, "message_id"))
        if message is None or message.deleted:
            raise bad_request("message to delete not found")
        if not self._deletable(chat, message):
            raise bad_request("message can't be deleted")
        self._remove(chat, message)
        return True

    def m_deletemessages(self, params: JSON, files: FileParts) -> bool:
        """Delete 1-100 messages at once; ids not found are skipped."""
        chat = self._reachable_chat(params)
        ids = params.get("message_ids")
        if not isinstance(ids, list) or not ids:
            raise bad_request("message identifiers are not specified")
        if len(ids) > MAX_DELETE_IDS:
            raise bad_request("too many message identifiers specified")
        found = [self._message(chat.id, int_param({"id": i}, "id")) for i in ids]
        live = [m for m in found if m is not None and not m.deleted]
        if not live:
            raise bad_request("message to delete not found")
        if not all(self._deletable(chat, m) for m in live):
            raise bad_request("message can't be deleted")
        for message in live:
            self._remove(chat, message)
        return True

    def _pin_chat(self, params: JSON) -> Chat:
        """Return the chat of a pin call, checking can_pin_messages in groups."""
        chat = self._reachable_chat(params)
        if chat.type != "private" and not self.bot_can(chat, "can_pin_messages"):
            raise bad_request(NO_PIN_RIGHTS)
        return chat

    def m_pinchatmessage(self, params: JSON, files: FileParts) -> bool:
        """Pin a message (it becomes the chat's pinned_message)."""
        chat = self._pin_chat(params)
        message_id = int_param(params, "message_id")
        message = self._message(chat.id, message_id)
        if message is None or message.deleted:
            raise bad_request("message to pin not found")
        if message_id in chat.pinned:
            chat.pinned.remove(message_id)
        chat.pinned.append(message_id)
        return True

    def m_unpinchatmessage(self, params: JSON, files: FileParts) -> bool:
        """Unpin a message (by default the most recently pinned one)."""
        chat = self._pin_chat(params)
        if params.get("message_id") is None:
            if chat.pinned:
                chat.pinned.pop()
            return True
        message_id = int_param(params, "message_id")
        if message_id not in chat.pinned:
            raise bad_request("message to unpin not found")
        chat.pinned.remove(message_id)
        return True
