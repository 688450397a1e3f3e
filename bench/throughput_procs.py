"""The processes of `bench throughput`: Bot API doubles, and the bots, each in its own process.

A subject is one bot with its own double. Only the subject being measured runs: the others
are stopped with SIGSTOP (so the bots never run at the same moment) and woken with SIGCONT.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from bench.alerts_world import FACILITATOR_BASE, GROUP_BASE, World, seed_database
from bench.machine import process_seconds

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "5151515151:BenchmarkTokenForDelivery_abcdefghij"
GROUPS = 10


class Double:
    """A Bot API double (`bench.api_double`) in a process of its own, driven over a pipe."""

    def __init__(self, log: Path) -> None:
        """Start the process and read the port it bound."""
        self.log = log.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.api_double"],
            cwd=ROOT,
            env=_base_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
        )
        self.port = int(self._read()["port"])

    @property
    def url(self) -> str:
        """The API root for TELEGRAM_API_URL."""
        return f"http://127.0.0.1:{self.port}"

    def ask(self, **order: Any) -> dict[str, Any]:
        """Send one command; return its answer."""
        stdin = self.process.stdin
        assert stdin is not None
        stdin.write(json.dumps(order).encode() + b"\n")
        stdin.flush()
        return self._read()

    def _read(self) -> dict[str, Any]:
        """Read one JSON line from the double."""
        stdout: IO[bytes] | None = self.process.stdout
        assert stdout is not None
        line = stdout.readline()
        if not line:
            raise RuntimeError(f"the Bot API double stopped (see {self.log.name})")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def close(self) -> None:
        """End the double."""
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
        self.log.close()


@dataclass
class Subject:
    """One bot process and its double; its members are the chats it answers in bursts."""

    name: str
    double: Double
    process: subprocess.Popen[bytes]
    members: list[int]
    kind: str = "echo"
    crisis_members: list[int] = field(default_factory=list)
    facilitators: list[int] = field(default_factory=list)

    @property
    def pids(self) -> list[int]:
        """The processes of this subject."""
        return [self.double.process.pid, self.process.pid]

    def cpu_seconds(self) -> float:
        """CPU seconds the bot process used so far (all its threads)."""
        return process_seconds(self.process.pid)

    def pause(self) -> None:
        """Stop the bot (SIGSTOP): it takes no CPU until resumed."""
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        """Let the bot run again (SIGCONT)."""
        self.process.send_signal(signal.SIGCONT)

    def stop(self) -> None:
        """End the bot and its double."""
        self.resume()
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
        self.double.close()


def start_client(folder: Path) -> tuple[Double, subprocess.Popen[bytes]]:
    """A double with the thinnest possible bot (`bench.api_client`) polling it."""
    double = Double(folder / "double-alone.log")
    client = subprocess.Popen(
        [sys.executable, "-m", "bench.api_client", str(double.port)],
        cwd=ROOT,
        env=_base_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    return double, client


def start_echo(folder: Path, members: list[int]) -> Subject:
    """The bare python-telegram-bot echo bot against a double of its own."""
    double = Double(folder / "double-echo.log")
    env = {**_base_env(), "BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": double.url}
    with (folder / "echo.log").open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "bench" / "echo_bot.py")],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    return Subject("echo bot", double, process, members)


def start_full(
    name: str,
    folder: Path,
    members: list[int],
    crisis: list[int],
    tree: Path | None = None,
    entry: tuple[str, ...] = ("-m", "bot", "run"),
    extra_env: dict[str, str] | None = None,
) -> Subject:
    """The real bot (`python -m bot run`, pacing off) with members in its database.

    `tree`: run the code of another checkout instead (its own `bot` package and content).
    `entry`: python's arguments (the profiled bot is a script, so that `bot` comes from `tree`).
    """
    folder.mkdir(parents=True, exist_ok=True)
    world = World(
        groups=[GROUP_BASE - g for g in range(GROUPS)],
        facilitators=[FACILITATOR_BASE + g for g in range(GROUPS)],
        members=[*members, *crisis],
    )
    database = folder / "data" / "bot.sqlite3"
    database.parent.mkdir(parents=True, exist_ok=True)
    if tree is not None:
        _create_with(tree, database)
    seed_database(database, world, create=tree is None)
    double = Double(folder / "double.log")
    code = tree or ROOT
    env = {
        **_base_env(),
        "BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": double.url,
        "DATABASE_PATH": str(database),
        "ADMIN_IDS": "",
        "TIMEZONE": "Europe/London",
        "DEFAULT_LANGUAGE": "en",
        "CONTENT_DIR": str(code / "content"),
        "LOG_LEVEL": "WARNING",
        "POLL_TIMEOUT": "5",
        "SEND_RATE_LIMIT": "0",
        # No reminder copies of an alert inside the measured window (they would be sends too).
        "ESCALATION_MINUTES": "30",
        "ESCALATION_IMMINENT_MINUTES": "30",
    }
    env["PYTHONPATH"] = str(tree) + os.pathsep + str(ROOT) if tree is not None else str(ROOT)
    env.update(extra_env or {})
    with (folder / "bot.log").open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, *entry],
            cwd=folder,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    return Subject(name, double, process, members, "full", crisis, world.facilitators)


def _create_with(tree: Path, database: Path) -> None:
    """Create the database with another checkout's own code, so it has that code's migrations
    (a newer schema would stop an older bot at start)."""
    script = (
        "import asyncio, sys; from pathlib import Path; from bot.storage.db import create_database;"
        " asyncio.run(create_database(Path(sys.argv[1])))"
    )
    subprocess.run(
        [sys.executable, "-c", script, str(database)],
        cwd=tree,
        env={**_base_env(), "PYTHONPATH": str(tree)},
        check=True,
    )


def _base_env() -> dict[str, str]:
    """PATH, HOME and LANG only."""
    return {key: os.environ[key] for key in ("PATH", "HOME", "LANG") if key in os.environ}
