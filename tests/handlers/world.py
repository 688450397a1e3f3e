"""A world for handler tests built only through what people do: commands, links and buttons.

No repository calls and no SQL: a group gets the bot as an admin adds it, people /start and
join by the group's invite link, and the admin names the facilitator with /facilitators add.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain.buttons.member import Agree, StartLanguage
from tests.handlers.conftest import ADMIN_ID, HandlerHarness

_START_LINK = re.compile(r"[?&]start=([\w-]+)")


@dataclass(frozen=True)
class World:
    """One group with its facilitator and a member, both onboarded in English."""

    group_id: int
    title: str
    facilitator: int
    member: int


async def onboard(harness: HandlerHarness, user_id: int, name: str, zone: str = "Madrid") -> None:
    """The person opens the bot: /start, English, yes to the agreement, their city."""
    if user_id not in harness.core.users:
        harness.core.add_user(name, user_id)
    [greeting] = await harness.send(user_id, "/start")
    await harness.press(user_id, greeting, StartLanguage("en").pack())
    await harness.press(user_id, greeting, Agree("en").pack())
    done = await harness.ask(user_id, zone)
    assert "all set" in done, done


async def group_with_bot(
    harness: HandlerHarness, title: str, *, supergroup: bool = False
) -> tuple[int, str]:
    """The admin adds the bot to a new group; return its chat id and its invite code."""
    if ADMIN_ID not in harness.core.users:
        harness.core.add_user("Ada", ADMIN_ID)
    group = harness.core.add_group(title, bot_is_member=False, supergroup=supergroup)
    harness.core.add_bot_to_group(group.id, ADMIN_ID)
    await harness.deliver()
    for message in harness.core.bot_messages(group.id):
        for row in (message.reply_markup or {}).get("inline_keyboard", []):
            for button in row:
                found = _START_LINK.search(str(button.get("url", "")))
                if found:
                    return group.id, found.group(1)
    raise AssertionError(f"no invite link in {title}'s greeting")


async def make_facilitator(harness: HandlerHarness, group_id: int, user_id: int) -> None:
    """The admin sends /facilitators add GROUP USER, as the facilitators' guide says."""
    answer = await harness.ask(ADMIN_ID, f"/facilitators add {group_id} {user_id}")
    assert "is now a facilitator" in answer, answer


async def build(
    harness: HandlerHarness, title: str, facilitator: int, member: int, *, supergroup: bool = False
) -> World:
    """A group with the bot, an onboarded facilitator and a member who joined by link."""
    group_id, code = await group_with_bot(harness, title, supergroup=supergroup)
    await onboard(harness, facilitator, "Fran")
    await make_facilitator(harness, group_id, facilitator)
    await onboard(harness, member, "Robin")
    joined = await harness.ask(member, f"/start {code}")
    assert title in joined, joined
    return World(group_id, title, facilitator, member)
