"""The persistence adapters themselves, on BOTH stores (SQLite file, DynamoDB-protocol server):
the ASK SDK interface, concurrent saves that never lose an entry, retention, deletion,
and what is actually stored. Then the SQLite specifics: WAL, migrations, the file path."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from ask_sdk_core.exceptions import PersistenceException

from skill.config import Config
from skill.persistence import (
    DIARY_KEY,
    Retention,
    SqliteAdapter,
    UserKeys,
    diary,
    persistence_adapter_for,
)
from skill.persistence import sqlite as sqlite_module
from skill.persistence.dynamodb import DynamoDbAdapter  # the official adapter's class
from skill.persistence.sqlite import MIGRATIONS, Migration, migrate
from tests.support.diary_stores import (
    make_store,
    new_user_id,
    request_envelope,
)
from tests.support.diary_talk import record, records

TEST_KEYS = UserKeys(b"a test secret")


def test_a_new_user_has_no_attributes(store, user):
    assert store.adapter().get_attributes(request_envelope(user)) == {}


def test_round_trip_through_a_new_adapter(store, user):
    entry_id, rec = record(0.5, "calf", "running", 2.5)
    saved = {"disclaimer_given": True, "last_position": {"kind": "stretch", "id": "calf",
                                                          "step": 2, "at": 1_700_000_000},
             "ratio": 0.25, DIARY_KEY: {entry_id: rec}}
    store.adapter().save_attributes(request_envelope(user), saved)
    restarted = store.adapter()  # as after a restart: a new connection
    assert restarted.get_attributes(request_envelope(user)) == saved


def test_concurrent_read_modify_write_keeps_every_entry(store, user):
    """Many requests for ONE user, each loading the item, adding an entry and saving,
    through several adapters (as several workers would): none may be lost."""
    adapters = [store.adapter() for _ in range(3)]
    total = 60
    start = threading.Barrier(8)

    def log_one(n: int) -> None:
        if n < 8:
            start.wait()  # the first few begin at the same moment
        adapter = adapters[n % len(adapters)]
        envelope = request_envelope(user)
        attributes = adapter.get_attributes(envelope)
        diary.log_cramp(attributes, body_part="calf", trigger=None, minutes=None, now=time.time())
        attributes["last_writer"] = n
        adapter.save_attributes(envelope, attributes)

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(log_one, range(total)))
    assert len(store.diary_rows(user)) == total
    stored = store.adapter().get_attributes(request_envelope(user))
    assert len(stored[DIARY_KEY]) == total
    assert stored["last_writer"] in range(total)  # other keys: the last writer wins


def test_a_stale_copy_never_deletes_a_newer_entry(store, user):
    adapter = store.adapter()
    envelope = request_envelope(user)
    stale = adapter.get_attributes(envelope)
    fresh = adapter.get_attributes(envelope)
    diary.log_cramp(fresh, body_part="foot", trigger=None, minutes=None, now=time.time())
    adapter.save_attributes(envelope, fresh)
    stale["disclaimer_given"] = True
    adapter.save_attributes(envelope, stale)  # knows nothing of the foot cramp
    stored = adapter.get_attributes(envelope)
    assert [r["body_part"] for r in stored[DIARY_KEY].values()] == ["foot"]
    assert stored["disclaimer_given"] is True


def test_a_save_that_never_touched_the_diary_keeps_every_entry(store, user):
    """A stretch step or the disclaimer flag saves the attributes without reading the
    diary: every entry stays, none is duplicated."""
    seeded = records(*(record(days) for days in (0.1, 1, 2, 3, 40)))
    store.seed(user, seeded)
    adapter = store.adapter()
    attributes = adapter.get_attributes(request_envelope(user))
    attributes["last_position"] = {"kind": "stretch", "id": "calf", "step": 1, "at": 1}
    adapter.save_attributes(request_envelope(user), attributes)
    assert sorted(r["entry_id"] for r in store.diary_rows(user)) == sorted(seeded)
    stored = store.adapter().get_attributes(request_envelope(user))
    assert stored[DIARY_KEY] == seeded
    assert stored["last_position"]["step"] == 1


@pytest.mark.parametrize("earlier_entries", [0, 2])
def test_an_entry_saved_twice_in_one_request_is_stored_once(store, user, earlier_entries):
    """Logging saves, then the disclaimer flag may save again in the same request."""
    if earlier_entries:
        store.seed(user, records(*(record(d) for d in range(1, earlier_entries + 1))))
    adapter = store.adapter()
    envelope = request_envelope(user)
    attributes = adapter.get_attributes(envelope)
    entry = diary.log_cramp(attributes, body_part="calf", trigger=None, minutes=None,
                            now=time.time())
    adapter.save_attributes(envelope, attributes)
    attributes["disclaimer_given"] = True
    adapter.save_attributes(envelope, attributes)
    rows = store.diary_rows(user)
    assert len(rows) == earlier_entries + 1
    assert [r["entry_id"] for r in rows].count(entry.entry_id) == 1
    assert len(adapter.get_attributes(envelope)[DIARY_KEY]) == earlier_entries + 1


def test_a_stale_copy_does_not_bring_back_a_deleted_diary(store, user):
    """A request that read the diary, then saves after "delete my diary" ran elsewhere,
    must not write the deleted entries back."""
    store.seed(user, records(record(1), record(2)))
    adapter = store.adapter()
    envelope = request_envelope(user)
    stale = adapter.get_attributes(envelope)
    assert len(stale[DIARY_KEY]) == 2  # this request has read the diary
    store.adapter().delete_attributes(envelope)
    stale["disclaimer_given"] = True
    adapter.save_attributes(envelope, stale)
    assert store.diary_rows(user) == []
    assert DIARY_KEY not in store.adapter().get_attributes(envelope)


def test_entries_older_than_the_retention_are_dropped(store, user):
    store.seed(user, records(record(1), record(179), record(181), record(400)))
    assert sorted(r["at"] for r in store.diary_rows(user)) == sorted(
        r["at"] for r in store.diary_rows(user) if r["at"] >= time.time() - 180 * 86400
    )
    assert len(store.diary_rows(user)) == 2
    assert len(store.adapter().get_attributes(request_envelope(user))[DIARY_KEY]) == 2


def test_the_newest_entries_are_kept_up_to_the_cap(store, user):
    adapter = store.adapter()
    adapter.retention = Retention(max_entries=3)
    newest = [record(d) for d in (0.1, 0.2, 0.3)]
    adapter.save_attributes(request_envelope(user),
                            {DIARY_KEY: records(record(5), record(4), *newest)})
    assert sorted(r["entry_id"] for r in store.diary_rows(user)) == sorted(e for e, _ in newest)


def test_only_the_diary_fields_are_stored(store, user):
    entry_id, rec = record(1, "calf", "running", 3)
    leaky = {**rec, "note": "my neighbour's name", "where": "at the office"}
    store.adapter().save_attributes(request_envelope(user), {DIARY_KEY: {entry_id: leaky}})
    dump = store.raw_dump()
    assert "neighbour" not in dump and "office" not in dump
    assert store.adapter().get_attributes(request_envelope(user))[DIARY_KEY] == {entry_id: rec}


def test_the_raw_user_id_is_never_stored(store, user):
    store.seed(user, records(record(1)), disclaimer_given=True)
    dump = store.raw_dump()
    assert user not in dump
    assert store.key(user) in dump


def test_delete_leaves_no_row_and_spares_other_users(store, user):
    other = new_user_id()
    store.seed(user, records(record(1), record(2)), disclaimer_given=True)
    store.seed(other, records(record(1)))
    store.adapter().delete_attributes(request_envelope(user))
    assert store.rows_for(user) == 0
    assert store.diary_rows(user) == []
    assert store.adapter().get_attributes(request_envelope(user)) == {}
    assert len(store.diary_rows(other)) == 1
    store.adapter().delete_attributes(request_envelope(new_user_id()))  # nobody: no error


def test_an_unreachable_store_raises_the_sdk_persistence_exception(store, user, tmp_path):
    if store.kind == "sqlite":
        blocker = tmp_path / "blocker"
        blocker.write_text("")
        broken = SqliteAdapter(blocker / "diary.sqlite3", partition_keygen=TEST_KEYS)
    else:
        from tests.support.diary_stores import free_port

        broken = persistence_adapter_for(store.config.with_overrides(
            dynamodb_endpoint_url=f"http://127.0.0.1:{free_port()}", dynamodb_create_table=False
        ))
    envelope = request_envelope(user)
    for call in (lambda: broken.get_attributes(envelope),
                 lambda: broken.save_attributes(envelope, {"a": 1}),
                 lambda: broken.delete_attributes(envelope)):
        with pytest.raises(PersistenceException) as raised:
            call()
        assert user not in str(raised.value)


# --- the factory ------------------------------------------------------------------------


def test_the_factory_picks_the_store_from_config(tmp_path, monkeypatch):
    sqlite_adapter = persistence_adapter_for(Config(data_dir=tmp_path / "data"))
    assert isinstance(sqlite_adapter, SqliteAdapter)
    assert sqlite_adapter.path == tmp_path / "data" / "cramp-coach.sqlite3"
    dynamo = make_store("dynamodb", tmp_path, monkeypatch)
    adapter = dynamo.adapter()
    assert isinstance(adapter, DynamoDbAdapter)  # the official adapter, extended
    assert adapter.table_name == dynamo.config.dynamodb_table
    with pytest.raises(ValueError, match="STORE"):
        persistence_adapter_for(Config(store="postgres"))


def test_the_default_sqlite_path_is_created_on_first_use(tmp_path):
    config = Config.from_env({"DATA_DIR": str(tmp_path / "fresh" / "data")})
    adapter = persistence_adapter_for(config)
    assert not (tmp_path / "fresh").exists()  # nothing touched until used
    adapter.save_attributes(request_envelope(new_user_id()), {"disclaimer_given": True})
    assert (tmp_path / "fresh" / "data" / "cramp-coach.sqlite3").is_file()


def test_sqlite_path_comes_from_the_environment(tmp_path):
    config = Config.from_env({"SQLITE_PATH": str(tmp_path / "elsewhere.sqlite3")})
    assert persistence_adapter_for(config).path == tmp_path / "elsewhere.sqlite3"


# --- SQLite specifics ---------------------------------------------------------------------


@pytest.fixture
def sqlite_adapter(tmp_path: Path) -> SqliteAdapter:
    adapter = SqliteAdapter(tmp_path / "diary.sqlite3", partition_keygen=TEST_KEYS)
    adapter.save_attributes(request_envelope(new_user_id()), {"disclaimer_given": True})
    return adapter


def test_sqlite_runs_in_wal_mode(sqlite_adapter):
    with sqlite3.connect(sqlite_adapter.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_logged_entry_is_synced_to_disk_after_its_commit_and_before_the_save_returns(
        sqlite_adapter, monkeypatch):
    """A new entry is confirmed aloud: its commit is synced (the WAL, with fdatasync) before
    the save returns, and after the write lock is free (other writers need not wait for the
    disk). State nobody was told is saved is not synced."""
    user, synced = new_user_id(), []
    real_fdatasync = os.fdatasync

    def fdatasync(fd: int) -> None:
        with sqlite3.connect(sqlite_adapter.path, timeout=0) as other:
            committed = other.execute("SELECT COUNT(*) FROM diary_entries").fetchone()[0]
            other.execute("BEGIN IMMEDIATE")  # the write lock is free
            other.execute("ROLLBACK")
        synced.append((os.readlink(f"/proc/self/fd/{fd}"), committed))
        real_fdatasync(fd)

    monkeypatch.setattr(os, "fdatasync", fdatasync)
    sqlite_adapter.save_attributes(request_envelope(user), {"disclaimer_given": True})
    assert synced == []
    attributes = sqlite_adapter.get_attributes(request_envelope(user))
    diary.log_cramp(attributes, body_part="calf", trigger=None, minutes=None, now=time.time())
    sqlite_adapter.save_attributes(request_envelope(user), attributes)
    assert synced == [(f"{sqlite_adapter.path}-wal", 1)]


def test_after_a_failed_disk_sync_nothing_is_confirmed_and_health_says_so(
        sqlite_adapter, monkeypatch):
    user = request_envelope(new_user_id())

    def failing(fd: int) -> None:
        raise OSError(5, "Input/output error")

    def log_one() -> None:
        attributes = sqlite_adapter.get_attributes(user)
        diary.log_cramp(attributes, body_part="calf", trigger=None, minutes=None,
                        now=time.time())
        sqlite_adapter.save_attributes(user, attributes)

    monkeypatch.setattr(os, "fdatasync", failing)
    with pytest.raises(PersistenceException):
        log_one()
    monkeypatch.undo()  # the disk works again; what it lost meanwhile is unknown
    with pytest.raises(PersistenceException):
        log_one()
    assert sqlite_adapter.health() == "OSError"


def test_the_wal_is_checkpointed_every_so_many_writes_once_the_write_lock_is_free(
        sqlite_adapter, monkeypatch):
    monkeypatch.setattr(sqlite_module, "CHECKPOINT_EVERY_WRITES", 3)
    user, checkpoints = request_envelope(new_user_id()), []
    db = sqlite_adapter._connect()
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0  # not inside commits

    def traced(statement: str) -> None:
        if "wal_checkpoint" in statement:
            checkpoints.append((db.in_transaction, sqlite_adapter._writer_lock().locked()))

    db.set_trace_callback(traced)
    sqlite_adapter._writes = 0
    for number in range(7):
        sqlite_adapter.save_attributes(user, {"count": number})
    assert checkpoints == [(False, False), (False, False)]


def test_sqlite_records_each_migration_once(sqlite_adapter):
    sqlite_adapter.close()
    SqliteAdapter(sqlite_adapter.path, partition_keygen=TEST_KEYS).get_attributes(
        request_envelope(new_user_id()))
    with sqlite3.connect(sqlite_adapter.path) as db:
        rows = db.execute("SELECT version, name FROM schema_migrations").fetchall()
    assert rows == [(m.version, m.name) for m in MIGRATIONS]


def test_a_new_migration_is_applied_on_top(sqlite_adapter):
    with sqlite3.connect(sqlite_adapter.path, isolation_level=None) as db:
        later = (*MIGRATIONS, Migration(99, "a later column",
                                         ("ALTER TABLE diary_entries ADD COLUMN spare TEXT",)))
        assert migrate(db, later) == 99
        assert migrate(db, later) == 99  # twice is harmless
        columns = [row[1] for row in db.execute("PRAGMA table_info(diary_entries)")]
        versions = [row[0] for row in db.execute("SELECT version FROM schema_migrations")]
    assert "spare" in columns and versions == [1, 99]


def test_a_file_from_newer_code_is_refused(sqlite_adapter):
    sqlite_adapter.close()
    with sqlite3.connect(sqlite_adapter.path) as db:
        db.execute("INSERT INTO schema_migrations VALUES (999, 'from the future', 0)")
    with pytest.raises(PersistenceException):
        SqliteAdapter(sqlite_adapter.path, partition_keygen=TEST_KEYS).get_attributes(
        request_envelope(new_user_id()))


def test_sqlite_deletion_leaves_nothing_in_the_files(tmp_path):
    """secure_delete plus a WAL checkpoint: the erased user's key is in no file byte."""
    adapter = SqliteAdapter(tmp_path / "diary.sqlite3", partition_keygen=TEST_KEYS)
    user = new_user_id()
    key = TEST_KEYS(request_envelope(user)).encode()
    store_other = new_user_id()
    adapter.save_attributes(request_envelope(store_other), {DIARY_KEY: records(record(1))})
    for _ in range(20):
        attributes = adapter.get_attributes(request_envelope(user))
        diary.log_cramp(attributes, body_part="calf", trigger="running", minutes=3,
                        now=time.time())
        adapter.save_attributes(request_envelope(user), attributes)
    assert any(key in p.read_bytes() for p in tmp_path.iterdir())
    adapter.delete_attributes(request_envelope(user))
    assert not any(key in p.read_bytes() for p in tmp_path.iterdir())


