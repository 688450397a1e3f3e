"""Appeals: a member's few words about an action reach the admins, who uphold or lift it."""

from __future__ import annotations

from bot.domain.clock import Clock, iso
from bot.domain.messages import Button, Keyboard
from bot.domain.sends import SendKind
from bot.moderation.holds import HoldService
from bot.moderation.model import (
    APPEAL_LIFTED,
    APPEAL_UPHELD,
    Decision,
    DecisionButton,
    Kind,
    ModAction,
    Review,
    appeal_problem,
)
from bot.moderation.notices import Notices
from bot.moderation.service import ModerationService
from bot.moderation.storage import ModerationRepository, add_appeal, decide_appeal
from bot.services.outbox_link import OutboxLink
from bot.services.roles import RoleService
from bot.storage.audit import add_audit
from bot.storage.db import Database


class AppealService:
    """Takes a member's appeal to the admins and carries out their decision."""

    def __init__(
        self,
        *,
        db: Database,
        repo: ModerationRepository,
        notices: Notices,
        roles: RoleService,
        actions: ModerationService,
        holds: HoldService,
        clock: Clock,
        outbox: OutboxLink,
    ) -> None:
        """Use the records, notices, roles, the actions and held messages, the clock and the
        outbox."""
        self.db = db
        self.repo = repo
        self.notices = notices
        self.roles = roles
        self.actions = actions
        self.holds = holds
        self.clock = clock
        self.outbox = outbox

    async def action(self, action_id: int) -> ModAction | None:
        """One action by its id."""
        return await self.repo.action(action_id)

    async def appealable(self, action_id: int, user_id: int) -> ModAction | str:
        """The member's own action not appealed yet, or the text id of why not."""
        action = await self.repo.action(action_id)
        if action is None or action.user_id != user_id:
            return "mod-appeal-gone"
        if action.appeal_state is not None:
            return "mod-appeal-already"
        return action

    async def readers(self, action: ModAction) -> list[int]:
        """Who decides an appeal: the bot's admins; with none, the group's facilitators other
        than the one who acted (empty: nobody can)."""
        admins = await self.roles.all_admin_ids()
        if admins:
            return admins
        staff = await self.roles.facilitators_of(action.chat_id)
        return [user_id for user_id in staff if user_id != action.actor_id]

    async def appeal(self, action_id: int, user_id: int, text: str) -> str | None:
        """Send the member's appeal to those who decide it; the text id of a problem, or None
        ("mod-appeal-nobody": nobody could read it, so nothing is recorded)."""
        found = await self.appealable(action_id, user_id)
        if isinstance(found, str):
            return found
        problem = appeal_problem(text)
        if problem is not None:
            return problem
        readers = await self.readers(found)
        if not readers:
            return "mod-appeal-nobody"
        words = text.strip()
        now = iso(self.clock())
        group = await self.notices.group_title(found.chat_id)
        name = await self.notices.name_of(user_id)
        async with self.db.transaction() as tx:
            if not await add_appeal(tx, action_id, user_id, words, now):
                return "mod-appeal-already"
            for admin in readers:
                language = await self.notices.language_of(admin)
                texts = self.notices.texts
                card = texts.get(
                    language,
                    "mod-appeal-card",
                    name=name,
                    group=group,
                    kind=found.kind.value,
                    reason=found.reason,
                    text=words,
                )
                keyboard = Keyboard.of(
                    [
                        [
                            Button.of_html(
                                texts.get(language, "btn-mod-uphold"),
                                DecisionButton(Decision.UPHOLD, action_id).pack(),
                            ),
                            Button.of_html(
                                texts.get(language, "btn-mod-lift"),
                                DecisionButton(Decision.LIFT, action_id).pack(),
                            ),
                        ]
                    ]
                )
                await self.notices.send(
                    tx,
                    to=admin,
                    text=card,
                    key=f"moderation:appeal:{action_id}:{admin}",
                    about=user_id,
                    now=now,
                    keyboard=keyboard,
                    kind=SendKind.MODERATION_CARD,
                )
        self.outbox.ready()
        return None

    async def decide(self, action_id: int, admin_id: int, decision: Decision) -> ModAction | str:
        """An admin upholds or lifts an appealed action; the member is told. The action, or the
        text id of why not (not one who decides appeals, decided already)."""
        action = await self.repo.action(action_id)
        if action is None:
            return "mod-appeal-gone"
        if admin_id not in await self.readers(action):
            return "mod-admins-only"
        now = iso(self.clock())
        lift = decision is Decision.LIFT
        group = await self.notices.group_title(action.chat_id)
        async with self.db.transaction() as tx:
            state = APPEAL_LIFTED if lift else APPEAL_UPHELD
            if not await decide_appeal(tx, action_id, state, admin_id):
                return "mod-appeal-decided"
            if lift:
                await self.actions.end(tx, action, by=admin_id, audit="moderation.appeal_lifted")
            else:
                subject = str(action.user_id)
                await add_audit(
                    tx, admin_id, "moderation.appeal_upheld", now, action.chat_id, subject
                )
            told = "mod-told-appeal-lifted" if lift else "mod-told-appeal-upheld"
            await self.notices.send(
                tx,
                to=action.user_id,
                text=await self.notices.text(action.user_id, told, group=group),
                key=f"moderation:decided:{action_id}",
                about=action.user_id,
                now=now,
            )
        self.outbox.ready()
        if lift and action.kind is Kind.HOLD:
            # A lifted hold puts the message back, if it is still held.
            held = await self.repo.held_for(action.id)
            if held is not None:
                await self.holds.review(held.id, admin_id, Review.RELEASE)
        return action
