"""`peerbot shell`: talk to the real bot from the terminal, as any of the demo world's people.

The bot runs exactly as `peerbot run` does (inbox, outbox worker, JobQueue) against the project's
Bot API emulator on 127.0.0.1, with a fake token and its own database; nothing leaves the machine.
"""

from __future__ import annotations

import asyncio
import threading
from datetime import datetime
from pathlib import Path
from typing import TextIO

from bot.devtools.emulator import StoredMessage, UserActionRefused
from bot.devtools.shell_bot import ShellBot
from bot.devtools.shell_render import (
    buttons_of,
    describe_seconds,
    find_button,
    keyboard_lines,
    parse_duration,
    parse_moment,
    start_payload,
)
from bot.devtools.shell_screen import Screen
from bot.devtools.shell_world import (
    BOT_USERNAME,
    GROUP_ID,
    GROUP_TITLE,
    PERSONAS,
    SAM,
    Persona,
    chat_rank,
    find_persona,
)

HELP = """Shell commands (everything else goes to the bot, as the person speaking):
  /as admin | facilitator | member | member 2   speak as Alex, Fran, Sam or Robin
  /in private | group   write in your private chat with the bot, or in Demo group
  1, 2, ... (/press N)  press button N of the latest keyboard in the current chat
  /press LABEL          press the button whose label says LABEL (or a unique part of it)
  /say TEXT             send TEXT as it is (a bare number, or a line starting with / or #)
  /wait 30m             move the bot's clock on (90s, 30m, 1h, 2d) and run what came due
  /at tue 18:30         move the clock on to that time (also 18:30, or 2026-03-03 18:30)
  # a note              a line starting with # is a note for the reader, never sent
  /help-shell           show this again
  /quit                 stop (end of input does too)"""


