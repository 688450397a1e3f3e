"""Injected failures: one-shot rules queued by tests and persistent chat states."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .models import JSON, ApiError

FaultKind = Literal["429", "500", "502", "403", "400", "timeout", "timeout_after_effect", "reset"]
FAULT_KINDS: frozenset[str] = frozenset(
    {"429", "500", "502", "403", "400", "timeout", "timeout_after_effect", "reset"}
)
SEND_METHODS = frozenset(
    {
        "sendmessage",
        "senddocument",
        "sendphoto",
        "sendchataction",
        "editmessagetext",
        "editmessagereplymarkup",
        "editmessagecaption",
        "deletemessage",
    }
)

_DEFAULT_DESCRIPTIONS = {
    "500": "Internal Server Error",
    "502": "Bad Gateway",
    "403": "Forbidden: bot was blocked by the user",
    "400": "Bad Request: injected failure",
}


@dataclass
class FaultRule:
    """A queued failure applied to the next `remaining` matching calls."""

    kind: FaultKind
    remaining: int
    method: str | None = None
    chat_id: int | None = None
    retry_after: int = 5
    description: str | None = None
    delay: float = 3.0

    def matches(self, method: str, chat_id: int | None) -> bool:
        """Whether this rule applies to a call (method=None matches all but getUpdates)."""
        if self.method is None:
            if method == "getupdates":
                return False
        elif self.method.lower() != method:
            return False
        return self.chat_id is None or self.chat_id == chat_id


@dataclass(frozen=True)
class FaultAction:
    """What the core must do for a call hit by a rule."""

    error: ApiError | None
    delay: float = 0.0
    reset: bool = False
    run_effect: bool = False


@dataclass
class FaultBook:
    """All fault rules and persistent fault states (blocked users, kicked groups)."""

    rules: list[FaultRule] = field(default_factory=list)
    blocked_users: set[int] = field(default_factory=set)
    # Users who never wrote to the bot: Telegram refuses to let a bot start the conversation.
    unstarted_users: set[int] = field(default_factory=set)
    # Users the bot may write to until then although they never started it (join requests).
    dm_windows: dict[int, int] = field(default_factory=dict)
    kicked_chats: dict[int, str] = field(default_factory=dict)
    migrations: dict[int, int] = field(default_factory=dict)

    def add(self, rule: FaultRule) -> None:
        """Queue a rule after validating its kind."""
        if rule.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {rule.kind!r}; use one of {sorted(FAULT_KINDS)}")
        if rule.remaining < 1:
            raise ValueError("count must be >= 1")
        self.rules.append(rule)

    def take(self, method: str, chat_id: int | None) -> FaultAction | None:
        """Consume the first rule matching the call and return the action it requires."""
        for rule in self.rules:
            if rule.matches(method, chat_id):
                rule.remaining -= 1
                if rule.remaining == 0:
                    self.rules.remove(rule)
                return _action(rule)
        return None

    def persistent_error(self, method: str, chat_id: int | None, now: int = 0) -> ApiError | None:
        """Return the error a persistent state (blocked, kicked, migrated) imposes on a call."""
        if chat_id is None or method not in SEND_METHODS:
            return None
        if chat_id in self.migrations:
            params: JSON = {"migrate_to_chat_id": self.migrations[chat_id]}
            return ApiError(
                400, "Bad Request: group chat was upgraded to a supergroup chat", params
            )
        if chat_id in self.blocked_users:
            return ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_id in self.unstarted_users and self.dm_windows.get(chat_id, 0) <= now:
            return ApiError(403, "Forbidden: bot can't initiate conversation with a user")
        if chat_id in self.kicked_chats:
            kind = self.kicked_chats[chat_id]
            return ApiError(403, f"Forbidden: bot was kicked from the {kind} chat")
        return None


def _action(rule: FaultRule) -> FaultAction:
    """Translate a rule into the action for one call."""
    if rule.kind == "429":
        retry = max(1, int(rule.retry_after))
        error = ApiError(429, f"Too Many Requests: retry after {retry}", {"retry_after": retry})
        return FaultAction(error)
    if rule.kind == "timeout":
        return FaultAction(None, delay=rule.delay, reset=True)
    if rule.kind == "timeout_after_effect":
        return FaultAction(None, delay=rule.delay, run_effect=True)
    if rule.kind == "reset":
        return FaultAction(None, reset=True)
    description = rule.description or _DEFAULT_DESCRIPTIONS[rule.kind]
    return FaultAction(ApiError(int(rule.kind), description))
