"""Lexicon loading: every broken file raises LexiconError naming the file and the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.crisis import CrisisDetector, LexiconError
from bot.crisis.anchors import anchors_for, split_branches

GOOD_RULE = """
[[rule]]
id = "xx.ok"
category = "ideation"
tier = "high"
pattern = 'want to die'
examples = ["i want to die"]
"""


def write(tmp_path: Path, body: str) -> Path:
    """Write a one-language content directory and return it."""
    (tmp_path / "xx.toml").write_text('language = "xx"\n' + body, encoding="utf-8")
    return tmp_path


def load_error(tmp_path: Path, body: str) -> LexiconError:
    """Return the LexiconError raised for a file body."""
    with pytest.raises(LexiconError) as info:
        CrisisDetector.from_directory(write(tmp_path, body))
    return info.value


def test_minimal_directory_loads(tmp_path: Path) -> None:
    """A minimal valid file loads and detects."""
    det = CrisisDetector.from_directory(write(tmp_path, GOOD_RULE))
    assert det.detect("I want to die") is not None


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        (GOOD_RULE.replace("'want to die'", "'want to (die'"), 7, "invalid regex"),
        (GOOD_RULE.replace('"ideation"', '"sadness"'), 5, "unknown category"),
        (GOOD_RULE.replace('"high"', '"extreme"'), 6, "unknown tier"),
        (GOOD_RULE + GOOD_RULE, 11, "duplicate rule id"),
        (GOOD_RULE.replace('tier = "high"\n', ""), 3, "missing field 'tier'"),
        (GOOD_RULE.replace("'want to die'", "'{nope} die'"), 7, "unknown macro"),
        (GOOD_RULE.replace('"i want to die"', '"hello"'), 8, "does not match"),
        (GOOD_RULE.replace("examples", "exmples"), 8, "unknown field"),
        ('[[rule]]\nid = "a"\npattern = "x', 4, "invalid TOML"),
        (GOOD_RULE.replace('id = "xx.ok"', 'id = "Bad Id"'), 4, "invalid id"),
        ('[negation]\nwindow = "five"\n', 3, "window"),
        ("[[rule]]\nid = 1\n", 2, "missing field"),
    ],
)
def test_errors_name_file_and_line(tmp_path: Path, body: str, line: int, words: str) -> None:
    """Each kind of mistake is reported with the file, the line and the problem."""
    err = load_error(tmp_path, body)
    assert err.path.endswith("xx.toml")
    assert err.line == line, str(err)
    assert words in str(err)
    assert str(err).startswith(f"{err.path}:{line}: ")


def test_missing_directory_and_no_files(tmp_path: Path) -> None:
    """A missing directory or one without language files is an error too."""
    with pytest.raises(LexiconError, match="not found"):
        CrisisDetector.from_directory(tmp_path / "nope")
    with pytest.raises(LexiconError, match="no language files"):
        CrisisDetector.from_directory(tmp_path)


def test_shared_file_errors(tmp_path: Path) -> None:
    """shared.toml substitutions are validated (no capturing groups)."""
    write(tmp_path, GOOD_RULE)
    (tmp_path / "shared.toml").write_text(
        '[[substitution]]\npattern = "(kms)"\nreplace = "kill myself"\n', encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=r"shared\.toml:2: .*capturing"):
        CrisisDetector.from_directory(tmp_path)


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    """A rule id may be used only once across all language files."""
    write(tmp_path, GOOD_RULE)
    (tmp_path / "yy.toml").write_text('language = "yy"\n' + GOOD_RULE, encoding="utf-8")
    with pytest.raises(
        LexiconError, match=r"yy\.toml:4: duplicate rule id 'xx\.ok' \(first in xx\.toml:4\)"
    ):
        CrisisDetector.from_directory(tmp_path)


def test_anchor_extraction() -> None:
    """Anchors are literals every match must contain; open patterns get none."""
    anchors = anchors_for(r"\bi (?:want|wanna) to (?:die|be dead)\b")
    assert anchors
    assert all("die" in a or "be dead" in a for a in anchors)
    assert anchors_for(r"\w+ \w+") == ()
    assert split_branches(r"a|(b|c)|[|]|d\|e") == ["a", "(b|c)", "[|]", r"d\|e"]


def test_every_rule_has_anchors(detector: CrisisDetector) -> None:
    """No scoring rule branch of the shipped lexicon runs on every message (speed)."""
    missing = [
        rule.id
        for rule in detector.lexicon.rules
        if rule.kind.value in ("risk", "weak")
        for _, anchors in rule.branches
        if not anchors
    ]
    assert missing == []


WEAK_PAIR = """
[[weak]]
id = "xx.means"
group = "m"
role = "means"
reach = 40
category = "plan_or_means"
tier = "high"
pattern = 'bridge|roof'

[[weak]]
id = "xx.prep"
group = "m"
role = "prep"
reach = 40
category = "plan_or_means"
tier = "high"
pattern = 'should do it'
"""


def test_weak_roles_and_reach_load(tmp_path: Path) -> None:
    """Weak entries accept `role` and `reach`; different roles within reach combine."""
    det = CrisisDetector.from_directory(write(tmp_path, WEAK_PAIR))
    assert det.detect("the bridge should do it") is not None
    assert det.detect("the bridge and the roof") is None
    assert det.detect("the bridge " + "blah " * 20 + "should do it") is None


@pytest.mark.parametrize(
    ("old", "new"), [("reach = 40", 'reach = "far"'), ('role = "means"', "role = 3")]
)
def test_weak_role_reach_validated(tmp_path: Path, old: str, new: str) -> None:
    """A malformed role or reach is reported."""
    err = load_error(tmp_path, WEAK_PAIR.replace(old, new, 1))
    assert "xx.toml" in str(err)
