"""The inbox processor: order, redelivery, malformed and poisoned updates."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from telegram import Update
from telegram.ext import TypeHandler

import bot.delivery.inbox as inbox_module
from bot.app import services_of
from bot.delivery.inbox import CATCH_UP, InboxProcessor
from bot.delivery.updates import to_received
from bot.storage.inbox import MAX_ATTEMPTS, Received
from tests.handlers.conftest import HandlerHarness
from tests.handlers.world import onboard


def _message(update_id: int, user_id: int, text: str) -> Received:
    """A private text message update ready for the inbox."""
    update = {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 0,
            "text": text,
            "chat": {"id": user_id, "type": "private"},
            "from": {"id": user_id, "is_bot": False, "first_name": "P"},
        },
    }
    if text.startswith("/"):
        entity = {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
        update["message"]["entities"] = [entity]  # type: ignore[index]
    return Received(update_id, user_id, json.dumps(update))


def _processor(harness: HandlerHarness) -> InboxProcessor:
    """An inbox processor on the harness's application."""
    services = services_of(harness.app)
    return InboxProcessor(harness.app, services.inbox, services.clock)


async def test_updates_are_processed_once_in_order(harness: HandlerHarness) -> None:
    """Stored updates are answered in update_id order; storing one again changes nothing."""
    harness.core.add_user("P", 601)
    processor = _processor(harness)
    await processor.store([_message(3, 601, "/privacy"), _message(2, 601, "/help")])
    await processor.drain()
    await processor.store([_message(2, 601, "/help")])
    await processor.drain()
    texts = [m.plain_text or "" for m in harness.core.bot_messages(601)]
    assert len(texts) == 2
    assert "What I can do" in texts[0]
    assert "Your privacy" in texts[1]


async def test_poisoned_update_is_given_up(harness: HandlerHarness) -> None:
    """An update that crashed the bot MAX_ATTEMPTS times is skipped, not processed again."""
    harness.core.add_user("P", 602)
    processor = _processor(harness)
    inbox = services_of(harness.app).inbox
    await processor.store([_message(7, 602, "/help")])
    for _ in range(MAX_ATTEMPTS):
        await inbox.start_attempt(7)
    await processor.drain()
    assert harness.core.bot_messages(602) == []
    assert await inbox.pending_count() == 0


async def test_malformed_payload_is_skipped(harness: HandlerHarness) -> None:
    """A stored payload that is not an update is logged by id and marked done."""
    processor = _processor(harness)
    await processor.store([Received(9, None, '{"update_id": 9, "message": "not an object"}')])
    assert await processor.drain() == 1
    assert await services_of(harness.app).inbox.pending_count() == 0


async def test_possible_crisis_skips_a_blocked_backlog(harness: HandlerHarness) -> None:
    """While ordinary updates are stuck, one whose text may be a crisis is processed at once."""
    services = services_of(harness.app)
    processor = InboxProcessor(
        harness.app,
        services.inbox,
        services.clock,
        concurrency=1,
        is_urgent=lambda text: services.crisis.detect(text) is not None,
    )
    release, seen_crisis = asyncio.Event(), asyncio.Event()

    async def hold_or_record(update: Update, _context: object) -> None:
        """Block on 'hold' messages; note when the crisis message arrives."""
        text = update.message.text if update.message else ""
        if text == "hold":
            await release.wait()
        elif text == CRISIS:
            seen_crisis.set()

    harness.app.add_handler(TypeHandler(Update, hold_or_record), group=-100)
    ordinary = [to_received(_update(n, 700 + n, "hold"), processor.is_urgent) for n in (1, 2, 3)]
    crisis = to_received(_update(9, 709, CRISIS), processor.is_urgent)
    assert crisis is not None
    assert crisis.urgent
    assert all(item is not None and not item.urgent for item in ordinary)
    running = asyncio.create_task(processor.run())
    await processor.store([item for item in ordinary if item is not None])
    await processor.store([crisis])
    await asyncio.wait_for(seen_crisis.wait(), timeout=10)
    still_waiting = await services.inbox.pending(urgent=False)
    assert [item.update_id for item in still_waiting] == [1, 2, 3], "the backlog is stuck"
    release.set()
    processor.request_stop()
    await asyncio.wait_for(running, timeout=10)


