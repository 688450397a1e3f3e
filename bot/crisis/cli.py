"""`peerbot crisis scan|eval`: run the crisis detector from the command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from bot.config import DEFAULT_CONTENT_DIR
from bot.crisis.detector import CrisisDetector
from bot.crisis.evaluate import evaluate, load_cases
from bot.crisis.lexicon import LexiconError

_NOT_FLAGGED: dict[str, object] = {
    "flagged": False,
    "tier": None,
    "category": None,
    "rules": [],
    "spans": [],
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `crisis` command with its `scan` and `eval` subcommands."""
    crisis = subparsers.add_parser("crisis", help="crisis detector tools")
    sub = crisis.add_subparsers(dest="crisis_command", required=True)

    scan = sub.add_parser("scan", help="flag messages read from stdin, one JSON object per line")
    _content_dir(scan)
    scan.add_argument("--lang", default=None, help="the members' language (optional)")
    scan.set_defaults(func=run_scan)

    ev = sub.add_parser("eval", help="recall / false-positive rate on a labelled JSON-lines file")
    _content_dir(ev)
    ev.add_argument("file", type=Path, help="labelled JSON lines: id, text, label, tier, lang")
    ev.set_defaults(func=run_eval)


def _content_dir(parser: argparse.ArgumentParser) -> None:
    """Add the shared --content-dir option."""
    parser.add_argument(
        "--content-dir",
        type=Path,
        default=Path(os.environ.get("CONTENT_DIR") or DEFAULT_CONTENT_DIR),
        help="content directory holding crisis/ (default: CONTENT_DIR or the project's content/)",
    )


def _load(content_dir: Path) -> CrisisDetector:
    """Load the detector from <content-dir>/crisis (or content-dir itself if it has no crisis/)."""
    crisis_dir = content_dir / "crisis"
    return CrisisDetector.from_directory(crisis_dir if crisis_dir.is_dir() else content_dir)


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
    except LexiconError as exc:
        print(f"crisis lexicon error: {exc}", file=sys.stderr)
        return 2
    lang = getattr(args, "lang", None)
    for line in sys.stdin:
        detection = detector.detect(_message(line), lang)
        verdict = detection.to_json() if detection is not None else _NOT_FLAGGED
        sys.stdout.write(json.dumps(verdict) + "\n")
    sys.stdout.flush()
    return 0


def run_eval(args: argparse.Namespace) -> int:
    """Print recall on crisis rows and false-positive rate on none rows for a labelled file."""
    try:
        detector = _load(args.content_dir)
        cases = load_cases(args.file)
    except LexiconError as exc:
        print(f"crisis lexicon error: {exc}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    report = evaluate(detector, cases)
    print(f"file: {args.file} ({len(cases)} rows)")
    print(report.format())
    return 0
