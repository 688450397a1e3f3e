"""`peerbot meetings import|sync|export|ics`: the Meeting Guide feed in and out, calendars."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from bot.config import DEFAULT_CONTENT_DIR, Settings, load_storage_settings
from bot.domain.clock import system_clock
from bot.domain.models import Group
from bot.formats.timezones import resolve_timezone
from bot.i18n import load_texts
from bot.meetings.feed import read_feed
from bot.meetings.feed_export import write_feed
from bot.meetings.feed_source import SourceError, read_source, source_key
from bot.meetings.feed_sync import SyncPlan, plan_sync, report_lines
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
    importing = actions.add_parser("import", help="read a Meeting Guide JSON feed file")
    importing.add_argument("source", metavar="file", help="the feed: a JSON list of meetings")
    _feed_options(importing)
    syncing = actions.add_parser("sync", help="bring meetings in line with a feed (URL or file)")
    syncing.add_argument("source", help="the feed: an http(s) address or a file")
    _feed_options(syncing)
    syncing.add_argument(
        "--end-missing",
        action="store_true",
        help="end (from today, telling members) meetings no longer in the feed",
    )
    syncing.add_argument(
        "--force",
        action="store_true",
        help="with --end-missing: end them even when the feed gave nothing or half would end",
    )
    exporting = actions.add_parser("export", help="write every meeting as a Meeting Guide feed")
    exporting.add_argument("file", help="where to write the JSON ('-' for the screen)")
    exporting.set_defaults(func=run_export)
    ics = actions.add_parser("ics", help="print a meeting's (or a group's) calendar file")
    ics.add_argument("slug", nargs="?", help="the meeting's slug (see `meetings export`)")
    ics.add_argument("--group", help="every meeting of this group (by title)")
    ics.set_defaults(func=lambda args: asyncio.run(print_calendar(args)))


def _feed_options(parser: argparse.ArgumentParser) -> None:
    """The options `import` and `sync` share."""
    parser.add_argument("--group", help="Telegram group (by title) for meetings not mapped")
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="RECOVERY_GROUP=TELEGRAM_GROUP",
        help="list a recovery group's meetings (the feed's `group`) in a Telegram group",
    )
    parser.add_argument("--map-file", type=Path, help="a file of such lines, one a line")
    parser.add_argument("--timezone", help="IANA zone for entries that give none")
    parser.add_argument("--dry-run", action="store_true", help="report, write nothing")
    parser.add_argument(
        "--adopt",
        action="store_true",
        help="also take over meetings of the same slug that came from no feed (imported before"
        " feeds were remembered, or made in the bot): without it they are left alone",
    )
    parser.set_defaults(func=run_import, end_missing=False, force=False)


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
    """Read the feed (file or address), then import it; a feed that cannot be read is reported."""
    try:
        entries = read_source(args.source)
        mapping = read_mapping(args.map, args.map_file)
    except (SourceError, ValueError) as error:
        print(f"Cannot read {args.source}: {error}", file=sys.stderr)
        return 1
    return asyncio.run(import_feed(args, entries, mapping))


def read_mapping(pairs: list[str], file: Path | None) -> dict[str, str]:
    """Recovery group name -> Telegram group title, from --map and the --map-file lines."""
    lines = list(pairs)
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as error:
            raise ValueError(f"the map file cannot be read ({error.strerror})") from None
        lines.extend(line for line in text.splitlines() if line.strip() and line[0] != "#")
    mapping = {}
    for line in lines:
        recovery, sign, telegram = line.partition("=")
        if not sign or not recovery.strip() or not telegram.strip():
            raise ValueError(f"{line!r} is not 'Recovery group name=Telegram group title'")
        mapping[recovery.strip()] = telegram.strip()
    return mapping


async def import_feed(args: argparse.Namespace, entries: object, mapping: dict[str, str]) -> int:
    """Print what the feed adds, changes, leaves out and why; then store it (unless dry run)."""
    db = await _open()
    try:
        try:
            routes, default_group, zone = _targets(await GroupRepository(db).all(), args, mapping)
        except ValueError as error:
            print(error, file=sys.stderr)
            return 1
        today = system_clock().date()
        read = read_feed(entries, routes, default_group, zone, today)
        source = source_key(args.source)
        incoming = [replace(meeting, source=source) for meeting in read.meetings]
        service = _service(db)
        kept = await service.meetings.kept_from_feeds(adopt_unsourced=args.adopt)
        plan = plan_sync(await service.meetings.all(), incoming, source, today, kept)
        count = len(entries) if isinstance(entries, list) else 0
        print("\n".join(report_lines(source, count, read, plan)))
        if args.dry_run:
            print("Dry run: nothing was written.")
        else:
            end = args.end_missing and _safe_to_end(plan, len(read.meetings), args.force)
            await _apply(db, service, plan, end, today)
    finally:
        await db.close()
    return 0 if not (read.rejected or plan.conflicts) else 2


def _safe_to_end(plan: SyncPlan, read_count: int, force: bool) -> bool:
    """Whether the gone meetings may be ended: not when the feed gave nothing or more than half
    of this feed's meetings would end (a feed cut short), unless forced; says why when not."""
    kept = len(plan.changed) + len(plan.unchanged)
    if force or not plan.gone or (read_count and len(plan.gone) <= kept):
        return True
    print(
        f"Not ending {len(plan.gone)} meetings: the feed gave {read_count} and more than half of"
        " its meetings would end. If they really stopped, run again with --force."
    )
    return False


