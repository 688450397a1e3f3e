"""Who is offered the wellbeing check and when; consent, answers, the cohort's change."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

from bot.delivery.pacing import Priority
from bot.domain.clock import Clock, iso
from bot.domain.messages import Button, Keyboard, OutgoingText
from bot.domain.models import Role
from bot.domain.sends import SendKind
from bot.i18n import Texts
from bot.meetings.timing import quiet_end_after
from bot.services.container import Services
from bot.services.outbox_link import OutboxLink
from bot.services.roles import RoleService
from bot.stats.models import Hidden
from bot.storage.db import Database, Transaction
from bot.storage.outbox import enqueue_message
from bot.wellbeing.figures import cohort_change
from bot.wellbeing.model import (
    ITEMS,
    OFFER_AFTER,
    OFFER_WITHIN,
    WAVES,
    Choice,
    Scale,
    WellbeingChoice,
    WellbeingItem,
    WellbeingSkip,
    due_wave,
    load_scales,
    next_item,
)
from bot.wellbeing.storage import Consent, Participant, WellbeingRepository


@cache
def scales_in(content_dir: Path) -> dict[str, Scale]:
    """The scale's languages, read once per content folder."""
    return load_scales(content_dir)


class WellbeingService:
    """Offers the check once, asks each wave with consent, keeps the member's own answers."""

    def __init__(
        self,
        *,
        db: Database,
        repo: WellbeingRepository,
        scales: dict[str, Scale],
        texts: Texts,
        roles: RoleService,
        clock: Clock,
        outbox: OutboxLink,
    ) -> None:
        """Use the database, the check's storage, the scale, texts, roles, clock and outbox."""
        self.db = db
        self.repo = repo
        self.scales = scales
        self.texts = texts
        self.roles = roles
        self.clock = clock
        self.outbox = outbox

    def available(self, language: str) -> bool:
        """Whether the scale has a published translation in the language."""
        return language in self.scales

    async def consent_of(self, user_id: int) -> Consent | None:
        """The member's answer to the check's own consent, if ever asked."""
        return await self.repo.consent_of(user_id)

    async def taking_part(self, user_id: int) -> bool:
        """Whether the member gave the check's own consent (and has not withdrawn it)."""
        consent = await self.repo.consent_of(user_id)
        return consent is not None and consent.status == "yes"

    async def answers_of(self, user_id: int) -> dict[int, tuple[str, tuple[int, ...]]]:
        """The member's own answers by wave."""
        return await self.repo.answers_of(user_id)

    def offer(self, language: str) -> OutgoingText:
        """The check explained, with "Yes, I'd like that" and "No, thanks"."""
        yes = self.texts.get(language, "btn-wellbeing-yes")
        no = self.texts.get(language, "btn-wellbeing-no")
        buttons = (
            Button.of_html(yes, WellbeingChoice(Choice.YES).pack()),
            Button.of_html(no, WellbeingChoice(Choice.NO).pack()),
        )
        return OutgoingText(self.texts.get(language, "wellbeing-offer"), Keyboard((buttons,)))

    def question(self, language: str, wave: int, answers: tuple[int, ...]) -> OutgoingText:
        """The next item of a wave in the scale's official wording, with its four answers."""
        scale = self.scales[language]
        index = len(answers)
        text = self.texts.get(
            language,
            "wellbeing-item",
            stem=scale.stem,
            item=scale.items[index],
            number=index + 1,
            count=ITEMS,
        )
        rows = [
            (Button(option, next_item(answers, wave, value).pack()),)
            for value, option in enumerate(scale.options)
        ]
        skip = self.texts.get(language, "btn-wellbeing-later")
        rows.append((Button.of_html(skip, WellbeingSkip(wave).pack()),))
        return OutgoingText(text, Keyboard(tuple(rows)))

    async def run_due(self) -> int:
        """Offer the check to new members of a group (once; not to its staff) and send the
        follow-ups due; return how many."""
        now = self.clock()
        queued = 0
        for person in await self.repo.to_offer(iso(now - OFFER_WITHIN), iso(now - OFFER_AFTER)):
            if not self.available(person.language):
                continue
            if await self.roles.role_of(person.user_id) is not Role.MEMBER:
                continue
            async with self.db.transaction() as tx:
                if await self.repo.mark_offered(tx, person.user_id, iso(now)):
                    queued += await self._send(tx, person, self.offer(person.language), "o", now)
        due = await self.repo.taking_part(
            iso(now - timedelta(weeks=WAVES[1])), iso(now - timedelta(weeks=WAVES[2]))
        )
        for person, baseline, asked_wave, answered in due:
            started = datetime.fromisoformat(baseline.replace("Z", "+00:00"))
            wave = due_wave(started, answered, asked_wave, now)
            if wave is None or not self.available(person.language):
                continue
            async with self.db.transaction() as tx:
                await self.repo.set_asked_wave(tx, person.user_id, wave)
                message = self.question(person.language, wave, ())
                queued += await self._send(tx, person, message, str(wave), now)
        if queued:
            self.outbox.ready()
        return queued

    async def _send(
        self, tx: Transaction, person: Participant, message: OutgoingText, what: str, now: datetime
    ) -> int:
        """Queue one message to a member, held past their quiet hours."""
        send_at = quiet_end_after(person.quiet_start, person.quiet_end, person.timezone, now)
        queued = await enqueue_message(
            tx,
            message,
            kind=SendKind.WELLBEING_ASK,
            dedup_key=f"wellbeing:{what}:{person.user_id}",
            chat_id=person.user_id,
            user_id=person.user_id,
            priority=Priority.SCHEDULED,
            now=iso(now),
            not_before=iso(send_at) if send_at is not None else None,
        )
        return int(queued)

    async def consent(self, user_id: int, given: bool) -> bool:
        """Record the check's own consent (declined or withdrawn: answers deleted); True when
        the first answers are still to give."""
        await self.repo.set_consent(user_id, given, iso(self.clock()))
        if not given:
            return False
        return 0 not in await self.repo.answers_of(user_id)

    async def start(self, user_id: int) -> None:
        """Record that the first wave was sent to the member."""
        async with self.db.transaction() as tx:
            await self.repo.set_asked_wave(tx, user_id, 0)

    async def may_answer(self, user_id: int, wave: int) -> bool:
        """Whether the member takes part, was sent this wave and has not answered it."""
        consent = await self.repo.consent_of(user_id)
        if consent is None or consent.status != "yes" or consent.asked_wave is None:
            return False
        return consent.asked_wave >= wave and wave not in await self.repo.answers_of(user_id)

    async def save(self, user_id: int, pressed: WellbeingItem) -> bool:
        """Keep a wave's four answers; False when not kept (no consent, already answered)."""
        return await self.repo.save_answers(
            user_id, pressed.wave, pressed.answers, iso(self.clock())
        )

    async def cohort_change(self, group_id: int, wave: int) -> float | Hidden | None:
        """The group's mean change from the first answers to a wave: only for 5 or more
        members (never anyone's own answers)."""
        return cohort_change(await self.repo.cohort(group_id, wave))

    async def export(self, user_id: int) -> dict[str, object] | None:
        """/mydata: the member's consent and every answer they gave."""
        consent = await self.repo.consent_of(user_id)
        if consent is None:
            return None
        answers = await self.repo.answers_of(user_id)
        return {
            "consent": consent.status,
            "answers": [
                {"weeks": wave, "answered_at": at, "answers_0_to_3": list(values)}
                for wave, (at, values) in answers.items()
            ],
        }


def wellbeing_service(services: Services) -> WellbeingService:
    """The feature's service over the shared storage, texts and clock."""
    return WellbeingService(
        db=services.db,
        repo=WellbeingRepository(services.db),
        scales=scales_in(services.settings.content_dir),
        texts=services.texts,
        roles=services.roles,
        clock=services.clock,
        outbox=services.outbox_link,
    )
