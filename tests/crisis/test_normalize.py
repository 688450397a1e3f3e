"""Normalisation on a copy: each obfuscation kind, and offsets mapped back to the original."""

from __future__ import annotations

import pytest

from bot.crisis import CrisisDetector
from bot.crisis.normalize import Normalizer
from bot.crisis.offsets import OffsetMap, rewrite


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("I WANT", "i want"),  # case folding
        ("Ｋｉｌｌ", "kill"),  # NFKC (full-width)
        ("j'ai envie de crever, réveillé", "jai envie de crever, reveille"),  # accents, apostrophes
        ("STRAẞE heiß", "strasse heiss"),  # casefold ß
        ("ki\u200bll my\u200dself", "kill myself"),  # zero-width characters
        ("\u202ekill\u202c myself", "kill myself"),  # bidi controls
        ("kіll", "kill"),  # Cyrillic і confusable
        ("k1ll d13 5uicide mys3lf", "kill die suicide myself"),  # leetspeak
        ("k i l l", "kill"),  # spaced letters
        ("s.u.i.c.i.d.e", "suicide"),  # dotted letters
        ("s e l f h a r m", "self harm"),  # spaced, split into known words
        ("dieeeee killlll", "die kill"),  # repeated letters
        ("s*icide k*ll su1c1de", "suicide kill suicide"),  # masking and leet digits
        ("kms", "kill myself"),  # slang
        ("sewer slide", "suicide"),  # algospeak
        ("unalive myself", "kill myself"),  # algospeak
        ("suicde tonite", "suicide tonight"),  # common typos
        ("💊💊 and 🪦", " pills pills and grave "),  # emoji in context
        ("a   b\n\n\nc", "a b\nc"),  # whitespace runs
    ],
)
def test_normalises(detector: CrisisDetector, raw: str, expected: str) -> None:
    """Each obfuscation kind is undone in the normalised copy."""
    assert detector.normalize(raw).text == expected


@pytest.mark.parametrize(
    "raw",
    ["30mg twice a day", "2nd time", "see you at 3pm", "@bob hi!", "cs2 tonight", "hmm ok"],
)
def test_leaves_ordinary_tokens(detector: CrisisDetector, raw: str) -> None:
    """Units, ordinals, mentions and game names are not "repaired" into other words."""
    norm = detector.normalize(raw).text
    assert norm.split()[0] == raw.lower().split()[0]


@pytest.mark.parametrize(
    ("raw", "word"),
    [
        ("Hey   I  want to  K1LL   myself", "K1LL"),
        ("ça… 😭 j'ai envie de MOURIR", "MOURIR"),
        ("s u i c i d e thoughts", "s u i c i d e"),
        ("ki\u200bll myself", "ki\u200bll"),
        ("ok 💊 then suicide", "suicide"),
    ],
)
def test_offsets_map_back(detector: CrisisDetector, raw: str, word: str) -> None:
    """A span of the normalised text maps back onto the right original characters."""
    norm = detector.normalize(raw)
    target = detector.normalize(word).text.strip()
    start = norm.text.index(target)
    o_start, o_end = norm.to_original(start, start + len(target))
    assert raw[o_start:o_end] == word


def test_offset_map_deletions_and_expansions() -> None:
    """Start/end mapping handles deleted and expanded regions."""
    text, omap = rewrite("abXcd", [(2, 3)], lambda s, e: "")
    assert text == "abcd"
    assert (omap.start(2), omap.end(4)) == (3, 5)
    text, omap = rewrite("aßb", [(1, 2)], lambda s, e: "ss")
    assert text == "assb"
    assert (omap.start(1), omap.end(3)) == (1, 2)
    assert (omap.start(3), omap.end(4)) == (2, 3)
    assert OffsetMap().start(5) == 5


def test_normalizer_without_config() -> None:
    """A bare normaliser still folds text and leaves unknown masked words alone."""
    n = Normalizer({}, [], [])
    assert n.normalize("Héllo  W*rld").text == "hello w*rld"
