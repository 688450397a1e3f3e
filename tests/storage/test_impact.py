"""The programme report's records on a real database: each group's, within the period only."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.impact.records import FlagSeen, Joined, Occurrence
from bot.impact.storage import ImpactRepository
from bot.stats.models import Period
from bot.storage.db import Database

A, B = -100_201, -100_202
PERIOD = Period(date(2026, 3, 1), date(2026, 3, 31))
FAC = 700_001


async def seed(db: Database) -> None:
    """Two groups, three members, a meeting each, answers and flags in and out of March."""
    for chat, title in ((A, "Alder"), (B, "Birch")):
        await db.write(
            "INSERT INTO groups (chat_id, title, chat_type, invite_code, timezone, language,"
            " bot_status, created_at) VALUES (?, ?, 'supergroup', ?, 'UTC', 'en', 'm', ?)",
            (chat, title, f"c{chat}", "2026-01-01T00:00:00Z"),
        )
        await db.write(
            "INSERT INTO meetings (id, group_id, slug, name, frequency, start_date, start_time,"
            " duration_minutes, timezone, updated_at) VALUES (?, ?, ?, 'M', 'weekly',"
            " '2026-01-01', '18:00', 60, 'UTC', '2026-01-01T00:00:00Z')",
            (-chat, chat, f"s{chat}"),
        )
    for user, chat, joined in ((1, A, "2026-02-10"), (2, A, "2026-03-05"), (3, B, "2026-04-02")):
        await db.write(
            "INSERT INTO members (user_id, first_name, language, timezone, consented_at,"
            " consent_version, created_at, updated_at) VALUES (?, 'M', 'en', 'UTC', ?, 1, ?, ?)",
            (user, joined, joined, joined),
        )
        await db.write(
            "INSERT INTO group_members (chat_id, user_id, joined_at) VALUES (?, ?, ?)",
            (chat, user, f"{joined}T09:00:00Z"),
        )
    for user, day in ((1, "2026-02-20"), (1, "2026-03-09"), (1, "2026-04-03"), (2, "2026-03-06")):
        await db.write("INSERT INTO member_activity (user_id, day) VALUES (?, ?)", (user, day))
    rsvps = ((-A, "2026-03-10", 1, "yes"), (-A, "2026-03-10", 2, "no"))
    later = ((-A, "2026-03-17", 1, "yes"), (-A, "2026-04-07", 2, "yes"))
    for meeting, day, user, answer in (*rsvps, *later):
        await db.write(
            "INSERT INTO meeting_rsvps (meeting_id, original_date, user_id, answer, answered_at)"
            " VALUES (?, ?, ?, ?, '2026-03-01T00:00:00Z')",
            (meeting, day, user, answer),
        )
    for week, safe in (("2026-W11", 4), ("2026-W11", 5), ("2026-W20", 1)):
        await db.write(
            "INSERT INTO feedback_answers (meeting_id, week, felt_safe, felt_heard)"
            " VALUES (?, ?, ?, 3)",
            (-B, week, safe),
        )
    for wave, at, value in ((0, "2026-01-01T00:00:00Z", 3), (8, "2026-03-01T00:00:00Z", 1)):
        await db.write(
            "INSERT INTO wellbeing_answers (user_id, wave, answered_at, interest, down, nervous,"
            " worrying) VALUES (1, ?, ?, ?, ?, ?, ?)",
            (wave, at, value, value, value, value),
        )
    # Said "yes" to an occurrence that was then cancelled: no attendance.
    await db.write(
        "INSERT INTO meeting_rsvps (meeting_id, original_date, user_id, answer, answered_at)"
        " VALUES (?, '2026-03-24', 2, 'yes', '2026-03-01T00:00:00Z')",
        (-A,),
    )
    await db.write(
        "INSERT INTO meeting_changes (meeting_id, original_date, kind, changed_at)"
        " VALUES (?, '2026-03-24', 'cancelled', '2026-03-20T00:00:00Z')",
        (-A,),
    )
    await db.write(
        "INSERT INTO facilitators (chat_id, user_id, added_at) VALUES (?, ?, '2026-01-01')",
        (A, FAC),
    )
    for flag, raised in ((1, "2026-03-02T22:00:00Z"), (2, "2026-04-02T22:00:00Z")):
        await db.write(
            "INSERT INTO flags (id, member_id, group_id, tier, category, rules, raised_at,"
            " last_seen_at, acknowledged_at) VALUES (?, 1, ?, 'high', 'x', '[]', ?, ?,"
            " '2026-03-02T23:00:00Z')",
            (flag, A, raised, raised),
        )
        await db.write("INSERT INTO flag_groups (flag_id, group_id) VALUES (?, ?)", (flag, A))
        await db.write(
            "INSERT INTO flag_alerts (flag_id, recipient_id, step, outbox_key, state,"
            " rendered_version, created_at) VALUES (?, ?, 0, ?, 'sent', 1, ?)",
            (flag, FAC, f"k{flag}", raised),
        )
    await db.write(
        "INSERT INTO flag_events (flag_id, at, kind, actor_id) VALUES"
        " (1, '2026-03-02T22:07:00Z', 'acknowledged', ?), (1, '2026-03-02T22:01:00Z', 'opened',"
        " NULL)",
        (FAC,),
    )


async def test_records_of_each_group_within_the_period(db: Database) -> None:
    """Members by the end with their last active day up to it; answers, flags and alerts of
    the period only (no cancelled occurrence); the first human is the first acknowledgement by
    someone."""
    await seed(db)
    repo = ImpactRepository(db)
    groups = await repo.groups()
    assert groups == [(A, "Alder"), (B, "Birch")]
    alder, birch = await repo.data(groups, PERIOD)
    assert sorted(alder.members, key=lambda m: m.user_id) == [
        Joined(1, date(2026, 2, 10), date(2026, 3, 9)),
        Joined(2, date(2026, 3, 5), date(2026, 3, 6)),
    ]
    assert birch.members == ()  # joined in April
    assert alder.attendance == {1: 2}
    assert alder.occurrences == 2
    assert birch.feedback == (Occurrence(-B, "2026-W11", 2, 9, 6),)
    assert alder.wellbeing == ((1, 8, 12, 4),)
    raised = datetime(2026, 3, 2, 22, 0, tzinfo=UTC)
    taken = datetime(2026, 3, 2, 22, 7, tzinfo=UTC)
    assert alder.flags == (FlagSeen(1, 1, raised, taken),)
    assert alder.facilitators == frozenset({FAC})
    assert alder.alerts == frozenset({(FAC, 1)})
