"""Developer tools: the project's own Telegram Bot API emulator and related helpers."""
