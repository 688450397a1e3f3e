"""The pure parts of meeting feedback and the wellbeing check: buttons, weeks, waves, figures."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.feedback.figures import summarise
from bot.feedback.model import FeltHeard, FeltSafe, SkipFeedback, iso_week
from bot.stats.models import Hidden
from bot.wellbeing.figures import cohort_change
from bot.wellbeing.model import (
    ScaleError,
    WellbeingItem,
    WellbeingSkip,
    due_wave,
    load_scales,
    next_item,
)

CONTENT = Path(__file__).resolve().parents[2] / "content"
DAY = date(2026, 1, 13)


def test_feedback_buttons_round_trip_and_refuse_forged_scores() -> None:
    """Scores 1-5 read back; 0, 6 and junk are refused as expired buttons."""
    for button in (FeltSafe(7, DAY, 5), FeltHeard(7, DAY, 1, 4), SkipFeedback(7, DAY)):
        assert type(button).parse(button.pack()) == button
    assert FeltSafe.parse("fb:s:7:20260113:6") is None
    assert FeltHeard.parse("fb:h:7:20260113:0:3") is None
    assert FeltSafe.parse("fb:s:7:2026-01-13:3") is None
    with pytest.raises(ValueError, match="1 to 5"):
        FeltSafe(7, DAY, 0)


def test_an_answer_is_kept_under_its_iso_week() -> None:
    """The ISO week, also across a new year."""
    assert iso_week(DAY) == "2026-W03"
    assert iso_week(date(2027, 1, 1)) == "2026-W53"


def test_feedback_counts_people_per_occurrence() -> None:
    """Five answers to one occurrence show; four and four to two occurrences never add up."""
    five = [(1, "2026-W03", 4, 5)] * 4 + [(1, "2026-W03", 5, 3)]
    summary = summarise(five)
    assert (summary.answers, summary.felt_safe, summary.felt_heard) == (5, 4.2, 4.6)
    small = [(2, "2026-W03", 4, 4)] * 4 + [(2, "2026-W04", 2, 2)] * 4
    hidden = summarise(small)
    assert hidden.felt_safe is Hidden.FEWER_THAN_5
    assert hidden.felt_heard is Hidden.FEWER_THAN_5
    mixed = summarise(five + small)
    assert (mixed.answers, mixed.felt_safe) == (5, 4.2)
    assert summarise([]).felt_safe is None


def test_the_scale_ships_the_published_wording_in_all_five_languages() -> None:
    """English, Spanish, French, German and Portuguese, four items and four answers each,
    each with its source."""
    scales = load_scales(CONTENT)
    assert set(scales) == {"en", "es", "fr", "de", "pt"}
    assert scales["en"].items[0] == "Little interest or pleasure in doing things"
    assert scales["de"].options[3] == "Beinahe jeden Tag"
    assert scales["es"].options[0] == "Ningún día"
    assert scales["fr"].items[1] == "Être triste, déprimé(e) ou désespéré(e)"
    assert scales["pt"].items[3] == "Não ser capaz de impedir ou de controlar as preocupações"
    assert all(len(scale.items) == 4 and len(scale.options) == 4 for scale in scales.values())
    assert all(
        "phqscreeners" in scale.source
        for scale in scales.values()
        if scale.language in {"es", "fr", "pt"}
    )


def test_a_broken_scale_file_is_refused(tmp_path: Path) -> None:
    """Three items, three answers, a blank item or no English original stop the bot at start
    with the reason."""
    folder = tmp_path / "wellbeing"
    folder.mkdir()
    (folder / "phq4.toml").write_text(
        '[en]\nsource = "s"\nstem = "q"\nitems = ["a", "b", "c"]\noptions = ["0", "1", "2", "3"]\n',
        encoding="utf-8",
    )
    with pytest.raises(ScaleError, match="needs 4 items"):
        load_scales(tmp_path)
    (folder / "phq4.toml").write_text(
        '[en]\nsource = "s"\nstem = "q"\nitems = ["a", "b", "c", "d"]\noptions = ["0", "1", "2"]\n',
        encoding="utf-8",
    )
    with pytest.raises(ScaleError, match="needs 4 options"):
        load_scales(tmp_path)
    (folder / "phq4.toml").write_text(
        '[en]\nsource = "s"\nstem = "q"\nitems = ["a", "b", " ", "d"]\n'
        'options = ["0", "1", "2", "3"]\n',
        encoding="utf-8",
    )
    with pytest.raises(ScaleError, match="empty entry in items"):
        load_scales(tmp_path)
    (folder / "phq4.toml").write_text(
        '[de]\nsource = "s"\nstem = "q"\nitems = ["a", "b", "c", "d"]\n'
        'options = ["0", "1", "2", "3"]\n',
        encoding="utf-8",
    )
    with pytest.raises(ScaleError, match="English original"):
        load_scales(tmp_path)


def test_item_buttons_carry_earlier_answers_in_order() -> None:
    """The next item's data carries what was given; gaps, unknown waves, 4s are refused."""
    item = next_item((1, 2), 8, 3)
    assert item == WellbeingItem(8, 1, 2, None, 3)
    assert item.answers == (1, 2, 3)
    assert WellbeingItem.parse(item.pack()) == item
    assert WellbeingItem.parse("wb:i:8:1:-:2:0") is None
    assert WellbeingItem.parse("wb:i:4:1:2:3:0") is None
    assert WellbeingItem.parse("wb:i:0:1:2:3:4") is None
    assert WellbeingSkip.parse("wb:s:12") == WellbeingSkip(12)


def test_follow_ups_come_after_8_and_12_weeks_once() -> None:
    """Nothing before 8 weeks; 8 then 12; never a wave answered or already sent."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    week = timedelta(weeks=1)
    assert due_wave(None, set(), None, start + 20 * week) is None
    assert due_wave(start, {0}, 0, start + 8 * week - timedelta(minutes=1)) is None
    assert due_wave(start, {0}, 0, start + 8 * week) == 8
    assert due_wave(start, {0}, 8, start + 9 * week) is None
    assert due_wave(start, {0, 8}, 8, start + 12 * week) == 12
    assert due_wave(start, {0}, 0, start + 13 * week) == 12, "a missed 8 gives way to 12"
    assert due_wave(start, {0, 8, 12}, 12, start + 20 * week) is None


def test_cohort_change_is_hidden_below_five_members() -> None:
    """The mean change shows for 5 members, is hidden for 1-4, None for none."""
    assert cohort_change([(8, 5)] * 5) == -3.0
    assert cohort_change([(8, 5)] * 4) is Hidden.FEWER_THAN_5
    assert cohort_change([]) is None
