"""The emulator core: every Bot API method except the waiting part of getUpdates, no HTTP."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Mapping
from typing import Any

from .api_commands import CommandsMixin
from .api_messages import MessagesMixin
from .api_misc import WebhookQueueMixin
from .faults import FaultAction
from .images import check_upload_size
from .inject import InjectMixin
from .models import JSON, MESSAGE_CREATING_METHODS, ApiError, CallRecord, Outcome
from .moderation import ModerationMixin
from .params import FileParts, normalize_params, summarize
from .pins import PinsMixin
from .spec import check_params
from .waiting import WaitMixin

Handler = Callable[[JSON, FileParts], Any]

_ACCEPTED = frozenset(
    {
        "sendchataction",
        "setmydescription",
        "setmyshortdescription",
        "setmyname",
        "setchatmenubutton",
        "setmydefaultadministratorrights",
    }
)
_METHOD_NAME = re.compile(r"^[A-Za-z]{1,64}$")


class EmulatorCore(
    InjectMixin,
    PinsMixin,
    ModerationMixin,
    WaitMixin,
    MessagesMixin,
    CommandsMixin,
    WebhookQueueMixin,
):
    """Thread-safe in-memory Telegram: bot-side `call()` plus the user-side control API."""

    def call(
        self,
        method: str,
        params: Mapping[str, Any] | None = None,
        files: FileParts | None = None,
        *,
        token: str | None = None,
    ) -> tuple[int, JSON]:
        """Handle one Bot API call and return (HTTP status, Telegram-shaped JSON body)."""
        outcome = self.call_ex(method, params, files, token=token)
        return outcome.status, outcome.body

    def call_ex(
        self,
        method: str,
        params: Mapping[str, Any] | None = None,
        files: FileParts | None = None,
        *,
        token: str | None = None,
        record: bool = True,
    ) -> Outcome:
        """Like `call` but also report HTTP-level fault behaviour (delay, connection reset)."""
        parts = files or {}
        with self._lock:
            decoded: JSON = dict(params or {})
            try:
                decoded = normalize_params(params or {})
                outcome = self._dispatch(method, decoded, parts, token)
            except ApiError as error:
                outcome = Outcome(error.status, error.body())
            if record:
                self.record(method, decoded, parts, outcome)
            return outcome

    def record(self, method: str, params: JSON, files: FileParts, outcome: Outcome) -> None:
        """Append a CallRecord for a finished call and wake waiters."""
        with self._lock:
            error = None if outcome.status == 200 else str(outcome.body.get("description"))
            self.calls.append(
                CallRecord(
                    len(self.calls),
                    method,
                    summarize(params, files),
                    time.monotonic(),
                    time.time(),
                    outcome.status,
                    error,
                )
            )
            self.status_counts[outcome.status] += 1
            _log_method(method)
            self._changed()

    def check_token(self, token: str) -> bool:
        """Whether `token` is this bot's (unrevoked) token."""
        with self._lock:
            return token == self.token and not self.revoked

    def _handler(self, method: str) -> Handler:
        """Return the handler for a (case-insensitive) method name or raise 404."""
        name = method.lower()
        if _METHOD_NAME.match(method):
            handler: Handler | None = getattr(self, f"m_{name}", None)
            if handler is not None:
                return handler
            if name in _ACCEPTED:
                return self.m_accepted
        raise ApiError(404, "Not Found")

    def _dispatch(self, method: str, params: JSON, files: FileParts, token: str | None) -> Outcome:
        """Authorise, apply faults/flood limits, run the handler and wrap its result."""
        if self.revoked or (token is not None and token != self.token):
            raise ApiError(401, "Unauthorized")
        handler = self._handler(method)
        check_upload_size(sum(len(data) for _, data in files.values()))
        check_params(method, params, files)
        name = method.lower()
        chat_id = _chat_of(params)
        action = self.faults.take(name, chat_id)
        if action is not None and not action.run_effect:
            return _no_effect(action)
        persistent = self.faults.persistent_error(name, chat_id, self.now())
        if persistent is not None:
            raise persistent
        limited = self._flood_applies(name, chat_id)
        if limited is not None:
            self._check_flood(*limited)
        result = handler(params, files)
        if limited is not None and self.flood is not None:
            self.flood.consume(*limited)
        if name != "getupdates":  # it notifies by itself, and only when it confirmed updates
            self._changed()
        delay = action.delay if action is not None else 0.0
        return Outcome(200, {"ok": True, "result": result}, delay=delay)

    def _flood_applies(self, name: str, chat_id: int | None) -> tuple[int, bool] | None:
        """Return (chat_id, is_group) when flood limits apply to this call."""
        if self.flood is None or name not in MESSAGE_CREATING_METHODS or chat_id is None:
            return None
        chat = self.chats.get(chat_id)
        return chat_id, chat is not None and chat.type in ("group", "supergroup")

    def _check_flood(self, chat_id: int, is_group: bool) -> None:
        """Raise 429 with a whole-second retry_after when a flood limit is exceeded."""
        assert self.flood is not None
        retry = self.flood.check(chat_id, is_group)
        if retry is not None:
            raise ApiError(429, f"Too Many Requests: retry after {retry}", {"retry_after": retry})


def _log_method(method: str) -> None:
    """Append a requested method's name to $PEERBOT_EMULATOR_METHODS_LOG, once per process.

    Run tests with it set to learn which Bot API methods the bot really calls (see
    tests/data/botapi/bot_methods.txt).
    """
    path = os.environ.get(METHODS_LOG_ENV)
    if not path or method in _LOGGED:
        return
    _LOGGED.add(method)
    with open(path, "a", encoding="utf-8") as log:
        log.write(method + "\n")


METHODS_LOG_ENV = "PEERBOT_EMULATOR_METHODS_LOG"
_LOGGED: set[str] = set()


def _chat_of(params: JSON) -> int | None:
    """Return the integer chat_id of a call, if any."""
    value = params.get("chat_id")
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return None


def _no_effect(action: FaultAction) -> Outcome:
    """Return the outcome of a fault whose call must have no effect."""
    if action.error is not None:
        return Outcome(action.error.status, action.error.body())
    body = {"ok": False, "error_code": 0, "description": "no response (injected network fault)"}
    return Outcome(0, body, delay=action.delay, reset=True)
