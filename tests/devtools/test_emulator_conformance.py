"""The emulator against the Bot API spec (tests/data/botapi/api.json): methods and parameters.

Which methods the bot calls is learnt two ways. `bot_methods.txt` lists the methods the
bot requested while the handler and end-to-end tests ran (recorded with
PEERBOT_EMULATOR_METHODS_LOG); a static scan of bot/ catches a method named in the code
(a raw endpoint string or a PTB `bot.<snake_case>` call) that the recording has not seen.
"""

from __future__ import annotations

import ast
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from bot.devtools.emulator import EmulatorCore
from bot.devtools.emulator.spec import BOT_API_VERSION, METHODS
from bot.devtools.emulator.state import _ACCEPTED

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "botapi"
# Message-creating methods listed only so pacing knows them, not called by the bot.
PACING_LIST = ROOT / "bot" / "delivery" / "calls.py"


@cache
def spec() -> dict[str, Any]:
    """The vendored Bot API spec."""
    data: dict[str, Any] = json.loads((DATA / "api.json").read_text(encoding="utf-8"))
    return data


def spec_fields(method: str) -> dict[str, bool]:
    """Return {parameter: required} of a method in the spec, in the spec's order."""
    fields = spec()["methods"][method].get("fields", [])
    return {field["name"]: bool(field["required"]) for field in fields}


def served_methods() -> set[str]:
    """Lower-case names of the methods the emulator core answers."""
    handlers = {name[2:] for name in dir(EmulatorCore) if name.startswith("m_")}
    return (handlers - {"accepted"}) | set(_ACCEPTED)


def recorded_bot_methods() -> list[str]:
    """Methods the bot requested during the handler and e2e tests (see the data README)."""
    lines = (DATA / "bot_methods.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_spec_version_is_the_one_the_emulator_names() -> None:
    """The emulator's refusals name the Bot API version that was vendored."""
    assert spec()["version"] == BOT_API_VERSION


def test_every_served_method_exists_in_the_spec() -> None:
    """Each method the emulator answers is a real Bot API method (by case-insensitive name)."""
    known = {name.lower() for name in spec()["methods"]}
    assert sorted(served_methods() - known) == []


def test_parameter_table_matches_the_spec() -> None:
    """The emulator's parameter names and required flags are exactly the spec's."""
    assert {name.lower() for name in METHODS} == served_methods()
    expected = {name: spec_fields(name) for name in METHODS}
    if expected != METHODS:
        table = "\n".join(f'    "{n}": {f!r},' for n, f in sorted(expected.items()))
        pytest.fail(f"bot/devtools/emulator/spec.py is out of date; METHODS should be:\n{table}")


@pytest.mark.parametrize("method", sorted(METHODS))
def test_unknown_parameter_is_refused(method: str) -> None:
    """A parameter name the spec does not list is refused with a 400 naming it."""
    status, body = EmulatorCore("42:T").call(method, {"parse_mod": "HTML"})
    assert status == 400
    assert 'unknown parameter "parse_mod"' in body["description"]


def test_options_ptb_defaults_add_are_tolerated() -> None:
    """parse_mode and the other PTB default options pass even where the spec lacks them."""
    core = EmulatorCore("42:T")
    user = core.add_user("Ann")
    sent = core.call("sendMessage", {"chat_id": user.id, "text": "hi"})[1]["result"]
    params = {"chat_id": user.id, "message_id": sent["message_id"], "parse_mode": "HTML"}
    params["reply_markup"] = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
    assert core.call("editMessageReplyMarkup", params)[0] == 200


REQUIRED = [
    (method, field)
    for method in sorted(METHODS)
    for field, required in METHODS[method].items()
    if required and (method, field) != ("setWebhook", "url")
]


@pytest.mark.parametrize(("method", "missing"), REQUIRED)
def test_missing_required_parameter_is_refused(method: str, missing: str) -> None:
    """Leaving out any required parameter (the others given) is a 400."""
    params = {field: "1" for field, required in METHODS[method].items() if required}
    del params[missing]
    status, body = EmulatorCore("42:T").call(method, params)
    assert (status, body["ok"]) == (400, False), body


def test_recorded_bot_methods_are_served_and_real() -> None:
    """Every method the bot requested in the tests is in the spec and served."""
    recorded = recorded_bot_methods()
    assert recorded, "bot_methods.txt is empty"
    assert [m for m in recorded if m not in spec()["methods"]] == []
    assert [m for m in recorded if m.lower() not in served_methods()] == []


def _methods_named_in(path: Path, names: set[str]) -> set[str]:
    """Spec method names a module uses as a string or as a `.snake_case` attribute."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and node.value in names:
            found.add(str(node.value))
        if isinstance(node, ast.Attribute) and "_" in node.attr:
            camel = re.sub(r"_([a-z])", lambda m: m.group(1).upper(), node.attr)
            if camel in names:
                found.add(camel)
    return found


def test_methods_named_in_the_bot_code_are_served() -> None:
    """A Bot API method named in bot/ (outside devtools and the pacing list) is served."""
    names = set(spec()["methods"])
    named: set[str] = set()
    for path in sorted((ROOT / "bot").rglob("*.py")):
        if "devtools" not in path.parts and path != PACING_LIST:
            named |= _methods_named_in(path, names)
    assert sorted(m for m in named if m.lower() not in served_methods()) == []
    unrecorded = sorted(named - set(recorded_bot_methods()))
    assert unrecorded == [], "record again: see tests/data/botapi/README.md"
