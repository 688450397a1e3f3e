"""The heap settled once the bot has started (`bot.delivery.heap`): no long pauses later."""

from __future__ import annotations

import gc
import inspect
from collections.abc import Iterator

import pytest

from bot import runner
from bot.delivery.heap import settle_startup_heap


@pytest.fixture
def unfrozen() -> Iterator[None]:
    """Leave the test process's collector as it was found (nothing frozen)."""
    yield
    gc.unfreeze()


def test_objects_alive_at_start_are_left_out_of_later_collections(unfrozen: None) -> None:
    """What the bot loaded to start (rules, model, texts: most of its heap) is moved out of the
    collector's reach, so a full collection while serving walks only newer objects (it took
    60-130 ms with everything in it, a pause of every reply waiting)."""
    loaded = [[n] for n in range(10_000)]  # stands for the loaded content
    settle_startup_heap()
    assert gc.get_freeze_count() >= len(loaded)
    tracked = len(gc.get_objects(generation=2))
    assert tracked < len(loaded), "a full collection no longer walks what was loaded"


def test_the_runner_settles_the_heap_before_serving() -> None:
    """`peerbot run` settles the heap once everything is loaded, before the first update."""
    source = inspect.getsource(runner._serve)
    assert source.index("settle_startup_heap()") < source.index("await app.start()")
    assert source.index("await app.post_init(app)") < source.index("settle_startup_heap()")
