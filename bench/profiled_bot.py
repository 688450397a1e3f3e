"""The real bot with a wall-clock timer around each step of an update's path (bench only).

`python -m bench.profiled_bot` runs `peerbot run` after wrapping the steps below; at exit it
writes, to the file named by PROFILE_OUT, each step's calls and total seconds. Nothing of the
bot's code changes: the wrappers time the same functions the bot calls.
"""

from __future__ import annotations

import atexit
import functools
import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

# (label, module, attribute path): in the order an update meets them.
STEPS = (
    ("store batch (durable commit)", "bot.storage.inbox", "InboxRepository.store"),
    ("crisis detection (both layers)", "bot.crisis.layered", "LayeredDetector.assess"),
    ("count the attempt", "bot.storage.inbox", "InboxRepository.start_attempt"),
    ("decode the update", "bot.delivery.inbox", "InboxProcessor._decode"),
    ("gate (before: with reachable, missed alerts)", "handlers.gate", "gate"),
    ("flags read (note asked? alerts missed?)", "bot.storage.flags", "FlagRepository._about"),
    ("reachable again, missed alerts", "handlers.gate", "reached_again"),
    ("member read", "bot.storage.members", "MemberRepository.get"),
    ("send the reply (HTTP, limiter)", "bot.delivery.limiter", "DeliveryLimiter.process_request"),
    ("active-day bookkeeping", "bot.services.stats", "StatsService.record_activity"),
    ("mark done", "bot.storage.inbox", "InboxRepository.mark_done"),
    ("attempts and done marks in groups", "bot.storage.inbox", "InboxRepository.apply_marks"),
    ("whole update (attempt to done)", "bot.delivery.inbox", "InboxProcessor._process"),
    ("database reads (reader connection)", "bot.storage.db", "Database.fetch_all"),
    ("single-statement writes", "bot.storage.db", "Database.write"),
)

TIMES: dict[str, list[float]] = {label: [0, 0.0] for label, _, _ in STEPS}


def _timed(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a function (async or not) to add its wall time to TIMES[label]."""
    slot = TIMES[label]
    if _is_async(function):

        @functools.wraps(function)
        async def waited(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return await function(*args, **kwargs)
            finally:
                slot[0] += 1
                slot[1] += time.perf_counter() - started

        return waited

    @functools.wraps(function)
    def called(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            slot[0] += 1
            slot[1] += time.perf_counter() - started

    return called


def _is_async(function: Callable[..., Any]) -> bool:
    """Whether calling the function gives a coroutine."""
    import inspect

    return inspect.iscoroutinefunction(function)


def install() -> None:
    """Wrap every step that exists in this version of the code (older checkouts may lack one)."""
    import importlib

    for label, module_name, path in STEPS:
        owner: Any = importlib.import_module(module_name)
        *parents, name = path.split(".")
        for parent in parents:
            owner = getattr(owner, parent)
        if hasattr(owner, name):
            setattr(owner, name, _timed(label, getattr(owner, name)))


def _dump() -> None:
    """Write the timers to PROFILE_OUT."""
    target = os.environ.get("PROFILE_OUT")
    if target:
        with open(target, "w", encoding="utf-8") as out:
            json.dump(TIMES, out)


if __name__ == "__main__":
    install()
    atexit.register(_dump)
    from bot.cli import main

    code = main(["run"])
    _dump()
    sys.exit(code)
