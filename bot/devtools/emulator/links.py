"""Chat invite links: create, edit, revoke, export (the bot needs can_invite_users)."""

from __future__ import annotations

from .admins import AdminsMixin
from .models import JSON, Chat, bad_request
from .params import FileParts, int_param

NO_LINK_RIGHTS = "not enough rights to manage chat invite links"
MAX_LINK_NAME = 32
MAX_MEMBER_LIMIT = 99_999
_HIDDEN = ("_joined",)  # emulator bookkeeping kept in the stored link, never shown


class InviteLinksMixin(AdminsMixin):
    """createChatInviteLink, editChatInviteLink, revokeChatInviteLink, exportChatInviteLink."""

    def link_view(self, link: JSON) -> JSON:
        """Return a ChatInviteLink as the bot sees it (others' links end in "...")."""
        view = {k: v for k, v in link.items() if k not in _HIDDEN}
        if link["creator"]["id"] != self.bot.id:
            view["invite_link"] = str(link["invite_link"])[:-8] + "..."
        chat = self._link_chat(str(link["invite_link"]))
        pending = sum(
            1
            for request in chat.join_requests.values()
            if request.get("_link") == link["invite_link"]
        )
        if link["creates_join_request"]:
            view["pending_join_request_count"] = pending
        return view

    def _link_chat(self, url: str) -> Chat:
        """Return the chat an invite link belongs to (test error if unknown)."""
        for chat in self.chats.values():
            if url in chat.invite_links:
                return chat
        raise KeyError(f"unknown invite link {url!r}")

    def _link_admin_chat(self, params: JSON) -> Chat:
        """Return the chat of an invite link call, checking the bot's can_invite_users right."""
        chat = self._chat(int_param(params, "chat_id"))
        error = self._error_for_chat_access(chat)
        if error:
            raise error
        if chat.type == "private" or not self.bot_can(chat, "can_invite_users"):
            raise bad_request(NO_LINK_RIGHTS)
        return chat

    def _link_options(self, params: JSON) -> JSON:
        """Validate name, expire_date, member_limit and creates_join_request of a link call."""
        options: JSON = {"creates_join_request": bool(params.get("creates_join_request"))}
        name = params.get("name")
        if name:
            if len(str(name)) > MAX_LINK_NAME:
                raise bad_request("invite link name is too long")
            options["name"] = str(name)
        if params.get("expire_date"):
            options["expire_date"] = int_param(params, "expire_date")
        if params.get("member_limit") is not None:
            limit = int_param(params, "member_limit")
            if options["creates_join_request"]:
                raise bad_request(
                    "member_limit can't be specified for links requiring administrator approval"
                )
            if not 1 <= limit <= MAX_MEMBER_LIMIT:
                raise bad_request("member_limit must be between 1 and 99999")
            options["member_limit"] = limit
        return options

    def _new_link(self, chat: Chat, creator: JSON, options: JSON, primary: bool = False) -> JSON:
        """Store a new invite link of a chat and return it (full, as stored)."""
        url = "https://t.me/+" + self._new_id("JoinLnk").replace("JoinLnk", "Jn7q")
        link: JSON = {
            "invite_link": url,
            "creator": creator,
            "is_primary": primary,
            "is_revoked": False,
            **options,
            "_joined": 0,
        }
        link.setdefault("creates_join_request", False)
        chat.invite_links[url] = link
        return link

    def create_invite_link(
        self, chat_id: int, creator_id: int, *, creates_join_request: bool = False
    ) -> str:
        """Control: an administrator creates an invite link by hand; return its URL."""
        with self._lock:
            chat = self._chat(chat_id)
            creator = self._user(creator_id).to_api()
            options = {"creates_join_request": creates_join_request}
            return str(self._new_link(chat, creator, options)["invite_link"])

    def m_createchatinvitelink(self, params: JSON, files: FileParts) -> JSON:
        """Create an additional invite link (creates_join_request xor member_limit)."""
        chat = self._link_admin_chat(params)
        link = self._new_link(chat, self.bot.to_api(), self._link_options(params))
        return self.link_view(link)

    def _own_link(self, chat: Chat, params: JSON) -> JSON:
        """Return a link of the chat the bot may manage (created by the bot)."""
        link = chat.invite_links.get(str(params.get("invite_link") or ""))
        if link is None:
            raise bad_request("invite link not found")
        if link["creator"]["id"] != self.bot.id:
            raise bad_request("can't manage an invite link created by another administrator")
        return link

    def m_editchatinvitelink(self, params: JSON, files: FileParts) -> JSON:
        """Edit a non-primary link the bot created (the options given replace the old ones)."""
        chat = self._link_admin_chat(params)
        link = self._own_link(chat, params)
        if link["is_primary"]:
            raise bad_request("can't edit the primary invite link")
        if link["is_revoked"]:
            raise bad_request("invite link is revoked")
        options = self._link_options(params)
        for key in ("name", "expire_date", "member_limit"):
            link.pop(key, None)
        link.update(options)
        return self.link_view(link)

    def m_revokechatinvitelink(self, params: JSON, files: FileParts) -> JSON:
        """Revoke a link the bot created; a revoked primary link is replaced by a new one."""
        chat = self._link_admin_chat(params)
        link = self._own_link(chat, params)
        link["is_revoked"] = True
        if link["is_primary"]:
            link["is_primary"] = False
            self._new_link(chat, self.bot.to_api(), {}, primary=True)
        return self.link_view(link)

    def m_exportchatinvitelink(self, params: JSON, files: FileParts) -> str:
        """Generate a new primary link (the previous primary one is revoked) and return it."""
        chat = self._link_admin_chat(params)
        for link in chat.invite_links.values():
            if link["is_primary"]:
                link.update(is_primary=False, is_revoked=True)
        return str(self._new_link(chat, self.bot.to_api(), {}, primary=True)["invite_link"])

    def invite_links(self, chat_id: int) -> list[JSON]:
        """Return every invite link of a chat as stored (full URLs), oldest first."""
        with self._lock:
            links = self._chat(chat_id).invite_links.values()
            return [{k: v for k, v in link.items() if k not in _HIDDEN} for link in links]
