"""The wellbeing check through real handlers: its own consent, the official items, the
member's own data (/mydata, /forget, Stop), follow-ups, and the cohort's guarded change."""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta

import pytest

from bot.app import services_of
from bot.devtools.clock import ManualClock
from bot.devtools.emulator import StoredMessage
from bot.domain.buttons.member import Forget
from bot.domain.clock import iso
from bot.domain.models import Person
from bot.services.container import Services
from bot.stats.models import Hidden
from bot.wellbeing import service as service_module
from bot.wellbeing.model import (
    Choice,
    WellbeingChoice,
    WellbeingItem,
    WellbeingSkip,
    load_scales,
)
from bot.wellbeing.service import wellbeing_service
from tests.handlers.conftest import ADMIN_ID, HandlerHarness

MEMBER = 660_000_001  # English, London
MIEMBRO = 660_000_002  # Spanish
MITGLIED = 660_000_003  # German
FACILITATOR = 660_000_004  # English, staff: never offered the check
MEMBRE = 660_000_005  # French
MEMBRO = 660_000_006  # Portuguese
START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    """The fixed clock of the test, at START."""
    return ManualClock(START)


def services(harness: HandlerHarness) -> Services:
    """The application's services."""
    return services_of(harness.app)


async def people(harness: HandlerHarness, *extra: int) -> int:
    """Five members who joined Camden circle two hours ago (English, Spanish, German, French,
    Portuguese), more in English, and its English facilitator; return the group's chat id."""
    core, service = harness.core, services(harness)
    clock = service.clock
    assert isinstance(clock, ManualClock)
    clock.now = START - timedelta(hours=2)
    core.add_user("Ada", ADMIN_ID, language_code="en")
    group = core.add_group("Camden circle", bot_is_member=False)
    core.add_bot_to_group(group.id, ADMIN_ID)
    await harness.deliver()
    stored_group = await service.groups.get(group.id)
    assert stored_group is not None
    found = [
        *((MEMBER, "en"), (MIEMBRO, "es"), (MITGLIED, "de"), (FACILITATOR, "en")),
        *((MEMBRE, "fr"), (MEMBRO, "pt")),
        *((n, "en") for n in extra),
    ]
    for user_id, language in found:
        core.add_user(f"P{user_id % 100}", user_id, language_code=language)
        person = Person(user_id, f"P{user_id % 100}", None, language)
        await service.members.consent(person, language, "Europe/London")
        await service.members.join_by_code(user_id, stored_group.invite_code)
    await service.roles.roles.add_facilitator(group.id, FACILITATOR, ADMIN_ID, iso(START))
    clock.now = START
    return group.id


async def run_job(harness: HandlerHarness) -> int:
    """Run the check's job and send what it queued; return how many it queued."""
    queued = await wellbeing_service(services(harness)).run_due()
    await harness.flush_outbox()
    return queued


def last(harness: HandlerHarness, user_id: int) -> StoredMessage:
    """The last bot message to the person, as it stands now (after edits)."""
    message = harness.core.bot_messages(user_id)[-1]
    return harness.core.message(user_id, message.message_id)


async def answer_all(harness: HandlerHarness, user_id: int, wave: int, values: list[int]) -> None:
    """Press the four answers of a wave on the message that shows them."""
    given: list[int | None] = [None, None, None]
    for index, value in enumerate(values):
        message = last(harness, user_id)
        data = WellbeingItem(wave, given[0], given[1], given[2], value).pack()
        await harness.press(user_id, message, data)
        if index < 3:
            given[index] = value


async def stored(harness: HandlerHarness, user_id: int) -> list[tuple[object, ...]]:
    """The person's stored answers."""
    rows = await services(harness).db.fetch_all(
        "SELECT wave, interest, down, nervous, worrying FROM wellbeing_answers WHERE user_id = ?",
        (user_id,),
    )
    return [tuple(row) for row in rows]


async def test_offered_once_in_the_members_language(
    harness: HandlerHarness, clock: ManualClock
) -> None:
    """New members are offered the check once, an hour after joining, in their language;
    facilitators never."""
    await people(harness)
    clock.now = START - timedelta(hours=1, minutes=1)
    assert await run_job(harness) == 0, "not in their first hour"
    clock.now = START
    assert await run_job(harness) == 5
    assert await run_job(harness) == 0
    assert "A short wellbeing check" in (last(harness, MEMBER).text or "")
    assert "Ein kurzer Check" in (last(harness, MITGLIED).text or "")
    assert "Un breve chequeo de bienestar" in (last(harness, MIEMBRO).text or "")
    assert "Un court point bien-être" in (last(harness, MEMBRE).text or "")
    assert "Um breve check-in de bem-estar" in (last(harness, MEMBRO).text or "")
    assert harness.core.bot_messages(FACILITATOR) == []


