"""Moderation's pure parts: durations, typed commands, who may act on whom, rights, buttons."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.moderation.model import (
    DELETE,
    RESTRICT,
    AppealButton,
    CardAction,
    CardButton,
    Command,
    Decision,
    DecisionButton,
    HeldButton,
    Kind,
    PendingAction,
    Review,
    Target,
    appeal_problem,
    duration_parts,
    hold_kind_problem,
    missing_right,
    parse_duration,
    read_command,
    reason_problem,
    refusal,
)

ACTOR = 100


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("10m", timedelta(minutes=10)),
        ("90min", timedelta(minutes=90)),
        ("1h", timedelta(hours=1)),
        ("1H", timedelta(hours=1)),
        ("1d", timedelta(days=1)),
        ("7d", timedelta(days=7)),
        ("2w", timedelta(weeks=2)),
        ("365d", timedelta(days=365)),
    ],
)
def test_durations_are_read(word: str, expected: timedelta) -> None:
    """The durations facilitators type are read as Telegram will honour them."""
    assert parse_duration(word) == expected


@pytest.mark.parametrize("word", ["", "1", "h", "1x", "1.5h", "-1h", "0m", "366d", "53w", "1 h"])
def test_what_is_no_duration_is_refused(word: str) -> None:
    """No unit, an unknown unit, zero, or beyond a year (Telegram's "forever") is refused."""
    assert parse_duration(word) is None


def test_a_duration_is_told_in_its_largest_whole_unit() -> None:
    """7 days are a week, 90 minutes stay minutes, 2 hours are hours."""
    assert duration_parts(timedelta(days=7)) == ("weeks", 1)
    assert duration_parts(timedelta(minutes=90)) == ("minutes", 90)
    assert duration_parts(timedelta(hours=2)) == ("hours", 2)
    assert duration_parts(timedelta(days=3)) == ("days", 3)


def test_a_mute_needs_a_duration_first() -> None:
    """/mute reason (no duration) is explained; /mute 1h reason is read."""
    assert read_command(Kind.MUTE, ["spamming", "links"]) == "mod-mute-needs-duration"
    assert read_command(Kind.MUTE, []) == "mod-mute-needs-duration"
    assert read_command(Kind.MUTE, ["1h", "spamming", "links"]) == Command(
        timedelta(hours=1), "spamming links"
    )


def test_a_word_meant_as_a_duration_must_be_one() -> None:
    """/mute 1x and /ban 400d say the duration is wrong instead of taking it as the reason."""
    assert read_command(Kind.MUTE, ["1x", "rude"]) == "mod-bad-duration"
    assert read_command(Kind.BAN, ["400d", "rude"]) == "mod-bad-duration"


def test_a_ban_may_be_timed_and_a_warning_takes_all_words() -> None:
    """/ban 7d reason is timed, /ban reason is for good; /warn 1h... keeps '1h' as words."""
    assert read_command(Kind.BAN, ["7d", "threats"]) == Command(timedelta(days=7), "threats")
    assert read_command(Kind.BAN, ["threats"]) == Command(None, "threats")
    assert read_command(Kind.WARN, ["1h", "late"]) == Command(None, "1h late")
    assert read_command(Kind.HOLD, []) == Command(None, "")


def test_reasons_and_appeals_are_checked() -> None:
    """An empty or command-like reason and a too-short or too-long appeal are explained."""
    assert reason_problem("  ") == "mod-reason-empty"
    assert reason_problem("/warn") == "mod-reason-empty"
    assert reason_problem("x" * 301) == "mod-reason-too-long"
    assert reason_problem("kept posting links") is None
    assert read_command(Kind.WARN, ["x" * 301]) == "mod-reason-too-long"
    assert appeal_problem("no") == "mod-appeal-too-short"
    assert appeal_problem("x" * 1001) == "mod-appeal-too-long"
    assert appeal_problem("I was quoting someone else") is None


def _target(**changes: object) -> Target:
    """An ordinary member, changed as given."""
    values: dict[str, object] = {
        "user_id": 200,
        "is_person": True,
        "is_staff": False,
        "is_chat_admin": False,
    }
    values.update(changes)
    return Target(**values)  # type: ignore[arg-type]


def test_a_facilitator_may_act_on_an_ordinary_member_only() -> None:
    """Not on themselves, another facilitator or admin, a chat admin, or a non-person."""
    assert refusal(ACTOR, _target()) is None
    assert refusal(ACTOR, _target(user_id=ACTOR)) == "mod-not-yourself"
    assert refusal(ACTOR, _target(is_staff=True)) == "mod-not-staff"
    assert refusal(ACTOR, _target(is_chat_admin=True)) == "mod-not-chat-admin"
    assert refusal(ACTOR, _target(is_person=False)) == "mod-not-a-person"


def test_the_bot_names_the_right_it_lacks() -> None:
    """A warning needs no right; a mute or ban needs restricting; a hold needs deleting."""
    full = {RESTRICT: True, DELETE: True}
    assert missing_right(Kind.WARN, False, {}) is None
    assert missing_right(Kind.MUTE, False, full) == "admin"
    assert missing_right(Kind.MUTE, True, {DELETE: True}) == RESTRICT
    assert missing_right(Kind.BAN, True, {RESTRICT: False}) == RESTRICT
    assert missing_right(Kind.HOLD, True, {RESTRICT: True}) == DELETE
    assert missing_right(Kind.HOLD, True, full) is None


def test_hold_kinds_are_short_words() -> None:
    """Other features pass their own kind; nothing but a short lowercase word is stored."""
    assert hold_kind_problem("hostile_reply") is None
    assert hold_kind_problem("Spam!") is not None
    assert hold_kind_problem("") is not None


def test_buttons_round_trip_and_forged_data_is_refused() -> None:
    """Each button reads back as built; forged or oversized data reads as nothing."""
    buttons = [
        HeldButton(Review.RELEASE, 12),
        DecisionButton(Decision.LIFT, 7),
        CardButton(CardAction.MUTE, -1001234567890, 99, 5_550_000_042),
        AppealButton(3),
    ]
    for button in buttons:
        assert type(button).parse(button.pack()) == button
    assert HeldButton.parse("mh:x:12") is None
    assert DecisionButton.parse("md:l:" + "9" * 40) is None
    assert CardButton.parse("mc:w:1:2") is None
    assert AppealButton.parse("ma:") is None


def test_a_pending_action_survives_as_question_data() -> None:
    """What waits for a reason reads back whole, with the typed reason; garbage is refused."""
    pending = PendingAction(
        -100123, 42, 7, Kind.MUTE, Command(timedelta(hours=1), ""), "Robin", "words"
    )
    back = PendingAction.of(pending.data(), "kept posting links")
    assert back == PendingAction(
        -100123,
        42,
        7,
        Kind.MUTE,
        Command(timedelta(hours=1), "kept posting links"),
        "Robin",
        "words",
    )
    assert PendingAction.of({"chat_id": "x"}, "r") is None
    assert PendingAction.of({**pending.data(), "kind": "explode"}, "r") is None
