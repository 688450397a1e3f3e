"""Pure error classification, backoff math and request facts."""

from __future__ import annotations

import datetime as dtm

import pytest
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

from bot.delivery.calls import Call, chat_key, parse_priority, send_cost
from bot.delivery.errors import (
    Action,
    DeliveryClosedError,
    backoff_delay,
    classify,
    retry_after_seconds,
)
from bot.delivery.pacing import Priority

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


@pytest.mark.parametrize(
    ("exc", "action"),
    [
        (NetworkError("Internal Server Error"), Action.RETRY),
        (NetworkError("Bad Gateway"), Action.RETRY),
        (TimedOut(), Action.RETRY),
        (ChatMigrated(-100123), Action.MIGRATE),
        (Forbidden("Forbidden: bot was blocked by the user"), Action.STOP),
        (BadRequest("Bad Request: chat not found"), Action.NEVER),
        (InvalidToken(), Action.NEVER),
        (Conflict("terminated by other getUpdates request"), Action.NEVER),
        (EndPointNotFound("nope"), Action.NEVER),
        (DeliveryClosedError(), Action.NEVER),
        (TelegramError("something new"), Action.NEVER),
        (ValueError("not telegram"), Action.NEVER),
    ],
)
def test_classify(exc: BaseException, action: Action) -> None:
    """Each PTB error maps to its reaction; BadRequest is not retried like NetworkError."""
    assert classify(exc) is action


def test_retry_after_seconds_accepts_ints_and_timedeltas() -> None:
    """A 429 means WAIT; retry_after is read as float seconds whatever form PTB stored."""
    assert classify(RetryAfter(3)) is Action.WAIT
    assert retry_after_seconds(RetryAfter(2)) == 2.0
    assert retry_after_seconds(RetryAfter(dtm.timedelta(milliseconds=1500))) == 1.5


def test_backoff_doubles_with_jitter_and_is_capped() -> None:
    """Delays double from the base, stay within [d/2, d] and never exceed the cap."""
    low = [backoff_delay(n, base=0.5, cap=4.0, rand=lambda: 0.0) for n in range(1, 7)]
    high = [backoff_delay(n, base=0.5, cap=4.0, rand=lambda: 1.0) for n in range(1, 7)]
    assert low == [0.25, 0.5, 1.0, 2.0, 2.0, 2.0]
    assert high == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]
    assert 0.25 <= backoff_delay(1) <= 0.5


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, Priority.INTERACTIVE),
        ({}, Priority.INTERACTIVE),
        ({"priority": Priority.ALERT}, Priority.ALERT),
        ({"priority": 3}, Priority.BROADCAST),
        ({"priority": "scheduled"}, Priority.SCHEDULED),
        (5, Priority.INTERACTIVE),
    ],
)
def test_parse_priority(value: object, expected: Priority) -> None:
    """rate_limit_args may name the priority as enum, int or name; the default is INTERACTIVE."""
    assert parse_priority(value) is expected


def test_parse_priority_rejects_unknown_values() -> None:
    """A misspelt priority is a programming error, not silently INTERACTIVE."""
    with pytest.raises(KeyError):
        parse_priority({"priority": "urgent"})
    with pytest.raises(ValueError, match="9"):
        parse_priority({"priority": 9})


def test_chat_key_normalises_ids() -> None:
    """Digit strings become ints; usernames stay; bools and missing ids give None."""
    assert [chat_key(v) for v in (5, "-100", "@news", True, None, "")] == [
        5,
        -100,
        "@news",
        None,
        None,
        None,
    ]


def test_send_cost_counts_album_items() -> None:
    """A media group or a batch copy costs one send per item; everything else costs one."""
    assert send_cost("sendMediaGroup", {"media": [1, 2, 3]}) == 3
    assert send_cost("forwardMessages", {"message_ids": [1, 2]}) == 2
    assert send_cost("sendMessage", {"text": "x"}) == 1


def test_call_facts() -> None:
    """A Call knows whether it is paced, its chat and its priority."""
    call = Call.of("sendMessage", {"chat_id": "42"}, {"priority": Priority.ALERT})
    assert (call.paced, call.chat, call.priority, call.cost) == (True, 42, Priority.ALERT, 1)
    edit = Call.of("editMessageText", {"chat_id": 42}, None)
    assert (edit.paced, edit.priority) == (False, Priority.INTERACTIVE)
