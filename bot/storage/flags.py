"""Crisis flags and the copies of their alerts (SQL only; the flag service decides)."""

from __future__ import annotations

import json
import sqlite3

from bot.domain.flags import STANDS_ALONE, Flag, FlagEvent, FlagState, Sighting
from bot.storage.db import Database, Transaction

_FLAG_COLUMNS = (
    "id, member_id, member_name, member_username, chat_id, chat_title, group_id, tier, category,"
    " rules, excerpt, highlights, note, messages, state, step, next_escalation_at, version,"
    " raised_at, last_seen_at, acknowledged_at, acknowledged_by, closed_at, closed_by,"
    " unreached_at, member_told_at, nudged_at"
)


def _flag(row: sqlite3.Row) -> Flag:
    """Build a Flag from a row selected with _FLAG_COLUMNS."""
    values = dict(row)
    values["rules"] = tuple(json.loads(values["rules"]))
    values["highlights"] = tuple(tuple(pair) for pair in json.loads(values["highlights"] or "[]"))
    values["state"] = FlagState(values["state"])
    return Flag(**values)


async def get_flag(tx: Transaction, flag_id: int) -> Flag | None:
    """Return a flag inside a transaction."""
    rows = list(
        await tx.execute_fetchall(f"SELECT {_FLAG_COLUMNS} FROM flags WHERE id = ?", (flag_id,))
    )
    return _flag(rows[0]) if rows else None


async def open_flag_of(tx: Transaction, member_id: int, since: str) -> Flag | None:
    """Return the member's latest flag still open or taken, seen again since `since` (one
    that stands alone, a hostile reply of theirs, is never theirs to join)."""
    apart = ", ".join("?" for _ in STANDS_ALONE)
    rows = list(
        await tx.execute_fetchall(
            f"SELECT {_FLAG_COLUMNS} FROM flags WHERE member_id = ? AND closed_at IS NULL"
            f" AND last_seen_at >= ? AND category NOT IN ({apart}) ORDER BY id DESC LIMIT 1",
            (member_id, since, *sorted(STANDS_ALONE)),
        )
    )
    return _flag(rows[0]) if rows else None


async def insert_flag(
    tx: Transaction, sighting: Sighting, next_escalation_at: str, now: str
) -> int:
    """Store a new flag and return its id."""
    cursor = await tx.execute(
        "INSERT INTO flags (member_id, member_name, member_username, chat_id, chat_title,"
        " group_id, tier, category, rules, excerpt, highlights, next_escalation_at, raised_at,"
        " last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            sighting.member_id,
            sighting.member_name,
            sighting.member_username,
            sighting.chat_id,
            sighting.chat_title,
            sighting.group_id,
            sighting.tier,
            sighting.category,
            json.dumps(list(sighting.rules)),
            sighting.excerpt,
            json.dumps([list(pair) for pair in sighting.highlights]),
            next_escalation_at,
            now,
            now,
        ),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


async def add_flag_groups(tx: Transaction, flag_id: int, group_ids: list[int]) -> None:
    """Record which groups' facilitators may see and act on the flag."""
    await tx.executemany(
        "INSERT OR IGNORE INTO flag_groups (flag_id, group_id) VALUES (?, ?)",
        [(flag_id, group_id) for group_id in group_ids],
    )


async def flag_group_ids(tx: Transaction, flag_id: int) -> list[int]:
    """Return the groups a flag belongs to."""
    rows = await tx.execute_fetchall(
        "SELECT group_id FROM flag_groups WHERE flag_id = ? ORDER BY group_id", (flag_id,)
    )
    return [int(row[0]) for row in rows]