# --- user keys: HMAC under a configured secret, and the migration from sha256 -------------


def test_user_keys_are_an_hmac_under_the_configured_secret(tmp_path):
    user = request_envelope(new_user_id())
    one = persistence_adapter_for(Config(data_dir=tmp_path / "a", user_key_secret="one"))
    two = persistence_adapter_for(Config(data_dir=tmp_path / "b", user_key_secret="two"))
    assert one.partition_keygen(user) != two.partition_keygen(user)
    assert one.partition_keygen(user) != UserKeys.legacy(user)  # no longer a plain sha256
    # Without USER_KEY_SECRET, a secret is made once in DATA_DIR and kept.
    first = persistence_adapter_for(Config(data_dir=tmp_path / "c")).partition_keygen(user)
    again = persistence_adapter_for(Config(data_dir=tmp_path / "c")).partition_keygen(user)
    assert first == again
    assert (tmp_path / "c" / "user-key.secret").stat().st_mode & 0o077 == 0


def test_rows_under_the_old_sha256_key_are_re_keyed_on_the_users_next_visit(tmp_path):
    path, user = tmp_path / "diary.sqlite3", new_user_id()
    old = SqliteAdapter(path, partition_keygen=UserKeys.legacy)
    old.save_attributes(request_envelope(user), {DIARY_KEY: records(record(1), record(2)),
                                                 "disclaimer_given": True})
    new = SqliteAdapter(path, partition_keygen=TEST_KEYS, legacy_keygen=UserKeys.legacy)
    attributes = new.get_attributes(request_envelope(user))
    assert len(attributes[DIARY_KEY]) == 2 and attributes["disclaimer_given"] is True
    legacy = UserKeys.legacy(request_envelope(user))
    with sqlite3.connect(path) as db:
        left = db.execute("SELECT COUNT(*) FROM diary_entries WHERE user_key = ?",
                          (legacy,)).fetchone()[0]
        left += db.execute("SELECT COUNT(*) FROM user_attributes WHERE user_key = ?",
                           (legacy,)).fetchone()[0]
    assert left == 0  # nothing is left under a key a leaked copy could link to the account


def test_a_new_users_first_read_writes_nothing(tmp_path, monkeypatch):
    # Every new user is read before anything is saved: that read must not cost a synced
    # write transaction just to find there are no rows under an old key.
    path = tmp_path / "diary.sqlite3"
    store = SqliteAdapter(path, partition_keygen=TEST_KEYS, legacy_keygen=UserKeys.legacy)
    store.get_attributes(request_envelope(new_user_id()))  # the file and schema exist now

    def no_writes(*_args, **_kwargs):
        raise AssertionError("a write transaction for a read")

    monkeypatch.setattr(store, "_transaction", no_writes)
    assert store.get_attributes(request_envelope(new_user_id())) == {}
