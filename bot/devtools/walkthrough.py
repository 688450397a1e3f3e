"""`peerbot walkthrough`: scripted shell sessions kept in docs/ as readable transcripts.

A script (`docs/walkthrough/week-en.txt`) is what a person types into `peerbot shell`, one line
each, with `#` notes for the reader. Its run starts from a new demo world whose clock stands at
`START` (the shell's `--start`) and moves only by the script's `/at` and `/wait`, so the bot
answers the same every run, whatever today's date. The transcript (`week-en.md`) is Markdown:
the notes as text, each line typed with who typed it and where, then what the bot sent back.
`peerbot walkthrough` writes the transcripts again; `--check` only compares and prints a diff
(the test in tests/e2e/test_walkthrough.py does the same).
"""

from __future__ import annotations

import argparse
import difflib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bot.config import Settings
from bot.devtools.process import ROOT
from bot.devtools.walkthrough_text import to_markdown, with_json_files

FOLDER = ROOT / "docs" / "walkthrough"
# Monday 2 March 2026, 09:00 in London (10:00 in Madrid): before the clocks change on the 29th.
START = "2026-03-02T09:00"
RUN_SECONDS = 120


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `walkthrough` subcommand."""
    parser = commands.add_parser(
        "walkthrough", help="replay the scripted shell sessions of docs/walkthrough/"
    )
    parser.add_argument(
        "scripts", nargs="*", type=Path, help="scripts to replay (default: docs/walkthrough/*.txt)"
    )
    parser.add_argument(
        "--check", action="store_true", help="write nothing; show how each transcript differs"
    )
    parser.add_argument("--start", default=START, help=f"the clock's start (default {START})")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Replay each script; write its transcript, or with --check say whether it still matches."""
    scripts: list[Path] = args.scripts or sorted(FOLDER.glob("*.txt"))
    if not scripts:
        print(f"peerbot walkthrough: no scripts in {FOLDER}", file=sys.stderr)
        return 2
    differing = 0
    for script in scripts:
        kept = transcript_path(script)
        fresh = replay(script, args.start)
        if not args.check:
            kept.write_text(fresh, encoding="utf-8")
            print(f"wrote {kept}")
            continue
        diff = differences(kept.read_text(encoding="utf-8") if kept.exists() else "", fresh, kept)
        if diff:
            differing += 1
            print(diff)
        else:
            print(f"{kept}: the same")
    if differing:
        print(f"{differing} transcript(s) differ; `make walkthrough` writes them again")
    return 1 if differing else 0


def transcript_path(script: Path) -> Path:
    """The transcript kept beside a script: `week-en.txt` -> `week-en.md`."""
    return script.with_suffix(".md")


def replay(script: Path, start: str = START, settings: dict[str, str] | None = None) -> str:
    """Run the script through `peerbot shell --start` on a new world; the transcript.

    The machine's own settings (environment variables such as ESCALATION_MINUTES) are left
    out, so every machine replays alike; `settings` gives some on purpose (tests)."""
    text = script.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="peerbot-walk-") as folder:
        files = Path(folder) / "files"
        command = [sys.executable, "-m", "bot", "shell", "--no-color", "--start", start]
        command += ["--db", str(Path(folder) / "db.sqlite3"), "--files", str(files)]
        done = subprocess.run(
            command,
            input=text,
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=_environment(settings or {}),
            timeout=RUN_SECONDS,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"the shell failed on {script}:\n{done.stdout}\n{done.stderr}")
        screen = done.stdout.replace(f"{files}{os.sep}", "")
        saved = {path.name: path.read_text(encoding="utf-8") for path in files.glob("*.json")}
    return to_markdown(text, with_json_files(screen, saved), script.name)


def _environment(settings: dict[str, str]) -> dict[str, str]:
    """This process's environment without the bot's settings, plus `settings`."""
    names = {name.upper() for name in Settings.model_fields}
    kept = {name: value for name, value in os.environ.items() if name.upper() not in names}
    return {**kept, **settings, "NO_COLOR": "1"}


def differences(kept: str, fresh: str, path: Path) -> str:
    """A unified diff from the kept transcript to a fresh one ("" when they are the same)."""
    lines = difflib.unified_diff(
        kept.splitlines(),
        fresh.splitlines(),
        fromfile=f"{path.name} (kept)",
        tofile=f"{path.name} (the bot now)",
        lineterm="",
    )
    return "\n".join(lines)
