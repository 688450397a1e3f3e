"""The real bot (runner, inbox, outbox, JobQueue) on the emulator at 127.0.0.1, for the shell."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.app import build_application, services_of
from bot.config import Settings, load_settings
from bot.context import BotApplication
from bot.devtools.clock import FileShiftedClock
from bot.devtools.emulator import Emulator
from bot.devtools.shell_world import (
    ALEX,
    BOT_USERNAME,
    TIMEZONE,
    TOKEN,
    add_bot,
    is_seeded,
    populate,
    seed,
)
from bot.domain.clock import iso
from bot.logging_setup import RedactingFormatter, configure_logging
from bot.runner import serve_started
from bot.services.container import Services

# The invite code of Demo group in a scripted run (--start): the same link every run.
FIXED_INVITE_CODE = "demo-group"
# The bot counts as quiet when nothing happened for this long (and nothing is left to do).
SETTLE_SECONDS = 0.25
# With the clock standing still (--start) nothing comes due by itself, so a shorter silence is
# enough: what the bot still has to do shows in its inbox and outbox.
STILL_CLOCK_SETTLE_SECONDS = 0.1
QUIET_TIMEOUT = 30.0


class ShellBot:
    """Starts the emulator and the bot, tells when the bot is quiet, moves its clock."""

    def __init__(self, database: Path, log_file: Path, start: datetime | None = None) -> None:
        """Use this database (created when missing); the bot's log goes to `log_file`.

        With `start`, a new world's clock stands at that instant and moves only by `advance`,
        and its invite code is fixed: a script's run reads the same whatever the date."""
        self.database = database
        self.start_at = start
        self.settle_seconds = SETTLE_SECONDS if start is None else STILL_CLOCK_SETTLE_SECONDS
        self.clock_file = database.with_suffix(".clock")
        self.log_file = log_file
        self.emulator = Emulator(TOKEN, bot_username=BOT_USERNAME)
        self.app: BotApplication | None = None
        self.work: asyncio.Task[None] | None = None
        self.fresh = False
        self._activity = asyncio.Event()
        self._calls_seen = 0

    @property
    def services(self) -> Services:
        """The running bot's services."""
        assert self.app is not None, "not started"
        return services_of(self.app)

    def settings(self) -> Settings:
        """Fixed settings: a fake token, the emulator, short timer checks, the shell's clock."""
        return load_settings(
            _env_file=None,
            bot_token=TOKEN,
            telegram_api_url=self.emulator.url,
            database_path=self.database,
            admin_ids=str(ALEX.user_id),
            timezone=TIMEZONE,
            default_language="en",
            log_level="INFO",
            poll_timeout=10,
            send_rate_limit=0,
            meeting_check_seconds=1,
            checkin_check_seconds=1,
            dev_clock_file=self.clock_file,
        )

    async def start(self) -> None:
        """Start everything as `peerbot run` does; on a new database build the demo world."""
        try:
            await self._start()
        except BaseException:
            await self.stop()
            raise

    async def _start(self) -> None:
        """The steps of `start`, in the runner's order."""
        self.database.parent.mkdir(parents=True, exist_ok=True)
        if not self.database.exists():
            # A new world starts at the real time, whatever an earlier world's clock said.
            self.clock_file.unlink(missing_ok=True)
            if self.start_at is not None:
                FileShiftedClock.stand_at(self.clock_file, self.start_at)
        self.emulator.start()
        loop = asyncio.get_running_loop()
        self.emulator.add_listener(lambda: self._on_change(loop))
        settings = self.settings()
        _log_to_file(self.log_file, settings)
        self.app = build_application(settings)
        await self.app.initialize()
        assert self.app.post_init is not None
        await self.app.post_init(self.app)
        self.fresh = not await is_seeded(self.services)
        populate(self.emulator, bot_in_group=not self.fresh)
        self.emulator.number_updates_from(await self.services.inbox.next_offset())
        await self.app.start()
        self.work = asyncio.create_task(serve_started(self.app, settings), name="bot")
        if self.fresh:
            if self.start_at is not None:
                self.services.groups.invite_codes = lambda: FIXED_INVITE_CODE
            add_bot(self.emulator)
            await self.quiet()
            await seed(self.services)
            self.services.outbox_link.ready()
            await self.quiet()

    async def stop(self) -> None:
        """Stop in the runner's order (source, inbox, outbox), then the app and the emulator."""
        if self.work is not None:
            self.work.cancel()
            await asyncio.gather(self.work, return_exceptions=True)
        try:
            if self.app is not None:
                with contextlib.suppress(RuntimeError):  # not started
                    await self.app.stop()
                assert self.app.post_shutdown is not None
                await self.app.post_shutdown(self.app)
                await self.app.shutdown()
        finally:
            self.emulator.stop()

    def _on_change(self, loop: asyncio.AbstractEventLoop) -> None:
        """Emulator listener (any thread, under its lock): note calls other than getUpdates."""
        calls = self.emulator.calls
        fresh = calls[self._calls_seen :]
        self._calls_seen = len(calls)
        if any(call.method.lower() != "getupdates" for call in fresh):
            with contextlib.suppress(RuntimeError):  # the loop is closing
                loop.call_soon_threadsafe(self._activity.set)

    async def _active_within(self, seconds: float) -> bool:
        """Wait up to `seconds` for the bot to call the API; tell whether it did."""
        try:
            await asyncio.wait_for(self._activity.wait(), timeout=seconds)
        except TimeoutError:
            return False
        self._activity.clear()
        return True

    async def _nothing_left(self) -> bool:
        """No update unread or unprocessed, and nothing due in the outbox."""
        if self.emulator.updates or await self.services.inbox.pending_count():
            return False
        due = await self.services.outbox.next_due_at()
        return due is None or due > iso(self.services.clock())

    async def quiet(self, limit: float = QUIET_TIMEOUT) -> bool:
        """Wait until the bot handled everything and stayed silent a moment; False after `limit`."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline and not self.stopped:
            if not await self._nothing_left():
                await self._active_within(0.05)
                continue
            self._activity.clear()
            if not await self._active_within(self.settle_seconds) and await self._nothing_left():
                return True
        return False

    @property
    def stopped(self) -> bool:
        """Whether the bot stopped (a signal, or a fatal error)."""
        return self.work is not None and self.work.done()

    async def advance(self, seconds: float) -> None:
        """Move the bot's clock forward, then run the timers that came due at once."""
        clock = self.services.clock
        assert isinstance(clock, FileShiftedClock), "the shell's bot reads DEV_CLOCK_FILE"
        clock.advance(seconds)
        self.emulator.advance_clock(seconds)  # Telegram's side too: timed mutes and bans lift
        assert self.app is not None, "not started"
        assert self.app.job_queue is not None, "the bot runs its timers on the JobQueue"
        # Every feature's timers, each once: they read what came due from the database.
        for job in self.app.job_queue.jobs():
            await job.run(self.app)
        self.services.outbox_link.ready()

    def local_now(self) -> datetime:
        """The bot's time in the demo world's zone."""
        return self.services.clock().astimezone(ZoneInfo(TIMEZONE))

    def now(self) -> str:
        """The bot's time, for the screen (in the demo world's zone, whatever the machine's)."""
        return self.local_now().strftime(f"%a %d %b %Y %H:%M {TIMEZONE}")


def _log_to_file(path: Path, settings: Settings) -> None:
    """Log as `peerbot run` does (secrets hidden), but into a file, not over the conversation."""
    configure_logging(settings.log_level, [settings.bot_token.get_secret_value()])
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(RedactingFormatter([settings.bot_token.get_secret_value()]))
    logging.getLogger().handlers[:] = [handler]
