"""Every action the code writes to the audit trail has words in every language."""

from __future__ import annotations

import re
from pathlib import Path

from bot.domain.flags import FlagState
from bot.i18n import load_texts
from bot.services.audit import action_text_id

ROOT = Path(__file__).resolve().parents[2]
# A dotted action name as a whole string literal: "role.add", 'meeting.group_post'.
FEATURES = (
    "role|meeting|resource|flag|oncall|announce|group|content|contact|moderation|rules|joingate"
    "|break"
)
ACTION = re.compile(rf"""["']((?:{FEATURES})\.[a-z_]+)["']""")


def _actions_in_code() -> set[str]:
    """Return every literal action name found in bot/ and handlers/, plus computed ones."""
    found = {
        match
        for folder in ("bot", "handlers")
        for path in (ROOT / folder).rglob("*.py")
        for match in ACTION.findall(path.read_text(encoding="utf-8"))
    }
    found.update(f"flag.{state.value}" for state in FlagState)  # f"flag.{state.value}"
    found.update({"role.add", "role.remove"})  # f"role.{action}" in the CLI
    return found


def test_the_scan_finds_the_known_actions() -> None:
    """The scan sees actions from several features (so the next test checks something)."""
    actions = _actions_in_code()
    assert {"meeting.add", "resource.retire", "oncall.rotation", "content.reload"} <= actions


def test_every_action_has_a_text_in_every_language() -> None:
    """An admin never sees a raw action name for something the bot itself records."""
    texts = load_texts(ROOT / "content")
    missing = [
        f"{language}: {action}"
        for action in sorted(_actions_in_code())
        for language in texts.languages
        if not texts.has(language, action_text_id(action))
    ]
    assert missing == []
