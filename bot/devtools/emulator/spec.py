"""The Bot API parameters of every method the emulator serves, and the check against them.

`METHODS` is copied from the vendored spec (tests/data/botapi/api.json, Bot API 10.1);
tests/devtools/test_emulator_conformance.py fails, printing the new table, when the two
drift apart. Missing required parameters are refused like Telegram does. Unknown
parameters are refused too, which is stricter than Telegram (it silently ignores them):
a misspelt option would otherwise quietly do nothing live. The options PTB's `Defaults`
add to every send and edit are the exception.
"""

from __future__ import annotations

from .models import JSON, bad_request
from .params import FileParts

BOT_API_VERSION = "Bot API 10.1"

# Method name -> {parameter name: required}, in the spec's order.
METHODS: dict[str, dict[str, bool]] = {
    "answerCallbackQuery": {
        "callback_query_id": True,
        "text": False,
        "show_alert": False,
        "url": False,
        "cache_time": False,
    },
    "approveChatJoinRequest": {"chat_id": True, "user_id": True},
    "banChatMember": {
        "chat_id": True,
        "user_id": True,
        "until_date": False,
        "revoke_messages": False,
    },
    "close": {},
    "createChatInviteLink": {
        "chat_id": True,
        "name": False,
        "expire_date": False,
        "member_limit": False,
        "creates_join_request": False,
    },
    "declineChatJoinRequest": {"chat_id": True, "user_id": True},
    "deleteMessage": {"chat_id": True, "message_id": True},
    "deleteMessages": {"chat_id": True, "message_ids": True},
    "deleteMyCommands": {"scope": False, "language_code": False},
    "deleteWebhook": {"drop_pending_updates": False},
    "editChatInviteLink": {
        "chat_id": True,
        "invite_link": True,
        "name": False,
        "expire_date": False,
        "member_limit": False,
        "creates_join_request": False,
    },
    "editMessageReplyMarkup": {
        "business_connection_id": False,
        "chat_id": False,
        "message_id": False,
        "inline_message_id": False,
        "reply_markup": False,
    },
    "editMessageText": {
        "business_connection_id": False,
        "chat_id": False,
        "message_id": False,
        "inline_message_id": False,
        "text": False,
        "parse_mode": False,
        "entities": False,
        "link_preview_options": False,
        "rich_message": False,
        "reply_markup": False,
    },
    "exportChatInviteLink": {"chat_id": True},
    "getChat": {"chat_id": True},
    "getChatAdministrators": {"chat_id": True, "return_bots": False},
    "getChatMember": {"chat_id": True, "user_id": True},
    "getFile": {"file_id": True},
    "getMe": {},
    "getMyCommands": {"scope": False, "language_code": False},
    "getUpdates": {"offset": False, "limit": False, "timeout": False, "allowed_updates": False},
    "getWebhookInfo": {},
    "logOut": {},
    "pinChatMessage": {
        "business_connection_id": False,
        "chat_id": True,
        "message_id": True,
        "disable_notification": False,
    },
    "restrictChatMember": {
        "chat_id": True,
        "user_id": True,
        "permissions": True,
        "use_independent_chat_permissions": False,
        "until_date": False,
    },
    "revokeChatInviteLink": {"chat_id": True, "invite_link": True},
    "sendChatAction": {
        "business_connection_id": False,
        "chat_id": True,
        "message_thread_id": False,
        "action": True,
    },
    "sendDocument": {
        "business_connection_id": False,
        "chat_id": True,
        "message_thread_id": False,
        "direct_messages_topic_id": False,
        "document": True,
        "thumbnail": False,
        "caption": False,
        "parse_mode": False,
        "caption_entities": False,
        "disable_content_type_detection": False,
        "disable_notification": False,
        "protect_content": False,
        "allow_paid_broadcast": False,
        "message_effect_id": False,
        "suggested_post_parameters": False,
        "reply_parameters": False,
        "reply_markup": False,
    },
    "sendMessage": {
        "business_connection_id": False,
        "chat_id": True,
        "message_thread_id": False,
        "direct_messages_topic_id": False,
        "text": True,
        "parse_mode": False,
        "entities": False,
        "link_preview_options": False,
        "disable_notification": False,
        "protect_content": False,
        "allow_paid_broadcast": False,
        "message_effect_id": False,
        "suggested_post_parameters": False,
        "reply_parameters": False,
        "reply_markup": False,
    },
    "sendPhoto": {
        "business_connection_id": False,
        "chat_id": True,
        "message_thread_id": False,
        "direct_messages_topic_id": False,
        "photo": True,
        "caption": False,
        "parse_mode": False,
        "caption_entities": False,
        "show_caption_above_media": False,
        "has_spoiler": False,
        "disable_notification": False,
        "protect_content": False,
        "allow_paid_broadcast": False,
        "message_effect_id": False,
        "suggested_post_parameters": False,
        "reply_parameters": False,
        "reply_markup": False,
    },
    "setChatMenuButton": {"chat_id": False, "menu_button": False},
    "setMyCommands": {"commands": True, "scope": False, "language_code": False},
    "setMyDefaultAdministratorRights": {"rights": False, "for_channels": False},
    "setMyDescription": {"description": False, "language_code": False},
    "setMyName": {"name": False, "language_code": False},
    "setMyShortDescription": {"short_description": False, "language_code": False},
    "setWebhook": {
        "url": True,
        "certificate": False,
        "ip_address": False,
        "max_connections": False,
        "allowed_updates": False,
        "drop_pending_updates": False,
        "secret_token": False,
    },
    "unbanChatMember": {"chat_id": True, "user_id": True, "only_if_banned": False},
    "unpinChatMessage": {"business_connection_id": False, "chat_id": True, "message_id": False},
}
BY_LOWER_NAME = {name.lower(): name for name in METHODS}

# Telegram's wording for a missing required parameter ("<name> is empty" otherwise).
_MISSING = {
    "text": "message text is empty",
    "message_id": "message identifier is not specified",
    "document": "there is no document in the request",
    "photo": "there is no photo in the request",
    "callback_query_id": "query is too old and response timeout expired or query ID is invalid",
}

# PTB's `Defaults` add these to every send and edit, even where the method has no such
# parameter (say parse_mode on editMessageReplyMarkup); Telegram ignores them there.
PTB_DEFAULTS = frozenset(
    {"parse_mode", "disable_notification", "protect_content", "link_preview_options"}
)
# Required by the spec, but an empty (or absent) value has a documented meaning.
_EMPTY_MEANS_REMOVE = frozenset({("setWebhook", "url")})


def check_params(method: str, params: JSON, files: FileParts) -> None:
    """Refuse unknown parameter names and missing required ones for a served method."""
    name = BY_LOWER_NAME.get(method.lower())
    if name is None:
        return
    fields = METHODS[name]
    for key in params:
        if key not in fields and key not in PTB_DEFAULTS:
            raise bad_request(
                f'unknown parameter "{key}": {name} has no such parameter in '
                f"{BOT_API_VERSION} (Telegram would silently ignore it)"
            )
    for key, required in fields.items():
        if (name, key) in _EMPTY_MEANS_REMOVE:
            continue
        if required and _missing(params.get(key)) and key not in files:
            raise bad_request(_MISSING.get(key, f"{key} is empty"))


def _missing(value: object) -> bool:
    """Whether a parameter value counts as absent (None or an empty string)."""
    return value is None or value == ""
