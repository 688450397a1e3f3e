"""/impact through real handlers: an admin picks a period and gets the PDF and the CSV through
the outbox; anyone else is refused, also with a forged button."""

from __future__ import annotations

import csv
import io

from bot.app import services_of
from bot.devtools.emulator import StoredMessage
from bot.impact.model import ImpactPeriod
from tests.handlers.conftest import ADMIN_ID, HandlerHarness
from tests.handlers.test_crisis_flow import FACILITATOR, MEMBER, _setup_group

REFUSED = "Sorry, that's only for the people who run this bot."


def documents(harness: HandlerHarness, chat_id: int) -> list[StoredMessage]:
    """The files the bot sent to a chat."""
    return [m for m in harness.core.bot_messages(chat_id) if m.kind == "document"]


async def test_admin_picks_a_period_and_gets_the_pdf_and_the_csv(harness: HandlerHarness) -> None:
    """Six period buttons; "last month, with the one before" sends a note, then the PDF and the
    CSV as files through the outbox, the small group's figures hidden."""
    await _setup_group(harness)
    [picker] = await harness.send(ADMIN_ID, "/impact")
    assert "Programme report" in (picker.plain_text or "")
    assert picker.button_texts() == [
        "Last month",
        "Last month, with the one before",
        "Last quarter",
        "Last quarter, with the one before",
        "Last year",
        "Last year, with the one before",
    ]
    [working] = await harness.pressed(ADMIN_ID, picker, ImpactPeriod("month", True).pack())
    assert "Putting the report together" in (working.plain_text or "")
    assert await harness.flush_outbox() == 2
    pdf, table = documents(harness, ADMIN_ID)
    assert pdf.file is not None
    assert table.file is not None
    assert (pdf.file.filename or "").endswith(".pdf")
    assert pdf.file.data.startswith(b"%PDF")
    assert "Programme report" in (pdf.plain_text or "")
    rows = list(csv.DictReader(io.StringIO(table.file.data.decode("utf-8"))))
    assert {row["group"] for row in rows} == {"All groups", "Tuesday circle"}
    assert all(row["earlier_period_start"] for row in rows)
    load = [row for row in rows if row["metric"] == "alerts_per_facilitator_max"]
    assert {row["value"] for row in load} == {"hidden: fewer than 5 people"}  # 2 facilitators


async def test_anyone_but_an_admin_is_refused(harness: HandlerHarness) -> None:
    """A facilitator or a member gets a plain refusal, for the command and a forged button."""
    await _setup_group(harness)
    for user_id in (FACILITATOR, MEMBER):
        [refused] = await harness.send(user_id, "/impact")
        assert refused.plain_text == REFUSED
        forged = ImpactPeriod("year", False).pack()
        [again] = await harness.pressed(user_id, refused, forged)
        assert again.plain_text == REFUSED
    assert await harness.flush_outbox() == 0
    assert documents(harness, FACILITATOR) == documents(harness, MEMBER) == []
    outbox = await services_of(harness.app).db.fetch_all(
        "SELECT 1 FROM outbox WHERE kind = 'impact-report'"
    )
    assert outbox == []
