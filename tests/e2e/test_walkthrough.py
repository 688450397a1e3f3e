"""The walkthroughs of docs/walkthrough/: each script replayed gives its kept transcript.

A failure shows the difference line by line. When the bot's texts changed on purpose, write
the transcripts again with `make walkthrough` and read the diff before committing it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.devtools.process import ROOT
from bot.devtools.walkthrough import FOLDER, differences, replay, transcript_path

SCRIPTS = sorted(FOLDER.glob("*.txt"))
SHORT = """\
# Sam says hello.
/start
/press english
"""


def test_there_is_a_walkthrough_in_english_and_in_spanish() -> None:
    """The two scripts of issue 20 exist, each with its transcript beside it."""
    assert [script.name for script in SCRIPTS] == ["week-en.txt", "week-es.txt"]
    assert all(transcript_path(script).exists() for script in SCRIPTS)


@pytest.mark.parametrize("script", SCRIPTS, ids=[script.stem for script in SCRIPTS])
def test_replaying_a_script_gives_its_kept_transcript(script: Path) -> None:
    """What the bot answers today is what the transcript in docs/ says, word for word."""
    kept = transcript_path(script)
    diff = differences(kept.read_text(encoding="utf-8"), replay(script), kept)
    if diff:
        pytest.fail(f"{kept.name} is out of date (`make walkthrough` rewrites it):\n{diff}", False)


def test_a_changed_text_shows_in_the_diff(tmp_path: Path) -> None:
    """A bot text edited in content/ makes the replay differ, and the diff shows both lines."""
    script = tmp_path / "hello.txt"
    script.write_text(SHORT, encoding="utf-8")
    before = replay(script)
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    onboarding = content / "locales" / "en" / "onboarding.ftl"
    text = onboarding.read_text(encoding="utf-8")
    assert "Here is what I do, in plain words:" in text
    onboarding.write_text(text.replace("in plain words", "in a few words"), encoding="utf-8")
    after = replay(script, settings={"CONTENT_DIR": str(content)})
    diff = differences(before, after, transcript_path(script))
    assert "-  Here is what I do, in plain words:" in diff.splitlines()
    assert "+  Here is what I do, in a few words:" in diff.splitlines()
    assert diff.startswith("--- hello.md (kept)\n+++ hello.md (the bot now)")
