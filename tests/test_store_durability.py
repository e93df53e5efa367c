"""Durable or honest (issue 12, findings 4 and 5): the SQLite file under gunicorn's two
workers, deleted, overwritten with garbage, or locked by someone else.

"Logged" is said only for an entry that is in the file at the path; a request that gave up
on a lock wrote nothing; a corrupt file makes /healthz fail and the skill say nothing was
saved.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from skill.content import diary as texts
from skill.conversation.state import DISCLAIMER_GIVEN
from skill.persistence.sqlite import BUSY_TIMEOUT_MS
from tests.support.diary_stores import new_user_id
from tests.support.diary_talk import bare
from tests.support.envelopes import intent, launch, speech_of
from tests.support.gunicorn import GunicornServer

T = texts.DIARY


def log_cramp(user: str) -> dict:
    return intent("LogCrampIntent", {"bodyPart": "calf"}, user_id=user, new_session=True,
                  api_access_token=None)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def server(tmp_path: Path, data_dir: Path) -> Iterator[GunicornServer]:
    running = GunicornServer(tmp_path / "gunicorn.log", {"DATA_DIR": str(data_dir)},
                             workers=2).start()
    try:
        yield running
    finally:
        running.stop()


def database(data_dir: Path) -> Path:
    return data_dir / "cramp-coach.sqlite3"


def said(server: GunicornServer, body: dict, http: requests.Session | None = None) -> str:
    reply = server.post_json(body, session=http)
    assert reply.status_code == 200, reply.text
    return bare(speech_of(reply.json()))


def confirmed(speech: str) -> bool:
    if speech == T.unavailable_save:
        return False
    assert speech.startswith("Logged a"), speech
    return True


def rows(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT COUNT(*) FROM diary_entries").fetchone()[0]


def post_from_both_workers(server: GunicornServer, bodies: list[dict]) -> list[str]:
    """Send concurrently, so both workers take some."""
    local = threading.local()

    def send(body: dict) -> str:
        if not hasattr(local, "http"):
            local.http = requests.Session()
        return said(server, body, local.http)

    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(send, bodies))


def test_entries_confirmed_after_the_file_was_deleted_survive_a_restart(
    tmp_path: Path, data_dir: Path, server: GunicornServer
) -> None:
    user = new_user_id()
    assert all(confirmed(s) for s in post_from_both_workers(server, [log_cramp(user)] * 8))
    database(data_dir).unlink()  # someone deletes the file under the running server
    answers = post_from_both_workers(server, [log_cramp(user)] * 16)
    kept = sum(confirmed(s) for s in answers)
    assert kept > 0  # the store came back: a new file
    server.stop()
    assert rows(database(data_dir)) == kept  # every confirmed entry is on disk

    restarted = GunicornServer(tmp_path / "gunicorn.log", {"DATA_DIR": str(data_dir)},
                               workers=2).start()
    try:
        count = intent("CrampCountIntent", user_id=user, new_session=True,
                       api_access_token=None)
        answers = set(post_from_both_workers(restarted, [count] * 8))
        assert len(answers) == 1, answers  # both workers agree
    finally:
        restarted.stop()


def test_a_replaced_file_is_what_both_workers_use(data_dir: Path,
                                                  server: GunicornServer) -> None:
    user = new_user_id()
    post_from_both_workers(server, [log_cramp(user)] * 4)
    path = database(data_dir)
    fresh = path.with_name("fresh.sqlite3")
    sqlite3.connect(fresh).close()
    fresh.replace(path)  # a restore from backup, say: a new file at the same path
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    answers = post_from_both_workers(server, [log_cramp(user)] * 12)
    assert rows(path) == sum(confirmed(s) for s in answers) > 0


@pytest.mark.parametrize("how", ["overwritten in place", "replaced"])
def test_a_corrupt_file_fails_healthz_and_nothing_is_said_to_be_saved(
    data_dir: Path, server: GunicornServer, how: str
) -> None:
    user = new_user_id()
    post_from_both_workers(server, [log_cramp(user)] * 4)
    path = database(data_dir)
    garbage = b"this is not a database " * 4096
    if how == "replaced":
        path.with_name("garbage").write_bytes(garbage)
        path.with_name("garbage").replace(path)
    else:
        path.write_bytes(garbage)
    answers = post_from_both_workers(server, [log_cramp(user)] * 8)
    assert set(answers) == {T.unavailable_save}
    for _ in range(4):  # whichever worker answers
        health = server.http.get(f"{server.url}/healthz", timeout=10)
        assert health.status_code == 503
        assert health.json() == {"status": "unavailable", "store": "NotADatabase"}
    assert "Traceback" not in server.log_text()


def test_a_held_lock_delays_nobody_past_the_busy_timeout_and_a_given_up_log_writes_nothing(
    data_dir: Path, server: GunicornServer
) -> None:
    user = new_user_id()
    said(server, log_cramp(new_user_id()))  # the file exists, in WAL mode
    hold_seconds = 3 * BUSY_TIMEOUT_MS / 1000
    locker = sqlite3.connect(database(data_dir), isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        answers = post_from_both_workers(server, [log_cramp(user), launch()] * 6)
        # Every request was answered while the lock was still held.
        assert time.monotonic() - started < hold_seconds
        logs = answers[0::2]
        assert set(logs) == {T.unavailable_save}
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    with sqlite3.connect(database(data_dir)) as db:
        stored = db.execute("SELECT COUNT(*) FROM diary_entries").fetchone()[0]
    assert stored == 1  # only the entry from before the lock: the refused logs wrote nothing


def test_a_log_waiting_for_the_lock_leaves_its_worker_free_for_others(tmp_path: Path,
                                                                       data_dir: Path) -> None:
    # One worker with room for one running request: the log waits for the lock, and the
    # worker must take the launch meanwhile rather than keep it waiting behind the log.
    server = GunicornServer(tmp_path / "one.log", {"DATA_DIR": str(data_dir), "WEB_RUNNING": "1"},
                            workers=1).start()
    try:
        said(server, log_cramp(new_user_id()))  # the file exists, in WAL mode
        locker = sqlite3.connect(database(data_dir), isolation_level=None)
        locker.execute("BEGIN EXCLUSIVE")
        try:
            with ThreadPoolExecutor(max_workers=1) as pool:
                waiting_log = pool.submit(said, server, log_cramp(new_user_id()),
                                          requests.Session())
                time.sleep(0.3)  # the log is waiting for the lock now
                started = time.monotonic()
                returning = launch(session_attributes={DISCLAIMER_GIVEN: True})
                # A new connection: the worker must accept it while the log waits.
                assert server.post_json(returning, session=requests.Session()).status_code == 200
                assert time.monotonic() - started < BUSY_TIMEOUT_MS / 2000
                assert not waiting_log.done()  # the two overlapped: the log was still waiting
                assert waiting_log.result() == T.unavailable_save
        finally:
            locker.execute("ROLLBACK")
            locker.close()
    finally:
        server.stop()
