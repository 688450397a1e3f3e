"""Peer reports' pure parts: hostile phrases (file and matching), report rules, buttons."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.domain.flags import RAISED_BY_OTHERS
from bot.peer_reports.model import (
    HOSTILE_CATEGORY,
    REPORT_CATEGORY,
    HostileWords,
    WorriedGroup,
    clip,
    normalize,
    report_ids,
    report_rule,
)
from bot.peer_reports.words import HostileWordsError, load_hostile_words

CONTENT = Path(__file__).resolve().parents[2] / "content"


def test_the_shipped_phrases_cover_every_language() -> None:
    """The content file loads, and a phrase of each language matches, accents or not."""
    words = load_hostile_words(CONTENT)
    for text in (
        "kys",
        "Just do it.",
        "Nobody would miss you lol",
        "mátate ya",
        "matate",
        "personne ne te regrettera",
        "Niemand würde dich vermissen",
        "ninguem sentiria sua falta",
    ):
        assert words.matches(text), text


def test_phrases_match_whole_words_only() -> None:
    """'kys' is not 'keys', and harmless replies stay harmless."""
    words = load_hostile_words(CONTENT)
    for text in ("my keys are lost", "see you tomorrow", "you did it!", "skys the limit"):
        assert not words.matches(text), text


def test_matching_ignores_case_accents_and_apostrophes() -> None:
    """Normalised text and phrases meet: KYS, Mátate, no-one's apostrophes."""
    words = HostileWords(frozenset({normalize("no one would miss you"), normalize("mátate")}))
    assert words.matches("NO ONE would miss you!!")
    assert words.matches("MATATE")
    assert normalize("Don’t  Do-It") == "dont do it"


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ('[en]\nphrases = ["kys"]\n[es]\nphrases = "kys"\n', "[es] needs a list"),
        ('[en]\nphrases = [""]\n', "empty phrase"),
        ('[en]\nphrases = ["kys", "kys"]\n', "repeats"),
        ("[xx]\nphrases = []\n", "unknown language"),
        ("[en\n", "cannot be read"),
    ],
)
def test_a_broken_file_names_its_problem(tmp_path: Path, body: str, problem: str) -> None:
    """A language's table without a list, empty or repeated phrases, unknown languages and bad
    TOML stop the start, named."""
    others = "".join(f'[{lang}]\nphrases = ["x{lang}"]\n' for lang in ("fr", "de", "pt"))
    text = (
        body
        if "cannot" in problem or "[es]" in problem
        else body + '[es]\nphrases = ["y"]\n' + others
    )
    (tmp_path / "hostile_replies.toml").write_text(text, encoding="utf-8")
    with pytest.raises(HostileWordsError, match=problem.replace("[", r"\[").replace("]", r"\]")):
        load_hostile_words(tmp_path)


def test_a_language_the_file_does_not_name_has_no_phrases(tmp_path: Path) -> None:
    """A language added to the bot later needs no phrases to start; the others are read."""
    (tmp_path / "hostile_replies.toml").write_text('[en]\nphrases = ["kys"]\n', "utf-8")
    words = load_hostile_words(tmp_path)
    assert words.matches("lol kys")
    assert not words.matches("matate")


def test_report_rules_name_reports_only() -> None:
    """A flag's rules name its report; the detector's rule names are not reports."""
    assert report_ids([report_rule(12), "en.ideation.want_die", "report:x", report_rule(3)]) == [
        12,
        3,
    ]


def test_both_categories_are_raised_by_others() -> None:
    """The flag domain knows both kinds as raised by someone else (never told to the member)."""
    assert {REPORT_CATEGORY, HOSTILE_CATEGORY} <= RAISED_BY_OTHERS


def test_clip_marks_the_cut() -> None:
    """A long reason is cut with an ellipsis; a short one is only stripped."""
    assert clip("  short  ", 10) == "short"
    assert clip("a" * 20, 10) == "a" * 9 + "…"


def test_worried_group_button_round_trips_and_refuses_forgeries() -> None:
    """The group button packs and parses back; other data is refused."""
    button = WorriedGroup(-100123)
    assert WorriedGroup.parse(button.pack()) == button
    assert WorriedGroup.parse("pr:abc") is None
    assert WorriedGroup.parse("rl:s:-100123") is None