async def record_repeat(
    tx: Transaction, flag_id: int, sighting: Sighting, raised: bool, now: str
) -> None:
    """Count another flagged message on an open flag; a higher tier replaces what it shows."""
    if raised:
        await tx.execute(
            "UPDATE flags SET messages = messages + 1, last_seen_at = ?, version = version + 1,"
            " tier = ?, category = ?, rules = ?, excerpt = ?, highlights = ? WHERE id = ?",
            (
                now,
                sighting.tier,
                sighting.category,
                json.dumps(list(sighting.rules)),
                sighting.excerpt,
                json.dumps([list(pair) for pair in sighting.highlights]),
                flag_id,
            ),
        )
    else:
        await tx.execute(
            "UPDATE flags SET messages = messages + 1, last_seen_at = ?, version = version + 1"
            " WHERE id = ?",
            (now, flag_id),
        )


async def set_place(tx: Transaction, flag_id: int, sighting: Sighting) -> None:
    """Show where the member's latest flagged message was sent."""
    await tx.execute(
        "UPDATE flags SET chat_id = ?, chat_title = ?, group_id = ? WHERE id = ?",
        (sighting.chat_id, sighting.chat_title, sighting.group_id, flag_id),
    )


async def set_escalation(tx: Transaction, flag_id: int, step: int, next_at: str | None) -> None:
    """Record the escalation step reached and when the next one is due (None: no more)."""
    await tx.execute(
        "UPDATE flags SET step = ?, next_escalation_at = ? WHERE id = ?", (step, next_at, flag_id)
    )


async def set_unreached(tx: Transaction, flag_id: int, now: str | None) -> None:
    """Mark that nobody could be reached for this flag (shown by /flags); None clears it."""
    sql = "UPDATE flags SET unreached_at = COALESCE(unreached_at, ?) WHERE id = ?"
    if now is None:
        sql = "UPDATE flags SET unreached_at = ? WHERE id = ?"
    await tx.execute(sql, (now, flag_id))


async def set_member_told(tx: Transaction, flag_id: int, now: str) -> None:
    """Record that the member was told nobody has taken their flag yet."""
    await tx.execute("UPDATE flags SET member_told_at = ? WHERE id = ?", (now, flag_id))


async def set_nudged(tx: Transaction, flag_id: int, now: str) -> None:
    """Record that the flag's groups were asked for a facilitator to open the bot."""
    await tx.execute("UPDATE flags SET nudged_at = ? WHERE id = ?", (now, flag_id))


async def set_state(
    tx: Transaction, flag_id: int, state: FlagState, actor_id: int, now: str
) -> None:
    """Move a flag to a new state, stop its escalation and bump its version."""
    if state is FlagState.ACKNOWLEDGED:
        sql = (
            "UPDATE flags SET state = ?, acknowledged_by = ?, acknowledged_at = ?,"
            " next_escalation_at = NULL, unreached_at = NULL, version = version + 1 WHERE id = ?"
        )
    else:
        sql = (
            "UPDATE flags SET state = ?, closed_by = ?, closed_at = ?,"
            " next_escalation_at = NULL, version = version + 1 WHERE id = ?"
        )
    await tx.execute(sql, (state.value, actor_id, now, flag_id))


async def reopen_flag(tx: Transaction, flag_id: int, next_at: str) -> None:
    """Open a flag again (reopened, or its taker left): nobody holds it, escalation resumes."""
    await tx.execute(
        "UPDATE flags SET state = 'open', acknowledged_by = NULL, acknowledged_at = NULL,"
        " closed_by = NULL, closed_at = NULL, note_pending_by = NULL, note_requested_at = NULL,"
        " next_escalation_at = ?, version = version + 1 WHERE id = ?",
        (next_at, flag_id),
    )


async def close_erased(tx: Transaction, flag_id: int, now: str) -> None:
    """Close a flag whose member erased their data while it was open."""
    await tx.execute(
        "UPDATE flags SET state = 'erased', closed_at = ?, closed_by = NULL,"
        " next_escalation_at = NULL, unreached_at = NULL, version = version + 1 WHERE id = ?",
        (now, flag_id),
    )


async def open_flags_of(tx: Transaction, member_id: int) -> list[int]:
    """Return the ids of a member's flags not closed yet."""
    rows = await tx.execute_fetchall(
        "SELECT id FROM flags WHERE member_id = ? AND closed_at IS NULL", (member_id,)
    )
    return [int(row[0]) for row in rows]


