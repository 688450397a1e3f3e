"""Guided group setup and /status advice through the real Application."""

from __future__ import annotations

from pathlib import Path

from bot.app import services_of
from bot.devtools.emulator import StoredMessage
from bot.domain.buttons.group_setup import (
    KeepName,
    PickLanguage,
    PickPost,
    PickZone,
    SetupLater,
    StartSetup,
    StopSetup,
    TypeZone,
)
from bot.domain.models import Group
from bot.joingate.model import GateSetting, Setting
from tests.handlers.conftest import ADMIN_ID, HandlerHarness, running_app

LANGUAGE_BUTTONS = ["English", "Español", "Français", "Deutsch", "Português"]

GROUP_ADMIN = 640_000_001
MEMBER = 640_000_002
OTHER_ADMIN = 640_000_003


def _text(message: StoredMessage) -> str:
    """Return a message's plain text."""
    return message.plain_text or ""


def _urls(message: StoredMessage) -> list[str]:
    """Return the URLs of a message's link buttons."""
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    return [str(button["url"]) for row in rows for button in row if "url" in button]


PEOPLE = {ADMIN_ID: "Ada", GROUP_ADMIN: "Gail", MEMBER: "Milo", OTHER_ADMIN: "Olga"}


def _people(harness: HandlerHarness) -> None:
    """Create the people these tests use."""
    for user_id, name in PEOPLE.items():
        if user_id not in harness.core.users:
            harness.core.add_user(name, user_id)


async def _add_bot(
    harness: HandlerHarness, by: int, title: str = "Tuesday peers", as_admin: bool = False
) -> tuple[int, list[StoredMessage], list[StoredMessage]]:
    """`by` adds the bot to a new group; return its id, the private and the group messages."""
    _people(harness)
    members = {GROUP_ADMIN: "administrator", MEMBER: "member", OTHER_ADMIN: "creator"}
    group = harness.core.add_group(title, bot_is_member=False, members=members)
    mark = harness.core.mark()
    harness.core.add_bot_to_group(group.id, by, as_admin=as_admin)
    await harness.deliver()
    private = harness.new_messages(by, mark.message_seq)
    return group.id, private, harness.new_messages(group.id, mark.message_seq)


async def _group(harness: HandlerHarness, group_id: int) -> Group:
    """Return the group as stored."""
    group = await services_of(harness.app).groups.get(group_id)
    assert group is not None
    return group


async def _audit(harness: HandlerHarness) -> list[tuple[object, ...]]:
    """Return the setup audit rows: actor, group, subject."""
    rows = await services_of(harness.app).db.fetch_all(
        "SELECT actor_id, group_id, subject FROM audit_log WHERE action = 'group.setup'"
    )
    return [tuple(row) for row in rows]


async def _drafts(harness: HandlerHarness) -> list[tuple[object, ...]]:
    """Return the unfinished setups of the people here: person, group, step."""
    setup = services_of(harness.app).group_setup
    drafts = [await setup.draft(user_id) for user_id in sorted(PEOPLE)]
    return [(draft.user_id, draft.chat_id, draft.step) for draft in drafts if draft is not None]


