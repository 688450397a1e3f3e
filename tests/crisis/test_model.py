"""The learned layer's pure parts: hashing, sentences, scoring, files, and the union."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.crisis import Category, CrisisDetector, Detection, Tier
from bot.crisis.layered import MAX_CHARS, Assessment, LayeredDetector, combine
from bot.crisis.model import CrisisModel, ModelError, ModelMeta, ModelScore, blended
from bot.crisis.ngrams import _WORD_RUN, _words, grams, model_text, segment_span

MODEL = Path(__file__).resolve().parents[2] / "content" / "crisis" / "model"
PRIME = 0x100000001B3


def _direct_hash(word: str) -> int:
    """The polynomial hash of a word computed one character at a time."""
    value = 0
    for ch in word:
        value = (value * PRIME + ord(ch)) % (1 << 64)
    return value


def test_buckets_are_stable() -> None:
    """Fixed buckets for a fixed text: the shipped weights rely on hashing never changing."""
    g = grams("i want", bits=20)
    assert len(g.buckets) == 33  # 8+7+6+5+4 character n-grams, 2 words, 1 word pair
    assert g.buckets[:4].tolist() == [219389, 917514, 219389, 89010]
    assert g.buckets[-2:].tolist() == [814457, 831062]


@given(st.lists(st.text(alphabet="abcdéz😀", min_size=1, max_size=12), min_size=1, max_size=8))
@settings(max_examples=60, deadline=None)
def test_word_hashes_match_direct_polynomial(words: list[str]) -> None:
    """Word hashes are the polynomial of each word, and starts point at it in the padded text."""
    text = " ".join(words)
    hashes, starts, long = _words(text)
    assert long == [len(w) > 1 for w in words]
    assert hashes.tolist() == [_direct_hash(w) for w in words]
    padded = " " + text + " "
    assert [padded[s : s + len(w)] for s, w in zip(starts.tolist(), words, strict=True)] == words


def test_model_text_folds_like_members_type() -> None:
    """Accents, case, inner apostrophes and long letter runs fold; sentence marks stay."""
    assert model_text("Je N'EN peux PLUS… j'suis là!!!") == "je nen peux plus... jsuis la!!!"
    assert model_text("noooooo\n\nplease") == "noo\n\nplease"


def test_segment_span_points_into_the_original() -> None:
    """Segment k of the model's text is segment k of the original message."""
    text = "Hola!! qué tal… me voy.\n\nAdiós"
    spans = [segment_span(text, k, k) for k in range(grams(model_text(text)).segments)]
    assert [text[s:e] for s, e in spans] == ["Hola", "qué tal", "me voy", "Adiós"]
    assert text[slice(*segment_span(text, 1, 2))] == "qué tal… me voy"


def _tiny_model(tmp_path: Path, weight: int = 0, threshold: float = 0.5) -> CrisisModel:
    """A model with every weight equal, saved and loaded again."""
    size = 1 << 10
    meta = ModelMeta(10, 5, 0.0, 0.01, 0.05, threshold, {"note": "test"})
    model = CrisisModel(
        np.full(size, weight, dtype=np.int8), np.full(size, 20, dtype=np.uint8), meta
    )
    model.save(tmp_path)
    return CrisisModel.load(tmp_path)


def test_model_files_round_trip(tmp_path: Path) -> None:
    """Saved tables and metadata load back identically."""
    loaded = _tiny_model(tmp_path, weight=3)
    assert loaded.meta.bits == 10
    assert loaded.meta.extra == {"note": "test"}
    assert int(loaded.weights[5]) == 3
    assert int(loaded.idf[7]) == 20


def test_model_load_errors_name_the_folder(tmp_path: Path) -> None:
    """A missing or truncated model is a ModelError naming the folder."""
    with pytest.raises(ModelError, match=str(tmp_path)):
        CrisisModel.load(tmp_path)
    _tiny_model(tmp_path)
    (tmp_path / "weights.bin").write_bytes(b"not zlib")
    with pytest.raises(ModelError, match="cannot load"):
        CrisisModel.load(tmp_path)


def test_model_table_size_is_checked() -> None:
    """Tables of the wrong size are refused."""
    meta = ModelMeta(10, 5, 0.0, 1.0, 1.0, 0.5, {})
    with pytest.raises(ModelError, match="expected"):
        CrisisModel(np.zeros(5, np.int8), np.zeros(5, np.uint8), meta)


def test_scores_follow_the_weights(tmp_path: Path) -> None:
    """Positive weights flag, zero weights sit at the bias, blank text scores nothing."""
    assert _tiny_model(tmp_path / "a", weight=100).score("hello there").flagged
    flat = _tiny_model(tmp_path / "b", weight=0).score("hello there")
    assert flat.probability == pytest.approx(0.5)
    assert not _tiny_model(tmp_path / "c", weight=100).score("   ").flagged


