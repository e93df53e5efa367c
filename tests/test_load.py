"""Load, for correctness: ~2,000 signed requests from concurrent clients against gunicorn
started from the Procfile (2 workers, signature checking ON).

Every request must get a 200 carrying an Alexa response (so no 5xx, nothing dropped), and
the SQLite file must hold exactly one diary row per "log a cramp" request: none lost to a
concurrent writer, none written twice. Speed is measured in bench/, never asserted here.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope

from bench.mix import DIARY_LOG, signed_pool
from bench.server import ChainService, Server
from bench.web import run_load
from skill.config import Config
from skill.persistence import user_keys_for
from tests.support.signing import signing_pki

REQUESTS = 2_000
CLIENTS = 16
WORKERS = 2
USERS = 8  # few users, so many logs for one user land at once on both workers
TIME_BOUND = 120.0  # seconds: the load client stops here whatever happens


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("load")


@pytest.fixture(scope="module")
def chains(workdir: Path) -> Iterator[ChainService]:
    service = ChainService(signing_pki(), workdir)
    yield service
    service.close()


@pytest.fixture(scope="module")
def server(workdir: Path, chains: ChainService) -> Iterator[Server]:
    with Server(workdir, verify=True, chains=chains,
                extra_env={"WEB_CONCURRENCY": str(WORKERS)}) as running:
        [first] = signed_pool(chains.pki["good"], 1, 1)
        running.wait_until_answering(first["body"].encode(), first["headers"])
        yield running


@pytest.fixture(scope="module")
def pool() -> list[dict[str, Any]]:
    return signed_pool(signing_pki()["good"], REQUESTS, USERS)


@pytest.fixture(scope="module")
def load(server: Server, pool: list[dict[str, Any]], workdir: Path) -> dict[str, Any]:
    # Each pooled request is sent exactly once.
    return run_load(server, pool, workdir, clients=CLIENTS, duration=TIME_BOUND,
                    max_requests=len(pool))


def diary_rows_by_user(database: Path) -> Counter[str]:
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT user_key, COUNT(*) FROM diary_entries GROUP BY user_key")
        return Counter(dict(rows.fetchall()))


def test_every_request_gets_a_200_alexa_response(load: dict[str, Any]) -> None:
    assert load["requests"] == REQUESTS  # nothing dropped on the way
    assert load["statuses"] == {"200": REQUESTS}, load["statuses"]  # no 5xx, no refusal
    assert load["bad_bodies"] == 0


def test_every_kind_of_request_was_sent(load: dict[str, Any], pool: list[dict[str, Any]]) -> None:
    assert set(load["by_kind"]) == {item["kind"] for item in pool}
    assert sum(load["by_kind"][DIARY_LOG].values()) > REQUESTS // 10


def test_exactly_one_diary_row_per_logged_cramp(
    load: dict[str, Any], pool: list[dict[str, Any]], server: Server
) -> None:
    serializer = DefaultSerializer()
    config = Config.from_env({"DATA_DIR": str(server.data_dir)})
    user_key = user_keys_for(config)  # the server's secret, kept in its data folder
    expected = Counter(
        user_key(serializer.deserialize(item["body"], RequestEnvelope))
        for item in pool if item["kind"] == DIARY_LOG
    )
    assert load["by_kind"][DIARY_LOG] == {"200": sum(expected.values())}
    database = config.diary_db_path
    stored = diary_rows_by_user(database)
    assert len(expected) == USERS
    assert stored == expected  # per user: none dropped, none duplicated


def test_the_server_logged_no_error_traceback_or_worker_timeout(load: dict[str, Any],
                                                                server: Server) -> None:
    log = server.log_path.read_text(errors="replace")
    assert '"event": "alexa_request"' in log  # the log is the server's, and it is written
    assert server.logged_errors() == 0, server.log_tail()
    for problem in ("Traceback", "WORKER TIMEOUT", "Worker exiting"):
        assert problem not in log


def test_each_worker_fetches_the_signing_chain_once(load: dict[str, Any], server: Server,
                                                    chains: ChainService) -> None:
    assert len(server.worker_pids()) == WORKERS
    fetched = chains.proxy.fetched
    assert 1 <= len(fetched) <= WORKERS, fetched  # cached, not fetched per request
    assert set(fetched) == {"/echo.api/good-cert.pem"}