async def flags_held_by(tx: Transaction, user_id: int) -> list[int]:
    """Return the ids of flags this person took and has not closed."""
    rows = await tx.execute_fetchall(
        "SELECT id FROM flags WHERE acknowledged_by = ? AND closed_at IS NULL", (user_id,)
    )
    return [int(row[0]) for row in rows]


async def request_note(tx: Transaction, flag_id: int, user_id: int | None, now: str) -> None:
    """Remember that this person was asked for a handoff note (None: no longer waiting)."""
    await tx.execute(
        "UPDATE flags SET note_pending_by = ?, note_requested_at = ? WHERE id = ?",
        (user_id, now if user_id is not None else None, flag_id),
    )


async def pending_note_flag(tx: Transaction, user_id: int, since: str) -> int | None:
    """Return the flag this person was asked a handoff note for since `since`, if any."""
    rows = list(
        await tx.execute_fetchall(
            "SELECT id FROM flags WHERE note_pending_by = ? AND note_requested_at >= ?"
            " ORDER BY note_requested_at DESC LIMIT 1",
            (user_id, since),
        )
    )
    return int(rows[0][0]) if rows else None


async def save_note(tx: Transaction, flag_id: int, note: str) -> None:
    """Store the handoff note and stop waiting for one."""
    await tx.execute(
        "UPDATE flags SET note = ?, note_pending_by = NULL, note_requested_at = NULL,"
        " version = version + 1 WHERE id = ?",
        (note, flag_id),
    )


async def add_event(
    tx: Transaction,
    flag_id: int,
    kind: str,
    now: str,
    actor_id: int | None = None,
    detail: str | None = None,
) -> None:
    """Append an entry to a flag's timeline."""
    await tx.execute(
        "INSERT INTO flag_events (flag_id, at, kind, actor_id, detail) VALUES (?, ?, ?, ?, ?)",
        (flag_id, now, kind, actor_id, detail),
    )


# Open flags a person missed: their latest copy failed, or nobody at all could be told.
_MISSED = (
    "SELECT f.id FROM flags f WHERE f.state = 'open' AND (f.unreached_at IS NOT NULL OR"
    " EXISTS (SELECT 1 FROM flag_alerts a WHERE a.recipient_id = ? AND a.state = 'failed'"
    " AND a.flag_id = f.id AND a.id = (SELECT MAX(b.id) FROM flag_alerts b"
    " WHERE b.flag_id = f.id AND b.recipient_id = ?))) ORDER BY f.id"
)


async def flags_missed_by(tx: Transaction, user_id: int) -> list[int]:
    """Return the open flags this person missed (see _MISSED)."""
    rows = await tx.execute_fetchall(_MISSED, (user_id, user_id))
    return [int(row[0]) for row in rows]


async def claim_digest(tx: Transaction, day: str, now: str) -> bool:
    """Record that the digest of `day` is being sent; False when it was already."""
    cursor = await tx.execute(
        "INSERT OR IGNORE INTO flag_digests (day, sent_at) VALUES (?, ?)", (day, now)
    )
    return cursor.rowcount > 0


