"""Conditional GETs of the public web (RFC 9110): ETag comparison and If-Modified-Since."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.web.caching import etag_of, http_date, not_modified

MODIFIED = datetime(2027, 3, 1, 9, 0, 30, 500_000, tzinfo=UTC)
TAG = etag_of(b"BEGIN:VCALENDAR")


def test_etag_is_strong_and_follows_the_bytes() -> None:
    """Quoted, not weak; one byte more gives another tag."""
    assert TAG.startswith('"')
    assert TAG.endswith('"')
    assert etag_of(b"BEGIN:VCALENDAR") == TAG
    assert etag_of(b"BEGIN:VCALENDAR ") != TAG


def test_if_none_match_forms() -> None:
    """A list, a weak copy of our tag and * match; another tag does not."""
    assert not_modified(TAG, None, TAG, None)
    assert not_modified(TAG, None, f'"other", W/{TAG}', None)
    assert not_modified(TAG, None, "*", None)
    assert not not_modified(TAG, None, '"other"', None)
    assert not not_modified(TAG, None, "", None)


def test_if_none_match_wins_over_if_modified_since() -> None:
    """A stale ETag is 200 even when the date alone would say 304."""
    assert not not_modified(TAG, MODIFIED, '"old"', http_date(MODIFIED))


def test_if_modified_since_to_the_second() -> None:
    """The same second or later is current; a second earlier, a bad date or no time is not."""
    assert http_date(MODIFIED) == "Mon, 01 Mar 2027 09:00:30 GMT"
    assert not_modified(TAG, MODIFIED, None, "Mon, 01 Mar 2027 09:00:30 GMT")
    assert not_modified(TAG, MODIFIED, None, "Tue, 02 Mar 2027 09:00:00 GMT")
    assert not not_modified(TAG, MODIFIED, None, "Mon, 01 Mar 2027 09:00:29 GMT")
    assert not not_modified(TAG, MODIFIED, None, "yesterday")
    assert not not_modified(TAG, None, None, "Mon, 01 Mar 2027 09:00:30 GMT")
