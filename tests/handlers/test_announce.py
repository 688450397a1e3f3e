"""/announce via handlers: the whole flow, bad inputs, restarts, refusals and cancelling."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.app import services_of
from bot.devtools.emulator import StoredMessage
from bot.domain.buttons.announce import (
    ChangeAnnouncement,
    DropAnnouncement,
    PickAnnounceGroup,
    SendAnnouncement,
    StopAnnouncement,
)
from bot.domain.clock import iso
from bot.domain.models import Person
from bot.services.container import Services
from handlers.announce_progress import refresh
from tests.handlers.conftest import ADMIN_ID, HandlerHarness, running_app
from tests.handlers.test_crisis_flow import (
    CO_FACILITATOR,
    FACILITATOR,
    MEMBER,
    _setup_group,
)

SPANISH, STOPPED, OTHER_FACILITATOR = 620_000_001, 620_000_002, 620_000_003
TEXT = "<b>Meeting</b> moved to 7pm & bring <script>snacks</script>"


def _services(harness: HandlerHarness) -> Services:
    """The running bot's services."""
    return services_of(harness.app)


def _text(message: StoredMessage) -> str:
    """A message's plain text."""
    return message.plain_text or ""


async def _ready(harness: HandlerHarness) -> int:
    """A group with Robin (en), a Spanish member and one who /stop'ped; a second group."""
    group_id = await _setup_group(harness)
    services = _services(harness)
    core = harness.core
    now = iso(datetime.now(UTC))
    for user_id, name, language in (
        (SPANISH, "Sol", "es"),
        (STOPPED, "Stu", "en"),
        (OTHER_FACILITATOR, "Oz", "en"),
    ):
        if user_id not in core.users:
            core.add_user(name, user_id)
        await services.members.consent(Person(user_id, name, None, language), language, "UTC")
    for user_id in (SPANISH, STOPPED):
        await services.members.members.join_group(user_id, group_id, now)
    await services.members.stop_scheduled(STOPPED)
    other = core.add_group("Other circle", bot_is_member=False)
    core.add_bot_to_group(other.id, ADMIN_ID)
    await harness.deliver()
    await services.roles.roles.add_facilitator(other.id, OTHER_FACILITATOR, ADMIN_ID, now)
    return group_id


async def _preview(harness: HandlerHarness, user_id: int = FACILITATOR) -> StoredMessage:
    """Start /announce (the facilitator has one group) and type the text; return the preview."""
    [ask] = await harness.send(user_id, "/announce")
    assert "What should the members of Tuesday circle get?" in _text(ask)
    [preview] = await harness.send(user_id, TEXT)
    return preview


async def _send(harness: HandlerHarness) -> tuple[int, StoredMessage]:
    """Preview and press Send; return the announcement id and the progress message."""
    preview = await _preview(harness)
    [progress] = await harness.pressed(FACILITATOR, preview, SendAnnouncement().pack())
    row = await _services(harness).db.fetch_one("SELECT MAX(id) FROM announcements")
    assert row is not None
    return int(row[0]), progress


async def _row(harness: HandlerHarness, announcement_id: int) -> tuple[object, ...]:
    """An announcement's status, text and author."""
    row = await _services(harness).db.fetch_one(
        "SELECT status, text, author_id FROM announcements WHERE id = ?", (announcement_id,)
    )
    assert row is not None
    return tuple(row)


async def _unsent(harness: HandlerHarness) -> int:
    """How many announcement copies wait in the outbox."""
    row = await _services(harness).db.fetch_one(
        "SELECT COUNT(*) FROM outbox WHERE dedup_key LIKE 'ann:%' AND sent_at IS NULL"
        " AND failed_at IS NULL"
    )
    assert row is not None
    return int(row[0])


