"""Read a feed's JSON from an http(s) address or a file, with a time limit and a size cap."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

TIMEOUT_SECONDS = 30.0
MAX_BYTES = 20 * 1024 * 1024  # the largest real feeds are a few MB
USER_AGENT = "peerbot-meeting-sync"


class SourceError(Exception):
    """The feed could not be read; the message says why in plain English."""


def is_url(source: str) -> bool:
    """Whether the source is a web address (http or https)."""
    return source.lower().startswith(("http://", "https://"))


def source_key(source: str) -> str:
    """How meetings remember where they came from: the address (without a user name or
    password in it), or the file's full path."""
    if not is_url(source):
        return str(Path(source).resolve())
    parts = urlsplit(source)
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def read_source(
    source: str, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES
) -> object:
    """The parsed JSON of the feed at an address or in a file."""
    data = _download(source, timeout, max_bytes) if is_url(source) else _read_file(source)
    if len(data) > max_bytes:
        raise SourceError(f"the feed is larger than {max_bytes // (1024 * 1024)} MB")
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise SourceError(f"the feed is not JSON ({error})") from None


def _read_file(path: str) -> bytes:
    """The bytes of a feed file."""
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise SourceError(f"the file cannot be read ({error.strerror or error})") from None


def _download(url: str, timeout: float, max_bytes: int) -> bytes:
    """The bytes at a web address, at most `max_bytes` + 1 of them."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data: bytes = response.read(max_bytes + 1)
            return data
    except urllib.error.HTTPError as error:
        raise SourceError(f"the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise SourceError(f"the server cannot be reached ({error.reason})") from None
    except TimeoutError:
        raise SourceError(f"no answer within {timeout:g} seconds") from None
    except OSError as error:
        raise SourceError(f"the download failed ({error})") from None
