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
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.config import Settings
from bot.devtools.process import ROOT
from bot.devtools.shell_world import GROUP_TITLE, PERSONAS

FOLDER = ROOT / "docs" / "walkthrough"
# Monday 2 March 2026, 09:00 in London (10:00 in Madrid): before the clocks change on the 29th.
START = "2026-03-02T09:00"
RUN_SECONDS = 120
_ECHO = re.compile(rf"^(\w+) \((private|{re.escape(GROUP_TITLE)})\)> (.*)$")
_PRESS = re.compile(r"^\(\w+ presses \[\d+\] (.*)\)$")
_SHELL_COMMANDS = ("/as", "/in", "/wait", "/at", "/help-shell")
_CLOCK_LINE = "The bot's clock: "


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
    return to_markdown(text, screen, script.name)


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


@dataclass
class Step:
    """One line of the script and what the shell printed after it."""

    line: str
    speaker: str = ""
    place: str = ""
    output: list[str] = field(default_factory=list)


def split_screen(script: str, screen: str) -> tuple[list[str], list[Step]]:
    """The shell's screen cut at each script line's echo: the prologue, and each step.

    The prologue is what the bot sent before the first line, after the shell's banner (whose
    last line tells the clock)."""
    lines = screen.splitlines()
    index = next((i + 1 for i, line in enumerate(lines) if line.startswith(_CLOCK_LINE)), 0)
    first = index
    prologue: list[str] = []
    steps: list[Step] = []
    for wanted in script.splitlines():
        found = _find_echo(lines, index, wanted)
        if found is None:
            break  # /quit, or the bot stopped: the screen ends here
        if steps:
            steps[-1].output = lines[index:found]
        else:
            prologue = lines[first:found]
        echo = _ECHO.match(lines[found])
        step = Step(wanted)
        if echo is not None and not wanted.startswith("#"):
            step.speaker, step.place = echo.group(1), echo.group(2)
        steps.append(step)
        index = found + 1
    if steps:
        steps[-1].output = lines[index:]
    return prologue, steps


def _find_echo(lines: list[str], start: int, wanted: str) -> int | None:
    """Where the shell echoed script line `wanted`, from `start` on (notes are echoed bare)."""
    for index in range(start, len(lines)):
        line = lines[index]
        if wanted.startswith("#") and line == wanted:
            return index
        echo = _ECHO.match(line)
        if echo is not None and echo.group(3) == wanted and not wanted.startswith("#"):
            return index
    return None


def to_markdown(script: str, screen: str, name: str) -> str:
    """The transcript of a scripted run: notes as text, each step as who typed what and replies."""
    prologue, steps = split_screen(script, screen)
    clock = next((line for line in screen.splitlines() if line.startswith(_CLOCK_LINE)), "")
    people = ", ".join(f"**{p.name}** ({p.role})" for p in PERSONAS)
    out = [
        f"<!-- Written by `make walkthrough` from {name}; edit the script, not this file. -->",
        "",
        f"# Walkthrough: {name.removesuffix('.txt')}",
        "",
        f"People: {people}. Fran facilitates **{GROUP_TITLE}**, which meets weekly.",
        f"{clock.removesuffix('.')}; it moves on only when the script says so.",
    ]
    if prologue:
        out += ["", "Alex has just added the bot to Demo group:", "", *_block(prologue)]
    notes: list[str] = []
    for step in steps:
        if step.line.startswith("#"):
            notes.append(step.line)
            continue
        if notes:
            out += ["", *_notes(notes)]
            notes = []
        if not step.line.strip() or step.line.strip().lower() in ("/quit", "/exit"):
            continue
        out += ["", *_step(step)]
    if notes:
        out += ["", *_notes(notes)]
    return "\n".join(out) + "\n"


def _notes(notes: list[str]) -> list[str]:
    """Script notes as Markdown: `## Monday` stays a heading, `# text` lines are a paragraph."""
    out: list[str] = []
    for note in notes:
        text = note.lstrip("#").strip()
        heading = note.startswith("##")
        if heading:
            if out:
                out.append("")
            out += [f"{note.split(' ', 1)[0]} {text}", ""]
        elif text:
            out.append(text)
    while out and not out[-1]:
        out.pop()
    return out


def _step(step: Step) -> list[str]:
    """One step: who did what (a press by its label, a shell command by what it did), replies."""
    output = list(step.output)
    command = step.line.strip().split(" ", 1)[0].lower()
    where = "in private" if step.place == "private" else f"in {step.place}"
    if command in _SHELL_COMMANDS and output and output[0].startswith("("):
        head = f"*{output.pop(0).strip('()')}*"
        if command in ("/as", "/in"):
            output = [line for line in output if not line.startswith("(buttons here")]
    elif (command == "/press" or step.line.strip().isdigit()) and output:
        pressed = _PRESS.match(output[0])
        if pressed is not None:
            output.pop(0)
            head = f"**{step.speaker}** taps **{pressed.group(1)}** ({where})"
        else:
            head = f"**{step.speaker}** ({where}): `{step.line.strip()}`"
    else:
        said = step.line.strip()
        said = said.split(" ", 1)[1] if command == "/say" and " " in said else said
        head = f"**{step.speaker}** writes ({where}): `{said}`"
    return [head, *(["", *_block(output)] if output else [])]


def _block(lines: Sequence[str]) -> list[str]:
    """Lines in a fenced block, exactly as the shell printed them."""
    fence = "````" if any(line.lstrip().startswith("```") for line in lines) else "```"
    return [f"{fence}text", *(line.rstrip() for line in lines), fence]
