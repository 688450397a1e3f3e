"""`peerbot crisis scan|eval`: run the crisis detector from the command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from bot.config import DEFAULT_CONTENT_DIR
from bot.crisis import train_cli
from bot.crisis.evaluate import evaluate_layers, load_cases
from bot.crisis.layered import LayeredDetector
from bot.crisis.lexicon import LexiconError
from bot.crisis.model import ModelError

_NOT_FLAGGED: dict[str, object] = {
    "flagged": False,
    "tier": None,
    "category": None,
    "rules": [],
    "spans": [],
    "layers": [],
    "score": None,
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `crisis` command with its `scan` and `eval` subcommands."""
    crisis = subparsers.add_parser("crisis", help="crisis detector tools")
    sub = crisis.add_subparsers(dest="crisis_command", required=True)

    scan = sub.add_parser("scan", help="flag messages read from stdin, one JSON object per line")
    _content_dir(scan)
    scan.add_argument("--lang", default=None, help="the members' language (optional)")
    scan.set_defaults(func=run_scan)

    ev = sub.add_parser("eval", help="both layers and their union on labelled JSON-lines files")
    _content_dir(ev)
    ev.add_argument(
        "files", type=Path, nargs="+", help="labelled JSON lines (id, text, label, tier, lang)"
    )
    ev.add_argument("--ids", action="store_true", help="list the ids of every mistake")
    ev.set_defaults(func=run_eval)
    train_cli.register(sub, _default_content())


def _content_dir(parser: argparse.ArgumentParser) -> None:
    """Add the shared --content-dir option."""
    parser.add_argument(
        "--content-dir",
        type=Path,
        default=_default_content(),
        help="content directory holding crisis/ (default: CONTENT_DIR or the project's content/)",
    )


def _default_content() -> Path:
    """Return CONTENT_DIR or the project's content/ folder."""
    return Path(os.environ.get("CONTENT_DIR") or DEFAULT_CONTENT_DIR)


def _load(content_dir: Path) -> LayeredDetector:
    """Load both layers from <content-dir>/crisis (or content-dir itself if it has no crisis/)."""
    crisis_dir = content_dir / "crisis"
    return LayeredDetector.from_directory(crisis_dir if crisis_dir.is_dir() else content_dir)


def _message(line: str) -> str:
    """Return the message of an input line: a JSON object's "text", else the raw line."""
    stripped = line.strip()
    if stripped.startswith("{"):
        try:
            obj = json.loads(stripped)
        except json.JSONDecodeError:
            return line.rstrip("\n")
        text = obj.get("text") if isinstance(obj, dict) else None
        if isinstance(text, str):
            return text
    return line.rstrip("\r\n")


def run_scan(args: argparse.Namespace) -> int:
    """Read messages from stdin and write one JSON verdict per input line, in order."""
    try:
        detector = _load(args.content_dir)
    except (LexiconError, ModelError) as exc:
        print(f"crisis detector error: {exc}", file=sys.stderr)
        return 2
    lang = getattr(args, "lang", None)
    for line in sys.stdin:
        detection = detector.detect(_message(line), lang)
        verdict = detection.to_json() if detection is not None else _NOT_FLAGGED
        sys.stdout.write(json.dumps(verdict) + "\n")
    sys.stdout.flush()
    return 0


def run_eval(args: argparse.Namespace) -> int:
    """Print the rules, the model and their union on each labelled file."""
    try:
        detector = _load(args.content_dir)
    except (LexiconError, ModelError) as exc:
        print(f"crisis detector error: {exc}", file=sys.stderr)
        return 2
    for path in args.files:
        try:
            cases = load_cases(path)
        except (OSError, ValueError) as exc:
            print(f"cannot read {path}: {exc}", file=sys.stderr)
            return 2
        print(f"file: {path} ({len(cases)} rows)")
        for layer, report in evaluate_layers(detector, cases).items():
            print(f"== {layer}")
            print(report.format(ids=args.ids))
    return 0