class FlagRepository:
    """Reads of flags outside a transaction: lists, timelines, due escalations."""

    def __init__(self, db: Database) -> None:
        """Use the given database."""
        self.db = db

    async def get(self, flag_id: int) -> Flag | None:
        """Return a flag by id."""
        row = await self.db.fetch_one(f"SELECT {_FLAG_COLUMNS} FROM flags WHERE id = ?", (flag_id,))
        return _flag(row) if row else None

    async def due_escalations(self, now: str) -> list[int]:
        """Return the ids of flags whose next escalation step is due."""
        rows = await self.db.fetch_all(
            "SELECT id FROM flags WHERE next_escalation_at <= ? ORDER BY next_escalation_at",
            (now,),
        )
        return [int(row[0]) for row in rows]

    async def missed_by(self, user_id: int) -> bool:
        """Tell (with one indexed read) whether this person may have missed an open alert."""
        row = await self._about(user_id)
        return bool(row is not None and row["missed"])

    async def _about(self, user_id: int) -> sqlite3.Row | None:
        """What every update of a person asks the flags (a handoff note asked of them lately?
        an open alert they missed?): one read per update, remembered until a write."""
        return await self.db.fetch_remembered(
            ("flags", user_id),
            "SELECT EXISTS (SELECT 1 FROM flags WHERE unreached_at IS NOT NULL"
            " AND state = 'open') OR EXISTS (SELECT 1 FROM flag_alerts a JOIN flags f"
            " ON f.id = a.flag_id WHERE a.recipient_id = ? AND a.state = 'failed'"
            " AND f.state = 'open') AS missed, (SELECT MAX(note_requested_at) FROM flags"
            " WHERE note_pending_by = ?) AS note_asked",
            (user_id, user_id),
        )

    async def unclosed(self) -> list[Flag]:
        """Return every flag not closed yet (open or taken), oldest first."""
        rows = await self.db.fetch_all(
            f"SELECT {_FLAG_COLUMNS} FROM flags WHERE closed_at IS NULL ORDER BY id"
        )
        return [_flag(row) for row in rows]

    async def digest_sent(self, day: str) -> bool:
        """Tell whether the digest of this local day was sent."""
        row = await self.db.fetch_one("SELECT 1 FROM flag_digests WHERE day = ?", (day,))
        return row is not None

    async def held_by(self, user_id: int) -> list[int]:
        """Return the ids of flags this person took and has not closed."""
        rows = await self.db.fetch_all(
            "SELECT id FROM flags WHERE acknowledged_by = ? AND closed_at IS NULL ORDER BY id",
            (user_id,),
        )
        return [int(row[0]) for row in rows]

    async def recent(self, since: str, group_ids: list[int] | None, limit: int = 20) -> list[Flag]:
        """Return open flags and those raised since `since`, newest first (None: all groups)."""
        where = "(f.closed_at IS NULL OR f.raised_at >= ?)"  # open ones first, then newest
        params: list[object] = [since]
        if group_ids is not None:
            marks = ", ".join("?" for _ in group_ids) or "NULL"
            where += f" AND f.id IN (SELECT flag_id FROM flag_groups WHERE group_id IN ({marks}))"
            params.extend(group_ids)
        rows = await self.db.fetch_all(
            f"SELECT {_FLAG_COLUMNS} FROM flags f WHERE {where}"
            " ORDER BY f.closed_at IS NULL DESC, f.id DESC LIMIT ?",
            (*params, limit),
        )
        return [_flag(row) for row in rows]

    async def group_ids(self, flag_id: int) -> list[int]:
        """Return the groups a flag belongs to."""
        rows = await self.db.fetch_all(
            "SELECT group_id FROM flag_groups WHERE flag_id = ? ORDER BY group_id", (flag_id,)
        )
        return [int(row[0]) for row in rows]

    async def events(self, flag_id: int) -> list[FlagEvent]:
        """Return a flag's timeline, oldest first."""
        rows = await self.db.fetch_all(
            "SELECT at, kind, actor_id, detail FROM flag_events WHERE flag_id = ? ORDER BY id",
            (flag_id,),
        )
        return [FlagEvent(row[0], row[1], row[2], row[3]) for row in rows]

    async def has_pending_note(self, user_id: int, since: str) -> bool:
        """Tell (with a read only) whether this person was asked for a handoff note lately."""
        row = await self._about(user_id)
        asked = row["note_asked"] if row is not None else None
        return asked is not None and str(asked) >= since

    async def export(self, member_id: int) -> list[dict[str, object]]:
        """Return the flags about a member, for /mydata."""
        rows = await self.db.fetch_all(
            "SELECT id, raised_at, tier, category, state, excerpt, messages FROM flags"
            " WHERE member_id = ? ORDER BY id",
            (member_id,),
        )
        return [dict(row) for row in rows]


