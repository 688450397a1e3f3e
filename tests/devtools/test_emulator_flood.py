"""Flood limiter unit tests with an injected clock (no sleeping) and the core's 429 answers."""

from __future__ import annotations

from bot.devtools.emulator import EmulatorCore, FloodConfig, FloodLimiter


class FakeClock:
    """A monotonic clock the test advances by hand."""

    def __init__(self) -> None:
        """Start at an arbitrary time."""
        self.now = 1000.0

    def __call__(self) -> float:
        """Return the current fake time."""
        return self.now


def test_per_chat_burst_then_one_per_second() -> None:
    """A private chat allows a burst of 3, then 1 per second, with retry_after >= 1."""
    clock = FakeClock()
    limiter = FloodLimiter(FloodConfig(per_chat_burst=3, per_chat_per_s=1), clock)
    for _ in range(3):
        assert limiter.check(1, is_group=False) is None
        limiter.consume(1, is_group=False)
    assert limiter.check(1, is_group=False) == 1
    clock.now += 0.5
    assert limiter.check(1, is_group=False) == 1  # half a token: still a whole second
    clock.now += 0.5
    assert limiter.check(1, is_group=False) is None
    assert limiter.check(2, is_group=False) is None  # other chats are independent


def test_group_minute_window_retry_after_from_oldest_message() -> None:
    """A group allows 20 messages per minute; retry_after counts down to the oldest expiring."""
    clock = FakeClock()
    config = FloodConfig(per_chat_burst=100, per_chat_per_s=100, per_group_per_min=20)
    limiter = FloodLimiter(config, clock)
    for _ in range(20):
        assert limiter.check(-5, is_group=True) is None
        limiter.consume(-5, is_group=True)
        clock.now += 1
    assert limiter.check(-5, is_group=True) == 40  # oldest sent at t0, window 60 s, now t0+20
    clock.now += 40
    assert limiter.check(-5, is_group=True) is None


def test_overall_rate_limit() -> None:
    """More than overall_per_s messages across chats within one second is refused."""
    clock = FakeClock()
    limiter = FloodLimiter(FloodConfig(overall_per_s=5), clock)
    for chat in range(5):
        limiter.consume(chat, is_group=False)
    assert limiter.check(99, is_group=False) == 1
    clock.now += 1.0
    assert limiter.check(99, is_group=False) is None


def test_core_answers_429_without_effect_and_counts_it() -> None:
    """With flood limits on, the 4th quick message is a 429 with retry_after and is not stored."""
    core = EmulatorCore("1:T")
    user = core.add_user("Ann")
    clock = FakeClock()
    core.enable_flood_limits(per_chat_burst=3, clock=clock)
    statuses = [core.call("sendMessage", {"chat_id": user.id, "text": str(i)})[0] for i in range(4)]
    assert statuses == [200, 200, 200, 429]
    status, body = core.call("sendMessage", {"chat_id": user.id, "text": "again"})
    assert (status, body["parameters"]["retry_after"]) == (429, 1)
    assert body["description"] == "Too Many Requests: retry after 1"
    assert [m.plain_text for m in core.bot_messages(user.id)] == ["0", "1", "2"]
    assert core.count_responses(429) == 2
    clock.now += 1
    assert core.call("sendMessage", {"chat_id": user.id, "text": "later"})[0] == 200


def test_edits_are_not_flood_limited() -> None:
    """Edits do not consume or hit the flood limits (documented choice)."""
    core = EmulatorCore("1:T")
    user = core.add_user("Ann")
    core.enable_flood_limits(per_chat_burst=1, clock=FakeClock())
    _, sent = core.call("sendMessage", {"chat_id": user.id, "text": "v0"})
    message_id = sent["result"]["message_id"]
    for i in range(1, 5):
        params = {"chat_id": user.id, "message_id": message_id, "text": f"v{i}"}
        assert core.call("editMessageText", params)[0] == 200
