"""Facts about one outgoing Bot API request: paced or not, target chat, cost, priority."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.delivery.pacing import ChatKey, Priority

# Message-creating methods: queued by priority and paced. Lower-case for lookup.
PACED_METHODS = frozenset(
    name.lower()
    for name in (
        "sendMessage",
        "sendDocument",
        "sendPhoto",
        "sendMediaGroup",
        "sendPaidMedia",
        "copyMessage",
        "copyMessages",
        "forwardMessage",
        "forwardMessages",
        "sendVoice",
        "sendAudio",
        "sendVideo",
        "sendVideoNote",
        "sendAnimation",
        "sendSticker",
        "sendLocation",
        "sendVenue",
        "sendContact",
        "sendPoll",
        "sendChecklist",
        "sendDice",
        "sendGame",
        "sendInvoice",
    )
)
# Counted as one send per item (Telegram counts each message of an album or batch).
_BATCH_FIELDS = {
    "sendmediagroup": "media",
    "copymessages": "message_ids",
    "forwardmessages": "message_ids",
}


def parse_priority(rate_limit_args: object) -> Priority:
    """Read `{"priority": ...}` (a Priority, its int value or its name); default INTERACTIVE."""
    if not isinstance(rate_limit_args, Mapping):
        return Priority.INTERACTIVE
    value = rate_limit_args.get("priority", Priority.INTERACTIVE)
    if isinstance(value, str):
        return Priority[value.upper()]
    return Priority(int(value))


def chat_key(value: object) -> ChatKey | None:
    """Normalise a chat_id parameter: ints (also as digit strings) or "@username"."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value:
        return int(value) if value.lstrip("-").isdigit() else value
    return None


def send_cost(endpoint: str, data: Mapping[str, Any]) -> int:
    """How many messages a request creates, for pacing (at least 1)."""
    field = _BATCH_FIELDS.get(endpoint.lower())
    items = data.get(field) if field else None
    return max(1, len(items)) if isinstance(items, list | tuple) else 1


@dataclass
class Call:
    """The state of one request across its attempts."""

    endpoint: str
    data: dict[str, Any]
    priority: Priority
    paced: bool
    cost: int = 1
    seq: int | None = None  # place in the wait list, kept across retries
    retries: int = 0  # RETRY attempts (bounded by max_retries)
    waits: int = 0  # 429 waits (bounded separately)
    migrations: int = 0
    not_before: float = 0.0  # unpaced requests: earliest next attempt

    @classmethod
    def of(cls, endpoint: str, data: dict[str, Any], rate_limit_args: object) -> Call:
        """Describe a request as PTB hands it to the limiter."""
        paced = endpoint.lower() in PACED_METHODS
        cost = send_cost(endpoint, data) if paced else 0
        return cls(endpoint, data, parse_priority(rate_limit_args), paced, cost)

    @property
    def chat(self) -> ChatKey | None:
        """The target chat, if the request names one."""
        return chat_key(self.data.get("chat_id"))
