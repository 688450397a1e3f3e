"""The join gate: join requests answered in private (a human question, the group's agreement,
the privacy notice and consent) before the bot approves them; personal invite links that skip
it; optional read-only minutes after joining; and raid mode when joins spike.

A feature as one package (docs/architecture.md, "Adding a feature"): `model.py` pure,
`storage.py` SQL, `service.py` logic, `handlers.py` and `raid.py` Telegram, `feature.py` the
declaration. Outside it: `0027_join_gate.sql` and `content/locales/*/joingate.ftl`.
"""
