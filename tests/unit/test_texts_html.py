"""Every text sent as an HTML message parses as Telegram HTML in every language.

A tag left open (or a bare `&` or `<`) makes Telegram refuse the whole message, so the member
would get nothing: this test finds it before a member does. Button labels (`btn-`) and menu
descriptions (`cmd-`) are plain text and are left out.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.devtools.emulator.html import strip_html
from bot.devtools.emulator.models import ApiError
from bot.domain.language import SUPPORTED_LANGUAGES
from bot.i18n import Texts, load_texts

ROOT = Path(__file__).resolve().parents[2]
PLAIN_PREFIXES = ("btn-", "cmd-")


def _html_problems(texts: Texts) -> list[str]:
    """Return 'language id: problem' for each HTML text Telegram would refuse."""
    problems = []
    for language in texts.languages:
        for message_id in sorted(texts.message_ids(language)):
            if message_id.startswith(PLAIN_PREFIXES):
                continue
            try:
                strip_html(texts.get(language, message_id))
            except ApiError as error:
                problems.append(f"{language} {message_id}: {error}")
    return problems


def test_every_html_text_parses(caplog: pytest.LogCaptureFixture) -> None:
    """No text of content/locales would be refused by Telegram's HTML parser."""
    caplog.set_level(logging.ERROR, logger="bot.i18n")  # texts rendered without their arguments
    assert _html_problems(load_texts(ROOT / "content")) == []


def test_an_unclosed_tag_is_found(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A copy of the content with one unclosed <b> is reported (the check can fail)."""
    caplog.set_level(logging.ERROR, logger="bot.i18n")
    for language in SUPPORTED_LANGUAGES:
        folder = tmp_path / "locales" / language
        folder.mkdir(parents=True)
        (folder / "broken.ftl").write_text("broken-text = <b>Hello\nbtn-fine = A & B\n")
    problems = _html_problems(load_texts(tmp_path))
    found = [problem.split(":")[0] for problem in problems]
    assert found == [f"{language} broken-text" for language in SUPPORTED_LANGUAGES]
