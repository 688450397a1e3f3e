"""content/search_words/<lang>.toml: every language's file is read, merged and checked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.config import DEFAULT_CONTENT_DIR
from bot.domain.language import SUPPORTED_LANGUAGES
from bot.i18n import ContentError
from bot.resources.search_words import FOLDER, load_search_words


def _copy(tmp_path: Path) -> Path:
    """A copy of the shipped search words to break."""
    shutil.copytree(DEFAULT_CONTENT_DIR / FOLDER, tmp_path / FOLDER)
    return tmp_path


def _write(content: Path, language: str, text: str) -> None:
    """Replace one language's file."""
    (content / FOLDER / f"{language}.toml").write_text(text, encoding="utf-8")


def test_every_language_has_its_words() -> None:
    """Each language the bot speaks has a file, with a general word and a question word."""
    for language in SUPPORTED_LANGUAGES:
        words = load_search_words(DEFAULT_CONTENT_DIR, [language])
        assert words.general, language
        assert words.questions, language
        assert words.synonyms, language
    merged = load_search_words(DEFAULT_CONTENT_DIR)
    assert {"help", "ayuda", "aide", "hilfe", "ajuda"} <= merged.general
    assert merged.synonyms["depression"] == (
        "mental health",
        "sante mentale",
        "psychische gesundheit",
    )


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    """A language without its file stops the bot, naming the file."""
    content = _copy(tmp_path)
    (content / FOLDER / "pt.toml").unlink()
    with pytest.raises(ContentError, match=r"pt\.toml: file is missing"):
        load_search_words(content)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('stop = ["the cat"]', r"fr\.toml: stop: 'the cat' must be one word"),
        ('general = "help"', r"fr\.toml: general must be a list"),
        ("words = []", r"fr\.toml: unknown entry 'words'"),
        ("[synonyms]\nsad = []", r"synonyms: sad must be a list of 1 to 3"),
        ('[synonyms]\nsad = ["a", "b", "c", "d"]', r"synonyms: sad must be a list of 1 to 3"),
        ('[synonyms]\nsad = ["sad"]', r"other than the word itself"),
        ('[synonyms]\nhelp = ["support"]', r"synonym 'help' is also in questions, general or stop"),
        ("stop = [", r"fr\.toml: TOML syntax error"),
    ],
)
def test_mistakes_are_named(tmp_path: Path, text: str, problem: str) -> None:
    """A mistake in a file stops the bot with the file, the word and the problem."""
    content = _copy(tmp_path)
    _write(content, "fr", text)
    with pytest.raises(ContentError, match=problem):
        load_search_words(content)


def test_accents_and_capitals_are_folded(tmp_path: Path) -> None:
    """Words are kept as queries are read: 'Dónde' is 'donde', 'Salud Mental' 'salud mental'."""
    content = _copy(tmp_path)
    _write(content, "es", 'questions = ["Dónde"]\n[synonyms]\n"Depresión" = ["Salud Mental"]')
    words = load_search_words(content, ["es"])
    assert "donde" in words.questions
    assert words.synonyms["depresion"] == ("salud mental",)