async def test_bot_admin_sets_up_a_group_with_bad_answers_on_the_way(
    harness: HandlerHarness,
) -> None:
    """Intro, every step with bad answers explained, then the group changed, audited, kept."""
    group_id, [intro], [greeting] = await _add_bot(harness, ADMIN_ID)
    assert "Thanks for adding me to Tuesday peers" in _text(intro)
    assert intro.button_texts() == ["Set up now", "Later"]
    assert len(_urls(greeting)) == 1, "the admin got the offer: no setup link in the group"
    assert await _drafts(harness) == [(ADMIN_ID, group_id, "intro")]
    [name_q] = await harness.pressed(ADMIN_ID, intro, StartSetup(group_id).pack())
    assert "1 of 4" in _text(name_q)
    assert name_q.button_texts() == ["Keep «Tuesday peers»", "Stop setup"]
    [short] = await harness.send(ADMIN_ID, "x")
    assert "too short" in _text(short)
    assert "1 of 4" in _text(short)
    [long] = await harness.send(ADMIN_ID, "a" * 70)
    assert "64 characters at most" in _text(long)
    [command] = await harness.send(ADMIN_ID, "/x")
    assert "2 of 4" not in _text(command), "a command is not a name"
    [zone_q] = await harness.send(ADMIN_ID, "  Tuesday   Evening Circle ")
    assert "2 of 4" in _text(zone_q)
    assert "UTC" in zone_q.button_texts()
    [typing] = await harness.pressed(ADMIN_ID, zone_q, TypeZone(group_id).pack())
    assert "big city" in _text(typing)
    [unknown] = await harness.send(ADMIN_ID, "Narnia")
    assert "I don't know the time zone «Narnia»" in _text(unknown)
    [language_q] = await harness.send(ADMIN_ID, "madrid")
    assert "3 of 4" in _text(language_q)
    [buttons] = await harness.send(ADMIN_ID, "Spanish please")
    assert "tap one of the buttons" in _text(buttons)
    [reminder_q] = await harness.pressed(ADMIN_ID, language_q, PickLanguage(group_id, "es").pack())
    assert reminder_q.button_texts()[:5] == ["Off", "15 min", "1 h", "3 h", "1 day"]
    [forged] = await harness.pressed(ADMIN_ID, reminder_q, f"gs:post:{group_id}:45")
    assert "earlier setup" in _text(forged), "a choice never offered is refused"
    [done] = await harness.pressed(ADMIN_ID, reminder_q, PickPost(group_id, 60).pack())
    group = await _group(harness, group_id)
    assert (group.title, group.timezone, group.language) == (
        "Tuesday Evening Circle",
        "Europe/Madrid",
        "es",
    )
    assert group.meeting_post_minutes == 60
    assert group.setup_done_at is not None
    summary = _text(done)
    assert "Tuesday Evening Circle is set up" in summary
    assert f"?start={group.invite_code}" in summary
    assert "/setprivacy" in summary
    assert "/facilitators" in summary
    assert "/addmeeting" in summary
    assert done.button_texts() == ["🚪 Set up the join gate"], "the gate is set up from here"
    [gate] = await harness.pressed(ADMIN_ID, done, GateSetting(Setting.SHOW, group_id).pack())
    assert "Tuesday Evening Circle" in _text(gate)
    assert "Join requests" in _text(gate)
    assert await _audit(harness) == [(ADMIN_ID, group_id, "Europe/Madrid, es, 60")]
    assert await _drafts(harness) == []
    harness.core._bot_status_change(group_id, "administrator", ADMIN_ID)
    await harness.deliver()
    assert (await _group(harness, group_id)).title == "Tuesday Evening Circle"


async def test_telegram_group_admin_sets_up_their_group(harness: HandlerHarness) -> None:
    """An administrator of the group (not of the bot) is offered setup and finishes it."""
    group_id, [intro], _ = await _add_bot(harness, GROUP_ADMIN)
    [name_q] = await harness.pressed(GROUP_ADMIN, intro, StartSetup(group_id).pack())
    [zone_q] = await harness.pressed(GROUP_ADMIN, name_q, KeepName(group_id).pack())
    [language_q] = await harness.pressed(GROUP_ADMIN, zone_q, PickZone(group_id, "UTC").pack())
    [reminder_q] = await harness.pressed(
        GROUP_ADMIN, language_q, PickLanguage(group_id, "en").pack()
    )
    [done] = await harness.pressed(GROUP_ADMIN, reminder_q, PickPost(group_id, 0).pack())
    assert "Ask an admin of the bot" in _text(done)
    assert done.button_texts() == [], "the gate is its facilitators' and the bot admins'"
    group = await _group(harness, group_id)
    assert (group.title, group.meeting_post_minutes) == ("Tuesday peers", 0)
    assert await _audit(harness) == [(GROUP_ADMIN, group_id, "UTC, en, 0")]
    [creator] = await harness.send(OTHER_ADMIN, "/setup")
    assert "1 of 4" in _text(creator), "the group's creator may set it up too"
    harness.core.set_member_status(group_id, GROUP_ADMIN, "member")
    [refused] = await harness.send(GROUP_ADMIN, "/setup")
    assert "no group you can set up" in _text(refused)