@pytest.mark.parametrize(
    ("user_id", "stem", "first_item", "counter"),
    [
        (
            MIEMBRO,
            "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a",
            "Poco interés o placer en hacer cosas",
            "Pregunta 1 de 4",
        ),
        (
            MEMBRE,
            "Au cours des 2 dernières semaines, selon quelle fréquence avez-vous été gêné(e)",
            "Peu d'intérêt ou de plaisir à faire les choses",
            "Question 1 sur 4",
        ),
        (
            MEMBRO,
            "Durante as últimas 2 semanas, com que freqüência você foi incomodado/a",
            "Pouco interesse ou pouco prazer em fazer as coisas",
            "Pergunta 1 de 4",
        ),
    ],
)
async def test_spanish_french_and_portuguese_get_the_published_wording(
    harness: HandlerHarness, user_id: int, stem: str, first_item: str, counter: str
) -> None:
    """A Spanish, French or Portuguese member who says yes is asked the published items of
    their language, and the answers are kept like anyone's."""
    await people(harness)
    await run_job(harness)
    await harness.press(user_id, last(harness, user_id), WellbeingChoice(Choice.YES).pack())
    first = html.unescape(last(harness, user_id).text or "")  # as Telegram shows it
    assert stem in first
    assert first_item in first
    assert counter in first
    assert "Little interest" not in first
    await answer_all(harness, user_id, 0, [3, 2, 1, 0])
    assert await stored(harness, user_id) == [(0, 3, 2, 1, 0)]


