"""Random well-formed and malformed updates through the inbox and every handler."""

from __future__ import annotations

import asyncio
import json
import logging
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import services_of
from bot.delivery.inbox import InboxProcessor
from bot.delivery.updates import to_received
from bot.domain.buttons.member import (
    Agree,
    Decline,
    Forget,
    PickTimezone,
    SettingsLanguage,
    SettingsTimezone,
    StartLanguage,
    ZoneOrigin,
)
from tests.handlers.conftest import running_app

USER_IDS = st.sampled_from([101, 102, 1087968824, 777000, 2**40])
CHAT_TYPES = st.sampled_from(["private", "group", "supergroup", "channel"])
TEXTS = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            "/start",
            "/start abc",
            "/help",
            "/settings",
            "/forget",
            "/stop",
            "/groups",
            "/mydata",
            "/privacy",
            "/start " + "x" * 80,
            "/unknown@peer_test_bot",
        ]
    ),
    st.text(
        alphabet=st.characters(codec="utf-16", categories=["Cs", "Cf", "Zs", "So"]), max_size=50
    ),
)
CALLBACKS = st.one_of(
    st.text(max_size=64),
    st.sampled_from(
        [
            StartLanguage("en").pack(),
            Agree("es", "code").pack(),
            Decline("en").pack(),
            SettingsLanguage().pack(),
            SettingsTimezone().pack(),
            PickTimezone(ZoneOrigin.ONBOARDING, "UTC").pack(),
            PickTimezone(ZoneOrigin.SETTINGS, "Europe/Madrid").pack(),
            Forget(True).pack(),
            Forget(False).pack(),
            SettingsLanguage("es").pack(),
        ]
    ),
)


def _user(user_id: int, is_bot: bool) -> dict[str, Any]:
    """A Telegram user object."""
    return {"id": user_id, "is_bot": is_bot, "first_name": "F", "language_code": "es"}


@st.composite
def messages(draw: st.DrawFn) -> dict[str, Any]:
    """A message update, sometimes edited, forwarded, from a bot, or with missing parts."""
    user_id = draw(USER_IDS)
    chat_type = draw(CHAT_TYPES)
    chat_id = user_id if chat_type == "private" else -draw(st.integers(1, 10**12))
    text = draw(TEXTS)
    message: dict[str, Any] = {
        "message_id": draw(st.integers(1, 10**6)),
        "date": draw(st.integers(0, 2**31)),
        "chat": {"id": chat_id, "type": chat_type, "title": draw(st.text(max_size=20))},
    }
    if draw(st.booleans()):
        message["from"] = _user(user_id, draw(st.booleans()))
    if draw(st.booleans()):
        message["text"] = text
        if text.startswith("/"):
            length = len(text.split(" ")[0].encode("utf-16-le")) // 2
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    if draw(st.booleans()):
        message["sender_chat"] = {"id": chat_id, "type": chat_type}
    kind = draw(st.sampled_from(["message", "edited_message", "channel_post"]))
    return {kind: message}


@st.composite
def callback_queries(draw: st.DrawFn) -> dict[str, Any]:
    """A button press with arbitrary data on an arbitrary message."""
    user_id = draw(USER_IDS)
    return {
        "callback_query": {
            "id": str(draw(st.integers(1, 10**9))),
            "from": _user(user_id, False),
            "chat_instance": "c",
            "data": draw(CALLBACKS),
            "message": {"message_id": 1, "date": 0, "chat": {"id": user_id, "type": "private"}},
        }
    }


@st.composite
def member_changes(draw: st.DrawFn) -> dict[str, Any]:
    """The bot's own membership changing in some chat."""
    statuses = st.sampled_from(["member", "administrator", "left", "kicked", "restricted"])
    bot = {"id": 4242, "is_bot": True, "first_name": "B"}
    member = {"user": bot, "status": draw(statuses), "until_date": 0}
    return {
        "my_chat_member": {
            "chat": {"id": -draw(st.integers(1, 10**6)), "type": draw(CHAT_TYPES), "title": "G"},
            "from": _user(draw(USER_IDS), False),
            "date": 0,
            "old_chat_member": dict(member, status=draw(statuses)),
            "new_chat_member": member,
        }
    }


JUNK = st.dictionaries(
    st.text(max_size=10),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
        ),
        max_leaves=10,
    ),
    max_size=4,
)
UPDATES = st.one_of(messages(), callback_queries(), member_changes(), JUNK)


async def _feed(updates: list[dict[str, Any]], folder: Path) -> tuple[int, int]:
    """Store the updates in the inbox and drain it; return (pending afterwards, processed)."""
    async with running_app(folder) as harness:
        services = services_of(harness.app)
        processor = InboxProcessor(harness.app, services.inbox, services.clock)
        batch = [
            to_received({"update_id": index, **update}) for index, update in enumerate(updates)
        ]
        await processor.store([item for item in batch if item is not None])
        await processor.drain()
        return await services.inbox.pending_count(), processor.processed


class _Collector(logging.Handler):
    """Keeps the records logged while it is attached."""

    def __init__(self) -> None:
        """Start with no records."""
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the record."""
        self.records.append(record)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(UPDATES, min_size=1, max_size=25))
def test_random_updates_never_crash_or_stick(updates: list[dict[str, Any]]) -> None:
    """Any mix of updates is processed to the end with no handler failing and none left pending."""
    json.dumps(updates)  # the strategies only build JSON-encodable updates
    handler = _Collector()
    logging.getLogger("bot.app").addHandler(handler)
    try:
        with tempfile.TemporaryDirectory() as folder:
            pending, processed = asyncio.run(_feed(updates, Path(folder)))
    finally:
        logging.getLogger("bot.app").removeHandler(handler)
    assert pending == 0
    assert processed == len(updates)
    assert [
        record.getMessage() for record in handler.records if record.levelno >= logging.ERROR
    ] == []
