"""The programme report: read the records, compute and hide figures, render the files, and
queue them in the outbox for an admin who asked with /impact."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from bot.delivery.pacing import Priority
from bot.domain.clock import Clock, iso
from bot.domain.messages import OutgoingFile, OutgoingText
from bot.domain.sends import SendKind
from bot.i18n import Texts
from bot.impact.export import to_csv
from bot.impact.figures import Report, report
from bot.impact.periods import before, last_month, last_quarter, last_year
from bot.impact.records import GroupData
from bot.impact.render_pdf import pdf_bytes
from bot.impact.storage import ImpactRepository
from bot.impact.texts import ImpactWriter
from bot.services.container import Services
from bot.services.outbox_link import OutboxLink
from bot.stats.models import Period
from bot.storage.db import Database
from bot.storage.outbox import enqueue_message

# The periods /impact offers: whole calendar months, quarters and years, so two reports can
# never be subtracted to a few days.
SPANS: dict[str, Callable[[date], Period]] = {
    "month": last_month,
    "quarter": last_quarter,
    "year": last_year,
}


@dataclass(frozen=True)
class ImpactFiles:
    """The report as files: the PDF, the CSV and the methods note beside it."""

    name: str
    pdf: bytes
    csv: str
    methods: str


def file_name(period: Period) -> str:
    """The files' name without extension: programme-report-2026-01-01-2026-12-31."""
    return f"programme-report-{period.start.isoformat()}-{period.end.isoformat()}"


def render(result: Report, texts: Texts, language: str, made: date) -> ImpactFiles:
    """Every file of a report in one language (slow: matplotlib, so run it in a thread)."""
    writer = ImpactWriter(texts, language)
    return ImpactFiles(
        name=file_name(result.current.period),
        pdf=pdf_bytes(result, writer, made),
        csv=to_csv(result),
        methods=writer.methods_text(result),
    )


@dataclass(frozen=True)
class Records:
    """What a report is computed from: every group's records in each period."""

    period: Period
    current: list[GroupData]
    earlier: Period | None = None
    previous: list[GroupData] | None = None

    def report(self) -> Report:
        """The figures (pure; a second or so for 100,000 members: run it in a thread)."""
        return report(self.current, self.period, self.previous, self.earlier)


async def records(db: Database, period: Period, earlier: Period | None) -> Records | None:
    """Every group's records over a period (and an earlier one); None without groups."""
    repo = ImpactRepository(db)
    groups = await repo.groups()
    if not groups:
        return None
    current = await repo.data(groups, period)
    previous = await repo.data(groups, earlier) if earlier is not None else None
    return Records(period, current, earlier, previous)


async def build(db: Database, period: Period, earlier: Period | None) -> Report | None:
    """The report over a period (and an earlier one), or None when there are no groups."""
    found = await records(db, period, earlier)
    return found.report() if found is not None else None


def report_files(found: Records, texts: Texts, language: str, made: date) -> ImpactFiles:
    """The figures and every file, in one go (for a worker thread)."""
    return render(found.report(), texts, language, made)


class ImpactService:
    """Builds the programme report and sends it to an admin as files."""

    def __init__(self, *, db: Database, texts: Texts, clock: Clock, outbox: OutboxLink) -> None:
        """Use the database, the texts, the clock and the outbox."""
        self.db = db
        self.texts = texts
        self.clock = clock
        self.outbox = outbox

    def periods(self, span: str, compare: bool) -> tuple[Period, Period | None]:
        """The period a button names (before today) and the one before it when compared."""
        period = SPANS[span](self.clock().date())
        return period, before(period) if compare else None

    async def send(self, chat_id: int, language: str, span: str, compare: bool) -> bool:
        """Build the report and queue the PDF and the CSV to the chat; False without groups."""
        period, earlier = self.periods(span, compare)
        found = await records(self.db, period, earlier)
        if found is None:
            return False
        now = self.clock()
        # The figures and the drawing take a while: never on the loop that handles alerts.
        files = await asyncio.to_thread(report_files, found, self.texts, language, now.date())
        writer = ImpactWriter(self.texts, language)
        shown = writer.period(period)
        messages = (
            OutgoingFile(
                f"{files.name}.pdf",
                files.pdf,
                self.texts.get(language, "impact-caption-pdf", period=shown),
            ),
            OutgoingFile(
                f"{files.name}.csv", files.csv, self.texts.get(language, "impact-caption-csv")
            ),
        )
        key = f"impact:{chat_id}:{now:%Y%m%dT%H%M%S%f}"
        async with self.db.transaction() as tx:
            for part, message in zip(("pdf", "csv"), messages, strict=True):
                await enqueue_message(
                    tx,
                    message,
                    kind=SendKind.IMPACT_REPORT,
                    dedup_key=f"{key}:{part}",
                    chat_id=chat_id,
                    user_id=chat_id,
                    priority=Priority.INTERACTIVE,
                    now=iso(now),
                )
        self.outbox.ready()
        return True

    def working(self, language: str, span: str, compare: bool) -> OutgoingText:
        """The note that the report is on its way."""
        period, _ = self.periods(span, compare)
        shown = ImpactWriter(self.texts, language).period(period)
        return OutgoingText(self.texts.get(language, "impact-working", period=shown))


def impact_service(services: Services) -> ImpactService:
    """The feature's service over the shared storage, texts, clock and outbox."""
    return ImpactService(
        db=services.db,
        texts=services.texts,
        clock=services.clock,
        outbox=services.outbox_link,
    )