class Recorder:
    """Notes every update the Application gets (id, text); 'hold' blocks until released."""

    def __init__(self, harness: HandlerHarness) -> None:
        """Record the updates of `harness`'s application, ahead of every handler."""
        self.seen: list[tuple[int, str]] = []
        self.hold_texts = {"hold"}  # texts whose update blocks until released
        self.holding, self.release = asyncio.Event(), asyncio.Event()
        self._arrived: dict[str, asyncio.Event] = {}
        harness.app.add_handler(TypeHandler(Update, self._record), group=-100)

    async def _record(self, update: Update, _context: object) -> None:
        """Note the update; block on 'hold' until released."""
        text = update.message.text or "" if update.message else ""
        self.seen.append((update.update_id, text))
        self.arrived(text).set()
        if text in self.hold_texts:
            self.holding.set()
            await self.release.wait()

    def arrived(self, text: str) -> asyncio.Event:
        """The event set when an update with this text reaches the Application."""
        return self._arrived.setdefault(text, asyncio.Event())

    def ids(self) -> list[int]:
        """The update_ids seen, in the order they were processed."""
        return [update_id for update_id, _ in self.seen]


def _urgent_processor(harness: HandlerHarness) -> InboxProcessor:
    """A processor with the crisis detector as urgency check, one ordinary lane at a time."""
    services = services_of(harness.app)
    return InboxProcessor(
        harness.app,
        services.inbox,
        services.clock,
        concurrency=1,
        is_urgent=lambda text: services.crisis.detect(text) is not None,
    )


def _received(processor: InboxProcessor, update_id: int, user_id: int, text: str) -> Received:
    """A private text update as the poller stores it (marked urgent if it may be a crisis)."""
    received = to_received(_update(update_id, user_id, text), processor.is_urgent)
    assert received is not None
    return received


@asynccontextmanager
async def _running(processor: InboxProcessor, recorder: Recorder) -> AsyncIterator[None]:
    """Run the processor (both lanes) for the block; then release any hold and stop it."""
    task = asyncio.create_task(processor.run())
    try:
        yield
    finally:
        recorder.release.set()
        processor.request_stop()
        await asyncio.wait_for(task, timeout=10)


async def _arrive(recorder: Recorder, text: str) -> None:
    """Wait until the update with this text reaches the Application."""
    await asyncio.wait_for(recorder.arrived(text).wait(), timeout=10)


async def test_crisis_waits_for_the_same_persons_earlier_update(harness: HandlerHarness) -> None:
    """The urgent lane first takes the sender's earlier update, which both lanes hold: once."""
    processor, recorder = _urgent_processor(harness), Recorder(harness)
    async with _running(processor, recorder):
        # The ordinary lane takes [1, 2] in one batch; 2 waits behind the held 1 (one at once).
        await processor.store(
            [_received(processor, 1, 711, "hold"), _received(processor, 2, 712, "/help")]
        )
        await asyncio.wait_for(recorder.holding.wait(), timeout=10)
        await processor.store([_received(processor, 3, 712, CRISIS)])
        await _arrive(recorder, CRISIS)
        assert recorder.ids() == [1, 2, 3], "712's /help before 712's crisis, while 1 is held"
        recorder.release.set()
        # Stored after the release: seen once the ordinary lane is done with its batch [1, 2].
        await processor.store([_received(processor, 4, 711, "after")])
        await _arrive(recorder, "after")
    assert recorder.ids() == [1, 2, 3, 4], "2 was processed once, not again by the ordinary lane"
    assert await services_of(harness.app).inbox.pending_count() == 0


async def test_one_persons_wait_never_delays_anothers_alert(harness: HandlerHarness) -> None:
    """A crisis waits for its sender's earlier update in hand; another person's does not."""
    processor, recorder = _urgent_processor(harness), Recorder(harness)
    other = CRISIS + " too"
    async with _running(processor, recorder):
        await processor.store([_received(processor, 1, 721, "hold")])
        await asyncio.wait_for(recorder.holding.wait(), timeout=10)
        await processor.store(
            [_received(processor, 2, 721, CRISIS), _received(processor, 3, 722, other)]
        )
        await _arrive(recorder, other)
        assert recorder.ids() == [1, 3], "721's crisis waits for 721's held update, 722's not"
        recorder.release.set()
        await _arrive(recorder, CRISIS)
    assert recorder.ids() == [1, 3, 2]


