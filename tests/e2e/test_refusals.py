"""A member tries every facilitator and admin command and forges every staff button: refused,
and nothing in the database changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from bot.devtools.emulator import Emulator, StoredMessage
from bot.domain.models import Role
from bot.features import FEATURES
from bot.menus import Menu
from tests.e2e.conftest import db_snapshot, onboard, query_db
from tests.e2e.harness import BotProcess, Person
from tests.e2e.test_crisis import CRISIS_TEXT, circle, wait_for_alerts
from tests.e2e.test_meetings_member import add_meeting, minute_ahead, one_off

# What a refusal says, whichever feature gives it (staff-only, admin-only, feature wording).
REFUSALS = (
    "for facilitators and admins",
    "only for the people who run this bot",
    "only facilitators",
    "Only facilitators",
    "only admins",
    "no group you can set up",
    "not a facilitator",
)


def forge_press(emulator: Emulator, who: Person, message: StoredMessage, data: str) -> None:
    """Send a callback query with hand-written data on a bot message; wait until it is answered."""
    query_id = f"forged-{who.id}-{data}"
    query = {
        "id": query_id,
        "from": emulator.users[who.id].to_api(),
        "message": message.api,
        "chat_instance": f"ci{message.chat_id}",
        "data": data,
    }
    emulator.callback_queries[query_id] = query
    emulator.inject_update({"callback_query": query})
    emulator.wait_until(lambda _core: emulator.callback_answer(query_id) is not None)


def staff_buttons(group_id: int, meeting_id: int, flag_id: int, staff_id: int) -> list[str]:
    """Hand-written data for every kind of facilitator and admin button, aimed at real things."""
    return [
        *(f"flag:{action}:{flag_id}" for action in ("ack", "res", "fa")),
        *(f"oc:{action}:{group_id}" for action in ("take", "who")),
        f"oc:give:{group_id}:{staff_id}",
        f"oc:who:{group_id}:{staff_id}",
        *(f"oc:rot:{group_id}:{period}" for period in ("daily", "weekly", "-")),
        *(f"mte:pick:{mode}:{meeting_id}" for mode in ("edit", "cancel", "move", "end")),
        f"mte:grp:{group_id}",
        f"mte:gp:{group_id}",
        f"mte:gps:{group_id}:0",
        *("mte:save", "mte:confirm", "mte:fld:name"),
        f"rese:grp:{group_id}",
        *("rese:save", "rese:cancel", "rese:skip"),
        f"fac:add:{group_id}:{staff_id}",
        f"fac:rm:{group_id}:{staff_id}",
        f"fac:ask:{group_id}:{staff_id}",
        f"ann:grp:{group_id}",
        *("ann:send", "ann:edit", "ann:drop", "ann:stop:1"),
        f"st:{group_id}:30",
        f"st:{group_id}:90",
        *(f"gs:{action}:{group_id}" for action in ("go", "later", "keep", "tztype", "stop")),
        f"gs:tz:{group_id}:Europe/Madrid",
        f"gs:lang:{group_id}:es",
        f"gs:post:{group_id}:0",
        "au:o:999999",
        f"cr:take:{flag_id}",
        *(f"rl:{action}:{group_id}" for action in ("e", "x")),
        *(f"mh:{action}:1" for action in ("r", "d")),
        *(f"md:{action}:1" for action in ("u", "l")),
        *(f"mc:{action}:{group_id}:1:{staff_id}" for action in ("w", "m", "h")),
        f"rll:{group_id}:es",
        *(f"jgs:set:{setting}:{group_id}" for setting in ("on", "off", "w", "d")),
        f"jgs:ro:{group_id}:15",
        f"jgs:inv:{group_id}",
        f"jgs:end:{group_id}",
        f"shban:{staff_id}:{group_id}",
        f"shwin:{group_id}:0",
        *("brk:d:3", "brk:u", "brk:b:1"),
        f"care:rm:{staff_id}",
        f"care:add:{staff_id}",
        *("care:c:1", "care:d:1:sup", "care:d:1:peer", "care:h:1:low"),
        *(f"imp:p:{span}:{compare}" for span in ("month", "year") for compare in (0, 1)),
    ]


def test_member_is_refused_on_every_staff_command_and_button(
    bot: BotProcess, emulator: Emulator, admin: Person, person: Callable[..., Person]
) -> None:
    """Every facilitator and admin command and forged button: a refusal, and no change at all."""
    onboard(admin)
    group, fran, mo = circle(bot, admin, person, "Refusal circle")
    meeting = add_meeting(
        bot, one_off(group.id, "Refusal meeting", minute_ahead(timedelta(days=2)), "UTC")
    )
    kit = person("Kit")
    onboard(kit)
    [welcome_code] = query_db(
        bot.database, "SELECT invite_code FROM groups WHERE chat_id = ?", (group.id,)
    )
    kit.ask(f"/start {welcome_code[0]}")
    kit.send(CRISIS_TEXT)
    wait_for_alerts(emulator, fran)
    [(flag_id,)] = query_db(
        bot.database, "SELECT MAX(id) FROM flags WHERE member_id = ?", (kit.id,)
    )
    anything = mo.ask("/help")
    before = db_snapshot(bot.database)

    menu = Menu.of(FEATURES)
    staff_only = set(menu.commands_for(Role.ADMIN)) - set(menu.commands_for(Role.MEMBER))
    for command in sorted(staff_only):
        answer = mo.ask(f"/{command}")
        text = answer.plain_text or ""
        assert any(refusal in text for refusal in REFUSALS), (command, text)
        assert "Refusal circle" not in text, (command, text)
        assert not answer.reply_markup, (command, answer.reply_markup)

    for data in staff_buttons(group.id, meeting.id, int(str(flag_id)), fran.id):
        mark = emulator.mark()
        forge_press(emulator, mo, anything, data)
        emulator.wait_for_updates_consumed()
        for message in emulator.bot_messages(mo.id):
            if message.seq > mark.message_seq:
                shown = message.plain_text or ""
                assert "Refusal circle" not in shown, (data, shown)
                assert not message.reply_markup, (data, message.reply_markup)

    assert db_snapshot(bot.database) == before
    assert query_db(bot.database, "SELECT state FROM flags WHERE id = ?", (flag_id,)) == [("open",)]
