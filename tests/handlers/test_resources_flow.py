"""Resources through real handlers: browsing, search, bad input, staff changes, /crisis country."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import services_of
from bot.devtools.clock import ManualClock
from bot.domain.buttons.member import CrisisCountry, ResourceCategory
from bot.domain.buttons.resource_editing import (
    EditResource,
    ManageResource,
    PickCategory,
    PickResourceGroup,
    RetireResource,
    SaveResource,
    SkipResourceStep,
)
from bot.domain.clock import iso
from bot.domain.models import Person
from bot.resources.models import Resource
from tests.handlers.conftest import ADMIN_ID, HandlerHarness, running_app

LONDONER = 630_000_001
MADRILENA = 630_000_002
FACILITATOR = 630_000_003
STRANGER = 630_000_004


async def _people(harness: HandlerHarness) -> int:
    """A member in London (en), one in Madrid (es), a facilitator of a London group."""
    core, services = harness.core, services_of(harness.app)
    for user_id, name, code in (
        (LONDONER, "Lee", "en"),
        (MADRILENA, "Marta", "es"),
        (FACILITATOR, "Fay", "en"),
        (STRANGER, "Stan", "en"),
        (ADMIN_ID, "Ada", "en"),
    ):
        core.add_user(name, user_id, language_code=code)
    await services.members.consent(Person(LONDONER, "Lee", None, "en"), "en", "Europe/London")
    await services.members.consent(Person(MADRILENA, "Marta", None, "es"), "es", "Europe/Madrid")
    await services.members.consent(Person(FACILITATOR, "Fay", None, "en"), "en", "Europe/London")
    group = core.add_group("Camden circle", bot_is_member=False)
    core.add_bot_to_group(group.id, ADMIN_ID)
    await harness.deliver()
    await services.groups.groups.db.write(
        "UPDATE groups SET timezone = 'Europe/London' WHERE chat_id = ?", (group.id,)
    )
    now = iso(datetime.now(UTC))
    await services.roles.roles.add_facilitator(group.id, FACILITATOR, ADMIN_ID, now)
    return group.id


async def test_browse_a_topic_shows_services_of_the_members_country(
    harness: HandlerHarness,
) -> None:
    """/resources shows topics; Housing for a Londoner lists Shelter, not a Spanish service."""
    await _people(harness)
    [topics] = await harness.send(LONDONER, "/resources")
    assert any("Housing" in label for label in topics.button_texts())
    mark = harness.core.mark()
    await harness.press(LONDONER, topics, ResourceCategory("housing").pack())
    [listing] = harness.new_messages(LONDONER, mark.message_seq)
    assert "Shelter" in (listing.plain_text or "")
    assert "Línea 024" not in (listing.plain_text or "")


async def test_a_category_with_nothing_in_it_gets_no_button(harness: HandlerHarness) -> None:
    """ "Other services" holds nothing until an import files something there: no empty button;
    once a service is filed there for the member's country, the button appears."""
    await _people(harness)
    [topics] = await harness.send(LONDONER, "/resources")
    labels = topics.button_texts()
    assert any("Housing" in label for label in labels)
    assert not any("Other services" in label for label in labels)
    services = services_of(harness.app)
    laundry = Resource(
        id="hsds-laundry",
        names={"en": "Bubbles laundry"},
        descriptions={"en": "Washing machines and a warm room."},
        categories=("other",),
        url="https://example.org/laundry",
        country="GB",
        source="import",
    )
    await services.resources.repo.upsert(laundry, None, iso(datetime.now(UTC)))
    [again] = await harness.send(LONDONER, "/resources")
    assert any("Other services" in label for label in again.button_texts())


async def test_search_tolerates_typos_and_speaks_spanish(harness: HandlerHarness) -> None:
    """A typo still finds housing help in London; a Spanish query finds 016 in Madrid."""
    await _people(harness)
    [found] = await harness.send(LONDONER, "/resources housng")
    assert "Shelter" in (found.plain_text or "")
    [encontrado] = await harness.send(MADRILENA, "/resources violencia machista")
    assert "016" in (encontrado.plain_text or "")
    assert "Lo que encontré" in (encontrado.plain_text or "")


@pytest.mark.parametrize(
    "query",
    ['"', "*", "NEAR(a b", "((((", "AND OR NOT", "x" * 4080, "🙂🙂🙂", "a b c d e f g h i j k"],
)
async def test_odd_queries_are_answered_calmly(harness: HandlerHarness, query: str) -> None:
    """FTS syntax, empty-ish and 4,096-character queries get a calm answer and never raise."""
    await _people(harness)
    [answer] = await harness.send(LONDONER, f"/resources {query}"[:4096])
    assert answer.button_texts(), "the topics are offered instead"
    assert "Sorry, something went wrong" not in (answer.plain_text or "")