async def test_plain_member_who_adds_the_bot_is_not_offered_setup(
    harness: HandlerHarness,
) -> None:
    """A member who is no admin anywhere gets nothing in private; the greeting has no setup."""
    group_id, private, [greeting] = await _add_bot(harness, MEMBER)
    assert private == []
    assert len(_urls(greeting)) == 1
    assert await _drafts(harness) == []
    [refused] = await harness.send(
        MEMBER, f"/start setup-{(await _group(harness, group_id)).invite_code}"
    )
    assert "Only an admin of the bot" in _text(refused)


async def test_adder_who_never_opened_the_bot_gets_a_setup_link(harness: HandlerHarness) -> None:
    """The private offer fails; the greeting links to setup; /start setup-… starts it."""
    _people(harness)
    harness.core.block_bot(GROUP_ADMIN, notify=False)
    group_id, private, [greeting] = await _add_bot(harness, GROUP_ADMIN)
    assert private == []
    code = (await _group(harness, group_id)).invite_code
    join, setup = _urls(greeting)
    assert join.endswith(f"?start={code}")
    assert setup.endswith(f"?start=setup-{code}")
    assert "Gail, to finish setting up the group" in _text(greeting)
    harness.core.unblock_bot(GROUP_ADMIN, notify=False)
    [name_q] = await harness.send(GROUP_ADMIN, f"/start setup-{code}")
    assert "1 of 4" in _text(name_q)
    [zone_q] = await harness.send(GROUP_ADMIN, "Gail's group")
    assert "2 of 4" in _text(zone_q)
    [bad] = await harness.send(GROUP_ADMIN, "/start setup-nonsense")
    assert "setup link doesn't work" in _text(bad)
    [language] = await harness.send(MEMBER, f"/start {code}")
    assert language.button_texts() == LANGUAGE_BUTTONS, "join links still onboard"


async def test_restart_mid_setup_continues(tmp_path: Path) -> None:
    """The answers so far survive a restart; a typed answer and a button then finish it."""
    async with running_app(tmp_path) as first:
        group_id, [intro], _ = await _add_bot(first, ADMIN_ID)
        await first.pressed(ADMIN_ID, intro, StartSetup(group_id).pack())
        [zone_q] = await first.send(ADMIN_ID, "Morning Circle")
        assert "2 of 4" in _text(zone_q)
    async with running_app(tmp_path) as second:
        _people(second)
        second.core.add_group("Tuesday peers", chat_id=group_id)
        [language_q] = await second.send(ADMIN_ID, "Lisbon")
        assert "3 of 4" in _text(language_q)
        [reminder_q] = await second.pressed(
            ADMIN_ID, language_q, PickLanguage(group_id, "en").pack()
        )
        await second.pressed(ADMIN_ID, reminder_q, PickPost(group_id, 15).pack())
        group = await _group(second, group_id)
        assert (group.title, group.timezone, group.meeting_post_minutes) == (
            "Morning Circle",
            "Europe/Lisbon",
            15,
        )


async def test_forged_callbacks_for_another_group_are_refused(harness: HandlerHarness) -> None:
    """A group admin cannot set up a group they don't administer, nor mix up drafts."""
    mine, [intro], _ = await _add_bot(harness, GROUP_ADMIN, "Mine")
    harness.core.set_member_status(mine, GROUP_ADMIN, "administrator")
    other, _, _ = await _add_bot(harness, ADMIN_ID, "Other")
    harness.core.set_member_status(other, GROUP_ADMIN, "member")
    [refused] = await harness.pressed(GROUP_ADMIN, intro, StartSetup(other).pack())
    assert "Only an admin of the bot" in _text(refused)
    [name_q] = await harness.pressed(GROUP_ADMIN, intro, StartSetup(mine).pack())
    [refused] = await harness.pressed(GROUP_ADMIN, name_q, PickLanguage(other, "es").pack())
    assert "Only an admin of the bot" in _text(refused)
    [stale] = await harness.pressed(GROUP_ADMIN, name_q, PickLanguage(mine, "es").pack())
    assert "earlier setup" in _text(stale), "a button of another step is refused"
    [junk] = await harness.pressed(GROUP_ADMIN, name_q, "gs:keep:abc")
    assert "earlier setup" in _text(junk)
    assert (await _group(harness, other)).language == "en"
    assert await _audit(harness) == []
    harness.core.set_member_status(mine, GROUP_ADMIN, "member")
    [lost] = await harness.send(GROUP_ADMIN, "New name")
    assert "Only an admin of the bot" in _text(lost), "typed answers are re-checked too"
    assert (await _group(harness, mine)).title == "Mine"
    assert (GROUP_ADMIN, mine, "name") not in await _drafts(harness)


