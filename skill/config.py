"""Configuration from the environment, with embedded defaults for local use.

Every setting is listed in the README's configuration table.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

PROJECT_ROOT = Path(__file__).resolve().parent.parent

_FALSE = {"0", "false", "no", "off"}


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    return raw.strip().lower() not in _FALSE


@dataclass(frozen=True)
class Config:
    # Web service
    port: int = 5000
    log_level: str = "INFO"
    skill_id: str = ""  # when set, requests for any other skill are refused
    verify_requests: bool = True  # only VERIFY_REQUESTS=false (development) turns this off
    cert_fetch_timeout: float = 2.0
    alexa_trust_store: Path | None = None  # PEM roots for Alexa's signing chain; default certifi
    # Audio
    audio_dir: Path = PROJECT_ROOT / "audio"
    audio_base_url: str = ""  # empty: served by this app under /audio/
    # Persistence
    store: str = "sqlite"  # "sqlite" or "dynamodb"
    data_dir: Path = PROJECT_ROOT / "data"
    sqlite_path: Path | None = None  # default: data_dir / "cramp-coach.sqlite3"
    dynamodb_table: str = "cramp-coach"
    dynamodb_region: str = "us-east-1"
    dynamodb_endpoint_url: str = ""  # a local DynamoDB-protocol server, for tests
    dynamodb_create_table: bool = False  # create the table at start (local servers, tests)
    user_key_secret: str = ""  # HMAC key for user keys; empty: a secret file in data_dir
    # Alexa services
    settings_api_timeout: float = 0.8
    # Skill manifest
    endpoint_url: str = "https://cramp-coach.example.com/alexa"
    public_base_url: str = ""  # serves /privacy, /terms, /audio/; default: the endpoint origin

    @property
    def site_url(self) -> str:
        """The public https origin of this app (privacy and terms pages, clips served here):
        PUBLIC_BASE_URL, else the endpoint's origin (an ARN has none)."""
        if self.public_base_url:
            return self.public_base_url.rstrip("/")
        origin = urlsplit(self.endpoint_url)
        return f"{origin.scheme}://{origin.netloc}" if origin.netloc else ""

    @property
    def diary_db_path(self) -> Path:
        return self.sqlite_path or self.data_dir / "cramp-coach.sqlite3"

    def with_overrides(self, **changes: Any) -> Config:
        return replace(self, **changes)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Config:
        env = os.environ if env is None else env
        defaults = cls()
        return cls(
            port=int(env.get("PORT", defaults.port)),
            log_level=env.get("LOG_LEVEL", defaults.log_level).upper(),
            skill_id=env.get("SKILL_ID", defaults.skill_id),
            verify_requests=_flag(env, "VERIFY_REQUESTS", True),
            cert_fetch_timeout=float(env.get("CERT_FETCH_TIMEOUT", defaults.cert_fetch_timeout)),
            alexa_trust_store=(
                Path(env["ALEXA_TRUST_STORE"]) if env.get("ALEXA_TRUST_STORE") else None
            ),
            audio_dir=Path(env.get("AUDIO_DIR", defaults.audio_dir)),
            audio_base_url=env.get("AUDIO_BASE_URL", defaults.audio_base_url).rstrip("/"),
            store=env.get("STORE", defaults.store).lower(),
            data_dir=Path(env.get("DATA_DIR", defaults.data_dir)),
            sqlite_path=Path(env["SQLITE_PATH"]) if env.get("SQLITE_PATH") else None,
            dynamodb_table=env.get("DYNAMODB_TABLE", defaults.dynamodb_table),
            dynamodb_region=env.get("AWS_REGION", defaults.dynamodb_region),
            dynamodb_endpoint_url=env.get("DYNAMODB_ENDPOINT_URL", defaults.dynamodb_endpoint_url),
            dynamodb_create_table=_flag(env, "DYNAMODB_CREATE_TABLE", False),
            user_key_secret=env.get("USER_KEY_SECRET", defaults.user_key_secret),
            settings_api_timeout=float(
                env.get("SETTINGS_API_TIMEOUT", defaults.settings_api_timeout)
            ),
            endpoint_url=env.get("SKILL_ENDPOINT_URL", defaults.endpoint_url),
            public_base_url=env.get("PUBLIC_BASE_URL", defaults.public_base_url).rstrip("/"),
        )
