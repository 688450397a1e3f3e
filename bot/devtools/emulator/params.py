"""Normalisation of request parameters: form strings and JSON bodies become one typed dict."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .models import JSON, ApiError, bad_request

FileParts = dict[str, tuple[str, bytes]]

INT_FIELDS = frozenset(
    {
        "chat_id",
        "message_id",
        "user_id",
        "offset",
        "limit",
        "timeout",
        "reply_to_message_id",
        "message_thread_id",
        "cache_time",
        "max_connections",
        "from_chat_id",
        "until_date",
        "expire_date",
        "member_limit",
    }
)
BOOL_FIELDS = frozenset(
    {
        "disable_notification",
        "protect_content",
        "show_alert",
        "drop_pending_updates",
        "disable_web_page_preview",
        "allow_sending_without_reply",
        "disable_content_type_detection",
        "has_spoiler",
        "only_if_banned",
        "revoke_messages",
        "use_independent_chat_permissions",
        "creates_join_request",
    }
)
JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "allowed_updates",
        "scope",
        "commands",
        "entities",
        "caption_entities",
        "link_preview_options",
        "reply_parameters",
        "permissions",
        "message_ids",
    }
)

# The Bot API server's wording for a JSON parameter that is not valid JSON.
_JSON_ERRORS = {
    "reply_markup": "can't parse reply keyboard markup JSON object",
    "scope": "can't parse BotCommandScope JSON object",
}


def normalize_params(raw: Mapping[str, Any]) -> JSON:
    """Decode form-encoded values (numbers, booleans, JSON objects) into Python values."""
    return {key: _decode(key, value) for key, value in raw.items() if value is not None}


def _decode(key: str, value: Any) -> Any:
    """Decode one parameter value according to the field's Bot API type."""
    if not isinstance(value, str):
        return value
    if key in JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError as exc:
            raise bad_request(_JSON_ERRORS.get(key, f"can't parse {key} JSON object")) from exc
    if key in INT_FIELDS:
        try:
            return int(value)
        except ValueError:
            return value  # e.g. chat_id="@channelusername"
    if key in BOOL_FIELDS:
        return value.lower() in ("true", "1")
    return value


def int_param(params: JSON, key: str, default: int | None = None) -> int:
    """Return an integer parameter or raise the 400 Telegram would return."""
    value = params.get(key, default)
    if value is None:
        raise bad_request(f"{key} is empty" if key != "chat_id" else "chat_id is empty")
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise bad_request(f"invalid {key} specified")
    try:
        return int(value)
    except ValueError as exc:
        if key == "chat_id":
            raise bad_request("chat not found") from exc
        raise bad_request(f"invalid {key} specified") from exc


def resolve_file(params: JSON, files: FileParts, key: str) -> tuple[str, bytes] | str:
    """Return the uploaded part for `key` (direct or via attach://) or the file_id string."""
    value = params.get(key)
    if isinstance(value, str) and value.startswith("attach://"):
        name = value.removeprefix("attach://")
        if name not in files:
            raise bad_request(f"can't find attached file {name!r}")
        return files[name]
    if key in files:
        return files[key]
    if isinstance(value, str) and value:
        return value
    raise bad_request(f"there is no {key} in the request")


def summarize(params: JSON, files: FileParts) -> JSON:
    """Return the params with uploaded files replaced by a short description (for `calls`)."""
    summary = dict(params)
    for name, (filename, data) in files.items():
        summary[name] = f"<file {filename!r}, {len(data)} bytes>"
    return summary


def check_token_shape(token: str) -> None:
    """Raise the 404 Telegram returns for a syntactically impossible token."""
    if ":" not in token:
        raise ApiError(404, "Not Found")
