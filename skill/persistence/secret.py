"""The secret that user keys are an HMAC under (``records.UserKeys``).

``USER_KEY_SECRET`` when it is set: set it in production, the same on every server, and
keep it out of the store's backups. Without it, a random secret is made once and kept in
``DATA_DIR/user-key.secret`` (mode 0600), so local runs and single-host deployments work
with no configuration and keep their keys across restarts.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from ..config import Config

SECRET_FILE = "user-key.secret"


def user_key_secret(config: Config) -> bytes:
    if config.user_key_secret:
        return config.user_key_secret.encode("utf-8")
    return _secret_file(config.data_dir / SECRET_FILE)


def _secret_file(path: Path) -> bytes:
    """The secret in ``path``, made there first if there is none. Several workers starting
    at once all end up with the one that was linked into place first."""
    try:
        return _read(path)
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    draft = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as file:
        file.write(secrets.token_hex(32))
        file.flush()
        os.fsync(file.fileno())
    try:
        os.link(draft, path)  # atomic: fails if another process got there first
    except FileExistsError:
        pass
    finally:
        draft.unlink()
    return _read(path)


def _read(path: Path) -> bytes:
    secret = path.read_text().strip()
    if not secret:
        raise ValueError(f"{path} is empty")
    return secret.encode("utf-8")
