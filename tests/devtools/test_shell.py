"""`peerbot shell`: the renderer, the /wait parser, and scripted sessions with the real bot."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.devtools.process import ROOT
from bot.devtools.shell_render import (
    Button,
    buttons_of,
    describe_seconds,
    find_button,
    keyboard_lines,
    parse_duration,
    parse_moment,
    parse_start,
    render_html,
    render_text,
    start_payload,
)
from bot.devtools.shell_world import ALEX, FRAN, GROUP_ID, ROBIN, SAM, chat_rank, find_persona

PROMPT = re.compile(r"^\w+ \((private|Demo group)\)> ", re.MULTILINE)

SESSION = """\
/start
1
1
Madrid
/in group
1
/next
1
/resources esperanza
I want to kill myself tonight
/as facilitator
/wait 6m
1
/quit
"""

# -- renderer and parser (pure) ----------------------------------------------------------------


def test_html_becomes_plain_text_without_a_terminal() -> None:
    """Tags go, entities are decoded, a link's address follows its text."""
    text = '<b>Bold</b> &amp; <i>it</i> <a href="https://x.example">site</a>'
    assert render_html(text) == "Bold & it site (https://x.example)"


def test_link_showing_its_own_address_is_not_repeated() -> None:
    """A link whose text is its URL is shown once."""
    assert render_html('<a href="https://x.example">https://x.example</a>') == "https://x.example"


def test_bold_uses_ansi_only_when_asked() -> None:
    """With ANSI, bold is wrapped in escape codes and reset at the end."""
    styled = render_html("<b>Hi</b> there", ansi=True)
    assert "\x1b[1mHi" in styled
    assert styled.endswith("\x1b[0m")
    assert "\x1b" not in render_html("<b>Hi</b> there")


def test_text_without_parse_mode_is_left_alone() -> None:
    """Only HTML messages are parsed; others are shown as sent."""
    assert render_text("<b>x</b>", None) == "<b>x</b>"
    assert render_text("<b>x</b>", "HTML") == "x"


def test_buttons_are_numbered_across_rows() -> None:
    """Numbers run on from row to row; URL buttons show their address."""
    markup = {
        "inline_keyboard": [
            [{"text": "I'm on it", "callback_data": "a"}],
            [{"text": "Resolved", "callback_data": "b"}, {"text": "Site", "url": "https://s.x"}],
        ]
    }
    assert keyboard_lines(markup) == ["[1] I'm on it", "[2] Resolved  [3] Site <https://s.x>"]
    assert [b.number for row in buttons_of(markup) for b in row] == [1, 2, 3]
    assert keyboard_lines(None) == []


def test_deep_links_to_the_bot_give_their_start_payload() -> None:
    """A t.me link to this bot yields its payload; other links yield None."""
    assert start_payload("https://t.me/demo_bot?start=abc", "demo_bot") == "abc"
    assert start_payload("https://t.me/demo_bot", "demo_bot") == ""
    assert start_payload("https://t.me/other_bot?start=abc", "demo_bot") is None
    assert start_payload("https://example.org/?start=abc", "demo_bot") is None


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90s", 90), ("30m", 1800), ("1h", 3600), ("2d", 172800), ("1h30m", 5400), (" 1H ", 3600)],
)
def test_wait_durations_are_parsed(text: str, seconds: float) -> None:
    """Seconds, minutes, hours, days and mixes are understood."""
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "1", "soon", "1x", "0m", "10h later", "400d"])
def test_bad_wait_durations_are_refused(text: str) -> None:
    """Anything but a positive duration of at most a year is a ValueError."""
    with pytest.raises(ValueError, match=r"duration|wait must"):
        parse_duration(text)


def test_durations_are_described_briefly() -> None:
    """A wait is echoed in a short form."""
    assert describe_seconds(5400) == "1h 30m"
    assert describe_seconds(90) == "1m 30s"


