"""/break: a facilitator steps back for a while (issue 24, "Facilitator care").

A feature package like `bot/rules/`: its pure parts (`model.py`), its SQL (`storage.py`), its
logic (`service.py`: refusing a break that leaves a group with nobody, handing over held flags,
telling who covers, ending breaks on time), its Telegram handlers (`handlers.py`) and its
declaration (`feature.py`). Outside the package: migration `0031_breaks.sql`, the texts in
`content/locales/*/breaks.ftl`, and the hooks in on call (`OnCallService.away`) and
escalation (the soft cap and re-paging taken flags, `bot/services/escalation.py`).
"""
