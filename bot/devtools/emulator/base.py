"""Shared state of the emulator core: one lock/condition guards everything below."""

from __future__ import annotations

import itertools
import threading
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from .faults import FaultBook
from .flood import FloodLimiter
from .models import JSON, ApiError, CallRecord, Chat, FileRecord, StoredMessage, User, bad_request
from .rights import admin_fields, refresh, restricted_fields

Listener = Callable[[], None]

DEFAULT_ALLOWED = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


class CoreBase:
    """Fields and small helpers used by every part of the core; all access under `_lock`."""

    def __init__(self, token: str, bot_username: str = "peer_test_bot") -> None:
        """Create an empty world with one bot identified by `token`."""
        self.token = token
        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)
        self._listeners: list[Listener] = []
        bot_id = int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else 1
        self.bot = User(bot_id, "Peer Test Bot", username=bot_username, is_bot=True)
        self.bot.language_code = None
        self.revoked = False
        self.users: dict[int, User] = {}
        self.chats: dict[int, Chat] = {}
        self.messages: dict[int, list[StoredMessage]] = {}
        self.files: dict[str, FileRecord] = {}
        self.updates: list[JSON] = []
        self.allowed_updates: list[str] | None = None
        self.webhook: JSON | None = None
        self.calls: list[CallRecord] = []
        self.callback_queries: dict[str, JSON] = {}
        self.callback_answers: dict[str, JSON] = {}
        self.commands: dict[tuple[str, str], list[JSON]] = {}
        self.faults = FaultBook()
        self.flood: FloodLimiter | None = None
        self.status_counts: Counter[int] = Counter()
        self.injected_update_ids: list[int] = []
        self.waiting_polls = 0
        self._next_update_id = 100_000
        self._message_seq = 0
        self._cursors: dict[int, int] = {}
        self._next_message_id: dict[int, int] = {}
        self._ids = itertools.count(1)
        self.clock_offset = 0.0

    # -- notification -------------------------------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        """Call `listener()` (from any thread, under the lock) after every state change."""
        with self._lock:
            self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        """Stop notifying `listener`."""
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def _changed(self) -> None:
        """Wake blocking waiters and listeners; caller holds the lock."""
        self._cond.notify_all()
        for listener in list(self._listeners):
            listener()

    def set_waiting_polls(self, delta: int) -> None:
        """HTTP layer hook: a long poll started (+1) or stopped (-1) waiting.

        Only blocking waiters (tests waiting for a poll) are woken: the listeners are the
        long polls themselves, and waking them for their own note made every idle poll spin."""
        with self._lock:
            self.waiting_polls += delta
            self._cond.notify_all()

    # -- lookups ------------------------------------------------------------------------------

    def _chat(self, chat_id: int) -> Chat:
        """Return a known chat or raise 400 chat not found."""
        chat = self.chats.get(chat_id)
        if chat is None:
            raise bad_request("chat not found")
        return chat

    def _user(self, user_id: int) -> User:
        """Return a known user (test error if unknown)."""
        if user_id == self.bot.id:
            return self.bot
        if user_id not in self.users:
            raise KeyError(f"unknown user {user_id}; create it with add_user()")
        return self.users[user_id]

    def _message(self, chat_id: int, message_id: int) -> StoredMessage | None:
        """Return the stored message or None."""
        for message in self.messages.get(chat_id, []):
            if message.message_id == message_id:
                return message
        return None

    def _new_id(self, prefix: str) -> str:
        """Return a fresh opaque identifier."""
        return f"{prefix}{next(self._ids):08d}"

    # -- storing ------------------------------------------------------------------------------

    def _store(self, chat_id: int, from_bot: bool, api: JSON, **fields: Any) -> StoredMessage:
        """Allocate a message id in the chat, store the message and return it."""
        message_id = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = message_id + 1
        self._message_seq += 1
        date = self.now()
        api = {"message_id": message_id, "date": date, **api}
        api["chat"] = self._chat(chat_id).to_api()
        message = StoredMessage(chat_id, message_id, self._message_seq, date, from_bot, api)
        for key, value in fields.items():
            setattr(message, key, value)
        self.messages.setdefault(chat_id, []).append(message)
        return message

    def _push_update(self, kind: str, payload: JSON) -> JSON:
        """Append an update of `kind` with the next update_id; wake pollers."""
        update_id = self._next_update_id
        self._next_update_id += 1
        update: JSON = {"update_id": update_id, kind: payload}
        self.updates.append(update)
        self.injected_update_ids.append(update_id)
        self._changed()
        return update

    def _add_file(self, data: bytes, filename: str | None, folder: str) -> FileRecord:
        """Store file bytes under a new file_id and file_path."""
        file_id = self._new_id("FILE")
        name = filename or "file"
        record = FileRecord(file_id, "U" + file_id, f"{folder}/{file_id}_{name}", data, filename)
        self.files[file_id] = record
        return record

    # -- API JSON ------------------------------------------------------------------------------

    def now(self) -> int:
        """The emulator's clock (Unix seconds): real time plus what advance_clock() added."""
        return int(time.time() + self.clock_offset)

    def member_json(
        self,
        user: User,
        status: str,
        until_date: int | None = None,
        *,
        rights: JSON | None = None,
        permissions: JSON | None = None,
    ) -> JSON:
        """Return a ChatMember object of the given status with all fields PTB requires."""
        data: JSON = {"user": user.to_api(), "status": status}
        if status == "creator":
            data["is_anonymous"] = False
        elif status == "administrator":
            data.update(admin_fields(rights))
        elif status == "restricted":
            data.update(restricted_fields(permissions or {}, until_date or 0))
        elif status == "kicked":
            data["until_date"] = until_date or 0
        elif status == "member" and until_date:
            data["until_date"] = until_date
        return data

    def chat_member_json(self, chat: Chat, user_id: int) -> JSON:
        """Return the ChatMember of a user (or the bot) in a chat as it stands now."""
        refresh(chat, self.now())
        user = self._user(user_id)
        if user_id == self.bot.id:
            return self.member_json(user, chat.bot_status, rights=chat.bot_rights)
        if chat.type == "private":
            return self.member_json(user, "member" if user_id == chat.id else "left")
        status = chat.members.get(user_id, "left")
        return self.member_json(
            user,
            status,
            chat.until.get(user_id),
            rights=chat.admin_rights.get(user_id),
            permissions=chat.permissions.get(user_id),
        )

    def bot_can(self, chat: Chat, right: str) -> bool:
        """Whether the bot is an administrator of `chat` holding `right`."""
        if chat.bot_status != "administrator":
            return False
        return bool(admin_fields(chat.bot_rights).get(right, False))

    def _push_chat_member(self, chat: Chat, payload: JSON) -> JSON | None:
        """Push a chat_member update; Telegram sends them only to administrator bots."""
        if chat.bot_status != "administrator":
            return None
        return self._push_update("chat_member", payload)

    def _error_for_chat_access(self, chat: Chat) -> ApiError | None:
        """Return 403 when the bot is not a member of a group chat."""
        if chat.type != "private" and chat.bot_status in ("left", "kicked"):
            return ApiError(403, f"Forbidden: bot is not a member of the {chat.type} chat")
        return None