LONDON = ZoneInfo("Europe/London")
MONDAY_9 = datetime(2026, 3, 2, 9, 0, tzinfo=LONDON)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("18:30", datetime(2026, 3, 2, 18, 30, tzinfo=LONDON)),
        ("8:15", datetime(2026, 3, 3, 8, 15, tzinfo=LONDON)),
        ("tue 18:30", datetime(2026, 3, 3, 18, 30, tzinfo=LONDON)),
        ("Monday 09:30", datetime(2026, 3, 2, 9, 30, tzinfo=LONDON)),
        ("Mon 08:00", datetime(2026, 3, 9, 8, 0, tzinfo=LONDON)),
        ("2026-03-05 07:45", datetime(2026, 3, 5, 7, 45, tzinfo=LONDON)),
    ],
)
def test_at_moments_are_the_next_such_time(words: str, expected: datetime) -> None:
    """`/at` takes a time (today or tomorrow), a weekday and time, or a date and time."""
    assert parse_moment(words, MONDAY_9) == expected


@pytest.mark.parametrize("words", ["", "soon", "25:00", "Funday 10:00", "2026-03-01 10:00"])
def test_bad_at_moments_are_refused(words: str) -> None:
    """Anything else, or a date in the past, is a ValueError that says what to type."""
    with pytest.raises(ValueError, match=r"/at|passed"):
        parse_moment(words, MONDAY_9)


def test_start_instants_are_read_in_the_worlds_zone() -> None:
    """`--start` without an offset is a local time of the demo world; with one, it is kept."""
    assert parse_start("2026-03-02T09:00", LONDON) == MONDAY_9
    assert parse_start("2026-03-02T10:00+01:00", LONDON) == MONDAY_9
    with pytest.raises(ValueError, match="--start"):
        parse_start("next monday", LONDON)


BUTTONS = [Button(1, "📅 Add to calendar"), Button(2, "🔔 Remind me"), Button(3, "Remind all")]


def test_buttons_are_found_by_number_or_label() -> None:
    """A number, a whole label, or a unique part of one (any case, emoji optional) finds it."""
    assert find_button(BUTTONS, "2") == BUTTONS[1]
    assert find_button(BUTTONS, "remind me") == BUTTONS[1]
    assert find_button(BUTTONS, "calendar") == BUTTONS[0]
    assert find_button(BUTTONS, "Remind all") == BUTTONS[2]


@pytest.mark.parametrize(("words", "reason"), [("9", "from 1 to 3"), ("remind", "2 buttons")])
def test_unknown_or_ambiguous_buttons_are_refused(words: str, reason: str) -> None:
    """A number out of range, no match or several matches is a ValueError saying so."""
    with pytest.raises(ValueError, match=reason):
        find_button(BUTTONS, words)
    with pytest.raises(ValueError, match="no button"):
        find_button(BUTTONS, "delete")


def test_scripted_runs_show_chats_in_a_fixed_order() -> None:
    """The speaker's chat first, then Demo group, then the people in order, others last."""
    order = sorted(
        [SAM.user_id, 7, ALEX.user_id, GROUP_ID, FRAN.user_id],
        key=lambda chat: chat_rank(chat, FRAN.user_id),
    )
    assert order == [FRAN.user_id, GROUP_ID, ALEX.user_id, SAM.user_id, 7]


def test_personas_are_found_by_role_or_name() -> None:
    """`/as` takes a role, `member 2`, or a first name."""
    assert find_persona("admin") == ALEX
    assert find_persona("Facilitator") == FRAN
    assert find_persona("member") == SAM
    assert find_persona("member  2") == ROBIN
    assert find_persona("robin") == ROBIN
    assert find_persona("nobody") is None


# -- scripted sessions with the real bot -------------------------------------------------------


