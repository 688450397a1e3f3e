"""The join gate's pure parts: the human check, raid counting, rights, button data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.joingate.model import (
    BotRights,
    Consent,
    EndRaid,
    GateAgree,
    GateConsent,
    GateReadOnly,
    GateSetting,
    GateSettings,
    InviteFor,
    Needs,
    RaidLimits,
    RaidWatch,
    Setting,
    is_quiet,
    is_sincere,
    link_name,
    missing_rights,
    question_problem,
)
from bot.rules.model import AcceptAgreement, RulesLanguage

T0 = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "I lost my brother last year",
        "anxiety",
        "Mi terapeuta me habló del grupo",
        "朋友推荐的",
        "  tired of feeling alone  ",
        "a friend told me, see https://example.org",
    ],
)
def test_sincere_answers_pass(text: str) -> None:
    """Any words pass, in any script, short or long."""
    assert is_sincere(text)


@pytest.mark.parametrize(
    "text", ["", "   ", "👍", "🙂🙂🙂", "123456", "?!", "/start", "ok", "aaaaaaa", "https://x.io"]
)
def test_non_answers_do_not(text: str) -> None:
    """Nothing, emoji, digits, punctuation, a command, one key held, a lone link: no answer."""
    assert not is_sincere(text)


def test_question_wording_problems() -> None:
    """A facilitator's wording: a command, too short or too long is explained."""
    assert question_problem("/gate") == "gate-question-command"
    assert question_problem("Why") == "gate-question-short"
    assert question_problem("x" * 301) == "gate-question-long"
    assert question_problem("What would you like from the group?") is None


def test_a_raid_trips_at_the_limit_within_the_window() -> None:
    """Ten different people within 60 s trip it; the same person twice counts once."""
    watch = RaidWatch(RaidLimits(10, timedelta(seconds=60), timedelta(minutes=30)))
    results = [watch.joined(-1, user, T0 + timedelta(seconds=user)) for user in range(9)]
    assert not any(results)
    assert not watch.joined(-1, 3, T0 + timedelta(seconds=20))
    assert watch.joined(-1, 99, T0 + timedelta(seconds=30))


def test_slow_joins_never_trip_and_groups_are_counted_apart() -> None:
    """One join every 10 s with a limit of 10 per 60 s never trips; other groups do not add."""
    watch = RaidWatch(RaidLimits(10, timedelta(seconds=60), timedelta(minutes=30)))
    tripped = [watch.joined(-1, user, T0 + timedelta(seconds=10 * user)) for user in range(40)]
    others = [watch.joined(-2, user, T0 + timedelta(seconds=10 * user)) for user in range(5)]
    assert not any(tripped)
    assert not any(others)


def test_forget_starts_counting_afresh() -> None:
    """After raid mode switches, the count starts from zero."""
    watch = RaidWatch(RaidLimits(2, timedelta(seconds=60), timedelta(minutes=30)))
    watch.joined(-1, 1, T0)
    watch.forget(-1)
    assert not watch.joined(-1, 2, T0)


def test_a_raid_is_over_after_the_quiet_period() -> None:
    """Counted from the last join, or from the start when nobody joined since."""
    quiet = timedelta(minutes=30)
    assert not is_quiet(T0 + timedelta(minutes=10), T0, T0 + timedelta(minutes=35), quiet)
    assert is_quiet(T0 + timedelta(minutes=10), T0, T0 + timedelta(minutes=40), quiet)
    assert is_quiet(None, T0, T0 + timedelta(minutes=30), quiet)
    assert not is_quiet(None, T0, T0 + timedelta(minutes=29), quiet)


def test_missing_rights_follow_the_settings() -> None:
    """Only the rights the group's settings need are named."""
    none = BotRights()
    assert missing_rights(none, Needs()) == []
    assert missing_rights(none, Needs(gate=True, agreement=True)) == [
        "gate-right-invite",
        "gate-right-pin",
    ]
    everything = Needs(gate=True, agreement=True, restrict=True, delete=True)
    assert len(missing_rights(none, everything)) == 4
    full = BotRights(True, True, True, True, True)
    assert missing_rights(full, everything) == []


def test_a_gate_is_gated_when_on_or_in_a_raid() -> None:
    """Join requests go through the gate when it is on, or during a raid."""
    assert not GateSettings(-1).gated
    assert GateSettings(-1, requests_on=True).gated
    assert GateSettings(-1, raid_since="2026-12-07T12:00:00Z").gated


def test_link_names_fit_telegrams_limit() -> None:
    """An invite link's name is cut to 32 characters."""
    assert link_name("From Fran") == "From Fran"
    assert len(link_name("From " + "x" * 60)) == 32


BUTTONS = [
    GateAgree(-1001234567890),
    GateConsent(-5, Consent.YES),
    GateConsent(-5, Consent.NO),
    *(GateSetting(setting, -1001234567890) for setting in Setting),
    *(GateReadOnly(-5, minutes) for minutes in (0, 5, 15, 60)),
    InviteFor(-1001234567890),
    EndRaid(-(2**63)),
    RulesLanguage(-5),
    RulesLanguage(-5, "pt"),
    AcceptAgreement(-1001234567890, 12),
]


@pytest.mark.parametrize("button", BUTTONS)
def test_button_data_round_trips(button: object) -> None:
    """Packed data parses back to the same button and fits Telegram's 64 bytes."""
    packed = button.pack()  # type: ignore[attr-defined]
    assert len(packed.encode()) <= 64
    assert type(button).parse(packed) == button  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        (GateReadOnly, "jgs:ro:-5:7"),
        (GateConsent, "jg:c:-5:maybe"),
        (GateSetting, "jgs:set:zap:-5"),
        (AcceptAgreement, "rla:-5:0"),
        (GateAgree, "jg:a:" + "9" * 25),
        (EndRaid, "jgs:end"),
    ],
)
def test_forged_data_is_refused(kind: type[GateAgree], data: str) -> None:
    """Choices never offered, unknown words and ids beyond 64 bits parse to nothing."""
    assert kind.parse(data) is None
