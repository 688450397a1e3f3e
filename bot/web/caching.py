"""HTTP validators of a public document: a strong ETag from its bytes, and conditional GETs."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime


def etag_of(body: bytes) -> str:
    """A strong ETag of the body: the same bytes give the same tag, any change another."""
    return f'"{hashlib.sha256(body).hexdigest()[:32]}"'


def http_date(moment: datetime) -> str:
    """An HTTP date (RFC 9110 IMF-fixdate) of an aware time."""
    return format_datetime(moment.astimezone(UTC).replace(microsecond=0), usegmt=True)


def not_modified(
    etag: str, modified: datetime | None, if_none_match: str | None, if_modified_since: str | None
) -> bool:
    """Whether the client's copy is current (answer 304), per RFC 9110 section 13.2.2.

    If-None-Match wins when present (weak comparison, as for GET and HEAD); otherwise
    If-Modified-Since counts when the document's time is known.
    """
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or etag in tags
    if if_modified_since is None or modified is None:
        return False
    since = _parsed_date(if_modified_since)
    return since is not None and modified.replace(microsecond=0) <= since


def _parsed_date(value: str) -> datetime | None:
    """An HTTP date as an aware time, None when it is not one."""
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
