"""Daily check-ins: plans, when they are due, mood patterns and charts (pure domain code)."""
