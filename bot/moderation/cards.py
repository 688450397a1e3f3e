"""Held messages' review cards (one to each reviewer, each edited once the message is
reviewed, without its words) and the word to the author that their message is held."""

from __future__ import annotations

from bot.delivery.pacing import Priority
from bot.domain.messages import Button, Keyboard, OutgoingText, TextEdit
from bot.domain.sends import SendKind
from bot.moderation.model import HeldButton, HeldMessage, Review
from bot.moderation.notices import Notices
from bot.moderation.storage import cards_of, held_of_author
from bot.storage.db import Transaction
from bot.storage.outbox import enqueue_message


async def send_cards(
    notices: Notices,
    tx: Transaction,
    held: HeldMessage,
    reviewers: list[int],
    group: str,
    name: str,
    now: str,
) -> None:
    """A review card to each reviewer, in their language."""
    for reviewer in reviewers:
        language = await notices.language_of(reviewer)
        texts = notices.texts
        card_id = "mod-held-card-crisis" if held.crisis else "mod-held-card"
        text = texts.get(
            language,
            card_id,
            group=group,
            name=name,
            reason=held.reason,
            kind=held.kind,
            text=held.text or texts.get(language, "mod-held-no-text"),
        )
        second = "btn-mod-keep-hidden" if held.crisis else "btn-mod-discard"
        keyboard = Keyboard.of(
            [
                [
                    Button.of_html(
                        texts.get(language, "btn-mod-release"),
                        HeldButton(Review.RELEASE, held.id).pack(),
                    ),
                    Button.of_html(
                        texts.get(language, second),
                        HeldButton(Review.DISCARD, held.id).pack(),
                    ),
                ]
            ]
        )
        await notices.send(
            tx,
            to=reviewer,
            text=text,
            key=f"moderation:card:{held.id}:{reviewer}",
            about=held.author_id,
            now=now,
            keyboard=keyboard,
            kind=SendKind.MODERATION_CARD,
            priority=Priority.ALERT if held.crisis else Priority.INTERACTIVE,
        )


async def close_cards(
    notices: Notices,
    tx: Transaction,
    held: HeldMessage,
    cards: list[tuple[int, int]],
    outcome: str,
    name: str | None,
    now: str,
) -> None:
    """Every delivered card now says how the message was reviewed, without its words."""
    author = await notices.name_of(held.author_id, name)
    group = await notices.group_title(held.chat_id)
    for reader, message_id in cards:
        text = await notices.text(
            reader, "mod-held-card-done", name=author, group=group, outcome=outcome
        )
        await enqueue_message(
            tx,
            TextEdit(message_id, OutgoingText(text, keyboard=Keyboard())),
            kind=SendKind.MODERATION_CARD,
            dedup_key=f"moderation:cardedit:{held.id}:{reader}",
            chat_id=reader,
            priority=Priority.INTERACTIVE,
            now=now,
        )


async def tell_author(
    notices: Notices, tx: Transaction, held: HeldMessage, group: str, now: str
) -> None:
    """The author hears that their message is held; a possible cry for help gets no
    reason and no appeal, only that they are not in trouble and someone will see it."""
    author = held.author_id
    if held.crisis:
        text = await notices.text(author, "mod-told-hold-crisis", group=group)
        keyboard = None
    else:
        text = await notices.text(author, "mod-told-hold", group=group, reason=held.reason)
        keyboard = await notices.appeal_keyboard(author, held.action_id or 0)
    await notices.send(
        tx,
        to=author,
        text=text,
        key=f"moderation:told:{held.action_id}",
        about=author,
        now=now,
        keyboard=keyboard,
        priority=Priority.ALERT if held.crisis else Priority.INTERACTIVE,
    )


async def close_expired(
    notices: Notices, tx: Transaction, held: HeldMessage, cards: list[tuple[int, int]], now: str
) -> None:
    """A copy nobody reviewed in time: its cards say so; its author hears it stays out and is
    not held against them (a possible cry for help, weeks later, hears nothing new)."""
    await close_cards(notices, tx, held, cards, "expired", None, now)
    if held.crisis:
        return
    group = await notices.group_title(held.chat_id)
    await notices.send(
        tx,
        to=held.author_id,
        text=await notices.text(held.author_id, "mod-told-held-expired", group=group),
        key=f"moderation:expired:{held.id}:{held.held_at}",
        about=held.author_id,
        now=now,
    )


async def take_words_off_cards(notices: Notices, tx: Transaction, author_id: int, now: str) -> None:
    """/forget: every delivered review card of the person's held messages loses the words, the
    name and the buttons, and says the author asked for their data to be erased."""
    for held_id, chat_id in await held_of_author(tx, author_id):
        group = await notices.group_title(chat_id)
        for reader, message_id in await cards_of(tx, held_id):
            if reader == author_id:  # their own chat: nothing of theirs is written to them now
                continue
            text = await notices.text(reader, "mod-held-card-erased", group=group)
            await enqueue_message(
                tx,
                TextEdit(message_id, OutgoingText(text, keyboard=Keyboard())),
                kind=SendKind.MODERATION_CARD,
                dedup_key=f"moderation:carderased:{held_id}:{reader}",
                chat_id=reader,
                priority=Priority.INTERACTIVE,
                now=now,
            )
