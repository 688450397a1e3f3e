"""A person's updates stay in order: joining a group, then a crisis, alerts that group."""

from __future__ import annotations

from bot.devtools.emulator import Chat, Emulator
from tests.e2e.conftest import group_with_bot, invite_code, onboard, query_db
from tests.e2e.harness import BotProcess, Person
from tests.e2e.test_crisis import (
    CRISIS_TEXT,
    add_facilitator,
    admin_of,
    make_in,
    wait_for_alerts,
)


def newcomer_and_circle(fresh_bot: BotProcess, title: str) -> tuple[Chat, Person, Person, str]:
    """A group with the bot and a facilitator; a member who onboarded but has not joined yet.

    Returns the group, its facilitator, the member and the group's invite code.
    """
    emulator = fresh_bot.emulator
    make = make_in(emulator)
    admin = admin_of(emulator)
    group, welcome = group_with_bot(emulator, admin, title)
    facilitator = make("Fran")
    onboard(facilitator)
    add_facilitator(admin, group.id, facilitator)
    member = make("Robin")
    onboard(member)
    return group, facilitator, member, invite_code(welcome)


def join_then_crisis(emulator: Emulator, member: Person, code: str) -> tuple[int, int]:
    """Queue `/start <code>` and a crisis message together (no poll answers in between)."""
    with emulator._lock:  # the emulator answers getUpdates under this lock: one batch
        emulator.inject_message(member.id, f"/start {code}")
        emulator.inject_message(member.id, CRISIS_TEXT)
        join, crisis = emulator.injected_update_ids[-2:]
    return join, crisis


def flag_groups_of(fresh_bot: BotProcess, member: Person) -> list[object]:
    """The groups named on the member's flags."""
    rows = query_db(
        fresh_bot.database,
        "SELECT flag_groups.group_id FROM flag_groups JOIN flags ON flags.id = flag_groups.flag_id"
        " WHERE flags.member_id = ?",
        (member.id,),
    )
    return [row[0] for row in rows]


def test_join_and_crisis_in_one_batch_alert_the_group(fresh_bot: BotProcess) -> None:
    """`/start <invite>` then a crisis in one getUpdates batch: the group's facilitator is told."""
    fresh_bot.start()
    group, facilitator, member, code = newcomer_and_circle(fresh_bot, "One batch circle")
    mark = fresh_bot.emulator.mark()
    _, crisis = join_then_crisis(fresh_bot.emulator, member, code)
    [alert] = wait_for_alerts(fresh_bot.emulator, facilitator)
    assert "Robin" in (alert.plain_text or "")
    assert flag_groups_of(fresh_bot, member) == [group.id]
    polls = fresh_bot.emulator.get_calls("getUpdates")
    offsets = [int(c.params.get("offset", 0)) for c in polls if c.index >= mark.call_index]
    assert crisis not in offsets, "the join was not confirmed alone: both came in one batch"


def test_join_and_crisis_while_the_bot_was_down_alert_the_group(fresh_bot: BotProcess) -> None:
    """Both sent while the bot was stopped: after the start the group's facilitator is told."""
    fresh_bot.start()
    group, facilitator, member, code = newcomer_and_circle(fresh_bot, "Downtime circle")
    assert fresh_bot.stop() == 0
    join_then_crisis(fresh_bot.emulator, member, code)
    fresh_bot.start()
    [alert] = wait_for_alerts(fresh_bot.emulator, facilitator)
    assert "Robin" in (alert.plain_text or "")
    assert flag_groups_of(fresh_bot, member) == [group.id]
