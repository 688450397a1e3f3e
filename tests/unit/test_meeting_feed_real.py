"""Real Meeting Guide feeds (tests/data/meeting_guide): accepted, reasons, export, round trip."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from bot.meetings.feed import NO_WAY_IN, FeedRead, read_feed
from bot.meetings.feed_export import write_feed
from tests.unit.meeting_guide_spec import has_location, problems

DATA = Path(__file__).parents[1] / "data" / "meeting_guide"
FEEDS = ["al-anon", "aasanjose", "aasepia", "edmonton", "eda"]
TODAY = date(2027, 3, 10)
GROUP = -100  # the Telegram group given with --group


@cache
def entries(feed: str) -> list[dict[str, object]]:
    """The feed's entries as published."""
    loaded: list[dict[str, object]] = json.loads((DATA / f"{feed}.json").read_text("utf-8"))
    return loaded


@cache
def read(feed: str) -> FeedRead:
    """The feed read with a default Telegram group, as `--group` gives."""
    return read_feed(entries(feed), {}, GROUP, "America/Los_Angeles", TODAY)


@pytest.mark.parametrize("feed", FEEDS)
def test_at_least_99_percent_of_each_real_feed_is_accepted(feed: str) -> None:
    """Entries naming recovery groups the bot does not know are accepted with --group."""
    rejected = {problem.index for problem in read(feed).rejected}
    accepted = len(entries(feed)) - len(rejected)
    assert accepted / len(entries(feed)) >= 0.99
    assert all(meeting.group_id == GROUP for meeting in read(feed).meetings)


def test_each_rejection_of_the_real_feeds_has_a_reason_a_person_would_agree_with() -> None:
    """Two meetings sharing a slug: nothing else (an 'online' meeting with no link is kept,
    with a warning)."""
    found = {
        (feed, problem.index, problem.reason) for feed in FEEDS for problem in read(feed).rejected
    }
    assert found == {
        ("aasanjose", 511, 'slug "pass-it-on-group" is already used by an earlier entry'),
    }
    # the two "Pass It On Group" entries are at different places: the feed must tell them apart
    first, second = (e for e in entries("aasanjose") if e["slug"] == "pass-it-on-group")
    assert first["location"] != second["location"]
    online = entries("eda")[110]
    assert (online["approximate"], online.get("conference_url")) == ("yes", None)


def test_real_feeds_keep_their_recovery_groups_and_updated_times() -> None:
    """`group` becomes the recovery group; the source's `updated` is kept, not the import time."""
    (meeting, *_) = read("al-anon").meetings
    first = entries("al-anon")[0]
    assert meeting.recovery_group == first["group"]
    assert meeting.updated is not None
    assert meeting.updated.strftime("%Y-%m-%d %H:%M:%S") == first["updated"]


def test_warnings_of_the_real_feeds_are_counted_by_kind() -> None:
    """Fields left out are counted by kind, each kind once per meeting at most."""
    kinds = Counter(w.summary for feed in FEEDS for w in read(feed).warnings)
    assert kinds == {
        "end_time makes the meeting longer than 12 hours; left out": 4,
        "slug is not a short word without spaces; one was made": 2,
        "conference_phone is not a phone number; the part that can be dialled is kept": 14,
        "notes is longer than 500 characters; left out": 2,
        NO_WAY_IN: 1,
    }


@pytest.mark.parametrize("feed", FEEDS)
def test_export_of_a_real_feed_meets_the_spec_and_reads_back_the_same(feed: str) -> None:
    """Every exported entry passes the spec check, has a location, and reads back unchanged."""
    meetings = [replace(m, id=i + 1) for i, m in enumerate(read(feed).meetings)]
    exported = json.loads(json.dumps(write_feed(meetings, TODAY)))
    assert problems(exported) == []
    assert all(has_location(entry) for entry in exported)
    back = read_feed(exported, {}, GROUP, "UTC", TODAY)
    assert back.rejected == []
    assert {warning.reason for warning in back.warnings} <= {NO_WAY_IN}
    assert back.meetings == [replace(m, id=0, source_id=None) for m in meetings]


def test_online_meetings_keep_their_approximate_area_on_export() -> None:
    """An online meeting with an approximate address is exported with it, marked "yes"."""
    exported = write_feed(read("eda").meetings, TODAY)
    online = [entry for entry in exported if entry.get("approximate") == "yes"]
    assert len(online) == 101
    assert all(entry.get("formatted_address") for entry in online)
    assert sum(1 for entry in online if not entry.get("conference_url")) == 1  # "email us"
