"""The wellbeing check: opt-in, with its own consent, at joining and after 8 and 12 weeks.

`model.py` is pure (the scale's items from content/wellbeing/, waves, buttons, the cohort's
guarded change), `storage.py` the only SQL, `service.py` who is asked and when, `handlers.py`
/wellbeing and the buttons, `feature.py` the entry in `bot/features.py`.
"""
