"""Control API, part 2: buttons, membership changes, persistent fault states, flood, faults."""

from __future__ import annotations

import copy
import time
from collections.abc import Iterable

from .base import CoreBase
from .faults import FaultKind, FaultRule
from .flood import Clock, FloodConfig, FloodLimiter
from .models import JSON, Chat, StoredMessage
from .rights import exact_rights


class MembershipMixin(CoreBase):
    """press_button, my_chat_member/chat_member updates, block/kick/migrate, faults, flood."""

    def _find_button(
        self, message: StoredMessage, callback_data: str | None, text: str | None
    ) -> JSON | None:
        """Return the first inline button matching callback_data or containing `text`."""
        for row in (message.reply_markup or {}).get("inline_keyboard", []):
            for button in row:
                if callback_data is not None and button.get("callback_data") == callback_data:
                    return dict(button)
                if text is not None and text in str(button.get("text", "")):
                    return dict(button)
        return None

    def _keyboard_message(
        self, chat_id: int, message_id: int | None, callback_data: str | None, text: str | None
    ) -> tuple[StoredMessage, JSON]:
        """Find the (latest, if no id given) live bot message with a matching button."""
        candidates = [
            m
            for m in reversed(self.messages.get(chat_id, []))
            if m.from_bot and not m.deleted and (message_id is None or m.message_id == message_id)
        ]
        for message in candidates:
            button = self._find_button(message, callback_data, text)
            if button is not None:
                return message, button
        seen = [m.button_texts() for m in candidates[:5]]
        raise LookupError(
            f"no button data={callback_data!r} text~{text!r} in chat {chat_id}; "
            f"recent keyboards: {seen}"
        )

    def press_button(
        self,
        chat_id: int,
        message_id: int | None = None,
        *,
        user_id: int | None = None,
        callback_data: str | None = None,
        text: str | None = None,
    ) -> JSON:
        """Press an inline button (by callback_data or text substring) and return the query."""
        if callback_data is None and text is None:
            raise ValueError("give callback_data or text")
        with self._lock:
            message, button = self._keyboard_message(chat_id, message_id, callback_data, text)
            if "callback_data" not in button:
                raise LookupError(f"button {button.get('text')!r} has no callback_data")
            presser = self._user(user_id if user_id is not None else chat_id)
            query: JSON = {
                "id": self._new_id("CBQ"),
                "from": presser.to_api(),
                "message": copy.deepcopy(message.api),
                "chat_instance": f"ci{chat_id}",
                "data": button["callback_data"],
            }
            self.callback_queries[query["id"]] = query
            self._push_update("callback_query", copy.deepcopy(query))
            return copy.deepcopy(query)

    def callback_answer(self, query_id: str) -> JSON | None:
        """Return the bot's answerCallbackQuery params for a pressed button, if answered."""
        with self._lock:
            answer = self.callback_answers.get(query_id)
            return dict(answer) if answer is not None else None

    def _member_update(
        self, chat: Chat, user_json: JSON, old: JSON, new: JSON, by_user_id: int
    ) -> JSON:
        """Return the ChatMemberUpdated payload."""
        return {
            "chat": chat.to_api(),
            "from": self._user(by_user_id).to_api(),
            "date": self.now(),
            "old_chat_member": {**old, "user": user_json},
            "new_chat_member": {**new, "user": user_json},
        }

    def _bot_status_change(
        self,
        chat_id: int,
        new_status: str,
        by_user_id: int,
        until_date: int | None = None,
        *,
        rights: JSON | None = None,
    ) -> JSON:
        """Change the bot's status (and rights) in a chat and push a my_chat_member update."""
        with self._lock:
            chat = self._chat(chat_id)
            old = self.chat_member_json(chat, self.bot.id)
            chat.bot_status = new_status
            chat.bot_rights = rights if new_status == "administrator" else None
            new = self.member_json(self.bot, new_status, until_date, rights=chat.bot_rights)
            if new_status in ("member", "administrator"):
                self.faults.kicked_chats.pop(chat_id, None)
            payload = self._member_update(chat, self.bot.to_api(), old, new, by_user_id)
            return self._push_update("my_chat_member", payload)

    def add_bot_to_group(
        self,
        chat_id: int,
        by_user_id: int,
        *,
        as_admin: bool = False,
        rights: Iterable[str] | None = None,
    ) -> JSON:
        """A user adds the bot to a group: bot status left -> member/administrator.

        as_admin=True gives all usual rights; `rights` (implies administrator) gives exactly
        those, e.g. {"can_invite_users", "can_delete_messages"}.
        """
        exact = exact_rights(rights) if rights is not None else None
        with self._lock:
            self._chat(chat_id).bot_status = "left"
        admin = as_admin or exact is not None
        return self._bot_status_change(
            chat_id, "administrator" if admin else "member", by_user_id, rights=exact
        )

    def remove_bot_from_group(self, chat_id: int, by_user_id: int, *, kicked: bool = True) -> JSON:
        """A user removes the bot: status kicked (until_date 0) or left; later sends get 403."""
        update = self._bot_status_change(chat_id, "kicked" if kicked else "left", by_user_id, 0)
        if kicked:
            self.kick_bot(chat_id)
        return update

    def inject_chat_member(
        self,
        chat_id: int,
        user_id: int,
        new_status: str,
        *,
        by_user_id: int | None = None,
        until_date: int | None = None,
    ) -> JSON | None:
        """Change a user's status in a group; push a chat_member update if the bot is admin."""
        with self._lock:
            chat = self._chat(chat_id)
            user = self._user(user_id)
            old = self.chat_member_json(chat, user_id)
            chat.members[user_id] = new_status
            chat.permissions.pop(user_id, None)
            chat.until.pop(user_id, None)
            if until_date:
                chat.until[user_id] = until_date
            new = self.chat_member_json(chat, user_id)
            by = by_user_id if by_user_id is not None else user_id
            return self._push_chat_member(
                chat, self._member_update(chat, user.to_api(), old, new, by)
            )

    def block_bot(self, user_id: int, *, notify: bool = True) -> None:
        """The user blocks the bot: sends to the private chat get 403 (and my_chat_member)."""
        with self._lock:
            if notify:
                self._bot_status_change(user_id, "kicked", user_id, 0)
            self.faults.blocked_users.add(user_id)
            self._changed()

    def never_started(self, user_id: int) -> None:
        """The user has never written to the bot: sends to them get 403 until they do."""
        with self._lock:
            self.faults.unstarted_users.add(user_id)

    def unblock_bot(self, user_id: int, *, notify: bool = True) -> None:
        """The user unblocks the bot."""
        with self._lock:
            self.faults.blocked_users.discard(user_id)
            if notify:
                self._bot_status_change(user_id, "member", user_id)

    def kick_bot(self, chat_id: int) -> None:
        """Mark the bot kicked from a group: sends get 403 "bot was kicked from the group chat"."""
        with self._lock:
            chat = self._chat(chat_id)
            chat.bot_status = "kicked"
            self.faults.kicked_chats[chat_id] = chat.type
            self._changed()

    def migrate_group(self, old_id: int, new_id: int | None = None, *, notify: bool = True) -> int:
        """Upgrade a group to a supergroup; sends to the old id get 400 with migrate_to_chat_id."""
        with self._lock:
            old = self._chat(old_id)
            target = new_id if new_id is not None else -1_000_000_000_000 + old_id
            new = copy.deepcopy(old)
            new.id, new.type, new.invite_links, new.pinned = target, "supergroup", {}, []
            self.chats[target] = new
            if notify:
                self._store_service(old_id, {"migrate_to_chat_id": target})
                self._store_service(target, {"migrate_from_chat_id": old_id})
            old.migrated_to = target
            self.faults.migrations[old_id] = target
            self._changed()
            return target

    def _store_service(self, chat_id: int, fields: JSON) -> None:
        """Store a service message from the group anonymous sender and push it."""
        message = self._store(chat_id, False, dict(fields), kind="service")
        self._push_update("message", copy.deepcopy(message.api))

    def fail_next(
        self,
        count: int = 1,
        kind: FaultKind = "500",
        method: str | None = None,
        chat_id: int | None = None,
        *,
        retry_after: int = 5,
        description: str | None = None,
        delay: float = 3.0,
    ) -> None:
        """Make the next `count` matching calls fail with `kind` (method=None: not getUpdates)."""
        rule = FaultRule(kind, count, method, chat_id, retry_after, description, delay)
        with self._lock:
            self.faults.add(rule)

    def enable_flood_limits(
        self,
        overall_per_s: float = 30,
        per_chat_per_s: float = 1,
        per_chat_burst: int = 3,
        per_group_per_min: int = 20,
        *,
        clock: Clock | None = None,
    ) -> FloodLimiter:
        """Turn on Telegram-like flood limits for sendMessage/sendDocument/sendPhoto."""
        config = FloodConfig(overall_per_s, per_chat_per_s, per_chat_burst, per_group_per_min)
        limiter = FloodLimiter(config, clock or time.monotonic)
        with self._lock:
            self.flood = limiter
        return limiter

    def disable_flood_limits(self) -> None:
        """Turn flood limits off again."""
        with self._lock:
            self.flood = None

    def revoke_token(self) -> None:
        """Make every further call answer 401 Unauthorized (as after a token revoke)."""
        with self._lock:
            self.revoked = True
            self._changed()
