"""The public web: the meeting feed and calendars over HTTP (read only, off unless enabled)."""
