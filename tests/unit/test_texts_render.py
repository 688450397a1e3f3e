"""Every message renders in every language with sample arguments, using English's variables.

A translation that drops or misspells `{ $name }` would show members a blank or a raw
placeholder; one that breaks a selector would log a formatting error. Both are found here for
all five languages, with numbers (plural branches) and with words as the arguments.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent_ast
from fluent.syntax.visitor import Visitor

from bot.devtools.emulator.html import strip_html
from bot.domain.language import SUPPORTED_LANGUAGES
from bot.i18n import load_texts

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ROOT / "content" / "locales"
PLAIN_PREFIXES = ("btn-", "cmd-")


class _Variables(Visitor):
    """Collects the names of the variables a pattern uses."""

    def __init__(self) -> None:
        """Start with none."""
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: fluent_ast.VariableReference) -> None:  # noqa: N802
        """Note one variable."""
        self.names.add(node.id.name)


def _variables(language: str) -> dict[str, set[str]]:
    """Return each message id of a language with the variables its value uses."""
    found: dict[str, set[str]] = {}
    for path in sorted((LOCALES / language).glob("*.ftl")):
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, fluent_ast.Message) and entry.value is not None:
                visitor = _Variables()
                visitor.visit(entry.value)
                found[entry.id.name] = visitor.names
    return found


@pytest.mark.parametrize("language", [code for code in SUPPORTED_LANGUAGES if code != "en"])
def test_translations_use_every_english_variable(language: str) -> None:
    """Each translated message shows every value the English one shows."""
    english, translated = _variables("en"), _variables(language)
    missing = {
        message_id: sorted(names - translated.get(message_id, set()))
        for message_id, names in english.items()
        if names - translated.get(message_id, set())
    }
    assert missing == {}


@pytest.mark.parametrize("sample", [3, 1, 0, "Sam"])
def test_every_message_renders_in_every_language(
    sample: object, caplog: pytest.LogCaptureFixture
) -> None:
    """Rendered with English's variables, no message logs an error or breaks Telegram HTML."""
    caplog.set_level(logging.WARNING, logger="bot.i18n")
    texts = load_texts(ROOT / "content")
    english = _variables("en")
    problems = []
    for language in texts.languages:
        for message_id, names in sorted(english.items()):
            text = texts.get(language, message_id, **dict.fromkeys(names, sample))
            if "{$" in text or "{ $" in text:
                problems.append(f"{language} {message_id}: placeholder left")
            if not message_id.startswith(PLAIN_PREFIXES):
                try:
                    strip_html(text)
                except Exception as error:  # the emulator's ApiError, with its reason
                    problems.append(f"{language} {message_id}: {error}")
    assert problems == []
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
