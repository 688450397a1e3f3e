"""The `peerbot` command: run, migrate, backup, and the tools of each feature."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.config import ConfigError, StorageSettings, load_settings, load_storage_settings
from bot.crisis import LexiconError, ModelError
from bot.i18n import ContentError

EXIT_CONFIG = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run the chosen subcommand; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help()
        return EXIT_CONFIG
    try:
        code: int = args.func(args)
    except (ConfigError, ContentError, LexiconError, ModelError) as error:
        print(f"peerbot: {error}", file=sys.stderr)
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return 130
    return code


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every subcommand."""
    parser = argparse.ArgumentParser(prog="peerbot", description=__doc__)
    commands = parser.add_subparsers(title="commands")
    run = commands.add_parser("run", help="run the bot (long polling, or --webhook)")
    run.add_argument("--webhook", action="store_true", help="receive updates by webhook")
    run.set_defaults(func=_run)
    migrate = commands.add_parser("migrate", help="apply pending database migrations and exit")
    migrate.set_defaults(func=_migrate)
    backup = commands.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("path", type=Path, help="where to write the copy")
    backup.set_defaults(func=_backup)
    _register_optional(commands, "bot.crisis.cli")
    _register_optional(commands, "bot.facilitators_cli")
    _register_optional(commands, "bot.resources.cli")
    _register_optional(commands, "bot.meetings.cli")
    _register_optional(commands, "bot.stats.cli")
    _register_optional(commands, "bot.impact.cli")
    _register_optional(commands, "bot.devtools.shell_cli")
    _register_optional(commands, "bot.devtools.walkthrough")
    return parser


def _register_optional(commands: argparse._SubParsersAction, module: str) -> None:  # type: ignore[type-arg]
    """Let a feature add its own subcommands when its module is present."""
    try:
        feature = importlib.import_module(module)
    except ModuleNotFoundError:
        return
    feature.register(commands)


def _run(args: argparse.Namespace) -> int:
    """Start the bot and poll until SIGINT or SIGTERM."""
    settings = load_settings()
    if args.webhook:
        settings.require_webhook()
    from bot.logging_setup import configure_logging
    from bot.runner import run

    secrets = [
        settings.bot_token.get_secret_value(),
        settings.webhook_secret.get_secret_value(),
        settings.public_web_secret.get_secret_value(),
    ]
    configure_logging(settings.log_level, secrets)
    return run(settings, webhook=args.webhook)


def _migrate(args: argparse.Namespace) -> int:
    """Apply pending migrations to the configured database."""
    settings = _storage_settings()
    from bot.storage.db import Database

    async def migrate() -> None:
        db = Database(settings.database_path)
        await db.open()
        await db.close()

    asyncio.run(migrate())
    print(f"database {settings.database_path} is up to date")
    return 0


def _backup(args: argparse.Namespace) -> int:
    """Copy the configured database to the given path."""
    settings = _storage_settings()
    from bot.storage.backup import backup_database

    try:
        backup_database(settings.database_path, args.path)
    except FileNotFoundError as error:
        print(f"peerbot: {error}", file=sys.stderr)
        return 1
    print(f"backup written to {args.path}")
    return 0


def _storage_settings() -> StorageSettings:
    """Settings for commands that only touch the database (no token needed)."""
    return load_storage_settings()


if __name__ == "__main__":
    sys.exit(main())
