"""Run the real bot (`python -m bot run`) against the emulator, and talk to it as people do."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bot.devtools.emulator import Emulator, StoredMessage, User

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "4242424242:EmulatorTokenForTests_abcdefghijklmno"
ADMIN_ID = 5_550_000_001
_user_ids = itertools.count(7_100_000_001)


def next_user_id() -> int:
    """Return a user id no other test uses (distinctive, so byte scans cannot match by chance)."""
    return next(_user_ids)


@dataclass
class BotProcess:
    """One `peerbot run` subprocess configured only by environment variables."""

    emulator: Emulator
    workdir: Path
    extra_env: dict[str, str] = field(default_factory=dict)
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
            BOT_TOKEN=TOKEN,
            TELEGRAM_API_URL=self.emulator.url,
            DATABASE_PATH=str(self.database),
            ADMIN_IDS=str(ADMIN_ID),
            TIMEZONE="Europe/London",
            DEFAULT_LANGUAGE="en",
            CONTENT_DIR=str(ROOT / "content"),
            LOG_LEVEL="INFO",
            POLL_TIMEOUT="5",
            PYTHONUNBUFFERED="1",
        )
        env.update(self.extra_env)
        return env

    def start(self, timeout: float = 30.0, *args: str, ready: str = "deleteWebhook") -> BotProcess:
        """Start `peerbot run [args]` and wait for its `ready` call (the one before polling).

        A long poll is only recorded when it is answered, so readiness is the call before it;
        updates injected meanwhile wait in the emulator for the first poll.
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


class Person:
    """A person chatting with the bot through the emulator, in private or in a group."""

    def __init__(self, emulator: Emulator, user: User) -> None:
        """Speak as `user`."""
        self.emulator = emulator
        self.user = user

    @property
    def id(self) -> int:
        """The person's Telegram user id (also their private chat id)."""
        return self.user.id

    def send(self, text: str, count: int = 1, chat_id: int | None = None) -> list[StoredMessage]:
        """Send a text and return the bot's next `count` messages in that chat."""
        mark = self.emulator.mark()
        self.emulator.inject_message(self.id, text, chat_id)
        return self.emulator.wait_for_messages(chat_id or self.id, count, since=mark)

    def ask(self, text: str) -> StoredMessage:
        """Send a text and return the bot's one answer."""
        return self.send(text)[0]

    def press(self, message: StoredMessage, label: str, count: int = 1) -> list[StoredMessage]:
        """Press the button whose label contains `label`; return the next `count` new messages."""
        mark = self.emulator.mark()
        self.emulator.press_button(message.chat_id, message.message_id, user_id=self.id, text=label)
        return self.emulator.wait_for_messages(message.chat_id, count, since=mark)

    def press_for_edit(self, message: StoredMessage, label: str) -> StoredMessage:
        """Press a button that makes the bot edit its message; return the edited message."""
        mark = self.emulator.mark()
        self.emulator.press_button(message.chat_id, message.message_id, user_id=self.id, text=label)
        self.emulator.wait_for_call(
            "editMessageText",
            predicate=lambda call: call.params.get("message_id") == message.message_id,
            since=mark,
        )
        return self.emulator.message(message.chat_id, message.message_id)
