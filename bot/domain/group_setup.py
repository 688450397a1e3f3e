"""Guided group setup and /status advice, the pure parts: steps, checks, what to change.

Nothing here talks to Telegram or the database: the handlers gather what the bot can see in a
group into a `GroupStatus`, and these functions say which texts (message ids) apply.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.domain.text import NAME_MAX_LENGTH, clean_name

# The steps in order; "intro" waits for the person to start, "done" is never stored.
STEPS = ("intro", "name", "timezone", "language", "reminder", "done")
# Steps answered by typing (the others take buttons only).
TYPED_STEPS = frozenset({"name", "timezone"})
# The group chat reminder before each meeting, in minutes (0: off).
# Minutes before each meeting the group chat may be reminded (0: never): /setup, /editmeeting.
GROUP_POST_CHOICES = (0, 15, 60, 180, 1440)
NAME_MIN = 2
MAX_TYPED_ZONE = 64
ZONE_BUTTONS = 6
# An unfinished setup older than this no longer takes plain text (its buttons still work).
TYPING_WINDOW = timedelta(hours=24)
# An unfinished setup is kept this long after its last answer (then it lapses).
SETUP_LIFETIME = timedelta(days=7)


@dataclass(frozen=True)
class SetupDraft:
    """One person's unfinished setup of one group: the step and the answers so far."""

    user_id: int
    chat_id: int
    step: str
    title: str
    timezone: str
    language: str
    post_minutes: int | None
    updated_at: str


@dataclass(frozen=True)
class Checked:
    """A typed or pressed answer read: the value to keep, or the id of what was wrong."""

    value: str | int | None = None
    problem: str | None = None


@dataclass(frozen=True)
class GroupStatus:
    """What the bot can see and do in one group, and what the group has, as plain facts."""

    reachable: bool
    bot_is_admin: bool
    reads_all: bool  # privacy mode is off (getMe's can_read_all_group_messages)
    setup_done: bool
    facilitators: int
    meetings: int

    @property
    def sees_all(self) -> bool:
        """Whether members' messages reach the bot (as an admin, or with privacy mode off)."""
        return self.bot_is_admin or self.reads_all


def next_step(step: str) -> str:
    """The step after this one ("done" after the last)."""
    if step not in STEPS or step == "done":
        return "done"
    return STEPS[STEPS.index(step) + 1]


def check_name(text: str) -> Checked:
    """Clean a typed group name: one line, no control characters, 2 to 64 characters."""
    raw = " ".join(text.split())
    if len(raw) > NAME_MAX_LENGTH:
        return Checked(problem="setup-name-too-long")
    name = clean_name(text)
    if len(name) < NAME_MIN or not any(char.isalnum() for char in name):
        return Checked(problem="setup-name-too-short")
    if name.startswith("/"):
        return Checked(problem="setup-name-command")
    return Checked(value=name)


def check_timezone(text: str, resolve: Callable[[str], str | None]) -> Checked:
    """Read a typed time zone or big city ("Madrid", "America/Bogota") as an IANA name.

    `resolve` is `bot.formats.timezones.resolve_timezone` (CLDR city names, kept out of the
    standard-library-only domain).
    """
    candidate = text.strip()
    if not candidate or len(candidate) > MAX_TYPED_ZONE:
        return Checked(problem="setup-timezone-unknown")
    zone = resolve(candidate)
    return Checked(value=zone) if zone else Checked(problem="setup-timezone-unknown")


def check_language(code: str, supported: tuple[str, ...]) -> Checked:
    """Accept one of the supported language codes."""
    return Checked(value=code) if code in supported else Checked(problem="setup-choose-button")


def check_post_minutes(text: str) -> Checked:
    """Accept one of the offered group chat reminders (minutes before each meeting)."""
    if not text.isdigit() or int(text) not in GROUP_POST_CHOICES:
        return Checked(problem="setup-choose-button")
    return Checked(value=int(text))


def zone_choices(current: str, default: str, suggested: tuple[str, ...]) -> list[str]:
    """The zones offered as buttons: the group's, the bot's default, then suggestions."""
    zones = list(dict.fromkeys([current, default, *suggested]))
    return zones[:ZONE_BUTTONS]


def takes_text(draft: SetupDraft, now: datetime) -> bool:
    """Whether plain text belongs to this setup: started (not the intro) and touched lately."""
    if draft.step == "intro":
        return False
    try:
        updated = datetime.fromisoformat(draft.updated_at)
    except ValueError:
        return False
    return now - updated <= TYPING_WINDOW


def status_lines(status: GroupStatus) -> list[str]:
    """Message ids for /status: what the bot can see and do, each with what to change."""
    if not status.reachable:
        return ["status-unreachable"]
    lines = ["status-can-post"]
    if status.bot_is_admin:
        lines.append("status-admin")
    elif status.reads_all:
        lines.append("status-privacy-off")
    else:
        lines.append("status-privacy-on")
    lines.append("status-setup-done" if status.setup_done else "status-setup-missing")
    lines.append("status-facilitators" if status.facilitators else "status-no-facilitators")
    lines.append("status-meetings" if status.meetings else "status-no-meetings")
    return lines


def next_steps(status: GroupStatus, bot_admin: bool) -> list[str]:
    """Message ids of what is left to do after setup, in the order to do it."""
    if not status.reachable:
        return ["setup-next-readd"]
    steps = [] if status.sees_all else ["setup-next-privacy"]
    if not status.facilitators:
        steps.append("setup-next-facilitators" if bot_admin else "setup-next-ask-admin")
    if not status.meetings:
        steps.append("setup-next-meeting")
    return steps
