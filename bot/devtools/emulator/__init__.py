"""The project's own Telegram Bot API emulator (core, HTTP server, fake PTB transport)."""

from .control import Emulator
from .fake_request import EmulatorRequest
from .faults import FaultKind
from .flood import FloodConfig, FloodLimiter
from .html import parse_html, strip_html
from .models import (
    ApiError,
    CallRecord,
    Chat,
    EmulatorTimeout,
    FileRecord,
    Mark,
    StoredMessage,
    User,
    UserActionRefused,
)
from .state import EmulatorCore

__all__ = [
    "ApiError",
    "CallRecord",
    "Chat",
    "Emulator",
    "EmulatorCore",
    "EmulatorRequest",
    "EmulatorTimeout",
    "FaultKind",
    "FileRecord",
    "FloodConfig",
    "FloodLimiter",
    "Mark",
    "StoredMessage",
    "User",
    "UserActionRefused",
    "parse_html",
    "strip_html",
]
