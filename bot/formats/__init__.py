"""Locale formatting and parsing from CLDR (Babel): dates, times, numbers, names, zones.

Pure like `bot/domain` (no Telegram, no database), but not standard-library only: Babel.
"""
