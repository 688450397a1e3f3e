"""What the outbox sends, as values: the kind of each send, its small context, its outcome.

A send's kind (not the shape of its dedup key) says which feature hears how it went; its
context carries the few ids that feature needs then (never a person's words), as a typed value
written to and read from one JSON object.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Self, get_type_hints


class SendKind(StrEnum):
    """Every kind of message the outbox sends (stored with each row)."""

    ALERT = "alert"
    ALERT_EDIT = "alert-edit"
    ALERT_NOTICE = "alert-notice"
    FLAG_DIGEST = "flag-digest"
    STAFF_LEFT = "staff-left"
    MEMBER_WAIT = "crisis-wait"
    STAFF_WANTED = "staff-wanted"
    CRISIS_REPLY = "crisis-reply"
    CRISIS_NUDGE = "crisis-nudge"
    FLAG_FOLLOW_UP = "flag-follow-up"
    CHECKIN_PROMPT = "checkin-prompt"
    CHECKIN_SUMMARY = "checkin-summary"
    MEETING_NEWS = "meeting-news"
    MEETING_REMINDER = "meeting-reminder"
    ANNOUNCEMENT = "announcement"
    CONTACT_COPY = "contact-copy"
    CONTACT_EDIT = "contact-edit"
    # Moderation: what a member is told, a staff card (review, appeal), a Telegram action
    # (a held message deleted, a mute or ban lifted).
    MODERATION_NOTICE = "moderation-notice"
    MODERATION_CARD = "moderation-card"
    MODERATION_ACTION = "moderation-action"
    # Member feedback after a meeting and the wellbeing check (issue 24).
    FEEDBACK_ASK = "feedback-ask"
    WELLBEING_ASK = "wellbeing-ask"
    # Facilitator care (issue 24): a break told to the group's staff, the soft cap's note.
    BREAK_NOTICE = "break-notice"
    CAP_NOTE = "cap-note"
    # Facilitator care: a debrief offered, a request to supervisors or facilitators, the next
    # day's "how are you?".
    DEBRIEF_OFFER = "debrief-offer"
    DEBRIEF_REQUEST = "debrief-request"
    DEBRIEF_CHECKIN = "debrief-checkin"
    # The programme report (PDF and CSV) an admin asked for.
    IMPACT_REPORT = "impact-report"
    OTHER = "other"


class SendContext:
    """Base of a kind's context: a frozen dataclass of ints and strings, stored as JSON."""

    def to_json(self) -> str:
        """The context as the outbox stores it."""
        return json.dumps(dataclasses.asdict(cast_dataclass(self)), sort_keys=True)

    @classmethod
    def read(cls, stored: str | None) -> Self | None:
        """The context a row holds; None when it holds none of this shape (never an error)."""
        try:
            values = json.loads(stored) if stored else None
        except ValueError:
            return None
        if not isinstance(values, dict):
            return None
        hints = get_type_hints(cls)
        names = [field.name for field in dataclasses.fields(cast_dataclass(cls))]
        if set(values) != set(names):
            return None
        for name in names:
            if type(values[name]) is not hints[name]:
                return None
        return cls(**values)


def cast_dataclass(value: Any) -> Any:
    """The value, checked to be a dataclass (instance or class)."""
    if not dataclasses.is_dataclass(value):
        raise TypeError(f"{value!r} is not a dataclass")
    return value


@dataclass(frozen=True)
class SendOutcome:
    """How one send ended, as the feature that queued it hears it."""

    kind: SendKind
    dedup_key: str
    chat_id: int
    context: str | None
    # False when it failed for good (blocked, refused, given up after retries).
    delivered: bool
    # The id of the message it became, when Telegram answered with one.
    message_id: int | None
    # The text it carried (an alert's copy is compared with what it should say now).
    text: str

    @classmethod
    def of(
        cls,
        kind: SendKind,
        dedup_key: str,
        chat_id: int,
        context: str | None,
        params: Any,
        result: Any,
    ) -> SendOutcome:
        """Read a Bot API answer (None: failed for good) into an outcome."""
        message_id = result.get("message_id") if isinstance(result, dict) else None
        text = params.get("text") if isinstance(params, dict) else None
        return cls(
            kind,
            dedup_key,
            chat_id,
            context,
            result is not None,
            message_id if isinstance(message_id, int) else None,
            text if isinstance(text, str) else "",
        )


# Told how a send of its kind went (delivered, or failed for good).
OutcomeObserver = Callable[[SendOutcome], Awaitable[None]]
