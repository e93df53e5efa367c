"""The store at scale: DynamoDB, through the official ``ask-sdk-dynamodb-persistence-adapter``.

One item per user, keyed by the user key (see ``records.UserKeys``)::

    {"id": "user-…", "attributes": {...small per-user state...}, "diary": {entry_id: record}}

The stock adapter writes the whole item with ``put_item``, so two requests saving at once
would lose one's diary entry. This subclass keeps the stock table creation, key and
``delete_attributes``, and saves with two atomic ``UpdateItem`` calls instead: the first
replaces ``attributes`` and makes sure the ``diary`` map exists (returning the item), the
second adds only the entries the item does not hold yet (one map key each) and removes
expired ones. Concurrent logs touch different map keys, so none is lost. As on SQLite, the
diary is handed out as a ``LazyDiary`` (here already read with the item) so a save adds
only the entries added since the read.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import boto3
from ask_sdk_core.exceptions import PersistenceException
from ask_sdk_model import RequestEnvelope
from botocore.config import Config as BotoConfig
from botocore.exceptions import BotoCoreError, ClientError

from .records import (
    DIARY_KEY,
    LazyDiary,
    Retention,
    clean_records,
    split_attributes,
)


def _official_adapter_module() -> Any:
    """``ask_sdk_dynamodb.adapter``, imported without touching the environment.

    Its ``__init__`` has ``boto3.resource("dynamodb")`` as a default argument, built at
    import, and boto3 refuses that without a region. When no region is configured anywhere
    (environment, AWS config), boto3's own default session gets one, so nothing outside boto3
    sees a change; our adapter passes its configured region explicitly and never uses that
    default resource.
    """
    if boto3.session.Session().region_name is None:
        boto3.setup_default_session(region_name="us-east-1")
    from ask_sdk_dynamodb import adapter

    return adapter


if TYPE_CHECKING:
    from ask_sdk_dynamodb.adapter import DynamoDbAdapter
else:
    DynamoDbAdapter = _official_adapter_module().DynamoDbAdapter

log = logging.getLogger(__name__)

# Alexa waits 8 s for an answer: fail fast and apologise rather than time out.
BOTO_CONFIG = BotoConfig(
    connect_timeout=1, read_timeout=2, retries={"max_attempts": 2, "mode": "standard"}
)
UPDATES_PER_CALL = 50  # keeps each UpdateExpression far below DynamoDB's 4 KB limit


class DiaryDynamoDbAdapter(DynamoDbAdapter):
    """The official DynamoDB adapter, with a save that never loses a concurrent diary entry."""

    def __init__(
        self,
        table_name: str,
        *,
        region: str,
        endpoint_url: str = "",
        create_table: bool = False,
        retention: Retention | None = None,
        partition_keygen: Callable[[RequestEnvelope], str],
        diary_attribute: str = "diary",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._resource_args: dict[str, Any] = {
            "region_name": region,
            "endpoint_url": endpoint_url or None,
            "config": BOTO_CONFIG,
        }
        self._local = threading.local()
        self.retention = retention or Retention()
        self.diary_attribute = diary_attribute
        self.clock = clock
        try:
            super().__init__(
                table_name=table_name,
                partition_key_name="id",
                attribute_name="attributes",
                create_table=create_table,
                partition_keygen=partition_keygen,
                dynamodb_resource=None,  # see the ``dynamodb`` property
            )
        except PersistenceException as error:
            # Start anyway: each request will apologise until the table can be reached.
            log.error("could not create the DynamoDB table %s: %s", table_name, error)

    @property
    def dynamodb(self) -> Any:
        """A boto3 resource per process and thread (resources are neither fork- nor
        thread-safe); created on first use."""
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            local.resource = boto3.session.Session().resource("dynamodb", **self._resource_args)
            local.pid = os.getpid()
        return local.resource

    @dynamodb.setter
    def dynamodb(self, resource: Any) -> None:
        if resource is not None:  # a caller's own resource, pinned for this thread
            self._local.resource, self._local.pid = resource, os.getpid()

    def _key(self, request_envelope: RequestEnvelope) -> dict[str, str]:
        return {self.partition_key_name: self.partition_keygen(request_envelope)}

    def get_attributes(self, request_envelope: RequestEnvelope) -> dict[str, Any]:
        key = self._key(request_envelope)
        try:
            item = (
                self.dynamodb.Table(self.table_name)
                .get_item(Key=key, ConsistentRead=True)
                .get("Item")
            )
        except (BotoCoreError, ClientError) as error:
            raise _failure("read", error) from error
        if not item:
            return {}
        attributes = from_dynamo(item.get(self.attribute_name) or {})
        records = clean_records(from_dynamo(item.get(self.diary_attribute) or {}))
        records = self.retention.keep(records, self.clock())
        if records:  # one GetItem holds it all: a LazyDiary only to track what is added
            source = (self, key[self.partition_key_name])
            attributes[DIARY_KEY] = LazyDiary(lambda: dict(records), source=source)
        return attributes

    def save_attributes(self, request_envelope: RequestEnvelope, attributes: dict) -> None:
        key = self._key(request_envelope)
        other, records, lazy = split_attributes(attributes, (self, key[self.partition_key_name]))
        names = {"#attrs": self.attribute_name, "#diary": self.diary_attribute}
        try:
            table = self.dynamodb.Table(self.table_name)
            item = table.update_item(
                Key=key,
                UpdateExpression="SET #attrs = :attrs, #diary = if_not_exists(#diary, :empty)",
                ExpressionAttributeNames=names,
                ExpressionAttributeValues={":attrs": to_dynamo(other), ":empty": {}},
                ReturnValues="ALL_NEW",
            )["Attributes"]
            stored = clean_records(from_dynamo(item.get(self.diary_attribute) or {}))
            new = {eid: r for eid, r in records.items() if eid not in stored}
            gone = self.retention.expired({**stored, **new}, self.clock())
            additions = [(eid, r) for eid, r in new.items() if eid not in gone]
            removals = [eid for eid in gone if eid in stored]
            for batch in _batches(additions, removals):
                self._update_diary(table, key, *batch)
        except (BotoCoreError, ClientError) as error:
            raise _failure("save", error) from error
        if lazy is not None:
            lazy.mark_saved()

    def _update_diary(
        self,
        table: Any,
        key: dict[str, str],
        additions: Sequence[tuple[str, dict[str, Any]]],
        removals: Sequence[str],
    ) -> None:
        names = {"#diary": self.diary_attribute}
        values: dict[str, Any] = {}
        sets, removes = [], []
        for i, (entry_id, record) in enumerate(additions):
            names[f"#a{i}"], values[f":a{i}"] = entry_id, to_dynamo(record)
            sets.append(f"#diary.#a{i} = :a{i}")
        for i, entry_id in enumerate(removals):
            names[f"#r{i}"] = entry_id
            removes.append(f"#diary.#r{i}")
        expression = " ".join(
            part for part in (
                "SET " + ", ".join(sets) if sets else "",
                "REMOVE " + ", ".join(removes) if removes else "",
            ) if part
        )
        request: dict[str, Any] = {
            "Key": key,
            "UpdateExpression": expression,
            # The item may have been deleted a moment ago ("delete my diary"): then the
            # entry must not come back, and the update is simply dropped.
            "ConditionExpression": "attribute_exists(#diary)",
            "ExpressionAttributeNames": names,
        }
        if values:
            request["ExpressionAttributeValues"] = values
        try:
            table.update_item(**request)
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") != "ConditionalCheckFailedException":
                raise
            log.info("diary update dropped: the user's data was deleted meanwhile")


def _batches(
    additions: Sequence[tuple[str, dict[str, Any]]], removals: Sequence[str]
) -> Iterator[tuple[Sequence[tuple[str, dict[str, Any]]], Sequence[str]]]:
    for start in range(0, len(additions), UPDATES_PER_CALL):
        yield additions[start:start + UPDATES_PER_CALL], ()
    for start in range(0, len(removals), UPDATES_PER_CALL):
        yield (), removals[start:start + UPDATES_PER_CALL]


def _failure(action: str, error: Exception) -> PersistenceException:
    """The error code only: botocore messages may quote keys."""
    code = error.response.get("Error", {}).get("Code") if isinstance(error, ClientError) else ""
    return PersistenceException(f"DynamoDB {action} failed: {type(error).__name__} {code}".strip())


def to_dynamo(value: Any) -> Any:
    """Plain JSON-like data to what boto3 accepts: floats become Decimals."""
    if isinstance(value, bool) or value is None or isinstance(value, (int, str, Decimal)):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, dict):
        return {str(k): to_dynamo(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_dynamo(v) for v in value]
    raise PersistenceException(f"cannot store a {type(value).__name__} in DynamoDB")


def from_dynamo(value: Any) -> Any:
    """boto3's Decimals back to ints and floats, so handlers see plain JSON-like data."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: from_dynamo(v) for k, v in value.items()}
    if isinstance(value, list):
        return [from_dynamo(v) for v in value]
    return value
