"""`peerbot meetings import|export|ics`: the Meeting Guide feed in and out, calendar files."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import replace
from pathlib import Path

from bot.config import DEFAULT_CONTENT_DIR, Settings, load_storage_settings
from bot.domain.clock import system_clock
from bot.formats.timezones import resolve_timezone
from bot.i18n import load_texts
from bot.meetings.feed import FeedRead, compare, read_feed, write_feed
from bot.meetings.models import Meeting
from bot.services.meeting_texts import MeetingWriter
from bot.services.meetings import MeetingService
from bot.services.outbox_link import OutboxLink
from bot.services.reminders import ReminderPolicy, ReminderService
from bot.storage.db import Database
from bot.storage.groups import GroupRepository
from bot.storage.meetings import MeetingRepository
from bot.storage.members import MemberRepository
from bot.storage.reminders import SlotRepository, SubscriptionRepository


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `meetings` subcommands."""
    parser = commands.add_parser("meetings", help="import or export a Meeting Guide feed, .ics")
    actions = parser.add_subparsers(title="actions", required=True)
    importing = actions.add_parser("import", help="read a Meeting Guide JSON feed")
    importing.add_argument("file", type=Path, help="the feed: a JSON list of meetings")
    importing.add_argument("--group", help="group (by title) for entries that name none")
    importing.add_argument("--timezone", help="IANA zone for entries that give none")
    importing.add_argument("--dry-run", action="store_true", help="report, write nothing")
    importing.set_defaults(func=run_import)
    exporting = actions.add_parser("export", help="write every meeting as a Meeting Guide feed")
    exporting.add_argument("file", help="where to write the JSON ('-' for the screen)")
    exporting.set_defaults(func=run_export)
    ics = actions.add_parser("ics", help="print a meeting's (or a group's) calendar file")
    ics.add_argument("slug", nargs="?", help="the meeting's slug (see `meetings export`)")
    ics.add_argument("--group", help="every meeting of this group (by title)")
    ics.set_defaults(func=lambda args: asyncio.run(print_calendar(args)))


def _service(db: Database) -> MeetingService:
    """The meeting service on this database (reminders are re-planned as the bot would)."""
    texts = load_texts(DEFAULT_CONTENT_DIR)
    groups, meetings = GroupRepository(db), MeetingRepository(db)
    fields = Settings.model_fields
    policy = ReminderPolicy(
        fields["meeting_reminder_choices"].default, fields["meeting_group_post_minutes"].default
    )
    writer = MeetingWriter(texts)
    outbox = OutboxLink()  # no worker here: the running bot sends what is queued
    reminders = ReminderService(
        db,
        meetings,
        SubscriptionRepository(db),
        SlotRepository(db),
        groups,
        writer,
        policy,
        system_clock,
        outbox=outbox,
    )
    return MeetingService(
        db, meetings, MemberRepository(db), groups, reminders, writer, system_clock, outbox=outbox
    )


async def _open() -> Database:
    """Open the bot's database (migrating it if needed)."""
    db = Database(load_storage_settings().database_path)
    await db.open()
    return db


def run_import(args: argparse.Namespace) -> int:
    """Read the feed file, then import it (a file that is not JSON is reported)."""
    try:
        entries = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"Cannot read {args.file}: {error}", file=sys.stderr)
        return 1
    return asyncio.run(import_feed(args, entries))


async def import_feed(args: argparse.Namespace, entries: object) -> int:
    """Print what would be added, changed or rejected and why; then store it."""
    db = await _open()
    try:
        known = await GroupRepository(db).all()
        groups = {group.title: group.chat_id for group in known}
        default_group = _group_id(groups, args.group)
        group_zone = next((g.timezone for g in known if g.chat_id == default_group), "UTC")
        if args.group and default_group is None:
            print(f"No group is called {args.group!r}. Known: {', '.join(groups)}", file=sys.stderr)
            return 1
        zone = resolve_timezone(args.timezone) if args.timezone else group_zone
        if zone is None:
            print(f"Unknown time zone {args.timezone!r} (e.g. Europe/London)", file=sys.stderr)
            return 1
        read = read_feed(entries, groups, default_group, zone, system_clock().date())
        service = _service(db)
        existing = {meeting.slug: meeting for meeting in await service.meetings.all()}
        added, changed, unchanged = compare(existing, read.meetings)
        _report(read, added, changed, unchanged)
        if args.dry_run:
            print("Dry run: nothing was written.")
            return 0 if not read.rejected else 2
        for meeting in added:
            await service.add(meeting, by=None)
        for meeting in changed:
            await service.update(replace(meeting, id=existing[meeting.slug].id), by=None)
        print(f"Written: {len(added)} added, {len(changed)} changed.")
    finally:
        await db.close()
    return 0 if not read.rejected else 2


def _group_id(groups: dict[str, int], title: str | None) -> int | None:
    """The chat id of the group with this title (case does not matter)."""
    if not title:
        return None
    folded = {name.strip().casefold(): chat for name, chat in groups.items()}
    return folded.get(title.strip().casefold())


def _report(
    read: FeedRead, added: list[Meeting], changed: list[Meeting], unchanged: list[Meeting]
) -> None:
    """Print what the import takes and every rejected entry with its reason."""
    print(
        f"{len(added)} to add, {len(changed)} to change, {len(unchanged)} unchanged,"
        f" {len(read.rejected)} rejected."
    )
    for meeting in added:
        print(f"  + {meeting.slug}: {meeting.name}")
    for meeting in changed:
        print(f"  ~ {meeting.slug}: {meeting.name}")
    for rejected in read.rejected:
        where = f"entry {rejected.index + 1}" if rejected.index >= 0 else "the feed"
        name = f" ({rejected.name})" if rejected.name else ""
        print(f"  ! {where}{name}: {rejected.reason}")


def run_export(args: argparse.Namespace) -> int:
    """Write every meeting as a Meeting Guide feed, to a file or the screen."""
    entries = asyncio.run(export_feed())
    text = json.dumps(entries, ensure_ascii=False, indent=2) + "\n"
    if args.file == "-":
        sys.stdout.write(text)
    else:
        Path(args.file).write_text(text, encoding="utf-8")
        print(f"Wrote {len(entries)} meeting(s) to {args.file}.", file=sys.stderr)
    return 0


async def export_feed() -> list[dict[str, object]]:
    """Every meeting as a Meeting Guide entry."""
    db = await _open()
    try:
        meetings = await MeetingRepository(db).all()
        names = {group.chat_id: group.title for group in await GroupRepository(db).all()}
    finally:
        await db.close()
    return write_feed(meetings, names)


async def print_calendar(args: argparse.Namespace) -> int:
    """Print the .ics of one meeting (by slug) or of every meeting of a group."""
    if bool(args.slug) == bool(args.group):
        print("Give a meeting's slug, or --group and the group's title.", file=sys.stderr)
        return 1
    db = await _open()
    try:
        service = _service(db)
        if args.slug:
            meeting = await service.meetings.by_slug(args.slug)
            chosen, name = ([meeting], meeting.name) if meeting else ([], args.slug)
        else:
            groups = {group.title: group.chat_id for group in await GroupRepository(db).all()}
            group_id = _group_id(groups, args.group)
            chosen = await service.of_groups([group_id]) if group_id is not None else []
            name = args.group
        if not chosen:
            print(f"Nothing found for {args.slug or args.group!r}.", file=sys.stderr)
            return 1
        sys.stdout.buffer.write(await service.calendar(chosen, name))
    finally:
        await db.close()
    return 0
