"""The heap once the bot has started: what it loaded is kept out of later collections.

The bot loads most of what it will ever hold before the first update (the crisis rules and
model, every language's texts, the feature list): hundreds of thousands of objects that live
as long as the process. Python's collector walks all of them in every full collection; while
serving, those came every few seconds under load and took 60-130 ms each (`python -m bench
profile --slow`), a pause of every reply waiting behind them. `settle_startup_heap` collects
the start's garbage once, then freezes what is left (`gc.freeze`): later collections walk only
newer objects. Nothing else changes: objects still die by reference counting, and cycles made
while serving are still collected (only cycles among the frozen start-up objects would stay).
"""

from __future__ import annotations

import gc


def settle_startup_heap() -> None:
    """Collect the garbage left by starting, then keep what stays out of later collections."""
    gc.collect()
    gc.freeze()
