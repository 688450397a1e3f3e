"""Alert messages for facilitators: written per reader, queued, and kept up to date."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from bot.delivery.pacing import Priority
from bot.domain.excerpt import Excerpt, excerpt_html
from bot.domain.flag_buttons import FlagAction, FlagButton
from bot.domain.flags import Flag, FlagAlert, FlagState
from bot.domain.messages import Button, Keyboard, OutgoingText, TextEdit
from bot.domain.sends import SendKind
from bot.domain.text import escape_html
from bot.i18n import Texts
from bot.services.alert_reader import Reader, state_line
from bot.storage.db import Transaction
from bot.storage.flag_alerts import add_alert, alerts_of, set_rendered_version
from bot.storage.members import MemberRepository
from bot.storage.outbox import drop_unsent_in, enqueue_message, replace_payload

TELEGRAM_LIMIT = 4096
ALERT_PREFIX = "alert"
EDIT_PREFIX = "alertedit"
_ICONS = {"concern": "🟡", "high": "🟠", "imminent": "🔴"}


class AlertExtension(Protocol):
    """What a feature adds to alerts it has a part in (a peer's report: their words, buttons)."""

    async def lines(self, flag: Flag, reader_id: int | None, language: str) -> list[str]:
        """Return HTML lines to show under the flagged words (none when it has no part)."""
        ...

    async def rows(self, flag: Flag, reader_id: int | None, language: str) -> list[list[Button]]:
        """Return rows of buttons to add under the alert's own while it is not closed."""
        ...


class AlertWriter:
    """Writes each copy of an alert in its reader's language and keeps copies current."""

    def __init__(
        self, texts: Texts, members: MemberRepository, language: str, timezone: str
    ) -> None:
        """Use the texts, the members (for readers' languages and names) and the defaults."""
        self.texts = texts
        self.members = members
        self.default_language = language
        self.default_timezone = timezone
        self.extensions: list[AlertExtension] = []

    def extend(self, extension: AlertExtension) -> None:
        """Let a feature add lines and buttons to the alerts it has a part in."""
        self.extensions.append(extension)

    async def extra_lines(self, flag: Flag, reader_id: int | None, language: str) -> list[str]:
        """Return the lines the features add to this alert for this reader."""
        lines: list[str] = []
        for extension in self.extensions:
            lines.extend(await extension.lines(flag, reader_id, language))
        return lines

    async def extra_rows(
        self, flag: Flag, reader_id: int | None, language: str
    ) -> list[list[Button]]:
        """Return the rows of buttons the features add to this alert for this reader."""
        rows: list[list[Button]] = []
        for extension in self.extensions:
            rows.extend(await extension.rows(flag, reader_id, language))
        return rows

    async def reader(self, user_id: int | None) -> Reader:
        """Return how this person reads: their member settings, else the bot's defaults."""
        member = await self.members.get(user_id) if user_id is not None else None
        if member is None:
            return Reader(self.default_language, self.default_timezone)
        return Reader(member.language, member.timezone, member.clock)

    async def name_of(self, user_id: int | None, language: str) -> str:
        """Return a facilitator's first name, or a neutral word when unknown or erased."""
        member = await self.members.get(user_id) if user_id is not None else None
        if member is not None and member.first_name:
            return member.first_name
        return self.texts.get(language, "alert-someone")

    async def message(
        self,
        flag: Flag,
        user_id: int | None,
        step: int,
        confirm: str | None = None,
        head: str | None = None,
    ) -> OutgoingText:
        """Return one copy of the alert, in the reader's language.

        `confirm` ("res" or "fa") asks the reader to confirm closing it, in place; `head` (a
        notice's lines) goes above the alert, which is cut to leave it room.
        """
        reader = await self.reader(user_id)
        taker = await self.name_of(flag.acknowledged_by, reader.language)
        closer = await self.name_of(flag.closed_by, reader.language)
        room = TELEGRAM_LIMIT - (len(head) + 2 if head else 0)
        question = ""
        if confirm is not None:
            question = self.texts.get(reader.language, f"alert-confirm-{confirm}", id=str(flag.id))
            room -= len(question) + 2
        extra = await self.extra_lines(flag, user_id, reader.language)
        text = self.render(flag, reader, step, taker, closer, room, extra)
        if question:
            text = f"{text}\n\n{question}"
        if head:
            text = f"{head}\n\n{text}"
        added = await self.extra_rows(flag, user_id, reader.language)
        return OutgoingText(text, self.buttons(flag, reader, taker, confirm, added))

    def render(
        self,
        flag: Flag,
        reader: Reader,
        step: int,
        taker: str,
        closer: str,
        room: int = TELEGRAM_LIMIT,
        extra: tuple[str, ...] | list[str] = (),
    ) -> str:
        """Return the alert text; user text escaped and cut so it fits in `room` characters.

        `extra`: lines the features add (see `extra_lines`), shown under the flagged words.
        """
        text = self._compose(flag, reader, step, taker, closer, None, extra)
        if len(text) > room:
            text = self._compose(flag, reader, step, taker, closer, 120, extra)
        return text[:room]

    def _compose(
        self,
        flag: Flag,
        reader: Reader,
        step: int,
        taker: str,
        closer: str,
        excerpt_limit: int | None,
        extra: tuple[str, ...] | list[str] = (),
    ) -> str:
        """Put the alert's lines together."""
        t, lang = self.texts, reader.language
        lines = [
            t.get(
                lang,
                "alert-title",
                icon=icon_of(flag.tier),
                id=str(flag.id),
                tier=t.get(lang, f"tier-{flag.tier}"),
            )
        ]
        if step > 0 and flag.state is FlagState.OPEN:
            lines.append(t.get(lang, "alert-reminder", round=step))
        who = flag.member_name or t.get(lang, "alert-someone")
        handle = f"@{flag.member_username}" if flag.member_username else ""
        person = escape_html(who)
        if flag.member_id is not None:
            person = f'<a href="tg://user?id={flag.member_id}">{person}</a>'
        if handle:
            person += f" {escape_html(handle)}"
        lines.append(f"{t.get(lang, 'alert-who')} {person}")
        if flag.private:
            lines.append(t.get(lang, "alert-where-private"))
        else:
            lines.append(t.get(lang, "alert-where-group", title=flag.chat_title or "?"))
        lines.append(
            t.get(
                lang,
                "alert-what",
                category=t.get(lang, f"category-{flag.category}"),
                count=flag.messages,
                time=reader.local_time(flag.raised_at),
            )
        )
        if flag.excerpt:
            excerpt = Excerpt(flag.excerpt, flag.highlights)
            if excerpt_limit is not None:
                excerpt = Excerpt(flag.excerpt[:excerpt_limit] + "…", ())
            lines.append(f"<blockquote>{excerpt_html(excerpt)}</blockquote>")
        lines.extend(extra)
        lines.append(state_line(self.texts, flag, reader, taker, closer))
        if flag.note:
            note = flag.note if excerpt_limit is None else flag.note[:excerpt_limit] + "…"
            lines.append(t.get(lang, "alert-note", note=note))
        return "\n".join(lines)

    def buttons(
        self,
        flag: Flag,
        reader: Reader,
        taker: str = "",
        confirm: str | None = None,
        added: list[list[Button]] | None = None,
    ) -> Keyboard:
        """Return the alert's buttons for where it stands (none once closed).

        Positions never change meaning: the top row takes the flag (or says who did), the
        second row closes it. A confirmation puts "yes" on top and a full-width "cancel"
        below, so a second tap on the spot just pressed cancels rather than confirms. `added`:
        rows the features add below (see `extra_rows`), not while confirming.
        """
        t, lang = self.texts, reader.language
        if flag.state.closed:
            return Keyboard()
        if confirm is not None:
            yes = Button.of_html(
                t.get(lang, f"btn-confirm-{confirm}"),
                FlagButton(FlagAction(f"{confirm}ok"), flag.id).pack(),
            )
            back_data = FlagButton(FlagAction.BACK, flag.id).pack()
            back = Button.of_html(t.get(lang, "btn-confirm-cancel"), back_data)
            return Keyboard.of([[yes], [back]])
        if flag.state is FlagState.OPEN:
            top = Button.of_html(t.get(lang, "btn-ack"), FlagButton(FlagAction.ACK, flag.id).pack())
        else:
            who = FlagButton(FlagAction.WHO, flag.id).pack()
            top = Button.of_html(t.get(lang, "btn-taken-by", name=taker), who)
        close = [
            Button.of_html(
                t.get(lang, "btn-resolve"), FlagButton(FlagAction.RESOLVE, flag.id).pack()
            ),
            Button.of_html(
                t.get(lang, "btn-false-alarm"), FlagButton(FlagAction.FALSE_ALARM, flag.id).pack()
            ),
        ]
        return Keyboard.of([[top], close, *(added or [])])

    async def queue(
        self, tx: Transaction, flag: Flag, recipients: Iterable[int], step: int, now: str
    ) -> int:
        """Queue one copy of the alert per recipient at alert priority; return how many."""
        queued = 0
        for recipient in recipients:
            key = f"{ALERT_PREFIX}:{flag.id}:{step}:{recipient}:{flag.version}"
            queued += await self._queue_copy(tx, flag, recipient, step, key, now)
        return queued

    async def queue_again(
        self, tx: Transaction, flag: Flag, recipient: int, step: int, now: str
    ) -> str:
        """Queue a new copy for someone whose earlier copy failed; return its outbox key."""
        count = sum(1 for alert in await alerts_of(tx, flag.id) if alert.recipient_id == recipient)
        key = f"{ALERT_PREFIX}:{flag.id}:{step}:{recipient}:{flag.version}:again{count}"
        await self._queue_copy(tx, flag, recipient, step, key, now)
        return key

    async def _queue_copy(
        self, tx: Transaction, flag: Flag, recipient: int, step: int, key: str, now: str
    ) -> bool:
        """Record one copy and queue it at alert priority; False when the key was queued."""
        await add_alert(tx, flag.id, recipient, step, key, flag.version, now)
        return await enqueue_message(
            tx,
            await self.message(flag, recipient, step),
            kind=SendKind.ALERT,
            dedup_key=key,
            chat_id=recipient,
            priority=Priority.ALERT,
            now=now,
            user_id=flag.member_id,
        )

    async def refresh(self, tx: Transaction, flag: Flag, now: str) -> None:
        """Bring every copy up to the flag's version: rewrite unsent ones, edit sent ones."""
        for alert in await alerts_of(tx, flag.id):
            if alert.rendered_version >= flag.version or alert.state == "failed":
                continue
            if alert.recipient_id is None:
                continue
            message = await self.message(flag, alert.recipient_id, alert.step, head=alert.head)
            if await replace_payload(tx, alert.outbox_key, message.to_params()):
                await set_rendered_version(tx, alert.id, flag.version)
            elif alert.message_id is not None:
                await self.edit(tx, flag, alert, now)

    async def edit(self, tx: Transaction, flag: Flag, alert: FlagAlert, now: str) -> None:
        """Queue an edit of a delivered copy to show the flag's current version."""
        assert alert.recipient_id is not None
        assert alert.message_id is not None
        await self.edit_message(
            tx, flag, alert.recipient_id, alert.message_id, alert.step, now, alert.head
        )
        await set_rendered_version(tx, alert.id, flag.version)

    async def edit_message(
        self,
        tx: Transaction,
        flag: Flag,
        chat_id: int,
        message_id: int,
        step: int,
        now: str,
        head: str | None = None,
    ) -> None:
        """Queue an edit of any message showing this alert (a known copy or a duplicate).

        An edit of the same message to an older version still waiting is dropped first: only
        the latest counts, so a flood of changes leaves at most one edit per message.
        """
        message = await self.message(flag, chat_id, step, head=head)
        key = f"{EDIT_PREFIX}:{chat_id}:{message_id}:{flag.version}"
        # An edit to this version queued already (by `refresh`, with the copy's head) stays.
        await drop_unsent_in(tx, f"{EDIT_PREFIX}:{chat_id}:{message_id}:", keep=key)
        await enqueue_message(
            tx,
            TextEdit(message_id, message),
            kind=SendKind.ALERT_EDIT,
            dedup_key=key,
            chat_id=chat_id,
            priority=Priority.ALERT,
            now=now,
            user_id=flag.member_id,
        )


def icon_of(tier: str) -> str:
    """Return the colour mark of a tier."""
    return _ICONS.get(tier, "🟠")
