"""What to do about a failed Bot API call: pure classification and backoff math."""

from __future__ import annotations

import random
from collections.abc import Callable
from enum import Enum

from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)


class Action(Enum):
    """How the limiter reacts to an error."""

    WAIT = "wait"  # 429: pause the chat and the bulk lanes for retry_after, then retry
    RETRY = "retry"  # 5xx, timeout, connection error: back off exponentially, then retry
    MIGRATE = "migrate"  # group became a supergroup: resend at once to the new chat id
    STOP = "stop"  # 403: the chat is unreachable; tell the app, never retry
    NEVER = "never"  # 400, bad token, conflict, anything unknown: raise, never retry


class DeliveryClosedError(TelegramError):
    """Raised for sends still waiting (or new ones) when the limiter is shut down."""

    def __init__(self, message: str = "delivery limiter is shut down") -> None:
        """Create the error with a fixed, content-free message."""
        super().__init__(message)


def classify(exc: BaseException) -> Action:
    """Map an exception raised by a Bot API call to the limiter's reaction."""
    # Order matters: BadRequest and TimedOut are subclasses of NetworkError.
    if isinstance(exc, RetryAfter):
        return Action.WAIT
    if isinstance(exc, ChatMigrated):
        return Action.MIGRATE
    if isinstance(exc, Forbidden):
        return Action.STOP
    if isinstance(exc, BadRequest | InvalidToken | Conflict | EndPointNotFound):
        return Action.NEVER
    if isinstance(exc, TimedOut | NetworkError):  # PTB maps HTTP 5xx to NetworkError
        return Action.RETRY
    return Action.NEVER


def retry_after_seconds(exc: RetryAfter) -> float:
    """The server's retry_after in seconds, read without PTB's int/timedelta deprecation."""
    return max(0.0, float(exc._retry_after.total_seconds()))


def backoff_delay(
    attempt: int,
    *,
    base: float = 0.5,
    cap: float = 30.0,
    rand: Callable[[], float] = random.random,
) -> float:
    """Delay before retry number `attempt` (1-based): base doubling, capped, "equal jitter"."""
    ceiling = min(cap, base * 2.0 ** max(0, attempt - 1))
    return ceiling / 2 + rand() * ceiling / 2


def unreachable_error(description: str) -> Forbidden:
    """The Forbidden raised, without a request, for bulk sends to a chat known unreachable."""
    return Forbidden(f"{description} (chat known unreachable; not sent)")
