"""Where per-user data lives: chosen by configuration, invisible to handlers.

Both stores implement the ASK SDK's ``AbstractPersistenceAdapter``; handlers only ever
touch ``handler_input.attributes_manager``. ``records`` describes the stored shape and the
rule that keeps concurrent diary entries from being lost.

* ``STORE=sqlite`` (default): one local file, ``SQLITE_PATH`` or ``DATA_DIR/cramp-coach.sqlite3``.
* ``STORE=dynamodb``: ``DYNAMODB_TABLE`` in ``AWS_REGION`` (``DYNAMODB_ENDPOINT_URL`` for a
  local DynamoDB-protocol server).
"""

from __future__ import annotations

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter

from ..config import Config
from .records import DIARY_KEY, Retention, UserKeys
from .secret import user_key_secret
from .sqlite import SqliteAdapter

STORES = ("sqlite", "dynamodb")

__all__ = ["DIARY_KEY", "STORES", "Retention", "SqliteAdapter", "UserKeys",
           "persistence_adapter_for", "user_keys_for"]


def persistence_adapter_for(config: Config) -> AbstractPersistenceAdapter:
    """The adapter ``config.store`` names. Nothing is opened or created until first use,
    except a DynamoDB table when ``dynamodb_create_table`` asks for it."""
    if config.store == "sqlite":
        return SqliteAdapter(config.diary_db_path, partition_keygen=user_keys_for(config),
                             legacy_keygen=UserKeys.legacy)
    if config.store == "dynamodb":
        from .dynamodb import DiaryDynamoDbAdapter  # boto3 is only loaded when used

        return DiaryDynamoDbAdapter(
            config.dynamodb_table,
            region=config.dynamodb_region,
            endpoint_url=config.dynamodb_endpoint_url,
            create_table=config.dynamodb_create_table,
            partition_keygen=user_keys_for(config),
        )
    raise ValueError(f"unknown STORE {config.store!r}: use one of {', '.join(STORES)}")


def user_keys_for(config: Config) -> UserKeys:
    """The user keys of this configuration's secret (see ``secret.user_key_secret``)."""
    return UserKeys(lambda: user_key_secret(config))
