"""Run the real bot (`python -m bot run`) against the emulator, and talk to it as people do."""

from __future__ import annotations

import itertools
from pathlib import Path

from bot.devtools.emulator import Emulator, StoredMessage, User
from bot.devtools.process import ROOT, BotProcess

__all__ = ["ADMIN_ID", "ROOT", "TOKEN", "BotProcess", "Person", "bot_process", "next_user_id"]

TOKEN = "4242424242:EmulatorTokenForTests_abcdefghijklmno"
ADMIN_ID = 5_550_000_001
_user_ids = itertools.count(7_100_000_001)


def bot_process(emulator: Emulator, workdir: Path) -> BotProcess:
    """A bot process for the tests: the emulator's token, ADMIN_ID as its admin."""
    return BotProcess(emulator, workdir, admin_ids=str(ADMIN_ID))


# The title every crisis alert and its reminders start with.
ALERT_TITLE = "Crisis alert #"


# Messages that come on the bot's own schedule, never as an answer: the wellbeing check's
# offer (an hour after a member joins a group), the question after a meeting, and a
# facilitator's debrief offer (queued with a resolution) and the next day's question.
UNPROMPTED = (
    ALERT_TITLE,
    "A short wellbeing check, if you'd like",
    "If you'd like to tell us, tap a number",
    "Thank you for being there in a hard moment",
    "How are you after yesterday's hard moment?",
)


def is_answer(message: StoredMessage) -> bool:
    """Whether a bot message can answer what a person just typed: a crisis alert or its
    reminder cannot (the session's shared bot may still page the shared admin about an earlier
    test's member at any moment), nor the wellbeing offer or a meeting's feedback question,
    which come when they are due; tests that want them wait for them by name."""
    text = message.plain_text or ""
    return not any(words in text for words in UNPROMPTED)


def next_user_id() -> int:
    """Return a user id no other test uses (distinctive, so byte scans cannot match by chance)."""
    return next(_user_ids)


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
        """Send a text and return the bot's next `count` answers in that chat (crisis alerts,
        which come on the bot's own schedule, are not answers: see `is_answer`)."""
        mark = self.emulator.mark()
        self.emulator.inject_message(self.id, text, chat_id)
        wanted = None if text.startswith("/flag") else is_answer  # /flag N shows an alert's card
        return self.emulator.wait_for_messages(
            chat_id or self.id, count, since=mark, predicate=wanted
        )

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