async def test_a_language_without_a_table_is_not_offered(
    harness: HandlerHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were a language's table missing, its members would not be offered the check, and
    /wellbeing would say why, in their language."""
    every = load_scales(services(harness).settings.content_dir)
    without_pt = {language: scale for language, scale in every.items() if language != "pt"}
    monkeypatch.setattr(service_module, "scales_in", lambda _folder: without_pt)
    await people(harness)
    assert await run_job(harness) == 4
    assert harness.core.bot_messages(MEMBRO) == []
    assert "ainda não há uma versão testada" in await harness.ask(MEMBRO, "/wellbeing")


async def test_needs_its_own_consent_then_the_official_items(harness: HandlerHarness) -> None:
    """Without the check's consent nothing is kept; with it, the four official items in order."""
    await people(harness)
    await run_job(harness)
    offer = last(harness, MEMBER)
    # The bot's privacy consent is not enough: a forged answer before "Yes" keeps nothing.
    await harness.press(MEMBER, offer, WellbeingItem(0, 1, 1, 1, 1).pack())
    assert await stored(harness, MEMBER) == []
    await harness.press(MEMBER, offer, WellbeingChoice(Choice.YES).pack())
    first = last(harness, MEMBER)
    assert "Over the last 2 weeks" in (first.text or "")
    assert "Little interest or pleasure in doing things" in (first.text or "")
    assert "Question 1 of 4" in (first.text or "")
    await answer_all(harness, MEMBER, 0, [0, 1, 2, 3])
    assert "Thank you" in (last(harness, MEMBER).text or "")
    assert await stored(harness, MEMBER) == [(0, 0, 1, 2, 3)]
    exported = await services(harness).privacy.export(MEMBER)
    section = exported["wellbeing_check"]
    assert section["consent"] == "yes"
    assert section["answers"][0]["answers_0_to_3"] == [0, 1, 2, 3]


async def test_declining_keeps_nothing_and_is_not_asked_again(harness: HandlerHarness) -> None:
    """ "No, thanks": nothing kept, and the job never offers again."""
    await people(harness)
    await run_job(harness)
    await harness.press(MEMBER, last(harness, MEMBER), WellbeingChoice(Choice.NO).pack())
    assert "won't ask again" in (last(harness, MEMBER).text or "")
    assert await run_job(harness) == 0
    assert await stored(harness, MEMBER) == []


async def test_stop_and_forget_erase_the_answers(harness: HandlerHarness) -> None:
    """Stop in /wellbeing deletes the answers; /forget erases consent and answers."""
    await people(harness)
    await run_job(harness)
    for user_id in (MEMBER, MITGLIED):
        await harness.press(user_id, last(harness, user_id), WellbeingChoice(Choice.YES).pack())
        await answer_all(harness, user_id, 0, [2, 2, 2, 2])
    [card] = await harness.send(MEMBER, "/wellbeing")
    assert "answered once" in (card.text or "")
    await harness.press(MEMBER, card, WellbeingChoice(Choice.STOP).pack())
    assert await stored(harness, MEMBER) == []
    [confirm] = await harness.send(MITGLIED, "/forget")
    await harness.press(MITGLIED, confirm, Forget(True).pack())
    db = services(harness).db
    assert await stored(harness, MITGLIED) == []
    rows = await db.fetch_all("SELECT 1 FROM wellbeing_consents WHERE user_id = ?", (MITGLIED,))
    assert rows == []


async def test_follow_up_after_8_weeks_once(harness: HandlerHarness, clock: ManualClock) -> None:
    """The 8-week questions come after 8 weeks, once; "Not now" keeps nothing."""
    await people(harness)
    await run_job(harness)
    await harness.press(MEMBER, last(harness, MEMBER), WellbeingChoice(Choice.YES).pack())
    await answer_all(harness, MEMBER, 0, [1, 1, 1, 1])
    clock.now = START + timedelta(weeks=8) - timedelta(hours=1)
    assert await run_job(harness) == 0
    clock.now = START + timedelta(weeks=8, minutes=1)
    assert await run_job(harness) == 1
    assert await run_job(harness) == 0
    assert "Question 1 of 4" in (last(harness, MEMBER).text or "")
    await answer_all(harness, MEMBER, 8, [0, 0, 1, 0])
    assert await stored(harness, MEMBER) == [(0, 1, 1, 1, 1), (8, 0, 0, 1, 0)]
    clock.now = START + timedelta(weeks=12, minutes=1)
    assert await run_job(harness) == 1
    await harness.press(MEMBER, last(harness, MEMBER), WellbeingSkip(12).pack())
    assert "Nothing was kept" in (last(harness, MEMBER).text or "")
    assert len(await stored(harness, MEMBER)) == 2


async def test_cohort_change_only_for_five_or_more(harness: HandlerHarness) -> None:
    """The group's change from the first answers shows for 5 members, hidden for 4."""
    extra = tuple(range(660_000_010, 660_000_015))
    group_id = await people(harness, *extra)
    await run_job(harness)
    wellbeing = wellbeing_service(services(harness))
    for count, user_id in enumerate(extra, start=1):
        await harness.press(user_id, last(harness, user_id), WellbeingChoice(Choice.YES).pack())
        await answer_all(harness, user_id, 0, [3, 3, 3, 3])
        async with services(harness).db.transaction() as tx:
            await wellbeing.repo.set_asked_wave(tx, user_id, 8)
        await answer_all(harness, user_id, 8, [2, 2, 2, 2])
        change = await wellbeing.cohort_change(group_id, 8)
        assert change == (Hidden.FEWER_THAN_5 if count < 5 else -4.0), count


async def test_privacy_says_where_to_stop_the_check(harness: HandlerHarness) -> None:
    """/privacy names the check's own consent and where to withdraw it, in every language."""
    await people(harness)
    assert "/wellbeing" in await harness.ask(MEMBER, "/privacy")
    assert "/wellbeing" in await harness.ask(MIEMBRO, "/privacy")


async def test_privacy_has_a_stop_button_for_a_participant(harness: HandlerHarness) -> None:
    """/privacy offers to withdraw the check's consent only to someone taking part; it works."""
    await people(harness)
    await run_job(harness)
    await harness.press(MEMBER, last(harness, MEMBER), WellbeingChoice(Choice.YES).pack())
    await answer_all(harness, MEMBER, 0, [1, 1, 1, 1])
    [privacy] = await harness.send(MEMBER, "/privacy")
    [other] = await harness.send(MITGLIED, "/privacy")
    assert not (other.reply_markup or {}).get("inline_keyboard")
    [[button]] = (privacy.reply_markup or {})["inline_keyboard"]
    assert button["text"] == "Stop and delete my answers"
    [done] = await harness.pressed(MEMBER, privacy, button["callback_data"])
    assert "answers are deleted" in (done.text or "")
    assert await stored(harness, MEMBER) == []
    assert "Your privacy" in (harness.core.message(MEMBER, privacy.message_id).text or "")


async def test_first_questions_wait_for_wellbeing_after_not_now(harness: HandlerHarness) -> None:
    """Yes, then "Not now": /wellbeing brings the first questions back, and they are kept."""
    await people(harness)
    await run_job(harness)
    await harness.press(MEMBER, last(harness, MEMBER), WellbeingChoice(Choice.YES).pack())
    await harness.press(MEMBER, last(harness, MEMBER), WellbeingSkip(0).pack())
    assert await stored(harness, MEMBER) == []
    [first] = await harness.send(MEMBER, "/wellbeing")
    assert "Question 1 of 4" in (first.text or "")
    await answer_all(harness, MEMBER, 0, [0, 0, 0, 1])
    assert await stored(harness, MEMBER) == [(0, 0, 0, 0, 1)]
