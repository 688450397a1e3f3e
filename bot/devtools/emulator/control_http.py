"""A small JSON control side under /_control/ so another process (a shell) can drive it."""

from __future__ import annotations

import dataclasses
import json
from typing import TYPE_CHECKING, Any

from tornado.web import RequestHandler

from .models import JSON, StoredMessage

if TYPE_CHECKING:
    from .http import EmulatorServer


def message_json(message: StoredMessage) -> JSON:
    """Return the control-side view of a stored message (no file bytes)."""
    return {
        "chat_id": message.chat_id,
        "message_id": message.message_id,
        "seq": message.seq,
        "from_bot": message.from_bot,
        "kind": message.kind,
        "text": message.text,
        "plain_text": message.plain_text,
        "reply_markup": message.reply_markup,
        "deleted": message.deleted,
        "edits": len(message.edits),
    }


class ControlHandler(RequestHandler):
    """POST/GET /_control/<action> with JSON bodies and JSON answers."""

    def initialize(self, server: EmulatorServer) -> None:
        """Receive the server object from the route table."""
        self.server = server

    def _answer(self, body: Any, status: int = 200) -> None:
        """Write a JSON answer."""
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(body, default=str))

    def _body(self) -> JSON:
        """Return the JSON request body (or {})."""
        data = json.loads(self.request.body or b"{}")
        return data if isinstance(data, dict) else {}

    async def post(self, action: str) -> None:
        """Run a state-changing control action."""
        core = self.server.core
        body = self._body()
        try:
            if action == "users":
                result: Any = dataclasses.asdict(core.add_user(**body))
            elif action == "groups":
                result = dataclasses.asdict(core.add_group(**body))
            elif action == "message":
                result = core.inject_message(
                    int(body["user_id"]), str(body["text"]), body.get("chat_id")
                )
            elif action == "press":
                result = core.press_button(**body)
            elif action == "fault":
                core.fail_next(**body)
                result = True
            else:
                self._answer({"error": f"unknown action {action}"}, 404)
                return
        except (KeyError, LookupError, TypeError, ValueError) as exc:
            self._answer({"error": str(exc)}, 400)
            return
        self._answer(result)

    async def get(self, action: str) -> None:
        """Read messages (optionally waiting for new ones) or calls."""
        core = self.server.core
        if action == "messages":
            chat_id = int(self.get_argument("chat_id"))
            after = int(self.get_argument("after_seq", "0"))
            wait = min(30.0, float(self.get_argument("wait", "0")))
            deadline = self.server.loop.time() + wait
            while True:
                found = [
                    m for m in core.bot_messages(chat_id, include_deleted=True) if m.seq > after
                ]
                remaining = deadline - self.server.loop.time()
                if found or remaining <= 0 or self.server.stopping:
                    break
                await self.server.wait_change(remaining)
            self._answer([message_json(m) for m in found])
        elif action == "calls":
            since = int(self.get_argument("since", "0"))
            self._answer([dataclasses.asdict(c) for c in core.get_calls()[since:]])
        else:
            self._answer({"error": f"unknown action {action}"}, 404)


def control_routes(server: EmulatorServer) -> list[Any]:
    """Return the tornado route entries of the control side."""
    return [(r"/_control/([a-z_]+)", ControlHandler, {"server": server})]
