"""The embedded store: one SQLite file, safe with several gunicorn workers writing at once.

* One connection per thread, opened on first use and reused (re-opened after a fork, so a
  connection never crosses into a gunicorn worker): a thread waiting for the write lock
  holds up no other thread.
* WAL journal: readers never wait for the writer. ``busy_timeout`` (2 s, well inside Alexa's
  8 s) makes a second writer wait its turn, and then give up: every write is one
  ``BEGIN IMMEDIATE`` transaction, so a request that gave up wrote nothing, and two workers
  never both read-then-upgrade and deadlock.
* Durable or honest: a save that adds diary entries (and a deletion) is synced to disk
  before it returns, so an entry is on disk before the skill says "Logged". (It commits
  with ``synchronous = NORMAL`` and then syncs the WAL that holds the commit, after the
  write lock is free: other writers need not wait for the disk, and one sync covers theirs
  too. SQLite's own FULL would sync inside the lock.) Before
  each use, and again before each commit, the file at the path must still be the file the
  connection has open: a database deleted or replaced underneath is noticed, that write is
  refused (never confirmed), and every worker reopens the file now at the path, so they
  all agree. ``PRAGMA quick_check`` runs when a process first opens a
  file: a corrupt file is refused (and ``/healthz`` says so) rather than half used.
* Diary entries are rows (one per entry, ``INSERT OR IGNORE``), so concurrent logs for
  the same user all land; the other attributes are one JSON row per user. A read returns
  the diary as a ``LazyDiary`` (queried only when touched), and a save inserts only the
  entries added since: a request's cost does not grow with the size of the diary.
* The schema is versioned: ``MIGRATIONS`` are applied in order, once, and recorded in the
  ``schema_migrations`` table.
* ``secure_delete`` overwrites erased rows, so deleted diaries do not linger in the file.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_core.exceptions import PersistenceException
from ask_sdk_model import RequestEnvelope

from ..waiting import WAITS
from .records import (
    AT,
    BODY_PART,
    DIARY_KEY,
    MINUTES,
    TRIGGER,
    LazyDiary,
    Retention,
    split_attributes,
)

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 2_000  # a lock wait ends well inside Alexa's 8 s: apologise, write nothing
# The WAL is checkpointed into the database file after this many writes of a process, by
# the writer that makes the count, once its write lock is free. (SQLite's automatic
# checkpoint runs inside the commit, and this process's other writers would queue behind
# its disk syncs: tens of ms under load.) About SQLite's own 1,000 pages.
CHECKPOINT_EVERY_WRITES = 250


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "user attributes and diary entries",
        (
            """CREATE TABLE user_attributes (
                user_key   TEXT PRIMARY KEY,
                attributes TEXT NOT NULL,
                updated_at INTEGER NOT NULL
            )""",
            """CREATE TABLE diary_entries (
                user_key  TEXT NOT NULL,
                entry_id  TEXT NOT NULL,
                at        INTEGER NOT NULL,
                body_part TEXT NOT NULL,
                trigger   TEXT,
                minutes   REAL,
                PRIMARY KEY (user_key, entry_id)
            )""",
            "CREATE INDEX diary_entries_by_time ON diary_entries (user_key, at)",
        ),
    ),
)


class SqliteAdapter(AbstractPersistenceAdapter):
    """ASK SDK persistence adapter on a local SQLite file."""

    def __init__(
        self,
        path: Path,
        *,
        retention: Retention | None = None,
        partition_keygen: Callable[[RequestEnvelope], str],
        legacy_keygen: Callable[[RequestEnvelope], str] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(path)
        self.retention = retention or Retention()
        self.partition_keygen = partition_keygen
        self.legacy_keygen = legacy_keygen  # keys of earlier versions, re-keyed on first read
        self.clock = clock
        self._local = threading.local()  # this thread's _Connection
        self._checked: tuple[int, int, int] | None = None  # (pid, dev, inode) quick_checked
        self._check_lock = threading.Lock()
        self._writers = threading.Lock()
        self._writers_pid = os.getpid()
        self._writes = 0  # this process's writes since its last checkpoint
        self._sync_failed: str | None = None  # the error of a failed disk sync, if any

    # --- the ASK SDK interface -------------------------------------------------------

    def get_attributes(self, request_envelope: RequestEnvelope) -> dict[str, Any]:
        """The small attributes now; the diary (if there is one) only when it is touched."""
        key = self.partition_keygen(request_envelope)
        cutoff = self.retention.cutoff(self.clock())
        # One statement, so one consistent snapshot, and no BEGIN/COMMIT round trips.
        read = (
            "SELECT (SELECT attributes FROM user_attributes WHERE user_key = ?),"
            " EXISTS (SELECT 1 FROM diary_entries WHERE user_key = ? AND at >= ?)"
        )
        [(stored, has_diary)] = self._query(read, (key, key, cutoff))
        if stored is None and self.legacy_keygen is not None:
            # Every user who ever saved has an attributes row: none under the new key may
            # mean rows under the key of an earlier version.
            if self._adopt_legacy_rows(key, self.legacy_keygen(request_envelope)):
                [(stored, has_diary)] = self._query(read, (key, key, cutoff))
        attributes = json.loads(stored) if stored else {}
        if has_diary:
            attributes[DIARY_KEY] = LazyDiary(lambda: self._diary(key), source=(self, key))
        return attributes

    def save_attributes(self, request_envelope: RequestEnvelope, attributes: dict) -> None:
        key = self.partition_keygen(request_envelope)
        other, records, lazy = split_attributes(attributes, (self, key))
        now = self.clock()
        records = self.retention.keep(records, now)
        try:
            stored_other = json.dumps(other, separators=(",", ":"))
        except (TypeError, ValueError) as error:
            problem = f"attributes are not JSON: {type(error).__name__}"
            raise PersistenceException(problem) from error
        # A new diary entry is confirmed aloud ("Logged"): that commit is synced to disk.
        with self._transaction("BEGIN IMMEDIATE", durable=bool(records)) as db:
            db.execute(
                "INSERT INTO user_attributes (user_key, attributes, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (user_key) DO UPDATE"
                " SET attributes = excluded.attributes, updated_at = excluded.updated_at",
                (key, stored_other, int(now)),
            )
            if records:
                db.executemany(
                    "INSERT OR IGNORE INTO diary_entries"
                    " (user_key, entry_id, at, body_part, trigger, minutes)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        (key, eid, r[AT], r[BODY_PART], r.get(TRIGGER), r.get(MINUTES))
                        for eid, r in records.items()
                    ],
                )
            self._prune(db, key, now, added=bool(records))
        if lazy is not None:
            lazy.mark_saved()  # a second save in this request must not write them again

    _LEGACY_ROWS = ("SELECT EXISTS (SELECT 1 FROM user_attributes WHERE user_key = ?)"
                    " OR EXISTS (SELECT 1 FROM diary_entries WHERE user_key = ?)")

    def _adopt_legacy_rows(self, key: str, legacy: str) -> bool:
        """Re-key a user's rows from the unsalted key of earlier versions (one transaction;
        a no-op when another worker got there first). True when there were some.

        Every new user comes through here once, so a read decides first: the write
        transaction (and its sync to disk) is only for users who do have old rows."""
        if legacy == key or not self._query(self._LEGACY_ROWS, (legacy, legacy))[0][0]:
            return False
        with self._transaction("BEGIN IMMEDIATE", durable=True) as db:
            found = db.execute(self._LEGACY_ROWS, (legacy, legacy)).fetchone()[0]
            if found:
                db.execute("UPDATE OR IGNORE user_attributes SET user_key = ? WHERE user_key = ?",
                           (key, legacy))
                db.execute("UPDATE OR IGNORE diary_entries SET user_key = ? WHERE user_key = ?",
                           (key, legacy))
        return bool(found)

    def delete_attributes(self, request_envelope: RequestEnvelope) -> None:
        key = self.partition_keygen(request_envelope)
        with self._transaction("BEGIN IMMEDIATE", durable=True) as db:
            db.execute("DELETE FROM diary_entries WHERE user_key = ?", (key,))
            db.execute("DELETE FROM user_attributes WHERE user_key = ?", (key,))
        self._checkpoint()

    def _checkpoint(self) -> None:
        """Fold the WAL into the file and empty it, so erased rows don't linger in old WAL
        frames. Best effort: a busy reader only delays it to the next checkpoint."""
        try:
            self._connect().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except (sqlite3.Error, OSError) as error:
            log.warning("diary store: checkpoint after a deletion failed (%s)",
                        type(error).__name__)

    def health(self) -> str | None:
        """None when the store can be read and written to; else the failure's type name."""
        if self._sync_failed is not None:
            return self._sync_failed
        try:
            self._query("SELECT COUNT(*) FROM schema_migrations", ())
            return None
        except PersistenceException as error:
            cause = error.__cause__
            return type(cause).__name__ if cause is not None else "PersistenceException"

    # --- housekeeping ----------------------------------------------------------------

    def close(self) -> None:
        """Close this thread's connection."""
        self._close()

    def _diary(self, key: str) -> dict[str, dict[str, Any]]:
        """The user's diary entries inside the retention, newest first."""
        cutoff = self.retention.cutoff(self.clock())
        rows = self._query(
            "SELECT entry_id, at, body_part, trigger, minutes FROM diary_entries"
            " WHERE user_key = ? AND at >= ? ORDER BY at DESC, entry_id DESC LIMIT ?",
            (key, cutoff, self.retention.max_entries),
        )
        return {row[0]: _record(row) for row in rows}

    def _prune(self, db: sqlite3.Connection, key: str, now: float, *, added: bool) -> None:
        """Retention on every save: the age limit is one indexed range (cheap), the entry
        cap can only be passed when entries were added, so it is checked only then."""
        db.execute(
            "DELETE FROM diary_entries WHERE user_key = ? AND at < ?",
            (key, self.retention.cutoff(now)),
        )
        if not added:
            return
        db.execute(
            "DELETE FROM diary_entries WHERE user_key = ? AND entry_id NOT IN ("
            " SELECT entry_id FROM diary_entries WHERE user_key = ?"
            " ORDER BY at DESC, entry_id DESC LIMIT ?)",
            (key, key, self.retention.max_entries),
        )

    def _query(self, sql: str, parameters: tuple) -> list[tuple]:
        """All rows of one read-only statement (its own transaction: one snapshot)."""
        try:
            return self._connect().execute(sql, parameters).fetchall()
        except (sqlite3.Error, OSError, ValueError) as error:
            raise self._failure(error) from error

    def _failure(self, error: Exception) -> PersistenceException:
        """Any failure becomes a PersistenceException that names the error type only (no
        stored data); a broken file or a full disk: start afresh next time. Except when the
        file was overwritten in place: closing the last connection would checkpoint the WAL
        into it and make the garbage look like a database again."""
        if not isinstance(error, NotADatabase):
            self._close()
        return PersistenceException(f"SQLite store failed: {type(error).__name__}")

    @contextmanager
    def _transaction(self, begin: str, *, durable: bool) -> Iterator[sqlite3.Connection]:
        """One write transaction on this thread's connection (see ``_failure``). It commits
        only if the file at the path is still the one written to. ``durable``: the commit
        is synced to disk before it returns; otherwise it is safe from a crash of the
        process but may be lost with power (WAL, ``synchronous = NORMAL``), which is enough
        for state nobody was told is saved (the disclaimer flag, a stretch position).

        The process's writers take turns on a lock first: SQLite's busy handler retries by
        sleeping (up to 100 ms a time), so threads left to contend there answer late. The
        wait for both together is bounded by BUSY_TIMEOUT_MS."""
        if self._sync_failed is not None:
            raise PersistenceException(f"SQLite store failed: {self._sync_failed}")
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        writer = self._writer_lock()
        if not writer.acquire(blocking=False):
            # The web worker may run another request meanwhile; the lock is held after.
            with WAITS.waiting(then_holding_a_lock=True):
                if not writer.acquire(timeout=BUSY_TIMEOUT_MS / 1000):
                    raise self._failure(sqlite3.OperationalError("database is locked"))
        try:
            with self._write(begin, deadline) as db:
                yield db
        finally:
            writer.release()
        if durable:
            try:
                with WAITS.waiting():  # on the disk: the web worker may run another request
                    self._sync_commit()
            except OSError as error:
                # The kernel may have dropped what it could not write: nothing this process
                # writes is confirmed again (and /healthz says so) until it restarts.
                self._sync_failed = type(error).__name__
                raise self._failure(error) from error
        self._checkpoint_now_and_then()

    def _sync_commit(self) -> None:
        """Put the last commit on disk: sync the WAL that holds it, with ``fdatasync`` as
        SQLite's FULL mode does, through a descriptor the connection keeps (a write error is
        reported to the descriptors open when it happened). A WAL gone before the first sync
        was checkpointed into the database file, which SQLite synced; that is synced again."""
        connection: _Connection = self._local.connection
        if connection.wal_fd is None:
            try:
                connection.wal_fd = os.open(self.path.with_name(self.path.name + "-wal"),
                                            os.O_RDONLY | os.O_CLOEXEC)
            except FileNotFoundError:
                fd = os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)
                try:
                    os.fdatasync(fd)
                finally:
                    os.close(fd)
                return
        os.fdatasync(connection.wal_fd)

    def _checkpoint_now_and_then(self) -> None:
        """Every ``CHECKPOINT_EVERY_WRITES`` writes, move the WAL into the database file
        (PASSIVE: it never waits for a lock, and leaves what readers still use). A failure
        is only logged: the write itself is done, and the next checkpoint tries again."""
        self._writes += 1
        if self._writes < CHECKPOINT_EVERY_WRITES:
            return
        self._writes = 0
        try:
            with WAITS.waiting():
                self._connect().execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except (sqlite3.Error, OSError) as error:
            log.warning("diary store: checkpoint failed: %s", type(error).__name__)

    @contextmanager
    def _write(self, begin: str, deadline: float) -> Iterator[sqlite3.Connection]:
        try:
            db = self._connect()
            self._begin(db, begin, deadline)
            try:
                yield db
                self._still_the_file()
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        except (sqlite3.Error, OSError, ValueError) as error:
            raise self._failure(error) from error

    @staticmethod
    def _begin(db: sqlite3.Connection, begin: str, deadline: float) -> None:
        """Begin at once when no other process is writing. Otherwise wait for its turn with
        SQLite's busy timeout, cut to what is left of the deadline, and say that it waits
        (skill.waiting): the web worker may run another request meanwhile."""
        db.execute("PRAGMA busy_timeout = 0")
        try:
            try:
                db.execute(begin)
                return
            except sqlite3.OperationalError as error:
                if getattr(error, "sqlite_errorcode", 0) & 0xFF != sqlite3.SQLITE_BUSY:
                    raise
            left_ms = max(1, int((deadline - time.monotonic()) * 1000))
            db.execute(f"PRAGMA busy_timeout = {left_ms}")
            with WAITS.waiting(then_holding_a_lock=True):
                db.execute(begin)
        finally:  # reads keep the whole timeout
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def _connect(self) -> sqlite3.Connection:
        """This thread's connection to the file now at the path (reopened if it changed)."""
        current: _Connection | None = getattr(self._local, "connection", None)
        if current is not None and current.pid == os.getpid():
            if _identity_of(self.path) == current.identity:
                return current.db
            log.warning("diary store: the database file was deleted or replaced; reopening")
            self._close()
            _drop_stale_wal(self.path)
        # A connection inherited through fork() is never used (or closed) here.
        self._local.connection = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(
            self.path,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,  # we issue BEGIN/COMMIT ourselves
        )
        try:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._quick_check_once(db, _identity_of(self.path))
            _use_wal(db)
            db.execute("PRAGMA synchronous = NORMAL")  # a durable commit syncs after it
            db.execute("PRAGMA wal_autocheckpoint = 0")  # see CHECKPOINT_EVERY_WRITES
            db.execute("PRAGMA secure_delete = ON")
            migrate(db)
            identity = _identity_of(self.path)
        except BaseException:
            db.close()
            raise
        self._local.connection = _Connection(db, os.getpid(), identity)
        return db

    def _writer_lock(self) -> threading.Lock:
        """This process's writers' lock (a lock does not cross a fork)."""
        with self._check_lock:
            if self._writers_pid != os.getpid():
                self._writers, self._writers_pid = threading.Lock(), os.getpid()
            return self._writers

    def _quick_check_once(self, db: sqlite3.Connection,
                          identity: tuple[int, int] | None) -> None:
        """``PRAGMA quick_check`` the first time this process opens this file."""
        if identity is None:
            return  # no file yet: SQLite creates an empty one
        key = (os.getpid(), *identity)
        with self._check_lock:
            if self._checked == key:
                return
            [result, *_] = db.execute("PRAGMA quick_check").fetchone() or ("no answer",)
            if result != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            self._checked = key

    def _still_the_file(self) -> None:
        current: _Connection | None = getattr(self._local, "connection", None)
        if current is None or _identity_of(self.path) != current.identity:
            raise sqlite3.DatabaseError("the database file was deleted or replaced")

    def _close(self) -> None:
        current: _Connection | None = getattr(self._local, "connection", None)
        if current is not None and current.pid == os.getpid():
            try:
                current.db.close()
            except sqlite3.Error:
                pass
            if current.wal_fd is not None:
                os.close(current.wal_fd)
        self._local.connection = None


