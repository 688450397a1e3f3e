"""The join gate's logic: who may change a group's gate, the applicant's steps, raid mode."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from bot.domain.clock import Clock, iso, parse_iso
from bot.domain.language import guess_language
from bot.domain.models import Group, Person
from bot.joingate.model import (
    READONLY_CHOICES,
    GateSettings,
    JoinRequest,
    RaidLimits,
    Step,
    is_quiet,
    question_problem,
)
from bot.joingate.storage import GateRepository
from bot.services.container import Services
from bot.services.groups import GroupService
from bot.services.members import MemberService
from bot.services.questions import QuestionService
from bot.services.roles import RoleService
from bot.storage.members import MemberRepository

# The kind of the applicant's open question: their next private text answers the gate.
QUESTION_KIND = "joingate"
# The kind of a facilitator's open question: their next text words the gate's question.
WORDING_KIND: Final = "gate_wording"
WORDING_LIFETIME = timedelta(minutes=30)


@dataclass(frozen=True)
class Approved:
    """A request the gate let through: the group, and the read-only minutes to apply."""

    group: Group
    readonly_minutes: int
    newly_joined: bool


class JoinGateService:
    """Runs each group's gate: settings for its facilitators, steps for its applicants."""

    def __init__(
        self,
        *,
        repo: GateRepository,
        groups: GroupService,
        members: MemberService,
        member_repo: MemberRepository,
        roles: RoleService,
        questions: QuestionService,
        clock: Clock,
        timeout: timedelta,
        raid: RaidLimits,
        default_timezone: str,
    ) -> None:
        """Use the gate's storage, groups, members, roles, open questions and the clock."""
        self.repo = repo
        self.groups = groups
        self.members = members
        self.member_repo = member_repo
        self.roles = roles
        self.questions = questions
        self.clock = clock
        self.timeout = timeout
        self.raid = raid
        self.default_timezone = default_timezone

    async def settings(self, chat_id: int) -> GateSettings:
        """The group's gate (defaults when never set)."""
        return await self.repo.settings(chat_id)

    async def may_manage(self, user_id: int, chat_id: int) -> bool:
        """Whether the person may change the group's gate or invite people (its facilitators
        and the bot's admins)."""
        return await self.groups.get(chat_id) is not None and await self.roles.is_facilitator(
            chat_id, user_id
        )

    async def groups_for(self, user_id: int) -> list[Group]:
        """The groups whose gate the person may change (every group for an admin)."""
        if await self.roles.is_admin(user_id):
            return await self.groups.all()
        found = []
        for chat_id in await self.roles.facilitated_groups(user_id):
            group = await self.groups.get(chat_id)
            if group is not None:
                found.append(group)
        return found

    async def set_requests(self, user_id: int, chat_id: int, on: bool, link: str | None) -> bool:
        """Turn join requests on (with the new link) or off; False when not allowed."""
        if not await self.may_manage(user_id, chat_id):
            return False
        now = iso(self.clock())
        await self.repo.change(chat_id, "requests_on", int(on), user_id, now)
        if link is not None:
            await self.repo.change(chat_id, "invite_link", link, None, now)
        return True

    async def set_link(self, chat_id: int, link: str) -> None:
        """Remember the group's current invite link, made by the bot."""
        await self.repo.change(chat_id, "invite_link", link, None, iso(self.clock()))

    async def set_question(self, user_id: int, chat_id: int, text: str | None) -> str | None:
        """Word the gate's question (None: back to the default); the problem's text id, if any."""
        if not await self.may_manage(user_id, chat_id):
            return "gate-not-allowed"
        problem = question_problem(text) if text is not None else None
        if problem is None:
            value = text.strip() if text is not None else None
            await self.repo.change(chat_id, "question", value, user_id, iso(self.clock()))
        return problem

    async def set_readonly(self, user_id: int, chat_id: int, minutes: int) -> bool:
        """Set the read-only minutes after joining; False when not allowed or not offered."""
        if minutes not in READONLY_CHOICES or not await self.may_manage(user_id, chat_id):
            return False
        return await self.repo.change(
            chat_id, "readonly_minutes", minutes, user_id, iso(self.clock())
        )

    async def invited(self, user_id: int, chat_id: int) -> bool:
        """Audit a personal invite link made by a facilitator; False when not allowed."""
        if not await self.may_manage(user_id, chat_id):
            return False
        await self.repo.audit(user_id, "joingate.invite", chat_id, iso(self.clock()))
        return True

    async def arrived(
        self, chat_id: int, person: Person, user_chat_id: int | None
    ) -> JoinRequest | None:
        """A join request: keep it and open the applicant's question; None when the group has
        no gate (the request is left to its admins)."""
        group = await self.groups.get(chat_id)
        if group is None or not (await self.repo.settings(chat_id)).gated:
            return None
        member = await self.members.get(person.user_id)
        # A newcomer is greeted in their Telegram app's language when the bot speaks it.
        language = (
            member.language if member else guess_language(person.language_code, group.language)
        )
        now = self.clock()
        request = JoinRequest(
            chat_id=chat_id,
            user_id=person.user_id,
            user_chat_id=user_chat_id,
            language=language,
            step=Step.QUESTION,
            requested_at=iso(now),
            expires_at=iso(now + self.timeout),
        )
        await self.repo.add_request(request)
        await self.questions.ask(person.user_id, QUESTION_KIND, {"chat_id": chat_id}, self.timeout)
        return request

    async def waiting(self, user_id: int) -> JoinRequest | None:
        """The request whose question the person's next text answers, if any."""
        question = await self.questions.waiting(user_id, QUESTION_KIND)
        chat_id = question.data.get("chat_id") if question else None
        if not isinstance(chat_id, int):
            return None
        return await self.repo.request(chat_id, user_id)

    async def request(self, chat_id: int, user_id: int) -> JoinRequest | None:
        """The person's pending request to join the group, if any."""
        return await self.repo.request(chat_id, user_id)

    async def answered(self, request: JoinRequest) -> bool:
        """The question was answered: on to the agreement (nothing of the answer is kept)."""
        await self.questions.close(request.user_id, QUESTION_KIND)
        return await self.repo.set_step(
            request.chat_id, request.user_id, Step.QUESTION, Step.AGREEMENT
        )

    async def agreed(self, request: JoinRequest) -> bool:
        """The agreement was accepted: on to the privacy notice and consent."""
        return await self.repo.set_step(
            request.chat_id, request.user_id, Step.AGREEMENT, Step.CONSENT
        )

    async def needs_consent(self, user_id: int) -> bool:
        """Whether the applicant has still to consent to the bot keeping their record."""
        return await self.members.get(user_id) is None

    async def approve(self, request: JoinRequest, person: Person) -> Approved | None:
        """Consent recorded (if new), the request gone, the person a member of the group."""
        group = await self.groups.get(request.chat_id)
        if group is None or not await self.repo.decided(request.chat_id, request.user_id):
            return None
        if await self.members.get(person.user_id) is None:
            await self.members.consent(person, request.language, self.default_timezone)
        now = iso(self.clock())
        newly = await self.member_repo.join_group(person.user_id, group.chat_id, now)
        gate = await self.repo.settings(group.chat_id)
        return Approved(group=group, readonly_minutes=gate.readonly_minutes, newly_joined=newly)

    async def decline(self, request: JoinRequest) -> bool:
        """The request ends without joining; False when it was decided already."""
        await self.questions.close(request.user_id, QUESTION_KIND)
        return await self.repo.decided(request.chat_id, request.user_id)

    async def came_in(self, chat_id: int, user_id: int) -> None:
        """The person joined the group (let in by an admin by hand): their request is over."""
        request = await self.repo.request(chat_id, user_id)
        if request is not None:
            await self.decline(request)

    async def lapsed(self) -> list[JoinRequest]:
        """Requests whose time ran out."""
        return await self.repo.lapsed(iso(self.clock()))

    async def start_raid(self, chat_id: int) -> bool:
        """Switch the group's raid mode on; False when it already was (or the group is gone)."""
        return await self.repo.start_raid(chat_id, iso(self.clock()))

    async def end_raid(self, chat_id: int, actor_id: int | None) -> bool:
        """Switch raid mode off (a person's button: only its staff); False when it was not on."""
        if actor_id is not None and not await self.may_manage(actor_id, chat_id):
            return False
        return await self.repo.end_raid(chat_id, actor_id, iso(self.clock()))

    async def joined_during_raid(self, chat_id: int) -> None:
        """Note a join in a group in raid mode (the quiet period starts again)."""
        await self.repo.joined(chat_id, iso(self.clock()))

    async def quiet_raids(self) -> list[GateSettings]:
        """Groups in raid mode where nobody joined for the quiet period."""
        now = self.clock()
        return [
            gate
            for gate in await self.repo.in_raid()
            if gate.raid_since is not None
            and is_quiet(_moment(gate.last_join_at), _at(gate.raid_since), now, self.raid.quiet)
        ]

    async def staff_of(self, chat_id: int) -> list[int]:
        """Who hears of a raid in a group: its facilitators and the bot's admins."""
        ids = [*await self.roles.facilitators_of(chat_id), *await self.roles.all_admin_ids()]
        return list(dict.fromkeys(ids))

    async def export(self, user_id: int) -> dict[str, Any] | None:
        """/mydata: the person's pending join requests."""
        found = await self.repo.requests_of(user_id)
        return {"join_requests": found} if found else None


def _at(value: str) -> datetime:
    """A stored time."""
    return parse_iso(value)


def _moment(value: str | None) -> datetime | None:
    """A stored time, if any."""
    return parse_iso(value) if value is not None else None


def joingate_service(services: Services) -> JoinGateService:
    """The feature's service over the shared storage, groups, members, roles and questions."""
    settings = services.settings
    return JoinGateService(
        repo=GateRepository(services.db),
        groups=services.groups,
        members=services.members,
        member_repo=services.members.members,
        roles=services.roles,
        questions=services.questions,
        clock=services.clock,
        timeout=timedelta(minutes=settings.gate_timeout_minutes),
        raid=RaidLimits(
            joins=settings.raid_joins,
            window=timedelta(seconds=settings.raid_window_seconds),
            quiet=timedelta(minutes=settings.raid_quiet_minutes),
        ),
        default_timezone=settings.timezone,
    )
