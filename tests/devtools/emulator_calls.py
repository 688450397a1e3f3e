"""Small helpers for the emulator's safe-room tests: call and expect success or a refusal."""

from __future__ import annotations

from typing import Any

from bot.devtools.emulator import EmulatorCore


def ok(core: EmulatorCore, method: str, **params: Any) -> Any:
    """Call `method` and return its result, failing the test on an error answer."""
    status, body = core.call(method, params)
    assert (status, body.get("ok")) == (200, True), body
    return body["result"]


def refused(core: EmulatorCore, method: str, **params: Any) -> str:
    """Call `method`, assert Telegram's 400 answer and return its description."""
    status, body = core.call(method, params)
    assert (status, body.get("ok")) == (400, False), body
    return str(body["description"])


def kinds(core: EmulatorCore) -> list[str]:
    """Return the kinds of the updates getUpdates delivers now (all kinds allowed)."""
    allowed = '["message", "chat_member", "my_chat_member", "chat_join_request"]'
    result = ok(core, "getUpdates", allowed_updates=allowed)
    return [next(k for k in update if k != "update_id") for update in result]


def confirm_all(core: EmulatorCore) -> None:
    """Confirm every pending update (so the next `kinds` sees only new ones)."""
    result = ok(core, "getUpdates")
    if result:
        ok(core, "getUpdates", offset=result[-1]["update_id"] + 1)
