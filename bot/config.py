"""Settings from the environment and `.env`, with plain-language errors."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.domain.language import SUPPORTED_LANGUAGES
from bot.domain.zones import is_valid_timezone

DEFAULT_API_URL = "https://api.telegram.org"
# The content/ folder beside the code, so the bot finds its texts from any working directory.
DEFAULT_CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"
_TOKEN_PATTERN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{20,}$")


class ConfigError(Exception):
    """A setting is missing or invalid; the message says which and how to fix it."""


class StorageSettings(BaseSettings):
    """What commands that only touch the database need (no token)."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_path: Path = Path("data/peerbot.sqlite3")


class Settings(StorageSettings):
    """Every setting of the bot; see `.env.example` for what each one means."""

    bot_token: SecretStr
    telegram_api_url: str = DEFAULT_API_URL
    admin_ids: Annotated[tuple[int, ...], NoDecode] = ()
    timezone: str = "UTC"
    default_language: str = "en"
    content_dir: Path = DEFAULT_CONTENT_DIR
    log_level: str = "INFO"
    poll_timeout: int = Field(default=30, ge=0, le=50)
    send_rate_limit: float = Field(default=30.0, ge=0)
    webhook_url: str = ""
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    webhook_secret: SecretStr = SecretStr("")
    # The public web (meeting feed and calendars): off unless PUBLIC_WEB_GROUPS names groups
    # (their chat ids, or "all"). Polling mode serves it on PUBLIC_WEB_LISTEN:PUBLIC_WEB_PORT;
    # webhook mode on the webhook server. The secret keeps group addresses from naming chats.
    public_web_groups: str = ""
    public_web_secret: SecretStr = SecretStr("")
    public_web_listen: str = "127.0.0.1"
    public_web_port: int = Field(default=8080, ge=1, le=65535)
    escalation_minutes: float = Field(default=5.0, gt=0, le=1440)
    escalation_imminent_minutes: float = Field(default=2.0, gt=0, le=1440)
    escalation_rounds: int = Field(default=3, ge=0, le=20)
    # After the rounds, an open flag is repeated to everyone on it and the admins, forever:
    # every REPEAT minutes, then every LATE minutes once it is LATE_AFTER hours old.
    escalation_repeat_minutes: float = Field(default=30.0, gt=0, le=1440)
    escalation_late_minutes: float = Field(default=60.0, gt=0, le=1440)
    escalation_late_after_hours: float = Field(default=2.0, ge=0, le=168)
    # The soft cap: a facilitator who took this many high or imminent alerts in 7 days is
    # alerted after the others (never left without anyone); 0 turns it off.
    alert_soft_cap: int = Field(default=4, ge=0, le=1000)
    # A taken alert not closed after this many minutes is re-paged to its holder, then to the
    # others, at longer waits; 0 turns it off.
    taken_flag_repage_minutes: float = Field(default=60.0, ge=0, le=10080)
    # Local hour (TIMEZONE) of the admins' daily digest of flags still open.
    digest_hour: int = Field(default=9, ge=0, le=23)
    flag_repeat_minutes: float = Field(default=60.0, ge=0, le=10080)
    flag_retention_days: int = Field(default=30, ge=1, le=3650)
    meeting_reminder_choices: Annotated[tuple[int, ...], NoDecode] = (1440, 60)
    meeting_group_post_minutes: int = Field(default=60, ge=0, le=10080)
    meeting_check_seconds: float = Field(default=30.0, ge=0.2, le=300)
    checkin_note_retention_days: int = Field(default=90, ge=1, le=3650)
    checkin_check_seconds: float = Field(default=15.0, ge=0.2, le=300)
    # Moderation: days a member's record (warnings, mutes, bans, holds, appeals) is kept, and
    # days a held message's copy waits for review before it is erased (a possible crisis keeps
    # it as long as FLAG_RETENTION_DAYS when that is longer).
    moderation_retention_days: int = Field(default=180, ge=1, le=3650)
    held_message_days: int = Field(default=7, ge=1, le=365)
    # The join gate: minutes an applicant has to answer before the request is declined.
    gate_timeout_minutes: float = Field(default=30.0, gt=0, le=1440)
    # Raid mode: this many people joining a group within RAID_WINDOW_SECONDS switch it on;
    # RAID_QUIET_MINUTES without a join switch it off again.
    raid_joins: int = Field(default=10, ge=2, le=10000)
    raid_window_seconds: float = Field(default=60.0, gt=0, le=86400)
    raid_quiet_minutes: float = Field(default=30.0, gt=0, le=10080)
    # How often, in seconds, the bot declines lapsed join requests and ends quiet raids.
    gate_check_seconds: float = Field(default=15.0, ge=0.2, le=300)
    # The spam shield (bot/shield): a newcomer's links, forwards and media wait for review for
    # this many hours after they join (groups may choose their own); more than FLOOD_MESSAGES
    # in FLOOD_SECONDS mutes a person for MUTE_MINUTES; CAS_URL (empty: off) is a public
    # spammer list asked in the background.
    shield_newcomer_hours: int = Field(default=24, ge=0, le=168)
    shield_flood_messages: int = Field(default=8, ge=1, le=100)
    shield_flood_seconds: float = Field(default=10.0, gt=0, le=600)
    shield_mute_minutes: int = Field(default=10, ge=1, le=1440)
    shield_cas_url: str = ""
    # How often the WAL is folded into the database and cut (erased rows live on in it).
    checkpoint_seconds: float = Field(default=60.0, ge=1, le=3600)
    # Tests and demos only: the bot's clock runs ahead by the seconds written in this file.
    dev_clock_file: Path | None = None
    # Tests only: every write statement's verb and table (never a value) is appended here.
    dev_sql_trace_file: Path | None = None

    @field_validator("bot_token")
    @classmethod
    def _check_token(cls, value: SecretStr) -> SecretStr:
        """Reject tokens that cannot be a BotFather token."""
        if not _TOKEN_PATTERN.match(value.get_secret_value().strip()):
            raise ValueError("does not look like a bot token")
        return SecretStr(value.get_secret_value().strip())

    @field_validator("telegram_api_url")
    @classmethod
    def _check_api_url(cls, value: str) -> str:
        """Accept only http(s) roots, without a trailing slash."""
        value = value.strip().rstrip("/")
        if not re.match(r"^https?://[^/\s]+", value):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("shield_cas_url")
    @classmethod
    def _check_cas_url(cls, value: str) -> str:
        """Accept an empty value (no lookup) or an http(s) URL."""
        value = value.strip()
        if value and not re.match(r"^https?://[^/\s]+", value):
            raise ValueError(
                "must be an http:// or https:// address, e.g. https://api.cas.chat/check"
            )
        return value

    @field_validator("webhook_url")
    @classmethod
    def _check_webhook_url(cls, value: str) -> str:
        """Accept an empty value (no webhook) or an http(s) URL."""
        value = value.strip()
        if value and not re.match(r"^https?://[^/\s]+", value):
            raise ValueError("must be the public https:// address Telegram should post to")
        return value

    @field_validator("webhook_secret", "public_web_secret")
    @classmethod
    def _check_webhook_secret(cls, value: SecretStr) -> SecretStr:
        """Accept an empty secret or 32 to 256 characters of A-Z, a-z, 0-9, _ and -."""
        secret = value.get_secret_value().strip()
        if secret and not re.fullmatch(r"[A-Za-z0-9_-]{32,256}", secret):
            raise ValueError("must be 32 to 256 characters of letters, digits, _ and -")
        return SecretStr(secret)

    def require_webhook(self) -> None:
        """Check that webhook mode has its URL and a secret; raise ConfigError otherwise."""
        if not self.webhook_url:
            raise ConfigError("WEBHOOK_URL is not set. Webhook mode needs the public https:// URL.")
        if not self.webhook_secret.get_secret_value():
            raise ConfigError(
                "WEBHOOK_SECRET is not set. Webhook mode needs 32 or more random characters,"
                " e.g. from: python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"
            )

    @field_validator("public_web_groups")
    @classmethod
    def _check_public_groups(cls, value: str) -> str:
        """Accept nothing (off), "all", or group chat ids separated by commas."""
        value = value.strip()
        if value.lower() == "all":
            return "all"
        parts = [part.strip() for part in value.split(",") if part.strip()]
        for part in parts:
            if not re.fullmatch(r"-?\d{1,20}", part):
                raise ValueError(f"'{part}' is not a group chat id (e.g. -1001234567890) or all")
        return ",".join(parts)

    @property
    def public_web(self) -> bool:
        """Whether the public web (meeting feed and calendars) is on."""
        return bool(self.public_web_groups)

    def public_group_ids(self) -> tuple[int, ...] | None:
        """The chat ids of the groups whose meetings are published; None for every group."""
        if self.public_web_groups == "all":
            return None
        return tuple(int(part) for part in self.public_web_groups.split(",") if part)

    def require_public_web(self) -> None:
        """Check that the public web has its secret; raise ConfigError otherwise."""
        if not self.public_web_secret.get_secret_value():
            raise ConfigError(
                "PUBLIC_WEB_SECRET is not set. The public web needs 32 or more random characters"
                " (group calendar addresses are made from it), e.g. from:"
                " python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"
            )

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_admin_ids(cls, value: Any) -> tuple[int, ...]:
        """Parse a comma-separated list of numeric Telegram user ids."""
        if value is None or value == "":
            return ()
        if isinstance(value, int):
            return (value,)
        if isinstance(value, list | tuple):
            parts = [str(item) for item in value]
        else:
            parts = [part for part in str(value).split(",") if part.strip()]
        ids = []
        for part in parts:
            if not part.strip().isdigit():
                raise ValueError(f"'{part.strip()}' is not a numeric user id")
            ids.append(int(part.strip()))
        return tuple(ids)

    @field_validator("dev_clock_file", "dev_sql_trace_file", mode="before")
    @classmethod
    def _empty_is_none(cls, value: Any) -> Any:
        """An empty DEV_CLOCK_FILE (or DEV_SQL_TRACE_FILE) means none."""
        return None if value in ("", None) else value

    @field_validator("meeting_reminder_choices", mode="before")
    @classmethod
    def _parse_reminder_choices(cls, value: Any) -> tuple[int, ...]:
        """Parse minutes before a meeting, comma-separated, each from 1 to 10080 (a week)."""
        parts = value if isinstance(value, list | tuple) else str(value).split(",")
        minutes = []
        for part in (str(item).strip() for item in parts):
            if not part:
                continue
            if not part.isdigit() or not 1 <= int(part) <= 10080:
                raise ValueError(f"'{part}' is not a number of minutes from 1 to 10080")
            minutes.append(int(part))
        if not minutes:
            raise ValueError("give at least one number of minutes, e.g. 1440,60")
        return tuple(sorted(set(minutes), reverse=True))

    @field_validator("timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        """Accept only IANA time-zone names."""
        if not is_valid_timezone(value.strip()):
            raise ValueError(f"'{value}' is not an IANA time zone such as Europe/Madrid")
        return value.strip()

    @field_validator("default_language")
    @classmethod
    def _check_language(cls, value: str) -> str:
        """Accept only languages the bot has texts for."""
        value = value.strip().lower()
        if value not in SUPPORTED_LANGUAGES:
            raise ValueError(f"must be one of {', '.join(SUPPORTED_LANGUAGES)}")
        return value

    @field_validator("log_level")
    @classmethod
    def _check_log_level(cls, value: str) -> str:
        """Accept the standard logging level names."""
        value = value.strip().upper()
        if value not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
        return value


_HINTS = {
    "bot_token": (
        "Create a bot with @BotFather in Telegram (send /newbot), copy the token it gives you "
        "and put it in .env as BOT_TOKEN=123456:ABC... (no .env yet? cp .env.example .env)"
    ),
    "telegram_api_url": "Leave it unset for Telegram's own server, or give the root URL.",
    "admin_ids": (
        "Give numeric Telegram user ids separated by commas, e.g. ADMIN_IDS=12345,67890 "
        "(@userinfobot tells you yours)."
    ),
    "timezone": "Use an IANA name such as Europe/Madrid or America/New_York.",
    "meeting_reminder_choices": "Give minutes before a meeting, e.g. 1440,60 (a day, an hour).",
    "webhook_secret": (
        "Make one with: python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"
    ),
    "public_web_secret": (
        "Make one with: python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"
    ),
    "public_web_groups": "Leave it empty (off), write all, or give chat ids: -100123,-100456.",
    "shield_cas_url": "Leave it empty (off), or give https://api.cas.chat/check.",
}


def load_settings(**overrides: Any) -> Settings:
    """Load the settings, turning validation errors into one readable ConfigError."""
    try:
        return Settings(**overrides)
    except ValidationError as error:
        raise ConfigError(_describe(error)) from None


def load_storage_settings(**overrides: Any) -> StorageSettings:
    """Load only the storage settings (for migrate and backup)."""
    try:
        return StorageSettings(**overrides)
    except ValidationError as error:
        raise ConfigError(_describe(error)) from None


def _describe(error: ValidationError) -> str:
    """Describe every failing setting by its environment name, without echoing secrets."""
    lines = []
    for problem in error.errors():
        field = str(problem["loc"][0]) if problem["loc"] else "settings"
        env_name = field.upper()
        if problem["type"] == "missing":
            message = f"{env_name} is not set."
        else:
            reason = str(problem["msg"]).removeprefix("Value error, ")
            message = f"{env_name} is invalid: {reason}."
        hint = _HINTS.get(field)
        lines.append(f"{message} {hint}" if hint else message)
    return "\n".join(lines)
