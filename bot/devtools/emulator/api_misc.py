"""Bot API methods about the bot itself, updates, webhooks and chat queries."""

from __future__ import annotations

import re
import time
from urllib.parse import urlsplit

from .base import DEFAULT_ALLOWED, CoreBase
from .models import JSON, ApiError, bad_request
from .params import FileParts, int_param

WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_GIFTS = {
    "unlimited_gifts": False,
    "limited_gifts": False,
    "unique_gifts": False,
    "premium_subscription": False,
    "gifts_from_channels": False,
}


def update_kind(update: JSON) -> str:
    """Return the update type key of an update dict ('' for malformed ones)."""
    return next((key for key in update if key != "update_id"), "")


class MiscMixin(CoreBase):
    """getMe, getUpdates (immediate part), webhooks, getChat*, close, logOut."""

    def m_getme(self, params: JSON, files: FileParts) -> JSON:
        """Return the bot's User object with the bot-only capability flags."""
        return {
            **self.bot.to_api(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _allowed(self, update: JSON) -> bool:
        """Whether the current allowed_updates setting lets this update through."""
        kind = update_kind(update)
        if not self.allowed_updates:
            return kind not in DEFAULT_ALLOWED
        return kind in self.allowed_updates or kind not in _KNOWN_KINDS

    def m_getupdates(self, params: JSON, files: FileParts) -> list[JSON]:
        """Confirm updates below `offset` and return what is pending now (no waiting here)."""
        if self.webhook is not None:
            raise ApiError(409, WEBHOOK_CONFLICT)
        offset = int_param(params, "offset", 0)
        limit = min(100, max(1, int_param(params, "limit", 100)))
        if isinstance(params.get("allowed_updates"), list):
            self.allowed_updates = [str(kind) for kind in params["allowed_updates"]]
        before = len(self.updates)
        if offset > 0:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        elif offset < 0:
            self.updates = self.updates[offset:]
        self.updates = [u for u in self.updates if self._allowed(u)]
        if len(self.updates) != before:
            self._changed()
        return self.updates[:limit]

    def m_setwebhook(self, params: JSON, files: FileParts) -> bool:
        """Set (or with an empty url remove) the webhook; only local URLs are accepted."""
        url = str(params.get("url") or "")
        if not url:
            return self.m_deletewebhook(params, files)
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.hostname not in (
            "127.0.0.1",
            "localhost",
        ):
            raise bad_request("bad webhook: the emulator only delivers to 127.0.0.1/localhost")
        secret = params.get("secret_token")
        if secret is not None and not _SECRET.match(str(secret)):
            raise bad_request("secret token contains unallowed characters")
        if params.get("drop_pending_updates"):
            self.updates.clear()
        if isinstance(params.get("allowed_updates"), list):
            self.allowed_updates = [str(kind) for kind in params["allowed_updates"]]
        self.webhook = {"url": url, "secret_token": secret, "last_error": None}
        self._changed()
        return True

    def m_deletewebhook(self, params: JSON, files: FileParts) -> bool:
        """Remove the webhook; drop_pending_updates clears the queue."""
        self.webhook = None
        if params.get("drop_pending_updates"):
            self.updates.clear()
        self._changed()
        return True

    def m_getwebhookinfo(self, params: JSON, files: FileParts) -> JSON:
        """Return WebhookInfo including the pending update count and the last error."""
        info: JSON = {
            "url": self.webhook["url"] if self.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self.updates),
        }
        if self.webhook and self.webhook.get("last_error"):
            info["last_error_date"], info["last_error_message"] = self.webhook["last_error"]
        if self.allowed_updates:
            info["allowed_updates"] = self.allowed_updates
        return info

    def m_getchat(self, params: JSON, files: FileParts) -> JSON:
        """Return ChatFullInfo for a known chat (with the latest pinned message, if any)."""
        chat = self._chat(int_param(params, "chat_id"))
        info: JSON = {
            **chat.to_api(),
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": dict(_GIFTS),
        }
        if chat.pinned:
            pinned = self._message(chat.id, chat.pinned[-1])
            if pinned is not None:
                info["pinned_message"] = dict(pinned.api)
        return info

    def m_getchatmember(self, params: JSON, files: FileParts) -> JSON:
        """Return the ChatMember of a user: status, rights, restrictions as they stand now."""
        chat = self._chat(int_param(params, "chat_id"))
        user_id = int_param(params, "user_id")
        if user_id != self.bot.id and user_id not in self.users:
            raise bad_request("user not found")
        return self.chat_member_json(chat, user_id)

    def m_getchatadministrators(self, params: JSON, files: FileParts) -> list[JSON]:
        """Return the creator/administrators of a group, including the bot if admin."""
        chat = self._chat(int_param(params, "chat_id"))
        if chat.type == "private":
            raise bad_request("there are no administrators in the private chat")
        admins = [
            self.chat_member_json(chat, uid)
            for uid, status in chat.members.items()
            if status in ("creator", "administrator")
        ]
        if chat.bot_status == "administrator":
            admins.append(self.chat_member_json(chat, self.bot.id))
        return admins

    def m_close(self, params: JSON, files: FileParts) -> bool:
        """Accept `close` (the emulator has nothing to close)."""
        return True

    def m_logout(self, params: JSON, files: FileParts) -> bool:
        """Accept `logOut`."""
        return True

    def m_accepted(self, params: JSON, files: FileParts) -> bool:
        """Accept cosmetic methods (chat actions, descriptions) and just record them."""
        return True


_KNOWN_KINDS = frozenset(
    {
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "callback_query",
        "my_chat_member",
        "chat_member",
        "chat_join_request",
        "inline_query",
        "message_reaction",
        "message_reaction_count",
        "poll",
        "poll_answer",
    }
)


class WebhookQueueMixin(MiscMixin):
    """What the HTTP layer's webhook deliverer needs from the core."""

    def webhook_job(self) -> tuple[str, str | None, JSON] | None:
        """Return (url, secret, first pending update) when a webhook should get a POST."""
        with self._lock:
            if self.webhook is None:
                return None
            before = len(self.updates)
            self.updates = [u for u in self.updates if self._allowed(u)]
            if len(self.updates) != before:
                self._changed()
            if not self.updates:
                return None
            return self.webhook["url"], self.webhook.get("secret_token"), dict(self.updates[0])

    def webhook_delivered(self, update_id: int) -> None:
        """Drop an update the webhook answered with HTTP 200."""
        with self._lock:
            self.updates = [u for u in self.updates if u["update_id"] != update_id]
            self._changed()

    def webhook_failed(self, message: str) -> None:
        """Remember the last delivery error (shown by getWebhookInfo)."""
        with self._lock:
            if self.webhook is not None:
                self.webhook["last_error"] = (int(time.time()), message)