async def test_setup_command_offers_a_picker_and_later_and_forget(
    harness: HandlerHarness,
) -> None:
    """/setup with several groups shows a picker; Later drops the draft; /forget erases it."""
    first, _, _ = await _add_bot(harness, ADMIN_ID, "First")
    second, _, _ = await _add_bot(harness, ADMIN_ID, "Second")
    [picker] = await harness.send(ADMIN_ID, "/setup")
    assert picker.button_texts() == ["First", "Second"]
    [name_q] = await harness.pressed(ADMIN_ID, picker, StartSetup(second).pack())
    assert "Keep «Second»" in name_q.button_texts()
    [stopped] = await harness.pressed(ADMIN_ID, name_q, StopSetup(second).pack())
    assert "nothing was changed" in _text(stopped)
    assert await _drafts(harness) == []
    [nothing] = await harness.send(MEMBER, "/setup")
    assert "no group you can set up" in _text(nothing)
    await harness.pressed(ADMIN_ID, picker, StartSetup(first).pack())
    assert await _drafts(harness) == [(ADMIN_ID, first, "name")]
    await services_of(harness.app).privacy.erase(ADMIN_ID)
    assert await _drafts(harness) == []


async def test_status_gives_advice_per_group(harness: HandlerHarness) -> None:
    """Privacy mode on and no admin rights, no setup, no facilitators, no meetings: each said."""
    await _add_bot(harness, MEMBER, "Plain group")
    await _add_bot(harness, MEMBER, "Admin group", as_admin=True)
    [status] = await harness.send(ADMIN_ID, "/status")
    plain, admin = _text(status).split("Plain group")[1], _text(status).split("Plain group")[0]
    assert "I only see commands and replies" in plain
    assert "/setprivacy" in plain
    assert "remove me from the group and add me again" in plain
    assert "send /setup" in plain
    assert "No facilitators yet" in plain
    assert "/facilitators" in plain
    assert "No meetings yet" in plain
    assert "/addmeeting" in plain
    assert "Time zone: UTC" in plain
    assert "English" in plain
    assert "I'm an admin here" in admin
    assert "deleting, pinning or banning are not needed" in admin
    assert "No facilitators yet" in admin
    [refused] = await harness.send(MEMBER, "/status")
    assert "only for the people who run this bot" in _text(refused)


async def test_a_long_paste_at_the_time_zone_step_still_gets_an_answer(
    harness: HandlerHarness,
) -> None:
    """5,000 typed characters: the reason comes back with a short echo, within Telegram's limit."""
    group_id, [intro], _ = await _add_bot(harness, ADMIN_ID)
    await harness.pressed(ADMIN_ID, intro, StartSetup(group_id).pack())
    await harness.send(ADMIN_ID, "Morning Circle")
    [again] = await harness.send(ADMIN_ID, "x" * 5000)
    assert "x" * 79 + "…" in _text(again)
    assert len(again.text or "") < 4096


async def test_a_started_setup_and_another_question_replace_each_other(
    harness: HandlerHarness,
) -> None:
    """Setup is the one open question: /addmeeting puts it aside (said), /setup takes over."""
    group_id, [intro], _ = await _add_bot(harness, ADMIN_ID)
    await harness.pressed(ADMIN_ID, intro, StartSetup(group_id).pack())
    said = [_text(message) for message in await harness.send(ADMIN_ID, "/addmeeting")]
    assert any("put aside the group setup" in text for text in said), said
    assert await _drafts(harness) == []
    assert await services_of(harness.app).meeting_drafts.get(ADMIN_ID) is not None
    said = [_text(message) for message in await harness.send(ADMIN_ID, "/setup")]
    assert any("put aside what you were doing with a meeting" in text for text in said), said
    assert any("1 of 4" in text for text in said), said
    assert await services_of(harness.app).meeting_drafts.get(ADMIN_ID) is None
    [zone_q] = await harness.send(ADMIN_ID, "Morning Circle")
    assert "2 of 4" in _text(zone_q)
    assert await _drafts(harness) == [(ADMIN_ID, group_id, "timezone")]