_ERASE = (
    "UPDATE flags SET member_id = NULL, member_name = NULL, member_username = NULL,"
    " chat_id = NULL, chat_title = CASE WHEN group_id IS NULL THEN NULL ELSE chat_title END,"
    " excerpt = NULL, highlights = NULL, note = NULL, note_pending_by = NULL,"
    " version = version + 1, erased_at = ?"
)


async def erase_expired(tx: Transaction, before: str, now: str) -> list[int]:
    """Erase who and what of flags raised before `before` (counts stay); return their ids."""
    rows = await tx.execute_fetchall(
        "SELECT id FROM flags WHERE raised_at < ? AND erased_at IS NULL", (before,)
    )
    ids = [int(row[0]) for row in rows]
    await tx.executemany(f"{_ERASE} WHERE id = ?", [(now, flag_id) for flag_id in ids])
    return ids


async def erase_member_flags(tx: Transaction, user_id: int, now: str) -> list[int]:
    """Erase who and what from the flags about a member; return their ids."""
    rows = await tx.execute_fetchall("SELECT id FROM flags WHERE member_id = ?", (user_id,))
    await tx.execute(f"{_ERASE} WHERE member_id = ?", (now, user_id))
    return [int(row[0]) for row in rows]


async def erase_flags_of(tx: Transaction, user_id: int) -> None:
    """Erase the person from flags others raised: who took, closed or was told of them."""
    for column in ("acknowledged_by", "closed_by", "note_pending_by"):
        await tx.execute(f"UPDATE flags SET {column} = NULL WHERE {column} = ?", (user_id,))
    # The outbox key names the recipient too (alert:<flag>:<step>:<recipient>:<version>).
    await tx.execute(
        "UPDATE flag_alerts SET recipient_id = NULL, outbox_key = 'erased:' || id"
        " WHERE recipient_id = ?",
        (user_id,),
    )
    await tx.execute("UPDATE flag_events SET actor_id = NULL WHERE actor_id = ?", (user_id,))


# High and imminent flags a person took (or closed at once) count towards the soft cap.
_TAKEN = (
    "SELECT e.actor_id, COUNT(DISTINCT e.flag_id) FROM flag_events e JOIN flags f"
    " ON f.id = e.flag_id WHERE e.kind IN ('acknowledged', 'resolved') AND e.at >= ?"
    " AND f.tier IN ('high', 'imminent') AND e.actor_id IN ({marks}) GROUP BY e.actor_id"
)


async def taken_counts(db: Database, user_ids: list[int], since: str) -> dict[int, int]:
    """How many high or imminent flags each of these people took (or closed) since `since`."""
    if not user_ids:
        return {}
    marks = ", ".join("?" for _ in user_ids)
    rows = await db.fetch_all(_TAKEN.format(marks=marks), (since, *user_ids))
    return {int(row[0]): int(row[1]) for row in rows}


async def taken_count_in(tx: Transaction, user_id: int, since: str) -> int:
    """`taken_counts` for one person inside a transaction (counting its own changes)."""
    rows = list(await tx.execute_fetchall(_TAKEN.format(marks="?"), (since, user_id)))
    return int(rows[0][1]) if rows else 0


async def claim_cap_note(tx: Transaction, user_id: int, week: str, now: str) -> bool:
    """Record that the admins hear of this person's load this week; False if they did."""
    cursor = await tx.execute(
        "INSERT OR IGNORE INTO alert_cap_notes (user_id, week, sent_at) VALUES (?, ?, ?)",
        (user_id, week, now),
    )
    return cursor.rowcount > 0


async def repages_since(tx: Transaction, flag_id: int, since: str) -> int:
    """How many times a taken flag was re-paged since it was taken."""
    rows = list(
        await tx.execute_fetchall(
            "SELECT COUNT(*) FROM flag_events WHERE flag_id = ? AND kind = 'repaged' AND at >= ?",
            (flag_id, since),
        )
    )
    return int(rows[0][0])
