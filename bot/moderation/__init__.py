"""Moderation: facilitators' /warn, /mute, /ban and /hold, held messages and appeals.

A feature package like `bot/rules/` (docs/architecture.md, "Adding a feature"): pure parts
(`model.py`), SQL (`storage.py`), services (`service.py` actions, `holds.py` held messages,
`cards.py` their review cards, `appeals.py`, `notices.py` what people are told; `build.py`
builds them and offers `hold_message` and `moderation_buttons` to other features), Telegram
calls (`telegram.py`), handlers
(`handlers.py`), timers (`jobs.py`) and its declaration (`feature.py`). Outside the package: its
migration (`0026_moderation.sql`) and texts (`content/locales/*/moderation.ftl`).
"""
