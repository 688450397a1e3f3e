"""Control API, part 1: users, chats and messages injected on behalf of users."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from typing import Any

from .base import CoreBase
from .html import utf16_len
from .models import GROUP_ANONYMOUS_BOT_ID, JSON, Chat, User, UserActionRefused
from .rights import exact_rights, refresh, send_refusal

_COMMAND = re.compile(r"(?<!\S)/[a-zA-Z0-9_]{1,32}(?:@[a-zA-Z0-9_]{3,32})?")


def command_entities(text: str) -> list[JSON]:
    """Return the bot_command entities Telegram would attach to a user's text."""
    return [
        {
            "type": "bot_command",
            "offset": utf16_len(text[: match.start()]),
            "length": utf16_len(match.group(0)),
        }
        for match in _COMMAND.finditer(text)
    ]


class InjectMixin(CoreBase):
    """Create users and chats; inject messages as users (each becomes an update)."""

    def add_user(
        self,
        first_name: str = "Test",
        user_id: int | None = None,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        is_bot: bool = False,
    ) -> User:
        """Create a user (and its private chat with the bot) and return it."""
        with self._lock:
            uid = user_id if user_id is not None else 10_000_000 + len(self.users) + 1
            user = User(uid, first_name, last_name, username, language_code, is_bot)
            self.users[uid] = user
            self.chats[uid] = Chat(uid, "private", user=user)
            return copy.copy(user)

    def add_group(
        self,
        title: str = "Support group",
        chat_id: int | None = None,
        *,
        supergroup: bool = False,
        bot_is_admin: bool = False,
        bot_is_member: bool = True,
        members: dict[int, str] | None = None,
        bot_rights: Iterable[str] | None = None,
    ) -> Chat:
        """Create a group/supergroup (negative id) with member statuses and return it.

        bot_rights (implies bot_is_admin) gives the bot exactly those administrator rights.
        """
        with self._lock:
            count = len(self.chats) + 1
            default_id = -1_000_000_000_000 - count if supergroup else -100_000 - count
            status = "administrator" if bot_is_admin or bot_rights is not None else "member"
            chat = Chat(
                chat_id if chat_id is not None else default_id,
                "supergroup" if supergroup else "group",
                title=title,
                bot_status=status if bot_is_member else "left",
                members=dict(members or {}),
                bot_rights=exact_rights(bot_rights) if bot_rights is not None else None,
            )
            self.chats[chat.id] = chat
            return copy.deepcopy(chat)

    def add_channel(self, title: str = "Announcements", chat_id: int | None = None) -> Chat:
        """Create a channel where the bot is an administrator and return it."""
        with self._lock:
            cid = chat_id if chat_id is not None else -1_000_900_000_000 - len(self.chats)
            chat = Chat(cid, "channel", title=title, bot_status="administrator")
            self.chats[cid] = chat
            return copy.deepcopy(chat)

    def set_member_status(self, chat_id: int, user_id: int, status: str) -> None:
        """Set a user's status in a group without generating an update."""
        with self._lock:
            self.chats[chat_id].members[user_id] = status

    def _user_message(
        self, user_id: int | None, chat_id: int | None, fields: JSON, kind: str = "message"
    ) -> JSON:
        """Store a message from a user (or from no one, for channel posts) and push an update."""
        with self._lock:
            target = chat_id if chat_id is not None else user_id
            if target is None:
                raise ValueError("chat_id or user_id is required")
            chat = self._chat(target)
            api = dict(fields)
            if user_id is not None:
                api["from"] = self._user(user_id).to_api()
                if chat.type == "private":
                    self.faults.unstarted_users.discard(user_id)  # now the bot may write
                else:
                    self._check_may_send(
                        chat, user_id, next((k for k in _MEDIA if k in api), "text")
                    )
                    chat.members.setdefault(user_id, "member")
            text = api.get("text")
            if isinstance(text, str) and "entities" not in api and command_entities(text):
                api["entities"] = command_entities(text)
            plain = text if isinstance(text, str) else api.get("caption")
            message = self._store(target, False, api, text=text, plain_text=plain)
            message.kind = next((k for k in _MEDIA if k in api), "text")
            self._push_update(kind, copy.deepcopy(message.api))
            return copy.deepcopy(message.api)

    def _check_may_send(self, chat: Chat, user_id: int, kind: str) -> None:
        """Raise UserActionRefused when a banned or muted user tries to post in a group."""
        refresh(chat, self.now())
        reason = send_refusal(chat, user_id, kind)
        if reason is not None:
            raise UserActionRefused(reason)

    def inject_message(
        self,
        user_id: int,
        text: str,
        chat_id: int | None = None,
        *,
        reply_to_message_id: int | None = None,
        extra: JSON | None = None,
    ) -> JSON:
        """Send `text` as a user (private chat by default); /commands get bot_command entities."""
        fields: JSON = {"text": text, **(extra or {})}
        if reply_to_message_id is not None:
            with self._lock:
                target = self._message(
                    chat_id if chat_id is not None else user_id, reply_to_message_id
                )
                if target is None:
                    raise KeyError(f"no message {reply_to_message_id} to reply to")
                fields["reply_to_message"] = copy.deepcopy(target.api)
        return self._user_message(user_id, chat_id, fields)

    def inject_edit(self, chat_id: int, message_id: int, text: str) -> JSON:
        """Edit a user's earlier message and push an `edited_message` update."""
        with self._lock:
            message = self._message(chat_id, message_id)
            if message is None or message.from_bot:
                raise KeyError(f"no user message {message_id} in chat {chat_id}")
            message.edits.append({"text": message.api.get("text")})
            message.api["text"] = message.text = message.plain_text = text
            message.api["edit_date"] = message.api["date"] + len(message.edits)
            message.api.pop("entities", None)
            if command_entities(text):
                message.api["entities"] = command_entities(text)
            kind = (
                "edited_channel_post" if self.chats[chat_id].type == "channel" else "edited_message"
            )
            self._push_update(kind, copy.deepcopy(message.api))
            return copy.deepcopy(message.api)

    def inject_forward(
        self,
        user_id: int,
        text: str,
        chat_id: int | None = None,
        *,
        origin_user_id: int | None = None,
        origin_name: str = "Hidden Person",
    ) -> JSON:
        """Send a forwarded text as a user (origin: a known user, or a hidden name)."""
        with self._lock:
            origin: JSON = {
                "type": "hidden_user",
                "date": self.now(),
                "sender_user_name": origin_name,
            }
            if origin_user_id is not None:
                origin = {
                    "type": "user",
                    "date": self.now(),
                    "sender_user": self._user(origin_user_id).to_api(),
                }
        return self._user_message(user_id, chat_id, {"text": text, "forward_origin": origin})

    def _media(self, data: bytes, filename: str, folder: str) -> JSON:
        """Store user media bytes and return the common file fields."""
        with self._lock:
            record = self._add_file(data, filename, folder)
            return {
                "file_id": record.file_id,
                "file_unique_id": record.file_unique_id,
                "file_size": len(data),
            }

    def inject_photo(
        self,
        user_id: int,
        data: bytes = b"\x89PNG fake",
        caption: str | None = None,
        chat_id: int | None = None,
    ) -> JSON:
        """Send a photo (with optional caption) as a user; the bytes are downloadable."""
        fields: JSON = {
            "photo": [{**self._media(data, "photo.jpg", "photos"), "width": 90, "height": 90}]
        }
        if caption is not None:
            fields["caption"] = caption
        return self._user_message(user_id, chat_id, fields)

    def inject_sticker(self, user_id: int, emoji: str = "🙂", chat_id: int | None = None) -> JSON:
        """Send a regular static sticker as a user."""
        sticker: JSON = {
            **self._media(b"RIFF sticker", "sticker.webp", "stickers"),
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "type": "regular",
            "emoji": emoji,
        }
        return self._user_message(user_id, chat_id, {"sticker": sticker})

    def inject_voice(
        self,
        user_id: int,
        duration: int = 2,
        data: bytes = b"OggS voice",
        chat_id: int | None = None,
    ) -> JSON:
        """Send a voice message as a user."""
        voice = {
            **self._media(data, "voice.ogg", "voice"),
            "duration": duration,
            "mime_type": "audio/ogg",
        }
        return self._user_message(user_id, chat_id, {"voice": voice})

    def inject_sender_chat_message(
        self, chat_id: int, text: str, sender_chat_id: int | None = None
    ) -> JSON:
        """Send a message on behalf of a chat (anonymous admin by default, or a channel)."""
        with self._lock:
            sender = self._chat(sender_chat_id if sender_chat_id is not None else chat_id)
            if GROUP_ANONYMOUS_BOT_ID not in self.users:
                self.users[GROUP_ANONYMOUS_BOT_ID] = User(
                    GROUP_ANONYMOUS_BOT_ID, "Group", username="GroupAnonymousBot", is_bot=True
                )
            fields: JSON = {"text": text, "sender_chat": sender.to_api()}
        return self._user_message(GROUP_ANONYMOUS_BOT_ID, chat_id, fields)

    def inject_channel_post(self, channel_id: int, text: str) -> JSON:
        """Post `text` in a channel (a `channel_post` update, no `from`)."""
        with self._lock:
            fields: JSON = {"text": text, "sender_chat": self._chat(channel_id).to_api()}
        return self._user_message(None, channel_id, fields, kind="channel_post")

    def number_updates_from(self, first: int) -> None:
        """Number later updates from `first` up (a bot restarted on its database wants that)."""
        with self._lock:
            self._next_update_id = max(self._next_update_id, first)

    def inject_update(self, update: JSON) -> JSON:
        """Queue an arbitrary (possibly malformed) update; update_id is assigned if missing."""
        with self._lock:
            body: dict[str, Any] = {k: v for k, v in update.items() if k != "update_id"}
            pushed = {"update_id": update.get("update_id", self._next_update_id), **body}
            self._next_update_id = max(self._next_update_id, int(pushed["update_id"])) + 1
            self.updates.append(pushed)
            self.injected_update_ids.append(int(pushed["update_id"]))
            self._changed()
            return copy.deepcopy(pushed)


_MEDIA = ("photo", "document", "sticker", "voice")
