"""Joining a group: join requests (and their approval), invite links used, joins and leaves."""

from __future__ import annotations

import copy

from .links import InviteLinksMixin
from .models import JSON, Chat, UserActionRefused, bad_request
from .params import FileParts, int_param

# Telegram lets a bot write to a join request's user_chat_id for 5 minutes.
JOIN_REQUEST_DM_WINDOW_S = 300
_IN_CHAT = ("creator", "administrator", "member", "restricted")


class JoinsMixin(InviteLinksMixin):
    """inject_join_request, join_via_link, user_joins/leaves; approve/declineChatJoinRequest."""

    def _may_join(self, chat: Chat, user_id: int) -> None:
        """Refuse (as a test error) a join by a banned user or by someone already inside."""
        status = self.chat_member_json(chat, user_id)["status"]
        if status == "kicked":
            raise UserActionRefused(f"user {user_id} is banned from chat {chat.id}")
        if status in _IN_CHAT:
            raise UserActionRefused(f"user {user_id} is already in chat {chat.id}")

    def inject_join_request(
        self,
        chat_id: int,
        user_id: int,
        *,
        bio: str | None = None,
        invite_link: str | None = None,
    ) -> JSON | None:
        """A user asks to join a group; the update reaches the bot if it has can_invite_users.

        The bot may then write to the user (user_chat_id) for 5 minutes, or until it
        approves or declines, even if the user never started it.
        """
        with self._lock:
            chat = self._chat(chat_id)
            self._may_join(chat, user_id)
            payload: JSON = {
                "chat": chat.to_api(),
                "from": self._user(user_id).to_api(),
                "user_chat_id": user_id,
                "date": self.now(),
            }
            if bio is not None:
                payload["bio"] = bio
            chat.join_requests[user_id] = {**payload, "_link": invite_link}
            if invite_link is not None:
                payload["invite_link"] = self.link_view(chat.invite_links[invite_link])
                chat.join_requests[user_id]["invite_link"] = payload["invite_link"]
            self.faults.dm_windows[user_id] = self.now() + JOIN_REQUEST_DM_WINDOW_S
            self._changed()
            if not self.bot_can(chat, "can_invite_users"):
                return None
            return self._push_update("chat_join_request", copy.deepcopy(payload))

    def join_requests(self, chat_id: int) -> list[int]:
        """Return the user ids of a chat's pending join requests."""
        with self._lock:
            return list(self._chat(chat_id).join_requests)

    def join_via_link(self, user_id: int, invite_link: str) -> JSON | None:
        """A user opens an invite link: a join request, or a join (chat_member + service)."""
        with self._lock:
            chat = self._link_chat(invite_link)
            link = chat.invite_links[invite_link]
            expired = link.get("expire_date") and link["expire_date"] <= self.now()
            full = "member_limit" in link and link["_joined"] >= link["member_limit"]
            if link["is_revoked"] or expired or full:
                raise UserActionRefused(f"invite link {invite_link} is expired or used up")
            if link["creates_join_request"]:
                return self.inject_join_request(chat.id, user_id, invite_link=invite_link)
            self._may_join(chat, user_id)
            link["_joined"] += 1
            extra = {"invite_link": self.link_view(link)}
            update = self._change_member(chat, user_id, "member", user_id, extra=extra)
            self._store_joined(chat, user_id)
            return update

    def user_joins(self, chat_id: int, user_id: int) -> JSON | None:
        """A user joins a group (public link/added): chat_member update and service message."""
        with self._lock:
            chat = self._chat(chat_id)
            self._may_join(chat, user_id)
            update = self._change_member(chat, user_id, "member", user_id)
            self._store_joined(chat, user_id)
            return update

    def user_leaves(self, chat_id: int, user_id: int) -> JSON | None:
        """A member leaves a group: chat_member update and left_chat_member service message."""
        with self._lock:
            chat = self._chat(chat_id)
            update = self._change_member(chat, user_id, "left", user_id)
            user = self._user(user_id).to_api()
            message = self._store(chat.id, False, {"from": user, "left_chat_member": user})
            message.kind = "service"
            self._push_update("message", copy.deepcopy(message.api))
            return update

    def _pending_request(self, params: JSON) -> tuple[Chat, int, JSON]:
        """Return (chat, user id, request) of an approve/decline call after Telegram's checks."""
        chat = self._chat(int_param(params, "chat_id"))
        user_id = int_param(params, "user_id")
        error = self._error_for_chat_access(chat)
        if error:
            raise error
        if chat.type == "private" or not self.bot_can(chat, "can_invite_users"):
            raise bad_request("CHAT_ADMIN_REQUIRED")
        if user_id not in self.users:
            raise bad_request("user not found")
        if self.chat_member_json(chat, user_id)["status"] in _IN_CHAT:
            raise bad_request("USER_ALREADY_PARTICIPANT")
        request = chat.join_requests.get(user_id)
        if request is None:
            raise bad_request("HIDE_REQUESTER_MISSING")
        return chat, user_id, request

    def m_approvechatjoinrequest(self, params: JSON, files: FileParts) -> bool:
        """Approve a pending join request: the user becomes a member (chat_member update)."""
        chat, user_id, request = self._pending_request(params)
        del chat.join_requests[user_id]
        self.faults.dm_windows.pop(user_id, None)
        extra: JSON = {"via_join_request": True}
        if request.get("_link"):
            link = chat.invite_links[request["_link"]]
            link["_joined"] += 1
            extra["invite_link"] = self.link_view(link)
        self._change_member(chat, user_id, "member", self.bot.id, extra=extra)
        self._store_joined(chat, user_id)
        return True

    def m_declinechatjoinrequest(self, params: JSON, files: FileParts) -> bool:
        """Decline a pending join request (the user stays outside)."""
        chat, user_id, _ = self._pending_request(params)
        del chat.join_requests[user_id]
        self.faults.dm_windows.pop(user_id, None)
        return True