class Shell:
    """Reads lines, sends them as the chosen person, prints what the bot says back."""

    def __init__(
        self,
        db: Path,
        files: Path,
        stdin: TextIO,
        out: TextIO,
        ansi: bool,
        start: datetime | None = None,
    ) -> None:
        """Use the database `db`, save files in `files`, read `stdin`, write `out`.

        With `start` (a scripted run) the clock stands still from then, and what the bot sends
        at once is shown chat by chat in a fixed order: the same every run."""
        self.bot = ShellBot(db, db.with_suffix(".log"), start)
        self.files = files
        self.stdin = stdin
        self.out = out
        self.ansi = ansi
        self.interactive = stdin.isatty()
        self.screen = Screen(self.bot.emulator, out, files, ansi)
        if start is not None:
            self.screen.rank = lambda chat: chat_rank(chat, self.chat_id())
            self.screen.numbered = True
        self.speaker: Persona = SAM
        self.place = "private"
        self._lines: asyncio.Queue[str | None] = asyncio.Queue()

    async def main(self) -> int:
        """Start the bot, show the banner, then serve lines until the end; the exit code."""
        await self.bot.start()
        try:
            await self._banner()
            self.screen.show_new()
            self._read_in_background()
            while await self._step():
                pass
        finally:
            await self.bot.stop()
        if self.bot.stopped and self.bot.work is not None and not self.bot.work.cancelled():
            return 1 if self.bot.work.exception() else 0
        return 0

    async def _banner(self) -> None:
        """Say what this is, who is who, and the shell's own commands."""
        group = await self.bot.services.groups.get(GROUP_ID)
        state = "new, demo world created" if self.bot.fresh else "kept from last time"
        self.screen.say("peerbot shell: the real bot on a pretend Telegram (no token, no network)")
        self.screen.say(f"Database: {self.bot.database} ({state}); bot log: {self.bot.log_file}")
        self.screen.say(f"Files the bot sends are saved in {self.files}/")
        people = ", ".join(f"{p.name} ({p.role})" for p in PERSONAS)
        self.screen.say(f"People: {people}. Fran facilitates {GROUP_TITLE}.")
        if group is not None:
            self.screen.say(f"Members join {GROUP_TITLE} with: /start {group.invite_code}")
        self.screen.say(HELP)
        self.screen.say(f"The bot's clock: {self.bot.now()}")

    def _read_in_background(self) -> None:
        """Read stdin in a daemon thread (a blocked read never holds up the exit)."""
        loop = asyncio.get_running_loop()

        def read() -> None:
            """Queue each line, then None at the end of input."""
            for line in self.stdin:
                loop.call_soon_threadsafe(self._lines.put_nowait, line.rstrip("\r\n"))
            loop.call_soon_threadsafe(self._lines.put_nowait, None)

        threading.Thread(target=read, name="shell-input", daemon=True).start()

    def prompt(self) -> str:
        """`Sam (private)> `: who speaks, and where."""
        where = GROUP_TITLE if self.place == "group" else "private"
        return f"{self.speaker.name} ({where})> "

    async def _step(self) -> bool:
        """Handle one line of input; False when it is time to stop."""
        if self.interactive:
            self.out.write(self.prompt())
            self.out.flush()
        line = await self._next_line()
        if line is None:
            return False
        if not self.interactive:
            self.screen.say(line if line.startswith("#") else self.prompt() + line)
        return await self.handle(line)

    async def _next_line(self) -> str | None:
        """The next input line (None at the end, or when the bot stopped by itself).

        Interactively, what the bot sends meanwhile (reminders, escalations) is shown at once.
        """
        getting = asyncio.ensure_future(self._lines.get())
        assert self.bot.work is not None
        while not getting.done():
            await asyncio.wait(
                {getting, self.bot.work}, timeout=1.0, return_when=asyncio.FIRST_COMPLETED
            )
            if self.bot.stopped and not getting.done():
                getting.cancel()
                error = None if self.bot.work.cancelled() else self.bot.work.exception()
                self.screen.say(f"\n(the bot stopped{f': {error}' if error else ''})")
                return None
            busy = not self.interactive or getting.done()
            if not busy and await self.bot.quiet(2.0) and self.screen.show_new():
                self.out.write(self.prompt())
                self.out.flush()
        return getting.result()

    async def handle(self, line: str) -> bool:
        """Run a shell command or send the line to the bot; False on /quit."""
        text = line.strip()
        command, _, rest = text.partition(" ")
        command = command.lower()
        if not text or text.startswith("#"):
            return True
        if command in ("/quit", "/exit"):
            return False
        if command == "/help-shell":
            self.screen.say(HELP)
        elif command == "/as":
            self._switch_person(rest)
        elif command == "/in":
            self._switch_place(rest)
        elif command == "/wait":
            await self._wait(rest)
        elif command == "/at":
            await self._at(rest)
        elif command == "/press" or text.isdigit():
            await self._press(rest if command == "/press" else text)
        elif command == "/say":
            await self.send(rest)
        else:
            await self.send(text)
        return True

    def _switch_person(self, words: str) -> None:
        """`/as facilitator`: speak as someone else (same place)."""
        persona = find_persona(words)
        if persona is None:
            choices = ", ".join(f"{p.key} ({p.name})" for p in PERSONAS)
            self.screen.say(f"(who? /as one of: {choices})")
            return
        self.speaker = persona
        self.screen.say(f"(now speaking as {persona.name}, the {persona.role})")
        self._show_buttons_here()

    def _switch_place(self, words: str) -> None:
        """`/in group` or `/in private`."""
        place = words.strip().lower()
        if place not in ("group", "private"):
            self.screen.say("(where? /in private or /in group)")
            return
        self.place = place
        self.screen.say(f"(now writing in {GROUP_TITLE if place == 'group' else 'private'})")
        self._show_buttons_here()

    def _show_buttons_here(self) -> None:
        """Remind which buttons a number would press in the chat just switched to."""
        message = self._latest_keyboard()
        if message is not None:
            lines = keyboard_lines(message.reply_markup)
            self.screen.say(f"(buttons here, on message #{message.message_id}: {'  '.join(lines)})")

    def chat_id(self) -> int:
        """The chat the speaker writes in now."""
        return GROUP_ID if self.place == "group" else self.speaker.user_id

    async def send(self, text: str) -> None:
        """Send `text` as the speaker in the current chat and show what the bot did."""
        if not text.strip():
            self.screen.say("(nothing to send)")
            return
        chat = GROUP_ID if self.place == "group" else None
        try:
            self.bot.emulator.inject_message(self.speaker.user_id, text, chat)
        except UserActionRefused as refused:  # muted or banned: Telegram would not post it
            self.screen.say(f"(Telegram does not let {self.speaker.name} post here: {refused})")
            return
        await self._settle()

    async def _settle(self) -> None:
        """Wait until the bot is quiet, then print everything new."""
        if not await self.bot.quiet():
            self.screen.say("(the bot is still busy; showing what arrived so far)")
        self.screen.show_new()

    async def _wait(self, words: str) -> None:
        """`/wait 1h`: move the bot's clock on and let what came due happen."""
        try:
            seconds = parse_duration(words)
        except ValueError as error:
            self.screen.say(f"({error})")
            return
        await self.bot.advance(seconds)
        self.screen.say(
            f"(waited {describe_seconds(seconds)}: the bot's clock reads {self.bot.now()})"
        )
        await self._settle()

    async def _at(self, words: str) -> None:
        """`/at tue 18:30`: move the bot's clock on to that time (the demo world's zone)."""
        now = self.bot.local_now()
        try:
            moment = parse_moment(words, now)
        except ValueError as error:
            self.screen.say(f"({error})")
            return
        await self.bot.advance((moment - now).total_seconds())
        self.screen.say(f"(the bot's clock moves on to {self.bot.now()})")
        await self._settle()

    def _latest_keyboard(self) -> StoredMessage | None:
        """The newest live bot message with buttons in the current chat."""
        messages = self.bot.emulator.bot_messages(self.chat_id())
        return next((m for m in reversed(messages) if buttons_of(m.reply_markup)), None)

    async def _press(self, words: str) -> None:
        """Press a button of the latest keyboard (by number or label): a callback or a t.me link."""
        message = self._latest_keyboard()
        if message is None:
            self.screen.say("(no buttons in this chat; /in group or /as someone else?)")
            return
        buttons = [button for row in buttons_of(message.reply_markup) for button in row]
        try:
            button = find_button(buttons, words)
        except ValueError as error:
            self.screen.say(f"({error})")
            return
        self.screen.say(f"({self.speaker.name} presses [{button.number}] {button.text})")
        if button.callback_data is not None:
            query = self.bot.emulator.press_button(
                message.chat_id,
                message.message_id,
                user_id=self.speaker.user_id,
                callback_data=button.callback_data,
            )
            await self._settle()
            self.screen.show_answer(str(query["id"]), self.speaker.name)
            return
        payload = start_payload(button.url or "", BOT_USERNAME)
        if payload is None:
            self.screen.say(f"(that button opens {button.url})")
            return
        if self.place != "private":
            self.place = "private"
            self.screen.say("(the link opens the private chat with the bot)")
        await self.send(f"/start {payload}".strip())
