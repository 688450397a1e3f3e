"""Texts: every locale complete, every id used in code defined, load errors located."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.domain.models import Role
from bot.features import FEATURES
from bot.i18n import ContentError, load_texts
from bot.menus import Menu

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"


def _ids_used_in_code() -> set[str]:
    """Collect literal message ids passed to reply(...) or texts.get(language, ...)."""
    used: set[str] = set()
    for path in [*ROOT.joinpath("bot").rglob("*.py"), *ROOT.joinpath("handlers").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            position = {"reply": 2, "get": 1, "ask_text": 2}.get(str(name))
            if position is None or len(node.args) <= position:
                continue
            argument = node.args[position]
            value = argument.value if isinstance(argument, ast.Constant) else None
            if isinstance(value, str) and "-" in value and " " not in value:
                used.add(value)
    return used


def test_every_locale_has_every_english_id() -> None:
    """Spanish (and any other locale) defines every message English defines."""
    texts = load_texts(CONTENT)
    english = texts.message_ids("en")
    for language in texts.languages:
        missing = english - texts.message_ids(language)
        assert not missing, f"{language} lacks {sorted(missing)}"


def test_code_uses_only_defined_ids() -> None:
    """Every message id written in code exists in every locale."""
    texts = load_texts(CONTENT)
    used = _ids_used_in_code()
    assert len(used) > 20, "the scan found too few ids to be working"
    for language in texts.languages:
        undefined = used - texts.message_ids(language)
        assert not undefined, f"{language} lacks {sorted(undefined)}"


def test_every_menu_command_has_a_description() -> None:
    """Each command in any menu has a cmd-<name> text in every locale."""
    texts = load_texts(CONTENT)
    for language in texts.languages:
        for name in Menu.of(FEATURES).commands_for(Role.ADMIN):
            assert texts.has(language, f"cmd-{name}"), f"{language}: cmd-{name}"


def test_arguments_are_escaped_but_markup_kept() -> None:
    """String arguments are HTML-escaped; the message's own tags stay."""
    texts = load_texts(CONTENT)
    text = texts.get("en", "group-joined", group="<script>&")
    assert "<b>&lt;script&gt;&amp;</b>" in text


def test_plurals_follow_the_language() -> None:
    """Fluent plural rules pick the right form."""
    texts = load_texts(CONTENT)
    one = texts.get("es", "groups-list-item", title="G", members=1, link="l")
    many = texts.get("es", "groups-list-item", title="G", members=7, link="l")
    assert "1 miembro" in one
    assert "7 miembros" in many


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    """A broken .ftl file fails to load with its path and line number."""
    for language in ("en", "es"):
        folder = tmp_path / "locales" / language
        folder.mkdir(parents=True)
        (folder / "main.ftl").write_text("ok = fine\n\nbroken = {\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"main\.ftl, line 3"):
        load_texts(tmp_path)


def test_duplicate_id_is_an_error(tmp_path: Path) -> None:
    """The same id twice in one language is reported."""
    folder = tmp_path / "locales" / "en"
    folder.mkdir(parents=True)
    (folder / "a.ftl").write_text("same = one\n", encoding="utf-8")
    (folder / "b.ftl").write_text("same = two\n", encoding="utf-8")
    with pytest.raises(ContentError, match="defined twice"):
        load_texts(tmp_path, languages=("en",))


def test_missing_locale_folder_is_an_error(tmp_path: Path) -> None:
    """A language without files is reported with the folder."""
    with pytest.raises(ContentError, match=r"no \.ftl files"):
        load_texts(tmp_path, languages=("en",))