async def test_plain_question_is_answered_with_resources(harness: HandlerHarness) -> None:
    """'Where can I find housing help?' in private gets resources, not the fallback."""
    await _people(harness)
    [answer] = await harness.send(LONDONER, "Where can I find housing help?")
    assert "Shelter" in (answer.plain_text or "")
    [chat] = await harness.send(LONDONER, "thanks, lovely day today")
    assert "Shelter" not in (chat.plain_text or "")


async def test_facilitator_adds_a_resource_that_members_then_find(harness: HandlerHarness) -> None:
    """A facilitator's new resource is searchable at once; its draft survived every step."""
    await _people(harness)
    [ask] = await harness.send(FACILITATOR, "/resources add")
    assert "What is the service called" in (ask.plain_text or "")
    [describe] = await harness.send(FACILITATOR, "Camden Peer Café")
    assert "In one or two sentences" in (describe.plain_text or ""), "asked, not previewed"
    assert describe.button_texts() == []
    [topic] = await harness.send(FACILITATOR, "A drop-in café run by peers, every Saturday.")
    mark = harness.core.mark()
    await harness.press(FACILITATOR, topic, PickCategory("peer_support").pack())
    [phone] = harness.new_messages(FACILITATOR, mark.message_seq)
    asked = await services_of(harness.app).questions.current(FACILITATOR)
    assert asked is not None
    assert (asked.kind, asked.step) == ("resource", "phone"), "the draft is the open question"
    [bad] = await harness.send(FACILITATOR, "call me maybe")
    assert "doesn't look like a phone number" in (bad.plain_text or "")
    [website] = await harness.send(FACILITATOR, "+44 20 7946 0000")
    [preview] = await harness.send(FACILITATOR, "camdenpeercafe.example.org")
    assert "https://camdenpeercafe.example.org" in (preview.plain_text or "")
    mark = harness.core.mark()
    await harness.press(FACILITATOR, preview, SaveResource().pack())
    [saved] = harness.new_messages(FACILITATOR, mark.message_seq)
    assert "Saved: Camden Peer Café" in (saved.plain_text or "")
    [found] = await harness.send(LONDONER, "/resources peer cafe")
    assert "Camden Peer Café" in (found.plain_text or "")
    audit = await services_of(harness.app).db.fetch_all("SELECT action FROM audit_log")
    assert [row[0] for row in audit] == ["resource.add"]
    assert await services_of(harness.app).questions.current(FACILITATOR) is None
    del phone, website


async def test_a_resource_draft_left_for_an_hour_takes_no_text(tmp_path: Path) -> None:
    """After an hour untouched, typed text is no answer to the draft and the draft is gone."""
    clock = ManualClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    async with running_app(tmp_path, clock=clock) as harness:
        await _people(harness)
        await harness.send(FACILITATOR, "/addresource")
        await harness.send(FACILITATOR, "Night Line")
        services = services_of(harness.app)
        draft = await services.resources.draft(FACILITATOR)
        assert draft is not None
        assert draft.step == "description"
        clock.now += timedelta(hours=1, minutes=1)
        answers = await harness.send(FACILITATOR, "Free support for people awake at night")
        assert not any("Which topic" in (answer.plain_text or "") for answer in answers)
        assert await services.resources.draft(FACILITATOR) is None
        assert await services.questions.current(FACILITATOR) is None, "the stale draft is gone"


async def test_facilitator_retires_and_edits_only_their_own(harness: HandlerHarness) -> None:
    """Editing renames a chat resource; retiring hides it; a member is refused both."""
    await _people(harness)
    services = services_of(harness.app)
    await harness.send(FACILITATOR, "/addresource")
    await harness.send(FACILITATOR, "Kentish Walk")
    topic = (await harness.send(FACILITATOR, "A weekly walk for people who feel low."))[0]
    await harness.press(FACILITATOR, topic, PickCategory("peer_support").pack())
    for data in (SkipResourceStep().pack(), SkipResourceStep().pack(), SaveResource().pack()):
        await harness.press(FACILITATOR, harness.core.bot_messages(FACILITATOR)[-1], data)
    [mine] = await harness.send(FACILITATOR, "/myresources")
    assert mine.reply_markup is not None
    rows = mine.reply_markup["inline_keyboard"]
    [shown] = [ManageResource.parse(button["callback_data"]) for row in rows for button in row]
    assert shown is not None
    resource_id = shown.resource_id
    await harness.press(STRANGER, mine, RetireResource(resource_id).pack())
    untouched = await services.resources.get(resource_id)
    assert untouched is not None
    assert untouched.status == "active", "a forged press by a member changes nothing"
    await harness.press(FACILITATOR, mine, EditResource(resource_id, "name").pack())
    [renamed] = await harness.send(FACILITATOR, "Kentish Town Walk")
    assert "Updated" in (renamed.plain_text or "")
    [found] = await harness.send(LONDONER, "/resources kentish walk")
    assert "Kentish Town Walk" in (found.plain_text or "")
    await harness.press(FACILITATOR, mine, RetireResource(resource_id).pack())
    [gone] = await harness.send(LONDONER, "/resources kentish walk")
    assert "Kentish" not in (gone.plain_text or "")
    stored = await services.resources.get(resource_id)
    assert stored is not None
    assert stored.status == "retired"


