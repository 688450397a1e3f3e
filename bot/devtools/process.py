"""Run the real bot (`python -m bot run`) as a subprocess against a Bot API emulator."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bot.devtools.emulator import Emulator

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class BotProcess:
    """One `peerbot run` subprocess configured only by environment variables."""

    emulator: Emulator
    workdir: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    admin_ids: str = ""
    process: subprocess.Popen[bytes] | None = None

    @property
    def database(self) -> Path:
        """The SQLite file this bot writes."""
        return self.workdir / "data" / "bot.sqlite3"

    @property
    def log_path(self) -> Path:
        """Where the process's stdout and stderr go."""
        return self.workdir / "bot.log"

    def environment(self) -> dict[str, str]:
        """The whole environment of the bot: PATH and HOME plus its settings."""
        env = {key: os.environ[key] for key in ("PATH", "HOME", "LANG") if key in os.environ}
        env.update(
            BOT_TOKEN=self.emulator.token,
            TELEGRAM_API_URL=self.emulator.url,
            DATABASE_PATH=str(self.database),
            ADMIN_IDS=self.admin_ids,
            TIMEZONE="Europe/London",
            DEFAULT_LANGUAGE="en",
            CONTENT_DIR=str(ROOT / "content"),
            LOG_LEVEL="INFO",
            POLL_TIMEOUT="5",
            PYTHONUNBUFFERED="1",
        )
        env.update(self.extra_env)
        return env

    def start(self, timeout: float = 60.0, *args: str, ready: str = "deleteWebhook") -> BotProcess:
        """Start `peerbot run [args]` and wait for its `ready` call (the one before polling).

        A long poll is only recorded when it is answered, so readiness is the call before it;
        updates injected meanwhile wait in the emulator for the first poll. A start takes about
        3 s of CPU; the minute leaves room for a heavily loaded machine (30 s once ran out at a
        load of 8 on 2 cores).
        """
        self.workdir.mkdir(parents=True, exist_ok=True)
        mark = self.emulator.mark()
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run", *args],
            cwd=self.workdir,
            env=self.environment(),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        self.emulator.wait_for_call(ready, since=mark, timeout=timeout)
        return self

    def wait_exit(self, timeout: float = 30.0) -> int:
        """Wait for the process to exit by itself; return its exit code."""
        assert self.process is not None, "not started"
        code = self.process.wait(timeout)
        self.process = None
        return code

    def stop(self, timeout: float = 20.0) -> int:
        """Send SIGTERM and wait for a clean exit; return the exit code."""
        if self.process is None:
            return 0
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout)
        self.process = None
        return code

    def kill(self) -> None:
        """Kill the process at once (SIGKILL), as a crash would."""
        if self.process is not None:
            self.process.kill()
            self.process.wait(10)
            self.process = None

    def logs(self) -> str:
        """Return everything the process printed so far."""
        return (
            self.log_path.read_text(encoding="utf-8", errors="replace")
            if self.log_path.exists()
            else ""
        )