async def test_a_flood_of_urgent_updates_hides_no_other_alert(
    harness: HandlerHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More stuck urgent updates of one person than a fetch reads: another's still goes first."""
    monkeypatch.setattr(inbox_module, "BATCH", 3)
    processor, recorder = _urgent_processor(harness), Recorder(harness)
    flood = [_received(processor, 2 + n, 751, f"{CRISIS} {n}") for n in range(5)]
    other = CRISIS + " too"
    async with _running(processor, recorder):
        await processor.store([_received(processor, 1, 751, "hold")])
        await asyncio.wait_for(recorder.holding.wait(), timeout=10)
        await processor.store(flood)
        await processor.store([_received(processor, 9, 752, other)])
        await _arrive(recorder, other)
        assert recorder.ids() == [1, 9], "751's alerts wait for 751's held update, 752's not"


async def test_catch_up_takes_only_the_last_updates(harness: HandlerHarness) -> None:
    """Before a crisis, the urgent lane takes at most the sender's last CATCH_UP updates."""
    processor, recorder = _urgent_processor(harness), Recorder(harness)
    backlog = [_received(processor, 2 + n, 732, f"note {n}") for n in range(CATCH_UP + 5)]
    crisis_id = 2 + len(backlog)
    async with _running(processor, recorder):
        await processor.store([_received(processor, 1, 731, "hold")])
        await asyncio.wait_for(recorder.holding.wait(), timeout=10)
        await processor.store([*backlog, _received(processor, crisis_id, 732, CRISIS)])
        await _arrive(recorder, CRISIS)
        assert recorder.ids() == [1, *range(crisis_id - CATCH_UP, crisis_id + 1)]
        waiting = await services_of(harness.app).inbox.pending(urgent=False)
        assert [item.update_id for item in waiting] == [1, *range(2, crisis_id - CATCH_UP)]


async def test_drain_after_downtime_keeps_a_persons_order(harness: HandlerHarness) -> None:
    """Both kinds pending at start: the earlier ordinary update is processed first, once."""
    processor, recorder = _urgent_processor(harness), Recorder(harness)
    await processor.store(
        [_received(processor, 5, 741, "/help"), _received(processor, 6, 741, CRISIS)]
    )
    assert await processor.drain() == 2
    assert recorder.ids() == [5, 6]


CRISIS = "I want to kill myself tonight"


def _update(update_id: int, user_id: int, text: str) -> dict[str, object]:
    """A raw private text update as Telegram sends it."""
    return json.loads(_message(update_id, user_id, text).payload)  # type: ignore[no-any-return]


async def test_marks_of_many_updates_share_commits(
    harness: HandlerHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The attempt and done marks of updates handled side by side are committed in groups
    (group commit), not one write transaction per mark; every update is still done once."""
    people = list(range(640, 680))
    for user_id in people:
        harness.core.add_user("P", user_id)
    processor = _processor(harness)
    db = services_of(harness.app).inbox.db
    writes = 0
    write, transaction, returning = db.write, db.transaction, db.write_returning

    async def counted_write(sql: str, params: object = ()) -> int:
        nonlocal writes
        writes += 1
        return await write(sql, params)  # type: ignore[arg-type]

    def counted_transaction(durable: bool = False) -> object:
        nonlocal writes
        writes += 1
        return transaction(durable)

    async def counted_returning(sql: str, params: object = ()) -> list[Any]:
        nonlocal writes
        writes += 1
        return await returning(sql, params)  # type: ignore[arg-type]

    await processor.store([_message(1000 + i, user, "/help") for i, user in enumerate(people)])
    monkeypatch.setattr(db, "write", counted_write)
    monkeypatch.setattr(db, "transaction", counted_transaction)
    monkeypatch.setattr(db, "write_returning", counted_returning)
    assert await processor.drain() == len(people)
    assert 0 < writes < len(people), f"{writes} write transactions for {len(people)} updates"
    assert await services_of(harness.app).inbox.pending_count() == 0
    assert all(len(harness.core.bot_messages(user)) == 1 for user in people)


async def test_each_text_is_checked_for_a_crisis_once(
    harness: HandlerHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text found harmless when stored is not checked again when handled, however long
    the backlog (the detector's cache of recent texts is far shorter); a crisis text still
    raises its alert."""
    monkeypatch.setattr("bot.crisis.layered.CACHE_SIZE", 4)
    detector = services_of(harness.app).crisis
    checks = 0
    assess = detector.assess

    def counted(text: str) -> object:
        nonlocal checks
        checks += 1
        return assess(text)

    monkeypatch.setattr(detector, "assess", counted)
    people = list(range(690, 702))
    for user_id in people:
        harness.core.add_user("P", user_id)
    processor = _urgent_processor(harness)
    texts = [f"see you at the meeting number {n}" for n in range(len(people))]
    await processor.store(
        [
            _received(processor, 2000 + n, user, text)
            for n, (user, text) in enumerate(zip(people, texts, strict=True))
        ]
    )
    assert checks == len(people)
    await processor.drain()
    assert checks == len(people), f"{checks} checks for {len(people)} texts"
    db = services_of(harness.app).db
    unique = f"{CRISIS}, said number 2100"  # no earlier test's text in the detector's cache
    await processor.store([_received(processor, 2100, people[0], unique)])
    await processor.drain()
    assert checks == len(people) + 1
    flagged = await db.fetch_one("SELECT COUNT(*) FROM flags WHERE member_id = ?", (people[0],))
    assert flagged is not None
    assert flagged[0] == 1, "the crisis text still raised its flag"
    assert await services_of(harness.app).inbox.pending_count() == 0


async def test_a_member_is_read_once_per_update(
    harness: HandlerHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gate and the answer both need the member: one update reads their row once."""
    await onboard(harness, 710, "Ana")
    processor = _processor(harness)
    db = services_of(harness.app).db
    reads = 0
    fetch_all = db.fetch_all

    async def counted(sql: str, params: object = ()) -> list[Any]:
        nonlocal reads
        reads += "FROM members WHERE user_id" in sql
        return await fetch_all(sql, params)  # type: ignore[arg-type]

    monkeypatch.setattr(db, "fetch_all", counted)
    await processor.store([_message(3000, 710, "just saying hello")])
    await processor.drain()
    assert reads == 1
    assert len(harness.core.bot_messages(710)) > 0


async def test_a_done_mark_shares_its_commit_with_the_next_attempt(
    harness: HandlerHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One update after another (one lane at a time): each update's done mark is committed
    in the same statement as the next update's attempt, so n updates cost n + 1 writes, not
    2n; every update is still answered once and marked done."""
    people = list(range(720, 732))
    for user_id in people:
        harness.core.add_user("P", user_id)
    services = services_of(harness.app)
    processor = InboxProcessor(harness.app, services.inbox, services.clock, concurrency=1)
    inbox = services.inbox
    statements: list[tuple[int, int]] = []
    apply_marks = inbox.apply_marks

    async def counted(attempts: list[int], done: list[tuple[int, str]]) -> set[int]:
        statements.append((len(attempts), len(done)))
        return await apply_marks(attempts, done)

    monkeypatch.setattr(inbox, "apply_marks", counted)
    await processor.store([_message(3100 + i, user, "/help") for i, user in enumerate(people)])
    assert await processor.drain() == len(people)
    assert len(statements) <= len(people) + 1, statements
    assert sum(attempts for attempts, _ in statements) == len(people)
    assert sum(done for _, done in statements) == len(people)
    assert await inbox.pending_count() == 0
    assert all(len(harness.core.bot_messages(user)) == 1 for user in people)


async def _reads_for_one_text(
    harness: HandlerHarness,
    monkeypatch: pytest.MonkeyPatch,
    user_id: int,
    update_id: int,
    table: str,
) -> int:
    """How many reads naming `table` one ordinary text of the person costs; the text is
    still answered."""
    services = services_of(harness.app)
    processor = _processor(harness)
    reads = 0
    fetch_all = services.db.fetch_all

    async def counted(sql: str, params: object = ()) -> list[Any]:
        nonlocal reads
        reads += table in sql
        return await fetch_all(sql, params)  # type: ignore[arg-type]

    monkeypatch.setattr(services.db, "fetch_all", counted)
    mark = harness.core.mark()
    await processor.store([_message(update_id, user_id, "just saying hello")])
    await processor.drain()
    assert harness.new_messages(user_id, mark.message_seq), "the text was still answered"
    return reads


async def test_an_open_question_is_read_once_per_update(
    harness: HandlerHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Text that is no answer to the person's open question passes the early answers, the
    interpreters and the late answers, each asking for the open question: one read."""
    await onboard(harness, 740, "Ana")
    await services_of(harness.app).questions.ask(740, "no-such-kind")
    reads = await _reads_for_one_text(
        harness, monkeypatch, 740, 3200, "FROM questions WHERE user_id"
    )
    assert reads == 1


async def test_flags_are_read_once_per_update(
    harness: HandlerHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The crisis check (a handoff note asked of the writer?) and the missed alerts after it
    (an alert the writer missed?) both ask the flags about the writer: one read."""
    await onboard(harness, 750, "Ana")
    assert await _reads_for_one_text(harness, monkeypatch, 750, 3300, "FROM flags") == 1
