"""Each older feature's buttons as typed values (`bot.domain.callback.CallbackData`).

One module per feature; the code that builds a button and the code that handles it import the
same class. Features that are packages keep theirs in their own model (`bot/rules/model.py`).
"""
