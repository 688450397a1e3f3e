"""/rules: a group's agreement, shown to its members and edited by its facilitators.

The worked example of a feature as one package (docs/architecture.md, "Adding a feature"):
its pure parts (`model.py`), its SQL (`storage.py`), its logic (`service.py`), its Telegram
handlers (`handlers.py`) and its declaration (`feature.py`: one line in `bot/features.py`).
Outside the package it has only its migration (`0020_group_rules.sql`) and its texts
(`content/locales/*/rules.ftl`).
"""
