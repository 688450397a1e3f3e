"""setMyCommands / getMyCommands / deleteMyCommands, checked like the Bot API server.

Descriptions follow telegram-bot-api's Client.cpp (scope JSON) and TDLib's BotCommand.cpp,
BotCommandScope.cpp and misc.cpp (language code, command and description rules).
"""

from __future__ import annotations

import json
import re
from typing import Any

from .base import CoreBase
from .models import JSON, bad_request
from .params import FileParts

_COMMAND = re.compile(r"^[a-z0-9_]+$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")
_GLOBAL_SCOPES = frozenset({"default", "all_private_chats", "all_group_chats"})
_ALL_ADMINS = "all_chat_administrators"
_CHAT_SCOPES = frozenset({"chat", "chat_administrators", "chat_member"})


def _scope_error(detail: str) -> Exception:
    """The 400 for a scope the server cannot parse."""
    return bad_request(f"can't parse BotCommandScope: {detail}")


def _scope_field(scope: JSON, name: str) -> str:
    """Return a required string-or-number field of the scope, as a string."""
    value = scope.get(name)
    if value is None:
        raise _scope_error(f'Can\'t find field "{name}"')
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _scope_error(f'Field "{name}" must be of type String')
    return str(value)


def _command_text(command: Any) -> tuple[str, str]:
    """Return a BotCommand's (command, description), trimmed and checked like TDLib."""
    if not isinstance(command, dict):
        raise bad_request("can't parse BotCommand: expected an Object")
    name = str(command.get("command", "")).strip().removeprefix("/")
    description = str(command.get("description", "")).strip()
    if not name:
        raise bad_request("command must be non-empty")
    if len(name) > 32:
        raise bad_request("command length must not exceed 32")
    if not description:
        raise bad_request("command description must be non-empty")
    if len(description) > 256:
        raise bad_request("command description length must not exceed 256")
    if not _COMMAND.match(name):
        raise bad_request("BOT_COMMAND_INVALID")
    return name, description


class CommandsMixin(CoreBase):
    """The bot's command menus, keyed by scope and language like Telegram."""

    def _scope(self, params: JSON) -> JSON:
        """Return the checked scope (default when absent); chat scopes need a reachable chat."""
        scope = params.get("scope")
        if scope is None:
            return {"type": "default"}
        if not isinstance(scope, dict):
            raise _scope_error("BotCommandScope must be an Object")
        kind = _scope_field(scope, "type")
        if kind in _GLOBAL_SCOPES or kind == _ALL_ADMINS:
            return {"type": kind}
        if kind not in _CHAT_SCOPES:
            raise _scope_error("Unsupported type specified")
        chat_ref = _scope_field(scope, "chat_id")
        if not chat_ref:
            raise _scope_error("Empty chat_id specified")
        user_id = self._scope_user(scope) if kind == "chat_member" else None
        chat_id = self._scope_chat(chat_ref, kind)
        checked: JSON = {"type": kind, "chat_id": chat_id}
        if user_id is not None:
            checked["user_id"] = user_id
        return checked

    @staticmethod
    def _scope_user(scope: JSON) -> int:
        """Return the positive user_id of a chat_member scope."""
        value = scope.get("user_id")
        if value is None:
            raise _scope_error('Can\'t find field "user_id"')
        try:
            user_id = int(value)
        except (TypeError, ValueError) as exc:
            raise _scope_error('Field "user_id" must be a Number') from exc
        if user_id <= 0:
            raise _scope_error("Invalid user_id specified")
        return user_id

    def _scope_chat(self, chat_ref: str, kind: str) -> int:
        """Return the id of a scope's chat: it must exist, the bot must be in it, no channels."""
        chat = self.chats.get(int(chat_ref)) if chat_ref.lstrip("-").isdigit() else None
        if chat is None:
            raise bad_request("chat not found")
        error = self._error_for_chat_access(chat)
        if error is not None:
            raise error
        if chat.type == "private" and kind != "chat":
            raise bad_request("can't use specified scope in private chats")
        if chat.type == "channel":
            raise bad_request("can't change commands in channel chats")
        return chat.id

    @staticmethod
    def _language(params: JSON) -> str:
        """Return the language_code: empty or two lower-case letters (ISO 639-1)."""
        code = params.get("language_code")
        text = "" if code is None else str(code)
        if text and not _LANGUAGE.match(text):
            raise bad_request("invalid language code specified")
        return text

    def _commands_key(self, params: JSON) -> tuple[str, str]:
        """Key commands by (checked scope JSON, language_code) like Telegram."""
        return json.dumps(self._scope(params), sort_keys=True), self._language(params)

    def m_setmycommands(self, params: JSON, files: FileParts) -> bool:
        """Store the command list for a scope/language after validating it."""
        commands = params.get("commands", [])
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        if len(commands) > 100:
            raise bad_request("BOT_COMMANDS_TOO_MUCH")
        checked = [_command_text(command) for command in commands]
        key = self._commands_key(params)
        self.commands[key] = [{"command": c, "description": d} for c, d in checked]
        return True

    def m_getmycommands(self, params: JSON, files: FileParts) -> list[JSON]:
        """Return the commands stored for exactly this scope/language."""
        return list(self.commands.get(self._commands_key(params), []))

    def m_deletemycommands(self, params: JSON, files: FileParts) -> bool:
        """Remove the commands of this scope/language."""
        self.commands.pop(self._commands_key(params), None)
        return True

    def my_commands(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        """Control helper: the commands the bot set for a scope (default scope) and language."""
        with self._lock:
            params: JSON = {"language_code": language_code}
            if scope is not None:
                params["scope"] = scope
            key = self._commands_key(params)
            return [dict(c) for c in self.commands.get(key, [])]
