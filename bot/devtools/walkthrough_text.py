"""The walkthrough's transcript: a scripted shell screen as Markdown (pure; see walkthrough.py).

The screen is cut at each script line's echo. Notes become text and headings, a press shows its
button's label, a shell command what it did, and the bot's messages are kept in fenced blocks,
exactly as the shell printed them, except that an edit repeating its message is shortened to
what changed (buttons removed or changed, text added below).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from bot.devtools.shell_world import GROUP_TITLE, PERSONAS

_ECHO = re.compile(rf"^(\w+) \((private|{re.escape(GROUP_TITLE)})\)> (.*)$")
_PRESS = re.compile(r"^\(\w+ presses \[\d+\] (.*)\)$")
_HEADER = re.compile(r"^\[bot → (.+), (edited )?#(\d+)\]$")
_KEY = re.compile(r"^  \[\d+\] ")
_SHELL_COMMANDS = ("/as", "/in", "/wait", "/at", "/help-shell")
_CLOCK_LINE = "The bot's clock: "
_SAVED_JSON = re.compile(r"^  \(document saved: (\S+\.json)\)$")


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
    leading = 0
    while leading < len(steps) and steps[leading].line.startswith("#"):
        leading += 1
    out = [
        f"<!-- Written by `make walkthrough` from {name}; edit the script, not this file. -->",
        "",
        f"# Walkthrough: {name.removesuffix('.txt')}",
    ]
    if leading:
        out += ["", *_notes([step.line for step in steps[:leading]])]
    out += [
        "",
        f"- People: {people}. Fran facilitates **{GROUP_TITLE}**, which meets weekly.",
        f"- {clock.removesuffix('.')}; it moves on only when the script says so.",
    ]
    seen: dict[str, list[str]] = {}
    if prologue:
        first = "Alex has just added the bot to Demo group:"
        out += ["", first, "", *_block(condense_edits(prologue, seen))]
    notes: list[str] = []
    for step in steps[leading:]:
        if step.line.startswith("#"):
            notes.append(step.line)
            continue
        if notes:
            out += ["", *_notes(notes)]
            notes = []
        if not step.line.strip() or step.line.strip().lower() in ("/quit", "/exit"):
            continue
        step.output = condense_edits(step.output, seen)
        out += ["", *_step(step)]
    if notes:
        out += ["", *_notes(notes)]
    return "\n".join(out) + "\n"


def with_json_files(screen: str, files: Mapping[str, str]) -> str:
    """The screen with each saved JSON document (a /mydata export) shown under its line.

    `files` maps a saved file's name, as the screen shows it, to its text; the JSON is shown
    indented, so the reader sees what the bot keeps."""
    out: list[str] = []
    for line in screen.splitlines():
        out.append(line)
        saved = _SAVED_JSON.match(line)
        if saved is not None and saved.group(1) in files:
            data = json.loads(files[saved.group(1)])
            shown = json.dumps(data, indent=2, ensure_ascii=False)
            out += ["    " + text for text in shown.splitlines()]
    return "\n".join(out) + "\n"


def condense_edits(lines: Sequence[str], seen: dict[str, list[str]]) -> list[str]:
    """The screen's lines with each edit cut to what changed from the message's last text.

    `seen` holds each message's text (without its buttons) by `chat label#number`; it is
    updated. An edit of the same text says its buttons went or changed; an edit adding lines
    at the end shows only those."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        header = _HEADER.match(line)
        end = index + 1
        while end < len(lines) and lines[end].startswith("  "):
            end += 1
        if header is None:
            out += lines[index:end]
            index = end
            continue
        body = list(lines[index + 1 : end])
        text = [line for line in body if not _KEY.match(line)]
        keys = [line for line in body if _KEY.match(line)]
        key = f"{header.group(1)}#{header.group(3)}"
        before = seen.get(key)
        seen[key] = text
        index = end
        label = line.removesuffix("]")
        if header.group(2) is None or before is None:
            out += [label + "]", *body]
        elif text == before:
            out += [label + (": buttons changed]" if keys else ": buttons removed]"), *keys]
        elif text[: len(before)] == before:
            out += [label + ": text added below]", *text[len(before) :], *keys]
        else:
            out += [label + "]", *body]
    return out


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
