"""Member feedback after a meeting: "How was it for you?", stored without the member's id.

`model.py` is pure (buttons, weeks, the summary's guard), `storage.py` the only SQL,
`service.py` who is asked and when, `handlers.py` the buttons, `feature.py` the entry in
`bot/features.py`.
"""