@dataclass
class _Connection:
    db: sqlite3.Connection
    pid: int
    identity: tuple[int, int] | None  # (device, inode) of the file it opened
    wal_fd: int | None = None  # its WAL, open for syncing from the first durable commit


def _drop_stale_wal(path: Path) -> None:
    """With the database file gone, its -wal and -shm files belong to no database: a new file
    must not replay them. (Connections that still hold them keep their own copies open.)"""
    if path.exists():
        return
    for suffix in ("-wal", "-shm"):
        try:
            path.with_name(path.name + suffix).unlink()
        except FileNotFoundError:
            pass


SQLITE_HEADER = b"SQLite format 3\x00"


class NotADatabase(sqlite3.DatabaseError):
    """The file at the path is not an SQLite database (overwritten, say)."""


# path -> (device, inode, mtime, size) of the file whose header was last found good.
_good_headers: dict[str, tuple[int, int, int, int]] = {}


def _identity_of(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the database file at ``path``, None when there is none. A file
    overwritten in place keeps its inode, so its header is checked too (16 bytes, from the
    page cache): garbage raises ``DatabaseError``. This runs on every use of the store, so
    the header is read again only when the file's inode, mtime or size changed since it
    was last found good: an overwrite changes them; a plain stat costs little."""
    name = os.fspath(path)
    try:
        stat = os.stat(name)
    except FileNotFoundError:
        return None
    seen = (stat.st_dev, stat.st_ino, stat.st_mtime_ns, stat.st_size)
    if _good_headers.get(name) != seen:
        try:
            with open(name, "rb") as file:
                stat, header = os.fstat(file.fileno()), file.read(len(SQLITE_HEADER))
        except FileNotFoundError:
            return None
        if header and header != SQLITE_HEADER:
            _good_headers.pop(name, None)
            raise NotADatabase("the database file is not an SQLite database")
        if header:  # an empty file (being created) is checked again next time
            _good_headers[name] = (stat.st_dev, stat.st_ino, stat.st_mtime_ns, stat.st_size)
    return stat.st_dev, stat.st_ino


def _use_wal(db: sqlite3.Connection) -> None:
    """WAL mode is kept in the file. While another connection switches a new file to it,
    this pragma fails at once with SQLITE_BUSY (the busy timeout does not apply), so
    workers starting together retry it for up to the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL").fetchall()
            return
        except sqlite3.OperationalError as error:
            if error.sqlite_errorcode != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.005)


def _record(row: tuple) -> dict[str, Any]:
    record: dict[str, Any] = {AT: row[1], BODY_PART: row[2]}
    if row[3] is not None:
        record[TRIGGER] = row[3]
    if row[4] is not None:
        record[MINUTES] = row[4]
    return record


def schema_version(db: sqlite3.Connection) -> int:
    row = db.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()
    return int(row[0])


def migrate(db: sqlite3.Connection, migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    """Bring the schema up to date; safe when several workers start at once.

    Returns the schema version. A file written by newer code is refused rather than
    written with an older idea of the schema."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)"
    )
    latest = max(m.version for m in migrations)
    if schema_version(db) == latest:
        return latest
    db.execute("BEGIN IMMEDIATE")  # one worker migrates; the others wait, then see it done
    try:
        current = schema_version(db)
        if current > latest:
            raise sqlite3.DatabaseError(
                f"schema version {current} is newer than this code knows ({latest})"
            )
        for migration in sorted(migrations, key=lambda m: m.version):
            if migration.version <= current:
                continue
            for statement in migration.statements:
                db.execute(statement)
            db.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, int(time.time())),
            )
            log.info("diary store: applied migration %d (%s)", migration.version, migration.name)
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    return latest