def run_shell(folder: Path, script: str) -> str:
    """Run `python -m bot shell` on `script` and return what it printed."""
    paths = ["--db", str(folder / "db.sqlite3"), "--files", str(folder / "files")]
    done = subprocess.run(
        [sys.executable, "-m", "bot", "shell", *paths],
        input=script,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=90,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def after(screen: str, line: str) -> str:
    """What the shell printed after an input line, up to the next prompt."""
    start = screen.index(line + "\n") + len(line) + 1
    following = PROMPT.search(screen, start)
    return screen[start : following.start() if following else len(screen)]


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One scripted session on a fresh database: its folder and its screen."""
    folder = tmp_path_factory.mktemp("shell")
    return folder, run_shell(folder, SESSION)


@pytest.mark.e2e
def test_fresh_database_gets_the_demo_world(session: tuple[Path, str]) -> None:
    """The banner names the people and the group's invite, and the group gets a Join button."""
    _, screen = session
    assert "new, demo world created" in screen
    assert "Alex (admin), Fran (facilitator), Sam (member), Robin (member)" in screen
    assert "[bot → Demo group]" in screen
    assert "[1] Join with the bot <https://t.me/peerbot_shell_bot?start=" in screen
    assert "/help-shell" in screen


@pytest.mark.e2e
def test_member_onboards_with_numbered_buttons(session: tuple[Path, str]) -> None:
    """Language and consent by number, the time zone typed, then the group joined by its link."""
    _, screen = session
    greeting = after(screen, "Sam (private)> /start")
    assert "[bot → Sam, private]" in greeting
    assert "[1] English\n  [2] Español" in greeting
    consent = after(screen, "Sam (private)> 1")
    assert "(Sam presses [1] English)" in consent
    assert "[bot → Sam, private, edited #" in consent
    assert "[1] Yes, that's okay" in consent
    assert "Europe/Madrid" in after(screen, "Sam (private)> Madrid")
    joined = after(screen, "Sam (Demo group)> 1")
    assert "(Sam presses [1] Join with the bot)" in joined
    assert "You've joined Demo group" in joined


@pytest.mark.e2e
def test_next_meeting_and_its_calendar_file(session: tuple[Path, str]) -> None:
    """/next answers with the demo meeting; its calendar button saves an .ics file."""
    folder, screen = session
    answer = after(screen, "Sam (private)> /next")
    assert "Demo group weekly meeting" in answer
    assert "19:00 where the group meets, Europe/London" in answer
    saved = re.search(r"\(document saved: (\S+\.ics)\)", screen)
    assert saved is not None, screen
    ics = Path(saved.group(1))
    ics = ics if ics.is_absolute() else ROOT / ics
    assert ics.parent == folder / "files"
    assert b"BEGIN:VCALENDAR" in ics.read_bytes()


@pytest.mark.e2e
def test_resource_search(session: tuple[Path, str]) -> None:
    """/resources with words finds the matching card."""
    _, screen = session
    found = after(screen, "Sam (private)> /resources esperanza")
    assert "Teléfono de la Esperanza" in found
    assert "717 003 717" in found


@pytest.mark.e2e
def test_crisis_seen_from_both_sides(session: tuple[Path, str]) -> None:
    """The member gets care and lines; Fran's alert escalates after /wait; she takes it."""
    _, screen = session
    flagged = after(screen, "Sam (private)> I want to kill myself tonight")
    assert "you don't have to go through this alone" in flagged
    assert "024" in flagged
    assert "[bot → Fran, private]\n  🔴 Crisis alert #1" in flagged
    assert "[1] I'm on it" in flagged
    switched = after(screen, "Sam (private)> /as facilitator")
    assert "(buttons here, on message #1: [1] I'm on it  [2] Resolved  [3] False alarm)" in switched
    waited = after(screen, "Fran (private)> /wait 6m")
    assert "(waited 6m: the bot's clock reads" in waited
    assert "Nobody has taken this yet (reminder 1)" in waited
    assert "[bot → Alex, private]" in waited
    taken = after(screen, "Fran (private)> 1")
    assert "(Fran presses [1] I'm on it)" in taken
    assert "[bot → Fran, private, edited #" in taken
    assert "Taken by Fran" in taken
    assert "[bot → Fran, pop-up notice]" in taken


@pytest.mark.e2e
def test_kept_database_keeps_its_state(session: tuple[Path, str]) -> None:
    """A second run on the same file knows Sam; shell commands never reach the bot."""
    folder, _ = session
    script = "/start\n/as nobody\n/in garden\n/wait soon\n7\n/next\n/press 9\n"
    screen = run_shell(folder, script)
    assert "kept from last time" in screen
    assert "Welcome back, Sam" in after(screen, "Sam (private)> /start")
    assert "(who? /as one of:" in screen
    assert "(where? /in private or /in group)" in screen
    assert "(not a duration: 'soon'" in screen
    assert "(no buttons in this chat" in after(screen, "Sam (private)> 7")
    assert "Demo group weekly meeting" in after(screen, "Sam (private)> /next")
    assert "(press a button from 1 to 2)" in after(screen, "Sam (private)> /press 9")


SCRIPTED = """\
# Sam has not met the bot yet; this note is never sent.
/in group
/press join
/press english
/press okay
/press keep
/at tue 18:00
/in group
/press there
/quit
"""


def run_scripted(folder: Path, script: str, *options: str) -> subprocess.CompletedProcess[str]:
    """Run the shell with --start on `script`; the finished process (its output and code)."""
    paths = ["--db", str(folder / "db.sqlite3"), "--files", str(folder / "files")]
    return subprocess.run(
        [sys.executable, "-m", "bot", "shell", *paths, "--start", "2026-03-02T09:00", *options],
        input=script,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=90,
    )


@pytest.mark.e2e
def test_a_scripted_run_starts_at_its_instant_with_a_fixed_invite(tmp_path: Path) -> None:
    """--start: the clock stands at the instant given, /at moves it, buttons go by label."""
    done = run_scripted(tmp_path, SCRIPTED)
    assert done.returncode == 0, done.stdout + done.stderr
    screen = done.stdout
    assert "The bot's clock: Mon 02 Mar 2026 09:00 Europe/London" in screen
    assert "[1] Join with the bot <https://t.me/peerbot_shell_bot?start=demo-group>" in screen
    note = after(screen, "# Sam has not met the bot yet; this note is never sent.")
    assert note == "", "a note is shown, never sent"
    assert "(Sam presses [1] English)" in screen
    assert "You've joined Demo group" in after(screen, "Sam (private)> /press okay")
    assert "Got it: your time zone is now Europe/London" in after(
        screen, "Sam (private)> /press keep"
    )
    moved = after(screen, "Sam (private)> /at tue 18:00")
    assert "(the bot's clock moves on to Tue 03 Mar 2026 18:00 Europe/London)" in moved
    assert "[bot → Demo group, #2]\n  ⏰ Reminder" in moved, "numbered in a scripted run"
    assert "starts in 1 h" in moved
    assert "(Sam presses [1] 🙋 I'll be there)" in after(screen, "Sam (Demo group)> /press there")


@pytest.mark.e2e
def test_start_needs_a_new_database(tmp_path: Path) -> None:
    """--start on a kept world would move its clock back: refused, with the reason."""
    (tmp_path / "db.sqlite3").write_bytes(b"")
    done = run_scripted(tmp_path, "/quit\n")
    assert done.returncode == 2
    assert "--start needs a new database" in done.stderr
    bad = run_scripted(tmp_path / "new", "/quit\n", "--start", "soon")
    assert bad.returncode == 2
    assert "--start takes a date and time" in bad.stderr


MODERATION_SCRIPT = """/as member
/in group
buy cheap stuff at my shop
/as facilitator
/reply /mute 1h selling in the group
/as member
hello?
/wait 2h
sorry about that
/as member 2
/reply /report
/quit
"""


@pytest.mark.e2e
def test_a_facilitator_mutes_by_reply_and_the_mute_lifts_with_the_clock(tmp_path: Path) -> None:
    """/reply answers the latest message from someone else: a mute by reply silences Sam in
    the group (the shell says Telegram refuses the post), /wait lifts it, /report by reply."""
    done = run_scripted(tmp_path, MODERATION_SCRIPT)
    assert done.returncode == 0, done.stdout + done.stderr
    screen = done.stdout
    muted = after(screen, "Fran (Demo group)> /reply /mute 1h selling in the group")
    assert "Sam can't write for 1 hour" in muted
    assert "Telegram does not let Sam post here" in after(screen, "Sam (Demo group)> hello?")
    assert "You can write in Demo group again" in after(screen, "Sam (Demo group)> /wait 2h")
    assert after(screen, "Sam (Demo group)> sorry about that") == ""
    reported = after(screen, "Robin (Demo group)> /reply /report")
    assert "sorry about that" in reported
    assert "Reported by a member" in reported
