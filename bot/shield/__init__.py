"""The spam shield: newcomers' links, forwards and media held for review, a flood limit, a block
list shared across the bot's groups and an optional public spammer list (CAS).

A feature package like `bot/rules/`: pure parts (`model.py`), SQL (`storage.py`), logic
(`service.py`, notices in `notices.py`, the CAS client and its background lookups in
`cas.py`, the moderation holder in `holding.py`), Telegram handlers
(`handlers.py` in the shield's stage, staff commands in `handlers_staff.py`) and its declaration
(`feature.py`). Outside: `0030_spam_shield.sql` and `content/locales/*/shield.ftl`.
"""
