"""No parameter value makes the emulator crash: every bad request gets a Telegram-like answer."""

from __future__ import annotations

from typing import Any

import pytest

from bot.devtools.emulator import EmulatorCore
from bot.devtools.emulator.spec import METHODS

ODD_VALUES: list[Any] = [[], {}, "x", 1, True, [[1]], [["x"]], {"a": 1}, -5, "", [{}], None]


def _base_params(core: EmulatorCore) -> dict[str, Any]:
    """Plausible values for the usual parameters: a user, a bot message with a button."""
    user = core.add_user("Ann")
    markup = {"inline_keyboard": [[{"text": "a", "callback_data": "a"}]]}
    sent = core.call("sendMessage", {"chat_id": user.id, "text": "hi", "reply_markup": markup})
    return {
        "chat_id": user.id,
        "message_id": sent[1]["result"]["message_id"],
        "text": "t",
        "commands": [],
        "user_id": user.id,
        "action": "typing",
    }


@pytest.mark.parametrize("method", sorted(METHODS))
def test_odd_values_get_an_answer_not_a_crash(method: str) -> None:
    """Each parameter set to a list, object, number, boolean or empty value is answered."""
    statuses: set[int] = set()
    for field in METHODS[method]:
        for value in ODD_VALUES:
            core = EmulatorCore("42:T")
            params = {k: v for k, v in _base_params(core).items() if k in METHODS[method]}
            params[field] = value
            status, body = core.call(method, params)
            assert body["ok"] is (status == 200), (field, value, body)
            statuses.add(status)
    assert statuses <= {200, 400, 403, 404, 409}, statuses
