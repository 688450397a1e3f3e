"""`peerbot shell`: its command line (the shell itself is in `shell.py`)."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.devtools.shell import Shell
from bot.devtools.shell_render import parse_start
from bot.devtools.shell_world import TIMEZONE

DEFAULT_DB = Path("shell-data/peerbot-shell.sqlite3")
DEFAULT_FILES = Path("shell-files")


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `shell` subcommand."""
    parser = commands.add_parser(
        "shell", help="try the bot in the terminal, no token needed (Bot API emulator)"
    )
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help="the shell's own database")
    parser.add_argument("--files", type=Path, default=DEFAULT_FILES, help="where files are saved")
    parser.add_argument("--no-color", action="store_true", help="never use bold or colours")
    parser.add_argument(
        "--start",
        metavar="WHEN",
        help="a new world's clock stands at WHEN (e.g. 2026-03-02T09:00, demo world's time)"
        " and moves only by /wait and /at; the invite code is fixed (scripted runs)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the shell on stdin and stdout until /quit or the end of input."""
    ansi = sys.stdout.isatty() and not args.no_color and "NO_COLOR" not in os.environ
    start = None
    if args.start is not None:
        try:
            start = parse_start(args.start, ZoneInfo(TIMEZONE))
        except ValueError as error:
            print(f"peerbot shell: {error}", file=sys.stderr)
            return 2
        if args.db.exists():
            print(f"peerbot shell: --start needs a new database; {args.db} exists", file=sys.stderr)
            return 2
    shell = Shell(args.db, args.files, sys.stdin, sys.stdout, ansi, start)
    try:
        return asyncio.run(shell.main())
    except BrokenPipeError:  # the reader went away (e.g. piped into `head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
