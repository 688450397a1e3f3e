"""Facilitator care (issue 24): supervisors, the load view and debriefs after hard moments.

`model.py` is pure (night hours, time on call, the buttons), `storage.py` and
`storage_load.py` the only SQL, `service.py` supervisors and who may see the load,
`debriefs.py` the debriefs, `load.py` the load view's figures and text, `handlers.py`
`/supervisors`, `/load` and the buttons, `feature.py` the entry in `bot/features.py`.
Supervisors see load and debrief requests, never members' words or names.
"""