async def test_members_cannot_add_resources(harness: HandlerHarness) -> None:
    """A member asking to add a resource is refused, and a forged group button does nothing."""
    group_id = await _people(harness)
    [refused] = await harness.send(LONDONER, "/addresource")
    assert "for facilitators and admins" in (refused.plain_text or "")
    await harness.press(LONDONER, refused, PickResourceGroup(group_id).pack())
    assert await services_of(harness.app).resources.draft(LONDONER) is None


async def test_reload_reports_a_broken_file_and_changes_nothing(
    harness: HandlerHarness, tmp_path: Path
) -> None:
    """/reload names the file and problem of a broken resource file; the old data stays."""
    await _people(harness)
    services = services_of(harness.app)
    copy = tmp_path / "content"
    shutil.copytree(services.settings.content_dir, copy)
    (copy / "resources" / "zz.toml").write_text(
        '[[resource]]\nid = "zz"\nname_en = "Z"\ncategories = ["nope"]\n', encoding="utf-8"
    )
    services.resources.content_dir = copy
    [answer] = await harness.send(ADMIN_ID, "/reload")
    assert "zz.toml" in (answer.plain_text or "")
    assert "nothing changed" in (answer.plain_text or "")
    [found] = await harness.send(LONDONER, "/resources housing")
    assert "Shelter" in (found.plain_text or "")
    [member] = await harness.send(LONDONER, "/reload")
    assert "only for the people who run this bot" in (member.plain_text or "")


async def test_crisis_lines_for_another_country(harness: HandlerHarness) -> None:
    """/crisis shows the member's country; choosing Mexico shows and remembers Mexico's lines."""
    await _people(harness)
    [lines] = await harness.send(LONDONER, "/crisis")
    assert "116 123" in (lines.plain_text or "")
    mark = harness.core.mark()
    await harness.press(LONDONER, lines, CrisisCountry().pack())
    [countries] = harness.new_messages(LONDONER, mark.message_seq)
    assert "Mexico" in countries.button_texts()
    mark = harness.core.mark()
    await harness.press(LONDONER, countries, CrisisCountry("MX").pack())
    [mexico] = harness.new_messages(LONDONER, mark.message_seq)
    assert "800 911 2000" in (mexico.plain_text or "")
    [again] = await harness.send(LONDONER, "/crisis")
    assert "800 911 2000" in (again.plain_text or "")


async def test_crisis_works_in_a_group_too(harness: HandlerHarness) -> None:
    """/crisis in a group answers there with the lines (the person asked for them)."""
    group_id = await _people(harness)
    [lines] = await harness.send(STRANGER, "/crisis", chat_id=group_id)
    assert "People you can talk to now" in (lines.plain_text or "")


async def test_crisis_lines_of_every_country_are_in_the_directory(harness: HandlerHarness) -> None:
    """A member in Canada browsing Crisis lines finds 988 (from content/crisis_lines.toml)."""
    await _people(harness)
    services = services_of(harness.app)
    await services.members.consent(Person(STRANGER, "Stan", None, "en"), "en", "America/Toronto")
    [topics] = await harness.send(STRANGER, "/resources")
    mark = harness.core.mark()
    await harness.press(STRANGER, topics, ResourceCategory("crisis").pack())
    [listing] = harness.new_messages(STRANGER, mark.message_seq)
    assert "988" in (listing.plain_text or "")


async def test_a_draft_never_hides_an_imminent_crisis(harness: HandlerHarness) -> None:
    """While adding a resource, describing a service is not flagged; an imminent message is."""
    await _people(harness)
    services = services_of(harness.app)
    await harness.send(FACILITATOR, "/addresource")
    await harness.send(FACILITATOR, "Night Line")
    await harness.send(FACILITATOR, "Free support for people thinking about suicide")
    count = await services.db.fetch_one("SELECT COUNT(*) FROM flags")
    assert count is not None
    assert count[0] == 0
    [topic] = harness.core.bot_messages(FACILITATOR)[-1:]
    assert "Which topic" in (topic.plain_text or "")
    await harness.send(FACILITATOR, "I am going to kill myself tonight, I have the pills ready")
    count = await services.db.fetch_one("SELECT COUNT(*) FROM flags")
    assert count is not None
    assert count[0] == 1


async def test_long_names_keep_button_data_within_telegram_limits(
    harness: HandlerHarness,
) -> None:
    """A resource with a long name in a supergroup can still be edited (callback data ≤ 64)."""
    await _people(harness)
    services = services_of(harness.app)
    resource_id = await services.resources.new_id(-1_001_234_567_890, "A" * 80)
    assert len(EditResource(resource_id, "description").pack().encode()) <= 64
