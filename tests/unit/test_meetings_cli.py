"""`peerbot meetings import|export|ics`: a feed is reported, stored once, exported and printed."""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path

import pytest
from icalendar import Calendar

from bot.domain.models import Group
from bot.meetings.cli import register
from bot.storage.db import Database
from bot.storage.groups import GroupRepository

FEED = [
    {
        "name": "Tuesday Circle",
        "slug": "tuesday-circle",
        "day": 2,
        "time": "19:00",
        "end_time": "20:30",
        "timezone": "Europe/London",
        "location": "Community Hall",
        "formatted_address": "12 High St, Leeds LS1 4AB, UK",
        "conference_url": "https://meet.example.org/tuesday",
        "group": "Leeds Circle",
    },
    {"name": "Online Sunday", "day": 0, "time": "18:00", "conference_url": "https://x.example"},
    {"name": "Bad time", "day": 3, "time": "25:00", "location": "Hall"},
    {"name": "Nowhere", "day": 4, "time": "10:00", "group": "Unknown group"},
]


def run(*argv: str) -> int:
    """Parse `peerbot meetings ...` with the module's own parser and run it."""
    parser = argparse.ArgumentParser(prog="peerbot")
    register(parser.add_subparsers())
    args = parser.parse_args(["meetings", *argv])
    code: int = args.func(args)
    return code


@pytest.fixture
def feed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database holding the group 'Leeds Circle', and the feed file beside it."""
    path = tmp_path / "bot.sqlite3"
    monkeypatch.setenv("DATABASE_PATH", str(path))

    async def seed() -> None:
        """Register the group the feed names."""
        db = Database(path)
        await db.open()
        now = "2026-11-01T00:00:00Z"
        group = Group(
            -1001, "Leeds Circle", "supergroup", "c1", "Europe/London", "en", None, "m", now
        )
        await GroupRepository(db).upsert(group)
        await db.close()

    asyncio.run(seed())
    file = tmp_path / "feed.json"
    file.write_text(json.dumps(FEED), encoding="utf-8")
    return file


def test_import_reports_every_entry_and_stores_once(
    feed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The report names what is added and why entries are rejected; a re-import adds nothing."""
    assert run("import", str(feed), "--group", "leeds circle", "--dry-run") == 2
    out = capsys.readouterr().out
    assert "2 to add, 0 to change, 0 unchanged, 2 rejected." in out
    assert 'entry 3 (Bad time): time "25:00"' in out
    assert "entry 4 (Nowhere)" in out
    assert "Dry run: nothing was written." in out
    assert run("import", str(feed), "--group", "Leeds Circle") == 2
    assert "Written: 2 added, 0 changed." in capsys.readouterr().out
    assert run("import", str(feed), "--group", "Leeds Circle") == 2
    assert "0 to add, 0 to change, 2 unchanged" in capsys.readouterr().out


def test_export_then_ics_of_a_meeting_and_a_group(
    feed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The export is a Meeting Guide feed; ics prints a calendar that parses back."""
    run("import", str(feed), "--group", "Leeds Circle")
    capsys.readouterr()
    out_file = tmp_path / "out.json"
    assert run("export", str(out_file)) == 0
    exported = json.loads(out_file.read_text(encoding="utf-8"))
    circle = next(entry for entry in exported if entry["slug"] == "tuesday-circle")
    assert (circle["day"], circle["time"], circle["end_time"]) == (2, "19:00", "20:30")
    assert circle["group"] == "Leeds Circle"
    assert run("ics", "tuesday-circle") == 0
    calendar = Calendar.from_ical(capsys.readouterr().out)
    assert [str(event["summary"]) for event in calendar.walk("VEVENT")] == ["Tuesday Circle"]
    assert run("ics", "--group", "Leeds Circle") == 0
    assert len(Calendar.from_ical(capsys.readouterr().out).walk("VEVENT")) == 2


def test_bad_arguments_are_explained(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Unknown groups, zones, slugs and unreadable files get a plain message and exit 1."""
    assert run("import", str(feed), "--group", "Nope") == 1
    assert "No group is called 'Nope'" in capsys.readouterr().err
    assert run("import", str(feed), "--timezone", "Mars/Base") == 1
    assert "Unknown time zone" in capsys.readouterr().err
    assert run("import", str(feed.with_name("missing.json"))) == 1
    assert "Cannot read" in capsys.readouterr().err
    assert run("ics", "no-such-meeting") == 1
    assert "Nothing found" in capsys.readouterr().err
    assert run("ics") == 1
