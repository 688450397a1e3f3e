"""Control API, part 3: administrator rights, the emulator's clock, member changes, pins."""

from __future__ import annotations

from collections.abc import Iterable

from .membership import MembershipMixin
from .models import JSON, Chat, StoredMessage
from .rights import exact_rights


class AdminsMixin(MembershipMixin):
    """set_bot_rights, make_admin, advance_clock, pinned, chat_history, member changes."""

    def set_bot_rights(self, chat_id: int, rights: Iterable[str], *, by_user_id: int) -> JSON:
        """Make the bot an administrator with exactly `rights` (pushes my_chat_member)."""
        return self._bot_status_change(
            chat_id, "administrator", by_user_id, rights=exact_rights(rights)
        )

    def make_admin(
        self,
        chat_id: int,
        user_id: int,
        *,
        owner: bool = False,
        rights: Iterable[str] | None = None,
    ) -> None:
        """Make a user the group's owner (creator) or an administrator, without an update."""
        with self._lock:
            chat = self._chat(chat_id)
            self._user(user_id)
            chat.members[user_id] = "creator" if owner else "administrator"
            chat.permissions.pop(user_id, None)
            chat.until.pop(user_id, None)
            if rights is not None and not owner:
                chat.admin_rights[user_id] = exact_rights(rights)
            else:
                chat.admin_rights.pop(user_id, None)
            self._changed()

    def advance_clock(self, seconds: float) -> int:
        """Move the emulator's clock forward (message ages, until_date, link expiry); new now."""
        with self._lock:
            self.clock_offset += seconds
            self._changed()
            return self.now()

    def member_status(self, chat_id: int, user_id: int) -> str:
        """Return a user's status in a chat now (timed restrictions and bans lifted)."""
        with self._lock:
            return str(self.chat_member_json(self._chat(chat_id), user_id)["status"])

    def pinned(self, chat_id: int) -> StoredMessage | None:
        """Return the chat's pinned message (the most recently pinned one), if any."""
        with self._lock:
            chat = self._chat(chat_id)
            found = self._message(chat_id, chat.pinned[-1]) if chat.pinned else None
            return found.snapshot() if found is not None else None

    def chat_history(self, chat_id: int) -> list[StoredMessage]:
        """Return snapshots of every message still in a chat (users' and the bot's)."""
        with self._lock:
            return [m.snapshot() for m in self.messages.get(chat_id, []) if not m.deleted]

    def _change_member(
        self,
        chat: Chat,
        user_id: int,
        status: str,
        by_user_id: int,
        *,
        until: int = 0,
        permissions: JSON | None = None,
        extra: JSON | None = None,
    ) -> JSON | None:
        """Set a user's status (with until/permissions) and push the chat_member update."""
        old = self.chat_member_json(chat, user_id)
        chat.members[user_id] = status
        chat.permissions.pop(user_id, None)
        chat.until.pop(user_id, None)
        if permissions is not None:
            chat.permissions[user_id] = permissions
        if until:
            chat.until[user_id] = until
        new = self.chat_member_json(chat, user_id)
        payload = self._member_update(chat, self._user(user_id).to_api(), old, new, by_user_id)
        payload.update(extra or {})
        self._changed()
        return self._push_chat_member(chat, payload)

    def _store_joined(self, chat: Chat, user_id: int) -> None:
        """Store (and push) the new_chat_members service message of a user who joined."""
        user = self._user(user_id).to_api()
        message = self._store(chat.id, False, {"from": user, "new_chat_members": [user]})
        message.kind = "service"
        self._push_update("message", dict(message.api))
