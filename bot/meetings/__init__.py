"""Meetings: the model, recurrence, calendar files and the Meeting Guide feed."""