def test_best_sentence_is_reported() -> None:
    """The shipped model points at the risky sentence of a long vent, not the small talk."""
    model = CrisisModel.load(MODEL)
    text = (
        "Work was long and the bus was late again. My sister called about the holidays. "
        "I have saved up all my pills and tonight I will take them. Anyway the cat is fine."
    )
    score = model.score(text)
    assert "pills" in text[score.span[0] : score.span[1]]


def _rules() -> CrisisDetector:
    """The real rule detector."""
    return CrisisDetector.from_directory(MODEL.parent)


def test_union_rules_only() -> None:
    """A rule hit with a quiet model keeps the rules' verdict unchanged."""
    rules = _rules().detect("i want to die")
    assert rules is not None
    quiet = ModelScore(0.1, False, (0, 13))
    assert combine(Assessment(rules, quiet)) == rules


def test_union_model_only() -> None:
    """A model-only hit is HIGH ideation with its score and the best sentence as the span."""
    det = combine(Assessment(None, ModelScore(0.97, True, (4, 20))))
    assert det == Detection(
        Tier.HIGH, Category.IDEATION, ((4, 20),), ("model@0.97",), 0.97, ("model",)
    )


def test_union_both_layers() -> None:
    """Both layers: the rules' tier and spans, plus the model's tag and score."""
    rules = _rules().detect("i want to die")
    assert rules is not None
    det = combine(Assessment(rules, ModelScore(0.9, True, (0, 13))))
    assert det is not None
    assert det.layers == ("rules", "model")
    assert det.rules == (*rules.rules, "model@0.90")
    assert det.tier is rules.tier
    assert combine(Assessment(None, ModelScore(0.9, False, (0, 1)))) is None


class _CountingRules(CrisisDetector):
    """The real rules, counting how often they are asked."""

    calls = 0

    def detect(self, text: str, lang: str | None = None) -> Detection | None:
        """Count, then detect."""
        type(self).calls += 1
        self.seen = len(text)
        return super().detect(text, lang)


def test_one_detection_per_text_and_cut_at_the_limit() -> None:
    """A text checked when stored is not checked again when handled; long texts are cut."""
    rules = _CountingRules(_rules().lexicon)
    layered = LayeredDetector(rules, CrisisModel.load(MODEL))
    text = "x" * 64_000
    assert layered.detect(text) is None
    assert layered.detect(text) is None
    assert _CountingRules.calls == 1
    assert rules.seen == MAX_CHARS


@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=300))
@settings(max_examples=200, deadline=None)
def test_any_text_is_scored_without_error(text: str) -> None:
    """Any text, lone surrogates and control characters included, gets a verdict, never an error."""
    model = _shipped()
    score = model.score(text)
    assert 0.0 <= score.probability <= 1.0
    assert 0 <= score.span[0] <= score.span[1] <= len(text)


_MODEL_CACHE: list[CrisisModel] = []


def _shipped() -> CrisisModel:
    """The shipped model, loaded once for the property test."""
    if not _MODEL_CACHE:
        _MODEL_CACHE.append(CrisisModel.load(MODEL))
    return _MODEL_CACHE[0]


class _BrokenModel(CrisisModel):
    """A model whose scoring always fails."""

    def score(self, text: str) -> ModelScore:
        """Fail."""
        raise ValueError("broken")


def test_a_failing_model_leaves_the_rules_deciding() -> None:
    """A model error is reported to the callback and the rules' verdict still stands."""
    shipped = _shipped()
    errors: list[Exception] = []
    layered = LayeredDetector(
        _rules(), _BrokenModel(shipped.weights, shipped.idf, shipped.meta), errors.append
    )
    assert layered.detect("i want to die") is not None
    assert layered.detect("good morning") is None
    assert [type(e) for e in errors] == [ValueError, ValueError]


@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=200))
@settings(max_examples=200, deadline=None)
def test_word_counts_follow_the_segments(text: str) -> None:
    """Each segment has its count of words of 2+ characters; they add up to the text's."""
    g = grams(model_text(text))
    assert len(g.words) == g.segments
    assert int(g.words.sum()) == len([w for w in _WORD_RUN.findall(g.text) if len(w) >= 2])


@pytest.mark.parametrize("text", ["0", "ok", "forever", "soon", "💊", "?!", "x."])
def test_too_short_to_judge(text: str) -> None:
    """A message of fewer than two words is left to the rules: the model never fires on it."""
    score = _shipped().score(text)
    assert not score.flagged
    assert score.probability == 0.0


def test_a_message_scores_halfway_between_its_whole_and_its_riskiest_part() -> None:
    """The message logit moves halfway from the whole text's to the riskiest unit's."""
    assert blended(-4.0, 2.0) == pytest.approx(-1.0)
    assert blended(1.0, 1.0) == pytest.approx(1.0)
    assert blended(float("-inf"), 0.5) == 0.5
