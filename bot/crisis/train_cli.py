"""`peerbot crisis train` and `peerbot crisis corpus add`: the learned layer's tools.

Training needs the `dev` extra (scikit-learn); the bot itself only loads the shipped tables.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

from bot.crisis.corpus import (
    CHAT_TIER,
    CorpusError,
    Row,
    fingerprint,
    held_out,
    read_file,
    read_folder,
    text_key,
)
from bot.crisis.detector import CrisisDetector
from bot.crisis.lexicon import LexiconError
from bot.crisis.model import probe_digest
from bot.crisis.ngrams import BITS
from bot.crisis.training import Settings, train

TRAIN = "train"
HELDOUT = "heldout"
BLIND = "blind"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], content: Path) -> None:
    """Add `train` and `corpus add` to the crisis command."""
    tr = sub.add_parser("train", help="train the learned layer from content/crisis/corpus/train")
    tr.add_argument("--corpus", type=Path, default=content / "crisis" / "corpus")
    tr.add_argument("--out", type=Path, default=content / "crisis" / "model")
    tr.add_argument(
        "--limit", type=int, default=0, help="use only N rows, spread over the corpus (a quick run)"
    )
    tr.add_argument("--bits", type=int, default=BITS, help="log2 of the table size")
    tr.add_argument(
        "--rules",
        type=Path,
        default=content / "crisis",
        help="the word lists, to report out-of-fold recall of both layers together",
    )
    tr.set_defaults(func=run_train)

    corpus = sub.add_parser("corpus", help="labelled corpus tools")
    corpus_sub = corpus.add_subparsers(dest="corpus_command", required=True)
    add = corpus_sub.add_parser("add", help="split a new batch into train and held-out parts")
    add.add_argument("file", type=Path, help="labelled JSON lines: id, text, label, tier, lang")
    add.add_argument("--batch", required=True, help="batch name (file name in train/, heldout/)")
    add.add_argument("--corpus", type=Path, default=content / "crisis" / "corpus")
    add.add_argument("--chat", action="store_true", help="ordinary group chat: tier 'chat'")
    add.add_argument("--train-only", action="store_true", help="all rows to train (rule-tuned)")
    add.add_argument("--blind", action="store_true", help="all rows to blind/ (a final blind set)")
    add.add_argument(
        "--pairs",
        action="store_true",
        help="rows come in twins (1st+2nd, 3rd+4th...): split together",
    )
    add.set_defaults(func=run_corpus_add)


def run_train(args: argparse.Namespace) -> int:
    """Train on the corpus's train part and write the model tables; print the figures."""
    try:
        rows = read_folder(args.corpus / TRAIN)
    except (OSError, CorpusError) as exc:
        print(f"cannot read the corpus: {exc}", file=sys.stderr)
        return 2
    if args.limit:
        rows = rows[:: max(1, len(rows) // args.limit)][: args.limit]
    started = time.monotonic()
    extra: dict[str, object] = {"corpus_sha256": fingerprint(args.corpus / TRAIN)}
    if args.limit:
        extra["limit"] = args.limit
    try:
        rules = CrisisDetector.from_directory(args.rules)
    except (OSError, LexiconError) as exc:
        print(f"cannot load the rules: {exc}", file=sys.stderr)
        return 2
    hits = [rules.detect(row.text) is not None for row in rows]
    model = train(rows, Settings(bits=args.bits), extra, hits)
    model.meta.extra["probe_sha256"] = probe_digest(model, [row.text for row in rows])
    model.save(args.out)
    meta = model.meta
    print(f"trained on {len(rows)} rows in {time.monotonic() - started:.1f} s -> {args.out}")
    print(
        f"threshold {meta.threshold:.4f} (cross-validated recall {meta.extra['cv_recall']}, "
        f"with the rules {meta.extra['cv_recall_with_rules']})"
    )
    return 0


def run_corpus_add(args: argparse.Namespace) -> int:
    """Check a batch file and write its rows to train/<batch>.jsonl and heldout/<batch>.jsonl."""
    try:
        rows = read_file(args.file)
        known = {text_key(r.text) for r in _existing(args)}
    except (OSError, CorpusError) as exc:
        print(f"cannot add {args.file}: {exc}", file=sys.stderr)
        return 2
    fresh: list[Row] = []
    for row in rows:
        key = text_key(row.text)
        if key in known:
            continue
        known.add(key)
        fresh.append(replace(row, tier=CHAT_TIER) if args.chat else row)
    parts = {BLIND: fresh} if args.blind else _split(fresh, rows, args)
    for part, chosen in parts.items():
        folder = args.corpus / part
        folder.mkdir(parents=True, exist_ok=True)
        text = "".join(r.to_json() + "\n" for r in chosen)
        (folder / f"{args.batch}.jsonl").write_text(text, encoding="utf-8")
    dropped = len(rows) - len(fresh)
    counts = ", ".join(f"{len(chosen)} {part}" for part, chosen in parts.items())
    print(f"{args.batch}: {counts}, {dropped} duplicates dropped")
    return 0


def _split(fresh: list[Row], rows: list[Row], args: argparse.Namespace) -> dict[str, list[Row]]:
    """Divide new rows into the train and held-out parts (by a fixed hash of the id)."""
    keys = _split_keys(rows, args.pairs)
    aside = {r.id for r in fresh if not args.train_only and held_out(keys[r.id])}
    return {
        TRAIN: [r for r in fresh if r.id not in aside],
        HELDOUT: [r for r in fresh if r.id in aside],
    }


def _split_keys(rows: list[Row], pairs: bool) -> dict[str, str]:
    """Return the id that decides each row's split: its own, or its twin's first id."""
    if not pairs:
        return {r.id: r.id for r in rows}
    return {r.id: rows[i - i % 2].id for i, r in enumerate(rows)}


def _existing(args: argparse.Namespace) -> list[Row]:
    """Return the corpus rows already stored, other than this batch's own files."""
    out: list[Row] = []
    for part in (TRAIN, HELDOUT, BLIND):
        for path in sorted((args.corpus / part).glob("*.jsonl")):
            if path.stem != args.batch:
                out.extend(read_file(path))
    return out
