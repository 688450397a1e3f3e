"""The shell's demo world: Demo group, Alex the admin, Fran the facilitator, Sam and Robin."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.devtools.emulator import EmulatorCore
from bot.domain.models import Person
from bot.meetings.models import Frequency, Meeting, Recurrence
from bot.services.container import Services

TOKEN = "1000000001:PeerbotShellFakeToken_not_a_real_one"
BOT_USERNAME = "peerbot_shell_bot"
GROUP_ID = -1_004_000_000_001
GROUP_TITLE = "Demo group"
TIMEZONE = "Europe/London"


@dataclass(frozen=True)
class Persona:
    """Someone the person at the terminal can speak as."""

    key: str
    name: str
    user_id: int
    role: str


ALEX = Persona("admin", "Alex", 4_000_000_101, "admin")
FRAN = Persona("facilitator", "Fran", 4_000_000_102, "facilitator")
SAM = Persona("member", "Sam", 4_000_000_103, "member")
ROBIN = Persona("member 2", "Robin", 4_000_000_104, "member")
PERSONAS = (ALEX, FRAN, SAM, ROBIN)


def find_persona(words: str) -> Persona | None:
    """The persona named by `/as` words: admin, facilitator, member, member 2, or a name."""
    wanted = " ".join(words.lower().split())
    aliases = {"member 1": SAM, "member1": SAM, "member2": ROBIN}
    for persona in PERSONAS:
        if wanted in (persona.key, persona.name.lower()):
            return persona
    return aliases.get(wanted)


def persona_of(user_id: int) -> Persona | None:
    """The persona with this Telegram user id."""
    return next((persona for persona in PERSONAS if persona.user_id == user_id), None)


def chat_rank(chat_id: int, speaking_in: int) -> int:
    """Where a chat's messages go in a scripted run: the speaker's chat, Demo group, people."""
    if chat_id == speaking_in:
        return 0
    if chat_id == GROUP_ID:
        return 1
    ids = [persona.user_id for persona in PERSONAS]
    return 2 + ids.index(chat_id) if chat_id in ids else 2 + len(ids)


def populate(core: EmulatorCore, bot_in_group: bool) -> None:
    """Create the people and the group in the emulator (the bot added later on a fresh world)."""
    for persona in PERSONAS:
        core.add_user(persona.name, persona.user_id, language_code="en")
    members = {persona.user_id: "member" for persona in PERSONAS}
    members[ALEX.user_id] = "creator"
    # The bot is an admin of Demo group (it sees every message), as the README advises; a
    # supergroup, as most groups with admins are, so muting works as it does on Telegram.
    core.add_group(
        GROUP_TITLE,
        GROUP_ID,
        supergroup=True,
        bot_is_admin=True,
        bot_is_member=bot_in_group,
        members=members,
    )


async def is_seeded(services: Services) -> bool:
    """Whether this database already holds the demo world."""
    return await services.groups.get(GROUP_ID) is not None


def add_bot(core: EmulatorCore) -> None:
    """Alex adds the bot to Demo group as an admin (the bot registers it and says hello)."""
    core.add_bot_to_group(GROUP_ID, ALEX.user_id, as_admin=True)


async def seed(services: Services) -> None:
    """Onboard Alex and Fran, make Fran facilitate Demo group, add its weekly meeting."""
    group = await services.groups.get(GROUP_ID)
    assert group is not None, "the bot registers Demo group when Alex adds it"
    for persona in (ALEX, FRAN):
        person = Person(persona.user_id, persona.name, None, "en")
        await services.members.consent(person, "en", TIMEZONE)
        await services.members.join_by_code(persona.user_id, group.invite_code)
    await services.facilitator_admin.add(GROUP_ID, FRAN.user_id, by=ALEX.user_id)
    await services.meetings.add(demo_meeting(services.clock()), by=FRAN.user_id)


def demo_meeting(now: datetime) -> Meeting:
    """A weekly evening meeting of Demo group, on tomorrow's weekday."""
    zone = ZoneInfo(TIMEZONE)
    tomorrow = (now.astimezone(zone) + timedelta(days=1)).date()
    return Meeting(
        id=0,
        group_id=GROUP_ID,
        slug="demo-group-weekly",
        name="Demo group weekly meeting",
        recurrence=Recurrence(
            Frequency.WEEKLY,
            start_date=tomorrow - timedelta(days=7),
            weekday=(tomorrow.weekday() + 1) % 7,
        ),
        start_time=time(19, 0),
        duration_minutes=90,
        timezone=TIMEZONE,
        location="Community room, 1 High Street",
        conference_url="https://meet.example.org/demo-group",
        notes="Everyone is welcome. Come as you are.",
    )