async def test_full_flow_preview_send_progress_report(harness: HandlerHarness) -> None:
    """Preview shows the escaped text and audience; members get it in their language; report."""
    group_id = await _ready(harness)
    preview = await _preview(harness)
    assert "<b>Meeting</b> moved to 7pm & bring <script>snacks</script>" in _text(preview)
    assert "&lt;script&gt;" in (preview.text or ""), "user text is escaped for HTML"
    assert "Announcement for Tuesday circle" in _text(preview)
    assert "It will go to 2 members of Tuesday circle" in _text(preview)
    assert preview.button_texts() == ["✅ Send", "✏️ Change text", "✖️ Cancel"]
    [progress] = await harness.pressed(FACILITATOR, preview, SendAnnouncement().pack())
    assert "0 of 2 sent" in _text(progress)
    assert "░░░░░░░░░░ 0%" in _text(progress)
    assert progress.button_texts() == ["✋ Cancel sending"]
    assert await harness.flush_outbox() == 2
    [english] = harness.core.bot_messages(MEMBER)[-1:]
    assert _text(english).startswith("📣 Announcement for Tuesday circle")
    assert "<script>snacks</script>" in _text(english)
    [spanish] = harness.core.bot_messages(SPANISH)[-1:]
    assert _text(spanish).startswith("📣 Aviso para Tuesday circle")
    assert not harness.core.bot_messages(STOPPED), "a member who used /stop gets nothing"
    services = _services(harness)
    assert await refresh(harness.app.bot, services) == 1
    report = _text(harness.core.message(FACILITATOR, progress.message_id))
    assert "The announcement has been sent" in report
    assert "Delivered: 2" in report
    assert harness.core.message(FACILITATOR, progress.message_id).reply_markup is None
    announcement_id = int((await services.db.fetch_all("SELECT id FROM announcements"))[0][0])
    assert await _row(harness, announcement_id) == ("done", None, FACILITATOR)
    audit = await services.db.fetch_all("SELECT actor_id, action, group_id FROM audit_log")
    assert [tuple(row) for row in audit][-1] == (FACILITATOR, "announce.send", group_id)
    assert await refresh(harness.app.bot, services) == 0, "a finished one is left alone"


async def test_bad_inputs_get_a_reason_and_change_nothing(harness: HandlerHarness) -> None:
    """Too long, empty (invisible only) and photos get clear reasons; the draft waits on."""
    await _ready(harness)
    await harness.send(FACILITATOR, "/announce")
    [long] = await harness.send(FACILITATOR, "x" * 3501)
    assert "3,501 characters" in _text(long)
    assert "at most 3,500" in _text(long)
    [empty] = await harness.send(FACILITATOR, "\u200b\u200b")
    assert "empty" in _text(empty)
    mark = harness.core.mark()
    harness.core.inject_photo(FACILITATOR)
    harness.core.inject_sticker(FACILITATOR)
    await harness.deliver()
    answers = harness.new_messages(FACILITATOR, mark.message_seq)
    assert [_text(m) for m in answers] == [
        "Announcements are text only for now. Please send the message as plain text."
    ] * 2
    draft = await _services(harness).announcements.draft(FACILITATOR)
    assert draft is not None
    assert (draft.step, draft.text) == ("text", None)
    [preview] = await harness.send(FACILITATOR, "x" * 3500)
    assert "It will go to 2 members" in _text(preview)


async def test_change_text_and_cancel_from_the_preview(harness: HandlerHarness) -> None:
    """Change text asks again and previews the new text; Cancel drops it; nothing is queued."""
    await _ready(harness)
    preview = await _preview(harness)
    [ask] = await harness.pressed(FACILITATOR, preview, ChangeAnnouncement().pack())
    assert "What should the members of Tuesday circle get?" in _text(ask)
    [second] = await harness.send(FACILITATOR, "New plan")
    assert "New plan" in _text(second)
    [dropped] = await harness.pressed(FACILITATOR, second, DropAnnouncement().pack())
    assert "not sent" in _text(dropped)
    [again] = await harness.pressed(FACILITATOR, second, SendAnnouncement().pack())
    assert "expired" in _text(again)
    assert await _unsent(harness) == 0
    [fallback] = await harness.send(FACILITATOR, "just chatting")
    assert "Tuesday circle" not in _text(fallback), "no draft takes plain text any more"


async def test_draft_survives_restarts(tmp_path: Path) -> None:
    """The group, the text, Send and the sending itself, each in a new app on the same database."""
    async with running_app(tmp_path) as first:
        await _ready(first)
        [ask] = await first.send(FACILITATOR, "/announce")
        assert "Tuesday circle" in _text(ask)
    async with running_app(tmp_path) as second:
        second.core.add_user("Fran", FACILITATOR)
        [preview] = await second.send(FACILITATOR, TEXT)
        assert "It will go to 2 members" in _text(preview)
    async with running_app(tmp_path) as third:
        third.core.add_user("Fran", FACILITATOR)
        for user_id, name in ((MEMBER, "Robin"), (SPANISH, "Sol")):
            third.core.add_user(name, user_id)
        [progress] = await third.pressed(FACILITATOR, preview, SendAnnouncement().pack())
        assert "0 of 2 sent" in _text(progress)
    async with running_app(tmp_path) as fourth:
        # The progress updater resumes what is still sending: the copies go, the report is due.
        services = _services(fourth)
        [sending] = await services.announcements.repo.sending()
        assert sending.progress_message_id == progress.message_id
        for user_id, name in ((FACILITATOR, "Fran"), (MEMBER, "Robin"), (SPANISH, "Sol")):
            fourth.core.add_user(name, user_id)
        assert await fourth.flush_outbox() == 2
        assert "moved to 7pm" in _text(fourth.core.bot_messages(MEMBER)[-1])
        assert await refresh(fourth.app.bot, services) == 1
        assert await services.announcements.repo.sending() == []


