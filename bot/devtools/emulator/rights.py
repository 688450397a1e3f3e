"""Administrator rights and member permissions as Telegram reports them (pure helpers)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .models import JSON, Chat, bad_request

# ChatMemberAdministrator's rights; "all usual rights" is what add_bot_to_group(as_admin) gives.
ADMIN_RIGHTS: JSON = {
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": True,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": True,
    "can_invite_users": True,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
    "can_pin_messages": True,
}
RIGHT_NAMES = frozenset(ADMIN_RIGHTS)
# ChatPermissions, in the spec's order.
PERMISSION_NAMES = (
    "can_send_messages",
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
    "can_send_polls",
    "can_send_other_messages",
    "can_add_web_page_previews",
    "can_react_to_messages",
    "can_edit_tag",
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
    "can_manage_topics",
)
_MEDIA_SENDS = (
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
)
# Which permission a user-side message of each kind needs (see inject._MEDIA).
SEND_PERMISSION = {
    "text": "can_send_messages",
    "photo": "can_send_photos",
    "document": "can_send_documents",
    "voice": "can_send_voice_notes",
    "sticker": "can_send_other_messages",
}
MIN_RESTRICTION_S = 30
MAX_RESTRICTION_S = 366 * 24 * 3600


def exact_rights(rights: Iterable[str]) -> JSON:
    """Return administrator rights with exactly `rights` granted (can_manage_chat always)."""
    wanted = set(rights)
    unknown = sorted(wanted - RIGHT_NAMES)
    if unknown:
        raise ValueError(f"unknown administrator rights {unknown}; use {sorted(RIGHT_NAMES)}")
    return {name: name in wanted or name == "can_manage_chat" for name in ADMIN_RIGHTS}


def admin_fields(rights: Mapping[str, bool] | None) -> JSON:
    """Return the ChatMemberAdministrator fields for these rights (None: all usual ones)."""
    granted = dict(rights) if rights is not None else dict(ADMIN_RIGHTS)
    return {"can_be_edited": False, "is_anonymous": False, **granted}


def restricted_fields(permissions: Mapping[str, bool], until_date: int) -> JSON:
    """Return the ChatMemberRestricted fields of a restricted member."""
    return {
        "is_member": True,
        **{name: bool(permissions.get(name, False)) for name in PERMISSION_NAMES},
        "until_date": until_date,
    }


def expand_permissions(raw: object, independent: bool) -> dict[str, bool]:
    """Return full ChatPermissions from a request object, applying Telegram's implications."""
    if not isinstance(raw, dict):
        raise bad_request("can't parse permissions JSON object")
    unknown = sorted(set(raw) - set(PERMISSION_NAMES))
    if unknown:
        raise bad_request(f"unknown permission {unknown[0]!r} in permissions")
    perms = {name: bool(raw.get(name, False)) for name in PERMISSION_NAMES}
    if not independent:
        if perms["can_send_other_messages"] or perms["can_add_web_page_previews"]:
            for name in ("can_send_messages", *_MEDIA_SENDS):
                perms[name] = True
        if perms["can_send_polls"]:
            perms["can_send_messages"] = True
    return perms


def effective_until(until_date: object, now: int) -> int:
    """Return the until_date Telegram keeps: 0 (forever) when under 30 s or over 366 days."""
    if not isinstance(until_date, int) or isinstance(until_date, bool) or until_date <= 0:
        return 0
    if until_date - now < MIN_RESTRICTION_S or until_date - now > MAX_RESTRICTION_S:
        return 0
    return until_date


def refresh(chat: Chat, now: int) -> None:
    """Lift the timed restrictions and bans of a chat whose until_date has passed."""
    for user_id, until in list(chat.until.items()):
        if until and until <= now:
            del chat.until[user_id]
            chat.permissions.pop(user_id, None)
            status = chat.members.get(user_id)
            if status == "restricted":
                chat.members[user_id] = "member"
            elif status == "kicked":
                chat.members[user_id] = "left"


def send_refusal(chat: Chat, user_id: int, kind: str) -> str | None:
    """Why Telegram would not let this user post a message of `kind` here (None: allowed)."""
    status = chat.members.get(user_id)
    if status == "kicked":
        return f"user {user_id} is banned from chat {chat.id}"
    if status != "restricted":
        return None
    needed = SEND_PERMISSION.get(kind, "can_send_other_messages")
    if chat.permissions.get(user_id, {}).get(needed, False):
        return None
    return f"user {user_id} is restricted in chat {chat.id} ({needed} is off)"
