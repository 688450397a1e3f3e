"""Counting the bot's deliveries in the emulator incrementally (scans only new calls)."""

from __future__ import annotations

from collections.abc import Callable

from bot.devtools.emulator import CallRecord, EmulatorCore


class Deliveries:
    """Distinct chats that got a successful sendMessage, for chat ids accepted by `wanted`."""

    def __init__(self, wanted: Callable[[int], bool], start: int = 0) -> None:
        """Count from call index `start` on."""
        self.wanted = wanted
        self.index = start
        self.chats: set[int] = set()
        self.calls: list[CallRecord] = []

    def count(self, core: EmulatorCore) -> int:
        """Scan the calls made since the last look; return the number of distinct chats."""
        new = core.calls[self.index :]
        self.index += len(new)
        for call in new:
            if call.method == "sendMessage" and call.status == 200:
                chat = int(call.params.get("chat_id", 0))
                if self.wanted(chat):
                    self.chats.add(chat)
                    self.calls.append(call)
        return len(self.chats)

    def total(self, core: EmulatorCore) -> int:
        """Scan new calls; return the number of successful sends (not distinct chats)."""
        self.count(core)
        return len(self.calls)
