"""Uploads: photos must be images Telegram can process, and no request may exceed 50 MB."""

from __future__ import annotations

import struct

import pytest

from bot.devtools.emulator import EmulatorCore
from bot.devtools.emulator.images import MAX_UPLOAD_BYTES, image_size, make_png


@pytest.fixture
def core() -> EmulatorCore:
    """A fresh core with bot token 42:T."""
    return EmulatorCore("42:T")


def _jpeg(width: int, height: int) -> bytes:
    """A JPEG header: SOI, an APP0 segment, then a baseline start-of-frame."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00" + b"\x00" * 9
    sof = b"\xff\xc0" + struct.pack(">HBHH", 17, 8, height, width) + b"\x00" * 10
    return b"\xff\xd8" + app0 + sof


def _send_photo(core: EmulatorCore, data: bytes) -> tuple[int, str]:
    """Upload `data` as a photo to a new user; return (status, description or "")."""
    user = core.add_user("Ann")
    status, body = core.call("sendPhoto", {"chat_id": user.id}, {"photo": ("p.jpg", data)})
    return status, str(body.get("description", ""))


def test_image_headers_give_their_size() -> None:
    """PNG, JPEG, GIF and BMP headers are read; other bytes are not images."""
    assert image_size(make_png(40, 30)) == (40, 30)
    assert image_size(_jpeg(640, 480)) == (640, 480)
    assert image_size(b"GIF89a" + struct.pack("<HH", 7, 9)) == (7, 9)
    assert image_size(b"BM" + b"\x00" * 16 + struct.pack("<ii", 5, -6)) == (5, 6)
    assert image_size(b"%PDF-1.7 not a picture") is None


@pytest.mark.parametrize(
    ("data", "description"),
    [
        (b"%PDF-1.7 not a picture", "Bad Request: IMAGE_PROCESS_FAILED"),
        (b"\x89PNG...", "Bad Request: IMAGE_PROCESS_FAILED"),
        (make_png(9000, 1001), "Bad Request: PHOTO_INVALID_DIMENSIONS"),
        (make_png(2100, 100), "Bad Request: PHOTO_INVALID_DIMENSIONS"),
    ],
)
def test_bad_photos_are_refused(core: EmulatorCore, data: bytes, description: str) -> None:
    """Non-images and sizes past Telegram's limits (w+h <= 10000, ratio <= 20) are 400s."""
    assert _send_photo(core, data) == (400, description)


def test_good_photo_keeps_its_proportions(core: EmulatorCore) -> None:
    """A real image is stored; its PhotoSize has the image's proportions."""
    user = core.add_user("Ann")
    status, body = core.call(
        "sendPhoto", {"chat_id": user.id}, {"photo": ("p.jpg", _jpeg(2560, 1440))}
    )
    assert status == 200, body
    assert body["result"]["photo"][-1]["width"] == 1280
    assert body["result"]["photo"][-1]["height"] == 720


def test_uploads_over_50_mb_are_413(core: EmulatorCore) -> None:
    """A request whose files exceed 50 MB gets 413 Request Entity Too Large, stores nothing."""
    user = core.add_user("Ann")
    big = ("big.bin", bytes(MAX_UPLOAD_BYTES + 1))
    status, body = core.call("sendDocument", {"chat_id": user.id}, {"document": big})
    assert (status, body) == (
        413,
        {"ok": False, "error_code": 413, "description": "Request Entity Too Large"},
    )
    assert core.bot_messages(user.id) == []
    just = ("ok.bin", bytes(MAX_UPLOAD_BYTES))
    assert core.call("sendDocument", {"chat_id": user.id}, {"document": just})[0] == 200
