"""What the shell prints: the bot's new messages, edits, files and button answers."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from bot.devtools.emulator import EmulatorCore, StoredMessage
from bot.devtools.shell_render import keyboard_lines, render_text
from bot.devtools.shell_world import persona_of

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class Screen:
    """Prints what the bot did since the last look, once, in order."""

    def __init__(self, core: EmulatorCore, out: TextIO, files: Path, ansi: bool) -> None:
        """Watch `core`, write to `out`, save documents and photos into `files`."""
        self.core = core
        self.out = out
        self.files = files
        self.ansi = ansi
        self._seen: dict[tuple[int, int], tuple[int, bool]] = {}
        # When set, what arrived together is shown chat by chat in this rank's order (then by
        # message id) rather than in the order it came: the same every run (scripted runs).
        self.rank: Callable[[int], int] | None = None
        # Whether a new message's header shows its number (#3), as an edit's does.
        self.numbered = False

    def say(self, text: str) -> None:
        """Print a line of the shell itself."""
        self.out.write(text + "\n")
        self.out.flush()

    def chat_label(self, chat_id: int) -> str:
        """`Sam, private` for a private chat, the title for a group."""
        chat = self.core.chats.get(chat_id)
        if chat is not None and chat.type == "private":
            persona = persona_of(chat_id)
            name = persona.name if persona else (chat.user.first_name if chat.user else "?")
            return f"{name}, private"
        return (chat.title or str(chat_id)) if chat is not None else str(chat_id)

    def show_new(self) -> int:
        """Print every bot message, edit and deletion not shown yet; return how many."""
        changed: list[tuple[int, StoredMessage, str]] = []
        for chat_id in list(self.core.chats):
            for message in self.core.bot_messages(chat_id, include_deleted=True):
                key = (chat_id, message.message_id)
                state = (len(message.edits), message.deleted)
                before = self._seen.get(key)
                if before == state:
                    continue
                self._seen[key] = state
                if before is None and message.deleted:
                    continue
                kind = "new" if before is None else "deleted" if message.deleted else "edited"
                changed.append((message.seq if kind == "new" else 0, message, kind))
        if self.rank is not None:
            rank = self.rank
            changed.sort(
                key=lambda i: (rank(i[1].chat_id), i[1].chat_id, i[0] != 0, i[1].message_id)
            )
        else:
            changed.sort(key=lambda item: (item[0], item[1].chat_id, item[1].message_id))
        for _, message, kind in changed:
            self._print(message, kind)
        return len(changed)

    def show_answer(self, query_id: str, presser: str) -> None:
        """Print the bot's answer to a button press (the pop-up text), if it gave one."""
        answer = self.core.callback_answer(query_id)
        text = str((answer or {}).get("text") or "")
        if text:
            style = "alert" if (answer or {}).get("show_alert") else "notice"
            self.say(f"[bot → {presser}, pop-up {style}] {text}")

    def _print(self, message: StoredMessage, kind: str) -> None:
        """Print one message: a header, its text, its file and its buttons."""
        label = self.chat_label(message.chat_id)
        if kind == "deleted":
            self.say(f"[bot → {label}, deleted message #{message.message_id}]")
            return
        suffix = f", edited #{message.message_id}" if kind == "edited" else ""
        suffix = f", #{message.message_id}" if self.numbered and kind == "new" else suffix
        lines = [f"[bot → {label}{suffix}]"]
        body = message.text if message.kind == "text" else message.caption
        if body:
            lines += [
                "  " + line
                for line in render_text(body, message.parse_mode, self.ansi).splitlines()
            ]
        if message.file is not None and kind == "new":
            lines.append(f"  ({message.kind} saved: {self._save(message)})")
        lines += ["  " + line for line in keyboard_lines(message.reply_markup)]
        self.say("\n".join(lines))

    def _save(self, message: StoredMessage) -> str:
        """Write a document or photo into the files folder; return its path for the screen."""
        assert message.file is not None
        self.files.mkdir(parents=True, exist_ok=True)
        name = _UNSAFE.sub("_", message.file.filename or f"{message.kind}.bin").strip("_")
        path = self.files / f"{message.chat_id}-{message.message_id}-{name or 'file'}"
        path.write_bytes(message.file.data)
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return str(path)
