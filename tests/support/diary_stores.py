"""The diary's stores under test, both real: SQLite files in a temp folder, and DynamoDB on
a DynamoDB-protocol server (moto in server mode) that the tests start as a separate process
on localhost. Nothing is mocked in-process.

``Store`` reads what is actually stored (SQLite rows, DynamoDB items) so tests can check
rows, not just what the adapter says.
"""

from __future__ import annotations

import atexit
import json
import os
import sqlite3
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import requests
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope

from skill.config import Config
from skill.persistence import DIARY_KEY, persistence_adapter_for
from tests.support.envelopes import intent
from tests.support.gunicorn import die_with_parent, free_port

STORE_KINDS = ("sqlite", "dynamodb")
AWS_TEST_ENV = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
}
REGION = "us-east-1"

_server: dict[str, Any] = {}


def dynamodb_endpoint() -> str:
    """The local DynamoDB-protocol server, started once per test run."""
    if "url" in _server:
        return _server["url"]
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, **AWS_TEST_ENV}, preexec_fn=die_with_parent,
    )
    atexit.register(_stop, process)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        if process.poll() is not None:
            raise RuntimeError("the DynamoDB-protocol server (moto) did not start")
        try:
            requests.get(f"{url}/moto-api/", timeout=1)
            break
        except requests.ConnectionError:
            if time.monotonic() > deadline:
                process.terminate()
                raise RuntimeError("the DynamoDB-protocol server did not answer") from None
            time.sleep(0.2)
    _server.update(url=url, process=process)
    return url


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def use_aws_test_credentials(monkeypatch: Any) -> None:
    for name, value in AWS_TEST_ENV.items():
        monkeypatch.setenv(name, value)


def request_envelope(user_id: str) -> RequestEnvelope:
    """A request envelope for ``user_id``, as the adapters receive it."""
    body = intent("CrampCountIntent", user_id=user_id)
    return DefaultSerializer().deserialize(json.dumps(body), RequestEnvelope)


def new_user_id() -> str:
    return f"amzn1.ask.account.TEST{uuid.uuid4().hex.upper()}"


@dataclass
class Store:
    """One store, as a test sees it: a config for the skill, and the raw stored data."""

    kind: str
    config: Config

    def adapter(self) -> Any:
        """A fresh adapter: a new connection, as after a server restart."""
        return persistence_adapter_for(self.config)

    def key(self, user_id: str) -> str:
        """The user's partition key in this store (an HMAC under the configured secret)."""
        return self.adapter().partition_keygen(request_envelope(user_id))

    # --- what is really stored ---------------------------------------------------------

    def diary_rows(self, user_id: str) -> list[dict[str, Any]]:
        """The user's diary entries as stored: SQLite rows, or the item's diary map."""
        key = self.key(user_id)
        if self.kind == "sqlite":
            if not self._sqlite_exists():
                return []
            with self._sqlite() as db:
                rows = db.execute(
                    "SELECT entry_id, at, body_part, trigger, minutes FROM diary_entries"
                    " WHERE user_key = ?", (key,)
                ).fetchall()
            return [dict(zip(("entry_id", "at", "body_part", "trigger", "minutes"), row,
                             strict=True)) for row in rows]
        item = self._item(key) or {}
        return [{"entry_id": eid, **record} for eid, record in (item.get("diary") or {}).items()]

    def rows_for(self, user_id: str) -> int:
        """Everything stored under that user: rows in every SQLite table, or DynamoDB items."""
        key = self.key(user_id)
        if self.kind == "sqlite":
            if not self._sqlite_exists():
                return 0
            with self._sqlite() as db:
                return sum(
                    db.execute(f"SELECT COUNT(*) FROM {table} WHERE user_key = ?",
                               (key,)).fetchone()[0]
                    for table in ("user_attributes", "diary_entries")
                )
        items = self._table().scan()["Items"]
        return sum(1 for item in items if item["id"] == key)

    def raw_dump(self) -> str:
        """Every stored byte we can read back, as text (for "no id, no extra field" checks)."""
        if self.kind == "sqlite":
            if not self._sqlite_exists():
                return ""
            with self._sqlite() as db:
                rows = [
                    row for table in ("user_attributes", "diary_entries")
                    for row in db.execute(f"SELECT * FROM {table}").fetchall()
                ]
            return repr(rows)
        return repr(self._table().scan()["Items"])

    def seed(self, user_id: str, records: dict[str, dict[str, Any]], **other: Any) -> None:
        """Store diary records (and other attributes) for a user, through the adapter."""
        self.adapter().save_attributes(
            request_envelope(user_id), {**other, DIARY_KEY: records}
        )

    def _sqlite_exists(self) -> bool:
        return self.config.diary_db_path.exists()

    def _sqlite(self) -> sqlite3.Connection:
        # Read-only: looking must never create the file or the tables.
        return sqlite3.connect(f"file:{self.config.diary_db_path}?mode=ro", uri=True)

    def _table(self) -> Any:
        resource = boto3.resource(
            "dynamodb", region_name=REGION, endpoint_url=self.config.dynamodb_endpoint_url
        )
        return resource.Table(self.config.dynamodb_table)

    def _item(self, key: str) -> dict[str, Any] | None:
        return self._table().get_item(Key={"id": key}, ConsistentRead=True).get("Item")


def make_store(kind: str, tmp_path: Path, monkeypatch: Any) -> Store:
    """A fresh, empty store of ``kind`` (a new SQLite file, or a new DynamoDB table)."""
    base = Config(data_dir=tmp_path / "data", verify_requests=False)
    if kind == "sqlite":
        return Store(kind, base.with_overrides(sqlite_path=tmp_path / "diary" / "store.sqlite3"))
    use_aws_test_credentials(monkeypatch)
    config = base.with_overrides(
        store="dynamodb",
        dynamodb_table=f"cramp-coach-{uuid.uuid4().hex[:12]}",
        dynamodb_region=REGION,
        dynamodb_endpoint_url=dynamodb_endpoint(),
        dynamodb_create_table=True,
    )
    return Store(kind, config)


def store_env(store: Store) -> dict[str, str]:
    """Environment variables that select ``store`` for a server process."""
    config = store.config
    if store.kind == "sqlite":
        return {"STORE": "sqlite", "SQLITE_PATH": str(config.diary_db_path)}
    return {
        **AWS_TEST_ENV,
        "STORE": "dynamodb",
        "DYNAMODB_TABLE": config.dynamodb_table,
        "AWS_REGION": config.dynamodb_region,
        "DYNAMODB_ENDPOINT_URL": config.dynamodb_endpoint_url,
        "DYNAMODB_CREATE_TABLE": "true",
    }
