"""Services: the feature logic handlers call, free of Telegram update parsing."""
