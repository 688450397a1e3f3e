"""A sixth language needs its .ftl files, its search words and one entry in SUPPORTED_LANGUAGES,
no other code.

Follows docs/content-editors.md ("Adding a language") with a pseudo-locale: every English text
copied to `content/locales/it/` with its letters swapped for accented look-alikes, Italian
added to the one list, and the real bot walked through in `peerbot shell`. Dates, times and
the language's own name come from CLDR, so they appear in Italian without any table.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, FluentSerializer
from fluent.syntax import ast as fluent_ast
from fluent.syntax.visitor import Transformer

from bot.devtools.process import ROOT

NEW = "it"
PSEUDO = str.maketrans("aeiouAEIOU", "àèìòùÀÈÌÒÙ")
TAG_OR_ENTITY = re.compile(r"(<[^>]*>|&\w+;)")
# Adds the language to the one list before anything else reads it, then runs the shell.
RUN = (
    "import sys, bot.domain.language as c; c.SUPPORTED_LANGUAGES = (*c.SUPPORTED_LANGUAGES, 'it'); "
    "from bot.cli import main; sys.exit(main(sys.argv[1:]))"
)


def pseudo(text: str) -> str:
    """Swap vowels for accented ones outside HTML tags and entities."""
    parts = TAG_OR_ENTITY.split(text)
    return "".join(
        part if TAG_OR_ENTITY.fullmatch(part) else part.translate(PSEUDO) for part in parts
    )


class _Pseudo(Transformer):
    """Rewrite every text element of a Fluent file; ids, variables and keys stay."""

    def visit_TextElement(self, node: fluent_ast.TextElement) -> fluent_ast.TextElement:  # noqa: N802
        """Pseudo-translate one run of text."""
        node.value = pseudo(node.value)
        return node


def add_pseudo_language(content: Path) -> None:
    """Step 1 of the guide: copy the English folder to the new code and 'translate' it, and
    copy the English search words as the new language's (a translator would change them)."""
    target = content / "locales" / NEW
    target.mkdir()
    for source in sorted((content / "locales" / "en").glob("*.ftl")):
        resource = FluentParser().parse(source.read_text(encoding="utf-8"))
        _Pseudo().visit(resource)
        (target / source.name).write_text(FluentSerializer().serialize(resource), "utf-8")
    words = content / "search_words"
    shutil.copyfile(words / "en.toml", words / f"{NEW}.toml")


@pytest.fixture(scope="module")
def screen(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The shell walked in the new language on a copy of the content with its folder added."""
    folder = tmp_path_factory.mktemp("sixth")
    content = folder / "content"
    shutil.copytree(ROOT / "content", content, ignore=shutil.ignore_patterns("corpus"))
    add_pseudo_language(content)
    script = "\n".join(["/start", "6", "1", "Roma", "/in group", "1", "/in private", "/next"])
    script += "\n/checkin\n/crisis\n/settings\n/quit\n"
    paths = ["--db", str(folder / "db.sqlite3"), "--files", str(folder / "files")]
    done = subprocess.run(
        [sys.executable, "-c", RUN, "shell", *paths],
        input=script,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "CONTENT_DIR": str(content)},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.mark.e2e
def test_the_new_language_is_offered_by_its_own_name(screen: str) -> None:
    """The language question lists the sixth language as 'Italiano' (CLDR), after the five."""
    assert "[5] Português\n  [6] Italiano" in screen


@pytest.mark.e2e
def test_the_new_language_speaks_its_texts_and_formats(screen: str) -> None:
    """After choosing it, the bot answers in the new texts, with Italian dates from CLDR."""
    chosen = screen[screen.index("(Sam presses [6] Italiano)") :]
    assert pseudo("Your settings") in chosen
    assert pseudo("which time zone are you in?") in chosen
    assert re.search(r"🗓 (lun|mar|mer|gio|ven|sab|dom) \d{1,2} \w{3}", chosen), chosen
    assert "Your settings" not in chosen


def test_the_pseudo_translation_keeps_markup_and_can_be_told_apart() -> None:
    """Tags and entities survive; the pseudo text differs from English (so the checks can fail)."""
    assert pseudo("<b>Your</b> &amp; settings") == "<b>Yòùr</b> &amp; sèttìngs"