async def test_an_offer_leaves_what_the_person_was_doing_alone(harness: HandlerHarness) -> None:
    """Added mid-meeting draft: the offer comes, the draft stays; Later is fine, Now takes over."""
    await _add_bot(harness, ADMIN_ID, "Monday peers")
    await harness.send(ADMIN_ID, "/addmeeting")
    meeting_drafts = services_of(harness.app).meeting_drafts
    assert await meeting_drafts.get(ADMIN_ID) is not None
    group_id, [intro], _ = await _add_bot(harness, ADMIN_ID)
    assert "Thanks for adding me to Tuesday peers" in _text(intro)
    assert await _drafts(harness) == []
    assert await meeting_drafts.get(ADMIN_ID) is not None
    [later] = await harness.pressed(ADMIN_ID, intro, SetupLater(group_id).pack())
    assert "whenever you're ready" in _text(later)
    assert await meeting_drafts.get(ADMIN_ID) is not None
    said = [_text(m) for m in await harness.pressed(ADMIN_ID, intro, StartSetup(group_id).pack())]
    assert any("put aside what you were doing with a meeting" in text for text in said), said
    assert any("1 of 4" in text for text in said), said
    assert await _drafts(harness) == [(ADMIN_ID, group_id, "name")]


async def test_an_offer_at_its_intro_is_put_aside_without_a_word(harness: HandlerHarness) -> None:
    """Only offered, the setup holds no answers: another question replaces it unnamed."""
    group_id, [intro], _ = await _add_bot(harness, ADMIN_ID)
    assert await _drafts(harness) == [(ADMIN_ID, group_id, "intro")]
    said = [_text(message) for message in await harness.send(ADMIN_ID, "/addmeeting")]
    assert not any("put aside" in text for text in said), said
    assert await _drafts(harness) == []
    [stale] = await harness.pressed(ADMIN_ID, intro, StopSetup(group_id).pack())
    assert "earlier setup" in _text(stale)


async def test_a_setup_follows_its_group_to_a_supergroup(harness: HandlerHarness) -> None:
    """The group becomes a supergroup mid-setup: the answers so far move to its new id."""
    group_id, [intro], _ = await _add_bot(harness, ADMIN_ID)
    await harness.pressed(ADMIN_ID, intro, StartSetup(group_id).pack())
    await harness.send(ADMIN_ID, "Morning Circle")
    new_id = harness.core.migrate_group(group_id, notify=False)
    assert await services_of(harness.app).groups.migrated(group_id, new_id)
    assert await _drafts(harness) == [(ADMIN_ID, new_id, "timezone")]
    [language_q] = await harness.send(ADMIN_ID, "Lisbon")
    assert "3 of 4" in _text(language_q)
    [reminder_q] = await harness.pressed(ADMIN_ID, language_q, PickLanguage(new_id, "en").pack())
    await harness.pressed(ADMIN_ID, reminder_q, PickPost(new_id, 15).pack())
    group = await _group(harness, new_id)
    assert (group.title, group.timezone, group.setup_done_at is not None) == (
        "Morning Circle",
        "Europe/Lisbon",
        True,
    )


async def test_a_setup_ends_with_its_group(harness: HandlerHarness) -> None:
    """The bot removed from the group mid-setup: the setup is gone, typed text is not a name."""
    group_id, [intro], _ = await _add_bot(harness, ADMIN_ID)
    [name_q] = await harness.pressed(ADMIN_ID, intro, StartSetup(group_id).pack())
    harness.core.remove_bot_from_group(group_id, OTHER_ADMIN)
    await harness.deliver()
    assert await services_of(harness.app).groups.get(group_id) is None
    [answer] = await harness.send(ADMIN_ID, "Morning Circle")
    assert "2 of 4" not in _text(answer)
    assert await _drafts(harness) == []
    [stale] = await harness.pressed(ADMIN_ID, name_q, KeepName(group_id).pack())
    assert "Nothing was changed" in _text(stale)
