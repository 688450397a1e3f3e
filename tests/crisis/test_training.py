"""The corpus and the training command: shipped weights match the corpus, CI trains a slice."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from bot.crisis.cli import register
from bot.crisis.corpus import (
    CHAT_TIER,
    CorpusError,
    fingerprint,
    parse_rows,
    read_folder,
    text_key,
)
from bot.crisis.model import CrisisModel, probe_digest
from bot.crisis.training import Settings, fit, prepare, quantise

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "content" / "crisis" / "corpus"
MODEL = ROOT / "content" / "crisis" / "model"


def _parse(argv: list[str]) -> argparse.Namespace:
    """Parse a `peerbot crisis ...` command line."""
    parser = argparse.ArgumentParser(prog="peerbot")
    register(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_corpus_size_and_languages() -> None:
    """At least 6,000 labelled messages, 40% or more not English, every language well covered."""
    rows = [r for part in ("train", "heldout") for r in read_folder(CORPUS / part)]
    labelled = [r for r in rows if r.tier != CHAT_TIER]
    assert len(labelled) >= 6000
    other = [r for r in labelled if r.lang != "en"]
    assert len(other) >= 0.4 * len(labelled)
    for lang in ("es", "fr", "de", "pt"):
        assert sum(r.lang == lang for r in labelled) >= 0.08 * len(labelled)
    crisis = sum(r.crisis for r in labelled)
    assert 0.35 <= crisis / len(labelled) <= 0.65


def test_heldout_and_blind_never_meet_training() -> None:
    """No id and no text of the held-out or blind parts is in the training part."""
    train = read_folder(CORPUS / "train")
    ids = {r.id for r in train}
    texts = {text_key(r.text) for r in train}
    for part in ("heldout", "blind"):
        rows = read_folder(CORPUS / part)
        assert rows
        assert not ids & {r.id for r in rows}
        assert not texts & {text_key(r.text) for r in rows}


def test_bad_rows_are_named() -> None:
    """A corpus row with an unknown label or language names the file and line."""
    lines = [
        '{"id":"a","text":"hi","label":"none","lang":"en"}',
        '{"id":"b","text":"hi","label":"maybe","lang":"en"}',
    ]
    with pytest.raises(CorpusError, match=r"x\.jsonl:2: label 'maybe'"):
        list(parse_rows(lines, "x.jsonl"))
    with pytest.raises(CorpusError, match="lang 'it'"):
        list(parse_rows(['{"id":"a","text":"ciao","label":"none","lang":"it"}'], "y.jsonl"))


# Retraining on the whole corpus takes about 90 s alone, longer beside other workers.
@pytest.mark.timeout(600)
def test_shipped_model_is_of_this_corpus_and_reads_as_trained() -> None:
    """The shipped model was trained on the corpus as it is, and scores its probe rows as it
    did when trained: a corpus or featurisation change without `peerbot crisis train` fails.

    The full retraining, bit for bit, is `make check-model` (minutes, not part of make test).
    """
    shipped = CrisisModel.load(MODEL)
    assert shipped.meta.extra["corpus_sha256"] == fingerprint(CORPUS / "train")
    texts = [row.text for row in read_folder(CORPUS / "train")]
    assert probe_digest(shipped, texts) == shipped.meta.extra["probe_sha256"]


def test_a_changed_reading_changes_the_probe_digest() -> None:
    """The probe digest sees a model that reads differently (here: another bias)."""
    shipped = CrisisModel.load(MODEL)
    texts = [row.text for row in read_folder(CORPUS / "train")]
    shifted = CrisisModel(
        shipped.weights, shipped.idf, replace(shipped.meta, bias=shipped.meta.bias + 0.5)
    )
    assert probe_digest(shifted, texts) != probe_digest(shipped, texts)


@pytest.mark.slow
def test_shipped_model_matches_the_corpus() -> None:
    """The shipped tables are what training on the corpus gives, bit for bit.

    Fails when the corpus (or the featurisation) changed without `peerbot crisis train`.
    """
    shipped = CrisisModel.load(MODEL)
    assert shipped.meta.extra["corpus_sha256"] == fingerprint(CORPUS / "train")
    settings = Settings(bits=shipped.meta.bits, n_max=shipped.meta.n_max)
    rows = read_folder(CORPUS / "train")
    again = quantise(fit(prepare(rows, settings), settings), settings, 0.5, {})
    assert np.array_equal(again.idf, shipped.idf)
    assert np.array_equal(again.weights, shipped.weights)
    assert again.meta.bias == pytest.approx(shipped.meta.bias, rel=1e-9)


def test_train_command_on_a_slice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`peerbot crisis train --limit` trains a loadable model, the same twice."""
    outs = [tmp_path / "a", tmp_path / "b"]
    for out in outs:
        args = _parse(["crisis", "train", "--limit", "400", "--bits", "16", "--out", str(out)])
        assert args.func(args) == 0
    assert "trained on 400 rows" in capsys.readouterr().out
    for name in ("weights.bin", "idf.bin", "model.json"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes()
    model = CrisisModel.load(outs[0])
    assert model.meta.bits == 16
    assert 0.0 < model.meta.threshold < 1.0
    assert model.score("hello").probability < 1.0


def test_corpus_add_splits_and_drops_duplicates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`corpus add` writes train and held-out parts by a fixed hash and drops known texts."""
    batch = tmp_path / "batch.jsonl"
    lines = [f'{{"id":"t-{i}","text":"message {i}","label":"none","lang":"en"}}' for i in range(50)]
    batch.write_text("\n".join([*lines, lines[0].replace("t-0", "t-dup")]) + "\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    args = _parse(["crisis", "corpus", "add", str(batch), "--batch", "b1", "--corpus", str(corpus)])
    assert args.func(args) == 0
    train, held = read_folder(corpus / "train"), read_folder(corpus / "heldout")
    assert len(train) + len(held) == 50
    assert held
    assert "1 duplicates dropped" in capsys.readouterr().out
    args = _parse(["crisis", "corpus", "add", str(batch), "--batch", "b1", "--corpus", str(corpus)])
    assert args.func(args) == 0
    assert [r.id for r in read_folder(corpus / "heldout")] == [r.id for r in held]
