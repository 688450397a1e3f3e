"""A PTB transport that serves `telegram.Bot` straight from an EmulatorCore (no sockets)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import unquote, urlsplit

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from .params import FileParts
from .state import EmulatorCore


def _read(content: Any) -> bytes:
    """Return the bytes of a multipart part (bytes or a file handle)."""
    if isinstance(content, bytes):
        return content
    data = content.read()
    return data if isinstance(data, bytes) else bytes(data)


class EmulatorRequest(BaseRequest):
    """`BaseRequest` whose `do_request` calls `core.call` in-process; getUpdates never waits."""

    def __init__(self, core: EmulatorCore) -> None:
        """Serve requests from `core`."""
        self.core = core

    @property
    def read_timeout(self) -> float | None:
        """No network, so no read timeout."""
        return None

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Route `.../bot<token>/<method>` to the core and `.../file/bot<token>/<path>` to files."""
        path = unquote(urlsplit(url).path)
        if "/file/bot" in path:
            return self._download(path)
        prefix, _, api_method = path.rpartition("/")
        token = prefix.rpartition("/bot")[2]
        params: dict[str, Any] = dict(request_data.parameters) if request_data else {}
        files: FileParts = {}
        if request_data is not None and request_data.contains_files:
            for name, (filename, content, _mime) in request_data.multipart_data.items():
                files[name] = (filename, _read(content))
        outcome = self.core.call_ex(api_method, params, files, token=token)
        if outcome.reset:
            if outcome.delay:
                raise TimedOut("emulator: injected timeout")
            raise NetworkError("emulator: injected connection reset")
        if outcome.delay:
            raise TimedOut("emulator: injected timeout after effect")
        return outcome.status, json.dumps(outcome.body).encode()

    def _download(self, path: str) -> tuple[int, bytes]:
        """Serve a file download from the core's stored files."""
        _, _, rest = path.partition("/file/bot")
        token, _, file_path = rest.partition("/")
        data = self.core.file_bytes(file_path) if self.core.check_token(token) else None
        if data is None:
            body = {"ok": False, "error_code": 404, "description": "Not Found"}
            return 404, json.dumps(body).encode()
        return 200, data