def _targets(
    known: list[Group], args: argparse.Namespace, mapping: dict[str, str]
) -> tuple[dict[str, int], int | None, str]:
    """The routes (recovery group -> chat id), the default chat and zone; ValueError if wrong."""
    groups = {group.title: group.chat_id for group in known}
    titles = [args.group] if args.group else []
    unknown = [t for t in [*titles, *mapping.values()] if _group_id(groups, t) is None]
    if unknown:
        raise ValueError(f"No group is called {unknown[0]!r}. Known: {', '.join(groups)}")
    default_group = _group_id(groups, args.group)
    routes = {name: groups[_title(groups, title)] for name, title in mapping.items()}
    group_zone = next((g.timezone for g in known if g.chat_id == default_group), "UTC")
    zone = resolve_timezone(args.timezone) if args.timezone else group_zone
    if zone is None:
        raise ValueError(f"Unknown time zone {args.timezone!r} (e.g. Europe/London)")
    return routes, default_group, zone


async def _apply(
    db: Database, service: MeetingService, plan: SyncPlan, end_missing: bool, today: date
) -> None:
    """Store the plan: add, change, and end the gone meetings when asked (RSVPs are kept)."""
    for meeting in plan.added:
        stored = await service.add(meeting, by=None)
        await _keep_updated(db, service, stored.id, meeting)
    for meeting in plan.changed:
        await service.update(meeting, by=None)
        await _keep_updated(db, service, meeting.id, meeting)
    ended = 0
    if end_missing:
        for meeting in plan.gone:
            await service.end(meeting.id, today - timedelta(days=1), by=None)
            ended += 1
    print(f"Written: {len(plan.added)} added, {len(plan.changed)} changed, {ended} ended.")


async def _keep_updated(
    db: Database, service: MeetingService, meeting_id: int, meeting: Meeting
) -> None:
    """Keep the feed's `updated` time (when it gives one) instead of the import time."""
    if meeting.updated is not None:
        async with db.transaction() as tx:
            await service.meetings.keep_updated(tx, meeting_id, meeting.updated)


def _title(groups: dict[str, int], title: str) -> str:
    """The known title matching this one (case aside); it must be there."""
    return next(name for name in groups if name.strip().casefold() == title.strip().casefold())


def _group_id(groups: dict[str, int], title: str | None) -> int | None:
    """The chat id of the group with this title (case does not matter)."""
    if not title:
        return None
    folded = {name.strip().casefold(): chat for name, chat in groups.items()}
    return folded.get(title.strip().casefold())


def run_export(args: argparse.Namespace) -> int:
    """Write every meeting as a Meeting Guide feed, to a file or the screen."""
    entries = asyncio.run(export_feed())
    text = json.dumps(entries, ensure_ascii=False, indent=2) + "\n"
    if args.file == "-":
        sys.stdout.write(text)
    else:
        Path(args.file).write_text(text, encoding="utf-8")
        print(f"Wrote {len(entries)} entries to {args.file}.", file=sys.stderr)
    return 0


async def export_feed() -> list[dict[str, object]]:
    """Every meeting as Meeting Guide entries (see `feed_export.write_feed`)."""
    db = await _open()
    try:
        repository = MeetingRepository(db)
        meetings = await repository.all()
        changes = await repository.changes_of([meeting.id for meeting in meetings])
    finally:
        await db.close()
    return write_feed(meetings, system_clock(), changes=changes)


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
