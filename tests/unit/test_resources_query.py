"""Search queries: normalising, FTS syntax and stop words dropped, typos and word forms expanded."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.config import DEFAULT_CONTENT_DIR
from bot.resources.query import (
    MAX_ALTERNATIVES,
    MAX_WORDS,
    Vocabulary,
    expand,
    normalize,
    query_words,
    read_query,
)
from bot.resources.search_words import load_search_words

# The shipped search words of every language (content/search_words/).
WORDS = load_search_words(DEFAULT_CONTENT_DIR)

PLAIN = re.compile(r"[a-z0-9]+")
# Words as an index of the shipped directory would hold them (lower case, no accents).
VOCABULARY = [
    "housing",
    "house",
    "houses",
    "homeless",
    "home",
    "horse",
    "vivienda",
    "viviendas",
    "albergue",
    "suicide",
    "suicidal",
    "suicidio",
    "help",
    "helpline",
    "mental",
    "mentor",
    "health",
    "crisis",
    "food",
    "foodbank",
    "mood",
    "adiccion",
    "adicciones",
    "linea",
    "jovenes",
    "joven",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("¿Dónde está la VIVIENDA?", "donde esta la vivienda"),
        ("Línea   de\tayuda\n", "linea de ayuda"),
        ("Ñandú, adicción, pingüino", "nandu adiccion pinguino"),
        ("Straße İstanbul Øresund Æsir", "strasse istanbul oresund aesir"),
        ("help!!! 😢 now", "help now"),
        ("", ""),
        ('"*()^:-+', ""),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    """normalize case-folds, strips accents and keeps letters, digits and single spaces."""
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"housing"', ["housing"]),
        ("food*", ["food"]),
        ("housing AND food", ["housing", "food"]),
        ("housing OR NOT rent", ["housing", "rent"]),
        ("NEAR(shelter food, 5)", ["shelter", "food"]),
        ("((help", ["help"]),
        ("help))", ["help"]),
        ('"unbalanced quote', ["unbalanced", "quote"]),
        ("name:shelter ^food +rent -eviction", ["name", "shelter", "food", "rent", "eviction"]),
        ("near and or not NEAR AND OR NOT", []),
    ],
)
def test_fts_syntax_is_stripped(text: str, expected: list[str]) -> None:
    """Quotes, *, parentheses, column filters and operator words never reach the search."""
    assert query_words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Where can I find help with housing?", ["housing"]),
        ("I need someone to talk to", ["talk"]),
        ("¿Dónde puedo encontrar ayuda para la vivienda?", ["vivienda"]),
        ("necesito un albergue, estoy sin hogar", ["albergue", "sin", "hogar"]),
        ("Où trouver de l'aide pour un logement ?", ["logement"]),
        ("Wo finde ich Hilfe bei Wohnungslosigkeit?", ["wohnungslosigkeit"]),
        ("Onde encontro ajuda para habitação?", ["habitacao"]),
        ("call 988 now", ["call", "988", "now"]),
        ("a b c x y z", []),
        ("food food FOOD Food", ["food"]),
        ("¿dónde puedo conseguir comida gratis?", ["comida"]),
        ("free food near me", ["food"]),
        ("kostenlose Beratung", ["beratung"]),
    ],
)
def test_stop_question_and_general_words_are_not_topics(text: str, expected: list[str]) -> None:
    """Stop, question and general words (help, ayuda, aide, Hilfe, ajuda) of every language,
    one-letter words and repeats are dropped: what is left is the topic."""
    assert read_query(text, WORDS).topic == expected


@pytest.mark.parametrize(
    "text", ["help", "¿dónde hay ayuda?", "j'ai besoin d'aide", "Hilfe!", "preciso de ajuda"]
)
def test_general_words_alone_ask_for_help_without_a_topic(text: str) -> None:
    """help/ayuda/aide/Hilfe/ajuda alone is a request for help with nothing to search for."""
    query = read_query(text, WORDS)
    assert query.topic == []
    assert query.general
    assert query.question
    assert query.wants_help


def test_question_words_make_a_question_and_chatter_does_not() -> None:
    """'Where can I find housing' is a question with a topic; 'lovely day' is no question."""
    asked = read_query("where can I find housing", WORDS)
    assert (asked.topic, asked.question, asked.general) == (["housing"], True, False)
    thanks = read_query("thanks for all your help, see you next week", WORDS)
    assert thanks.general
    assert not thanks.question, "a general word in chatter does not make a question"
    chatter = read_query("thanks, lovely day today", WORDS)
    assert not chatter.question
    assert not chatter.general


def test_synonyms_join_the_word_they_widen() -> None:
    """depression (and its Spanish typo-free form) also searches for the mental-health topic."""
    [group] = expand(["depression"], VOCABULARY, WORDS)
    assert group[0] == "depression"
    assert "mental health" in group
    [spanish] = expand(["depresion"], VOCABULARY, WORDS)
    assert "salud mental" in spanish
    [plain] = expand(["housing"], VOCABULARY, WORDS)
    assert "mental health" not in plain


def test_a_spelling_that_is_a_general_word_is_not_searched() -> None:
    """A typo whose correction is a general word ('hepl' -> help) never matches everything."""
    [group] = expand(["hepl"], VOCABULARY, WORDS)
    assert "help" not in group
    assert "help" in expand(["hepl"], VOCABULARY)[0], "without search words it is a correction"


@pytest.mark.parametrize("text", ["", "   ", "?!*()", "\x00\x01", "😢😢😢", "¿?", "a"])
def test_empty_or_absurd_queries_give_no_words(text: str) -> None:
    """Empty or absurd queries give no words and do not raise."""
    assert query_words(text) == []


def test_4096_character_queries() -> None:
    """A 4,096-character query gives at most max_words plain words: its longest, in order."""
    many = " ".join(f"word{number}" for number in range(1000))[:4096]
    assert query_words(many) == [f"word{number}" for number in range(100, 100 + MAX_WORDS)]
    assert query_words("a bb ccc dddd eeeee ffffff", max_words=2) == ["eeeee", "ffffff"]
    assert query_words("x" * 4096) == []  # one absurdly long word
    assert query_words("housing " * 512) == ["housing"]
    assert query_words('"(*' * 1365 + "a") == []
    assert len(query_words(many, max_words=3)) == 3
    assert query_words(many, max_words=0) == []


def test_spanish_accents_are_ignored() -> None:
    """Accented and unaccented spellings give the same words."""
    assert query_words("Línea de adicción para JÓVENES") == [
        "linea",
        "de",
        "adiccion",
        "para",
        "jovenes",
    ]
    assert read_query("linea de adiccion para jovenes", WORDS).topic == ["adiccion", "jovenes"]
    assert read_query("Línea de adicción para JÓVENES", WORDS).topic == ["adiccion", "jovenes"]


@given(st.text(max_size=5000))
def test_query_words_never_raise_and_are_plain(text: str) -> None:
    """Any text at all gives at most 8 distinct plain [a-z0-9] words, none of them syntax."""
    words = query_words(text)
    assert len(words) <= MAX_WORDS
    assert len(set(words)) == len(words)
    for word in words:
        assert PLAIN.fullmatch(word)
        assert len(word) >= 2
        assert word not in {"and", "or", "not", "near"}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("housng", "housing"),
        ("vivenda", "vivienda"),
        ("suicde", "suicide"),
        ("suicdie", "suicide"),
        ("hlepline", "helpline"),
        ("albergeu", "albergue"),
    ],
)
def test_typos_find_the_indexed_word(word: str, expected: str) -> None:
    """A misspelt word keeps itself first and gets the word it was meant to be."""
    [alternatives] = expand([word], VOCABULARY)
    assert alternatives[0] == word
    assert expected in alternatives
    assert alternatives.index(expected) == 1


def test_word_forms_are_added() -> None:
    """Known words get their other forms from the vocabulary (housing/house, vivienda/viviendas)."""
    housing, vivienda, adiccion, joven = expand(
        ["housing", "vivienda", "adiccion", "joven"], VOCABULARY
    )
    assert housing[0] == "housing"
    assert "house" in housing
    assert vivienda == ["vivienda", "viviendas"]
    assert adiccion == ["adiccion", "adicciones"]
    assert joven == ["joven", "jovenes"]


def test_known_words_are_not_fuzzed() -> None:
    """A correctly spelt word is not swapped for a neighbour (mental is not mentor)."""
    mental, house, food = expand(["mental", "house", "food"], VOCABULARY)
    assert "mentor" not in mental
    assert "horse" not in house
    assert "mood" not in food


def test_short_words_are_matched_exactly() -> None:
    """Words under four letters get no typo neighbours."""
    assert expand(["fod", "hom"], VOCABULARY) == [["fod"], ["hom"]]


def test_typo_forms_include_the_correction_forms() -> None:
    """A typo gets the correction first, then forms of it."""
    [alternatives] = expand(["vivenda"], VOCABULARY)
    assert alternatives == ["vivenda", "vivienda", "viviendas"]


def test_alternatives_are_plain_bounded_and_aligned() -> None:
    """One list per query word, at most five plain words each, the word itself first."""
    words = ["housng", "hel", "zzzzzz", "helpp", "suicid", "***"]
    expanded = expand(words, VOCABULARY)
    assert len(expanded) == len(words)
    assert expanded[-1] == []  # nothing searchable left
    for word, alternatives in zip(words[:-1], expanded[:-1], strict=True):
        assert alternatives[0] == word
        assert len(alternatives) <= MAX_ALTERNATIVES
        assert len(set(alternatives)) == len(alternatives)
        assert all(PLAIN.fullmatch(alternative) for alternative in alternatives)


def test_expand_normalises_words_and_vocabulary() -> None:
    """Accented query words and accented vocabulary entries meet as plain words."""
    vocabulary = Vocabulary(["Línea", "adicción", "a b", "", "🙂"])
    assert sorted(vocabulary) == ["adiccion", "linea"]
    assert "linea" in vocabulary
    assert len(vocabulary) == 2
    assert expand(["Línea", "adiccíon"], vocabulary) == [["linea"], ["adiccion"]]


def test_empty_vocabulary_keeps_the_words() -> None:
    """With nothing indexed, each word is searched as itself."""
    assert expand(["housing", "vivienda"], []) == [["housing"], ["vivienda"]]
    assert expand([], VOCABULARY) == []


def test_prepared_vocabulary_gives_the_same_answers() -> None:
    """A Vocabulary built once answers like a plain collection and its answers are copies."""
    prepared = Vocabulary(VOCABULARY)
    words = ["housng", "vivenda", "suicde", "help"]
    assert expand(words, prepared) == expand(words, set(VOCABULARY))
    first = expand(["housng"], prepared)[0]
    first.append("changed")
    assert "changed" not in expand(["housng"], prepared)[0]
