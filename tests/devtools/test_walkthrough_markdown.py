"""The walkthrough's transcript (pure): a shell screen cut at each script line, as Markdown."""

from __future__ import annotations

from pathlib import Path

from bot.devtools.walkthrough import differences
from bot.devtools.walkthrough_text import (
    condense_edits,
    split_screen,
    to_markdown,
    with_json_files,
)

SCRIPT = """\
## Monday
# Sam says hello
# and picks a language.
/start
1
/as facilitator
/at 18:00
/quit
"""

SCREEN = """\
peerbot shell: the real bot on a pretend Telegram (no token, no network)
Database: /tmp/x/db.sqlite3 (new, demo world created); bot log: /tmp/x/db.log
The bot's clock: Mon 02 Mar 2026 09:00 Europe/London
[bot → Demo group, #1]
  Hello everyone!
## Monday
# Sam says hello
# and picks a language.
Sam (private)> /start
[bot → Sam, private, #2]
  Which language?
  [1] English
Sam (private)> 1
(Sam presses [1] English)
[bot → Sam, private, edited #2]
  Here is what I do.
Sam (private)> /as facilitator
(now speaking as Fran, the facilitator)
(buttons here, on message #5: [1] I'm on it)
Fran (private)> /at 18:00
(the bot's clock moves on to Mon 02 Mar 2026 18:00 Europe/London)
[bot → Demo group]
  ⏰ Reminder
Fran (private)> /quit
"""


def test_the_screen_is_cut_at_each_script_line() -> None:
    """The banner is dropped, the bot's first posts are the prologue, each line has its output."""
    prologue, steps = split_screen(SCRIPT, SCREEN)
    assert prologue == ["[bot → Demo group, #1]", "  Hello everyone!"]
    assert [step.line for step in steps] == SCRIPT.splitlines()
    start = steps[3]
    assert (start.speaker, start.place) == ("Sam", "private")
    assert start.output == ["[bot → Sam, private, #2]", "  Which language?", "  [1] English"]
    assert steps[0].output == []


def test_the_transcript_says_who_did_what() -> None:
    """Notes become text and headings; presses show their label; shell commands what they did."""
    markdown = to_markdown(SCRIPT, SCREEN, "week-xx.txt")
    assert markdown.startswith("<!-- Written by `make walkthrough` from week-xx.txt;")
    assert "# Walkthrough: week-xx\n\n## Monday\n\nSam says hello\nand picks a language.\n" in (
        markdown
    ), "notes before the first line come first"
    assert "The bot's clock: Mon 02 Mar 2026 09:00 Europe/London;" in markdown
    assert "/tmp/x" not in markdown, "the banner's paths are left out"
    assert (
        "**Sam** writes (in private): `/start`\n\n```text\n[bot → Sam, private, #2]\n" in markdown
    )
    assert "**Sam** taps **English** (in private)\n\n```text\n[bot → Sam, private, edited #2]" in (
        markdown
    )
    assert "*now speaking as Fran, the facilitator*\n\n" in markdown
    assert "(buttons here" not in markdown
    assert "*the bot's clock moves on to Mon 02 Mar 2026 18:00 Europe/London*" in markdown
    assert "/quit" not in markdown
    assert markdown.endswith("```\n")


def test_a_bot_text_with_a_code_fence_gets_a_longer_fence() -> None:
    """A message quoting ``` cannot end the block early."""
    screen = SCREEN.replace("  Which language?", "  ```Which language?```")
    assert "````text\n[bot → Sam, private, #2]\n  ```Which language?```" in to_markdown(
        SCRIPT, screen, "x.txt"
    )


def test_differences_are_empty_only_when_the_same() -> None:
    """The same text gives no diff; a changed line shows as removed and added."""
    path = Path("week-xx.md")
    assert differences("a\nb\n", "a\nb\n", path) == ""
    diff = differences("a\nb\n", "a\nc\n", path).splitlines()
    assert diff[:2] == ["--- week-xx.md (kept)", "+++ week-xx.md (the bot now)"]
    assert "-b" in diff
    assert "+c" in diff


def test_an_edit_shows_only_what_changed() -> None:
    """Same text: buttons removed or changed; text added at the end: only the new lines."""
    seen: dict[str, list[str]] = {}
    first = ["[bot → Sam, private, #4]", "  Is that okay?", "  [1] Yes  [2] No"]
    assert condense_edits(first, seen) == first
    pressed = ["[bot → Sam, private, edited #4]", "  Is that okay?", "  ", "  ✅ You agreed."]
    assert condense_edits(pressed, seen) == [
        "[bot → Sam, private, edited #4: text added below]",
        "  ",
        "  ✅ You agreed.",
    ]
    assert condense_edits(["[bot → Sam, private, edited #4]", *pressed[1:]], seen) == [
        "[bot → Sam, private, edited #4: buttons removed]"
    ]
    toggled = ["[bot → Sam, private, edited #4]", *pressed[1:], "  [1] ✅ 1 h"]
    assert condense_edits(toggled, seen) == [
        "[bot → Sam, private, edited #4: buttons changed]",
        "  [1] ✅ 1 h",
    ]
    other = ["[bot → Sam, private, edited #4]", "  Saved."]
    assert condense_edits(other, seen) == other, "a new text is shown whole"
    unknown = ["[bot → Fran, private, edited #9]", "  Taken."]
    assert condense_edits(["(a note)", *unknown], seen) == ["(a note)", *unknown]


def test_a_saved_data_export_is_shown_under_its_line() -> None:
    """/mydata's JSON file is shown indented in the block; other files are only named."""
    screen = (
        "[bot → Sam, private, #9]\n  Here is everything I keep about you.\n"
        "  (document saved: 7-9-my-data.json)\n  (photo saved: 7-10-mood.png)\n"
    )
    files = {"7-9-my-data.json": '{"first_name": "Sam", "notes": ["Año"]}'}
    assert with_json_files(screen, files).splitlines() == [
        "[bot → Sam, private, #9]",
        "  Here is everything I keep about you.",
        "  (document saved: 7-9-my-data.json)",
        "    {",
        '      "first_name": "Sam",',
        '      "notes": [',
        '        "Año"',
        "      ]",
        "    }",
        "  (photo saved: 7-10-mood.png)",
    ]