async def test_member_refused_on_command_and_forged_buttons(harness: HandlerHarness) -> None:
    """A member's /announce and forged group, send and cancel buttons change nothing."""
    group_id = await _ready(harness)
    announcement_id, _progress = await _send(harness)
    [refused] = await harness.send(MEMBER, "/announce")
    assert "for facilitators and admins" in _text(refused)
    [forged] = await harness.pressed(MEMBER, refused, PickAnnounceGroup(group_id).pack())
    assert "only send announcements to groups you facilitate" in _text(forged)
    assert await _services(harness).announcements.draft(MEMBER) is None
    [send] = await harness.pressed(MEMBER, refused, SendAnnouncement().pack())
    assert "expired" in _text(send)
    [stop] = await harness.pressed(MEMBER, refused, StopAnnouncement(announcement_id).pack())
    assert "can cancel it" in _text(stop)
    assert (await _row(harness, announcement_id))[0] == "sending"
    assert await _unsent(harness) == 2
    [own] = await harness.send(OTHER_FACILITATOR, "/announce")
    assert "Other circle" in _text(own)
    [other] = await harness.pressed(OTHER_FACILITATOR, own, PickAnnounceGroup(group_id).pack())
    assert "only send announcements to groups you facilitate" in _text(other)
    draft = await _services(harness).announcements.draft(OTHER_FACILITATOR)
    assert draft is not None
    assert draft.group_id != group_id, "the forged group was not taken"


async def test_cancel_by_another_groups_facilitator_is_refused(harness: HandlerHarness) -> None:
    """A facilitator of another group cannot cancel; a co-facilitator of this group can."""
    group_id = await _ready(harness)
    announcement_id, progress = await _send(harness)
    [own] = await harness.send(OTHER_FACILITATOR, "/help")
    [refused] = await harness.pressed(
        OTHER_FACILITATOR, own, StopAnnouncement(announcement_id).pack()
    )
    assert "can cancel it" in _text(refused)
    assert await _unsent(harness) == 2
    [co] = await harness.send(CO_FACILITATOR, "/help")
    await harness.pressed(CO_FACILITATOR, co, StopAnnouncement(announcement_id).pack())
    assert await _unsent(harness) == 0
    assert await _row(harness, announcement_id) == ("cancelled", None, FACILITATOR)
    report = _text(harness.core.message(FACILITATOR, progress.message_id))
    assert "The announcement was cancelled" in report
    assert "Delivered: 0" in report
    assert "Not sent: 2" in report
    audit = await _services(harness).db.fetch_all(
        "SELECT actor_id, group_id, subject FROM audit_log WHERE action = 'announce.cancel'"
    )
    assert [tuple(row) for row in audit] == [(CO_FACILITATOR, group_id, str(announcement_id))]
    assert await harness.flush_outbox() == 0
    [late] = await harness.pressed(FACILITATOR, progress, StopAnnouncement(announcement_id).pack())
    assert "already finished" in _text(late)


async def test_admin_picks_among_groups_and_forget_clears_author(harness: HandlerHarness) -> None:
    """An admin gets a button per group; /forget of the author keeps the row without them."""
    await _ready(harness)
    [pick] = await harness.send(ADMIN_ID, "/announce")
    assert sorted(pick.button_texts()) == ["Other circle", "Tuesday circle"]
    other_id = int(pick.reply_markup["inline_keyboard"][0][0]["callback_data"].split(":")[2])  # type: ignore[index]
    [ask] = await harness.pressed(ADMIN_ID, pick, PickAnnounceGroup(other_id).pack())
    assert "members of Other circle" in _text(ask)
    announcement_id, _progress = await _send(harness)
    services = _services(harness)
    assert "announcements" in services.privacy.features
    await services.privacy.erase(FACILITATOR)
    assert (await _row(harness, announcement_id))[2] is None
