"""`peerbot meetings import|sync|export|ics`: a feed is reported, stored once, synced, exported."""

from __future__ import annotations

import argparse
import asyncio
import json
import threading
from datetime import UTC, datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from icalendar import Calendar

from bot.domain.models import Group
from bot.meetings.cli import register
from bot.meetings.feed_source import SourceError, read_source
from bot.meetings.models import Meeting
from bot.storage.db import Database
from bot.storage.groups import GroupRepository
from bot.storage.meetings import MeetingRepository

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
    assert "3 new, 0 changed, 0 unchanged, 0 no longer in the feed." in out
    assert "Not imported: 1" in out
    assert "1 × time is not a time of day (HH:MM)" in out
    assert 'entry 3 (Bad time): time "25:00"' in out
    assert "entry 4 (Nowhere): no place to go and no online link: members see only its notes" in out
    assert "Dry run: nothing was written." in out
    assert run("import", str(feed), "--group", "Leeds Circle") == 2
    assert "Written: 3 added, 0 changed, 0 ended." in capsys.readouterr().out
    assert run("import", str(feed), "--group", "Leeds Circle") == 2
    assert "0 new, 0 changed, 3 unchanged, 0 no longer" in capsys.readouterr().out


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
    assert circle["group"] == "Leeds Circle"  # the recovery group, as the feed gave it
    assert run("ics", "tuesday-circle") == 0
    calendar = Calendar.from_ical(capsys.readouterr().out)
    assert [str(event["summary"]) for event in calendar.walk("VEVENT")] == ["Tuesday Circle"]
    assert run("ics", "--group", "Leeds Circle") == 0
    assert len(Calendar.from_ical(capsys.readouterr().out).walk("VEVENT")) == 3


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


def stored(path: Path) -> dict[str, Meeting]:
    """The meetings in the test database, by slug."""

    async def load() -> list[Meeting]:
        """Read every meeting."""
        db = Database(path)
        await db.open()
        try:
            return await MeetingRepository(db).all()
        finally:
            await db.close()

    return {meeting.slug: meeting for meeting in asyncio.run(load())}


STEP = {
    "name": "Step Study",
    "slug": "step-study",
    "id": 41,
    "day": 4,
    "time": "20:00",
    "location": "Quaker House",
    "formatted_address": "188 Woodhouse Lane, Leeds LS2 9DX, UK",
    "group": "Thursday Step Group",
    "updated": "2026-10-02 18:45:00",
}


