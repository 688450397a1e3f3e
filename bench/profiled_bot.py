"""The real bot with a wall-clock timer around each step of an update's path (bench only).

`python -m bench.profiled_bot` runs `peerbot run` after wrapping the steps below; at exit it
writes, to the file named by PROFILE_OUT, each step's calls and total seconds. Nothing of the
bot's code changes: the wrappers time the same functions the bot calls.
"""

from __future__ import annotations

import atexit
import cProfile
import functools
import gc
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
    """Write the timers to PROFILE_OUT (and cProfile's statistics to PROFILE_CPROFILE)."""
    if _PROFILER is not None:
        _PROFILER.disable()
        _PROFILER.dump_stats(os.environ["PROFILE_CPROFILE"])
    slow_target = os.environ.get("PROFILE_SLOW")
    if slow_target:
        with open(slow_target, "w", encoding="utf-8") as out:
            json.dump({"steps": SLOW, "collections": GC_PAUSES}, out)
    target = os.environ.get("PROFILE_OUT")
    if target:
        with open(target, "w", encoding="utf-8") as out:
            json.dump(TIMES, out)


# The event loop's steps that held it longer than SLOW_STEP: what each was, and how long.
SLOW_STEP = 0.005
SLOW: list[tuple[float, str]] = []


def watch_slow_steps() -> None:
    """Time every callback the event loop runs; keep those over SLOW_STEP (what delays others)."""
    import asyncio.events

    run = asyncio.events.Handle._run

    def timed_run(handle: asyncio.events.Handle) -> None:
        """Run the callback as asyncio does, noting it when it held the loop too long."""
        started = time.perf_counter()
        run(handle)
        took = time.perf_counter() - started
        if took > SLOW_STEP:
            SLOW.append((took, _what(handle)))

    asyncio.events.Handle._run = timed_run  # type: ignore[method-assign, assignment]
    gc.callbacks.append(_timed_collection)


_COLLECTING: list[float] = []
# (when, monotonic s; how long, ms; generation; objects frozen then)
GC_PAUSES: list[tuple[float, float, int, int]] = []


def _timed_collection(phase: str, info: dict[str, int]) -> None:
    """Note the garbage collections over SLOW_STEP (a pause of every step they interrupt)."""
    if phase == "start":
        _COLLECTING[:] = [time.perf_counter()]
    elif _COLLECTING:
        took = time.perf_counter() - _COLLECTING.pop()
        if took > SLOW_STEP:
            SLOW.append((took, f"garbage collection, generation {info['generation']}"))
            when = round(time.monotonic(), 2)
            frozen = gc.get_freeze_count()
            GC_PAUSES.append((when, round(took * 1e3, 1), info["generation"], frozen))


def _what(handle: Any) -> str:
    """The coroutine (its innermost frame it was at when it yielded) or callback of a step."""
    callback = getattr(handle, "_callback", None)
    task = getattr(callback, "__self__", None)
    coro = getattr(task, "get_coro", lambda: None)()
    if coro is not None:
        frames = []
        while coro is not None and hasattr(coro, "cr_code"):
            frames.append(coro.cr_code.co_qualname)
            coro = coro.cr_await
        return " > ".join(frames[:6])
    return repr(callback)[:120]


# cProfile of the event loop's thread, when PROFILE_CPROFILE names a file for its statistics.
_PROFILER: cProfile.Profile | None = None

if __name__ == "__main__":
    install()
    if os.environ.get("PROFILE_SLOW"):
        watch_slow_steps()
    if os.environ.get("PROFILE_CPROFILE"):
        # CPU time of the event loop's thread (not wall time: waits for the GIL do not count).
        _PROFILER = cProfile.Profile(time.thread_time)
        _PROFILER.enable()
    atexit.register(_dump)
    from bot.cli import main

    code = main(["run"])
    _dump()
    sys.exit(code)