def test_map_routes_a_recovery_group_and_an_unmapped_one_is_rejected(
    feed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--map sends a recovery group's meetings to a Telegram group; without --group the rest
    are rejected with a reason naming their recovery group."""
    feed.write_text(json.dumps([STEP, {**STEP, "slug": "other", "group": "Chess Club"}]))
    assert run("import", str(feed), "--map", "thursday step group=Leeds Circle") == 2
    out = capsys.readouterr().out
    assert 'no Telegram group for recovery group "Chess Club" (give --group or --map)' in out
    meeting = stored(feed.with_name("bot.sqlite3"))["step-study"]
    assert (meeting.group_id, meeting.recovery_group) == (-1001, "Thursday Step Group")
    assert meeting.updated == datetime(2026, 10, 2, 18, 45, tzinfo=UTC)  # the source's time
    assert meeting.source_id == "41"


def test_map_file_and_unknown_titles(
    feed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A map file has one 'recovery group=Telegram group' a line; unknown titles stop early."""
    mapping = tmp_path / "map.txt"
    mapping.write_text("# recovery group = Telegram group\nThursday Step Group = Leeds Circle\n")
    feed.write_text(json.dumps([STEP]))
    assert run("sync", str(feed), "--map-file", str(mapping)) == 0
    assert "1 new" in capsys.readouterr().out
    assert run("sync", str(feed), "--map", "Thursday Step Group=Nope") == 1
    assert "No group is called 'Nope'" in capsys.readouterr().err
    assert run("sync", str(feed), "--map", "no equals sign") == 1
    assert "is not 'Recovery group name=Telegram group title'" in capsys.readouterr().err


def test_sync_twice_is_idempotent_and_reports_changes(
    feed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A re-run changes nothing; then a moved time, a new and a gone meeting are reported;
    the gone one is kept until --end-missing ends it (it is never deleted)."""
    first = [STEP, {**STEP, "slug": "late", "id": 42, "time": "21:00"}]
    feed.write_text(json.dumps(first))
    assert run("sync", str(feed), "--group", "Leeds Circle") == 0
    assert "2 new, 0 changed, 0 unchanged" in capsys.readouterr().out
    assert run("sync", str(feed), "--group", "Leeds Circle") == 0
    assert "0 new, 0 changed, 2 unchanged, 0 no longer in the feed." in capsys.readouterr().out
    renamed = {**STEP, "slug": "step-study-thursday", "time": "20:30"}  # same id, new slug
    feed.write_text(json.dumps([renamed, {**STEP, "slug": "new", "id": 43}]))
    assert run("sync", str(feed), "--group", "Leeds Circle") == 0
    out = capsys.readouterr().out
    assert "1 new, 1 changed, 0 unchanged, 1 no longer in the feed." in out
    assert "  - late: Step Study (no longer in the feed)" in out
    meetings = stored(feed.with_name("bot.sqlite3"))
    assert set(meetings) == {"step-study-thursday", "new", "late"}
    assert meetings["late"].recurrence.until is None
    assert run("sync", str(feed), "--group", "Leeds Circle", "--end-missing") == 0
    assert "0 added, 0 changed, 1 ended." in capsys.readouterr().out
    assert stored(feed.with_name("bot.sqlite3"))["late"].recurrence.until is not None


def test_sync_from_a_web_address(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A feed is read over http; a missing page or a non-JSON answer is a plain error."""
    feed.write_text(json.dumps([STEP]))
    (feed.parent / "page.html").write_text("<html>not a feed</html>")
    handler = partial(SimpleHTTPRequestHandler, directory=str(feed.parent))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        assert run("sync", f"{base}/feed.json", "--group", "Leeds Circle") == 0
        assert "1 new" in capsys.readouterr().out
        assert run("sync", f"{base}/missing.json", "--group", "Leeds Circle") == 1
        assert "the server answered 404" in capsys.readouterr().err
        assert run("sync", f"{base}/page.html", "--group", "Leeds Circle") == 1
        assert "the feed is not JSON" in capsys.readouterr().err
    finally:
        server.shutdown()
        server.server_close()
    assert stored(feed.with_name("bot.sqlite3"))["step-study"].source == f"{base}/feed.json"


def test_a_feed_over_the_size_cap_is_refused(tmp_path: Path) -> None:
    """The size cap stops a feed that is too large before it is parsed."""
    big = tmp_path / "big.json"
    big.write_text(json.dumps([STEP] * 50))
    with pytest.raises(SourceError, match="larger than"):
        read_source(str(big), max_bytes=1024)


def test_an_empty_or_cut_feed_ends_nothing_without_force(
    feed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--end-missing with a feed that gave nothing ends nothing and says why; --force ends."""
    feed.write_text(json.dumps([STEP, {**STEP, "slug": "late", "id": 42, "time": "21:00"}]))
    assert run("sync", str(feed), "--group", "Leeds Circle") == 0
    feed.write_text("[]")
    assert run("sync", str(feed), "--group", "Leeds Circle", "--end-missing") == 0
    assert "Not ending 2 meetings: the feed gave 0" in capsys.readouterr().out
    assert all(m.recurrence.until is None for m in stored(feed.with_name("bot.sqlite3")).values())
    assert run("sync", str(feed), "--group", "Leeds Circle", "--end-missing", "--force") == 0
    assert "2 ended." in capsys.readouterr().out


def test_a_meeting_made_in_the_bot_stays_even_after_its_author_is_forgotten(
    feed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A facilitator's meeting with the feed's slug is a conflict, also once /forget cleared
    its author; only --adopt takes it over."""
    feed.write_text(json.dumps([STEP]))
    assert run("sync", str(feed), "--group", "Leeds Circle") == 0  # stored from the feed
    path = feed.with_name("bot.sqlite3")

    async def as_made_in_the_bot() -> None:
        """The meeting now has no source and no author, as after a facilitator's /forget."""
        db = Database(path)
        await db.open()
        await db.write("UPDATE meetings SET source = NULL, source_id = NULL, created_by = NULL")
        await db.close()

    asyncio.run(as_made_in_the_bot())
    capsys.readouterr()
    changed = {**STEP, "time": "20:30"}
    feed.write_text(json.dumps([changed]))
    assert run("sync", str(feed), "--group", "Leeds Circle") == 2
    assert "made in the bot" in capsys.readouterr().out
    assert stored(path)["step-study"].start_time.strftime("%H:%M") != "20:30"
    assert run("sync", str(feed), "--group", "Leeds Circle", "--adopt") == 0
    assert stored(path)["step-study"].start_time.strftime("%H:%M") == "20:30"


def test_a_rejected_entry_reports_every_problem(
    feed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An entry with a bad time, no day, an unknown zone and no group names all its problems."""
    broken = {"name": "Broken", "time": "25:00", "timezone": "Mars/Base", "group": "Chess Club"}
    feed.write_text(json.dumps([broken]))
    assert run("import", str(feed), "--dry-run") == 2
    out = capsys.readouterr().out
    assert 'entry 1 (Broken): time "25:00" is not a time of day (HH:MM); day is missing;' in out
    assert 'unknown time zone "Mars/Base"; no Telegram group for recovery group "Chess Club"' in out
    assert run("sync", str(feed), "--dry-run") == 2
    assert "day is missing; unknown time zone" in capsys.readouterr().out
