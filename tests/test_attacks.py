"""Issue 12's attacks, against gunicorn from the Procfile with signature checking on.

Stalled bodies, hung and dripping certificate fetches, and requests gunicorn itself refuses,
while signed requests keep coming. Every signed request must be answered, in under 2 s
(the client gives up then: no timing is asserted beyond that), and no worker may be killed.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from bench.server import ChainService
from tests.support.envelopes import APPLICATION_ID, intent, launch
from tests.support.gunicorn import HOST, GunicornServer
from tests.support.signing import (
    CERT_URL_BASE,
    DRIP_PATH_PREFIX,
    HUNG_PATH_PREFIX,
    signing_pki,
)

PKI = signing_pki()
GOOD = PKI["good"]
WORKERS = 2
ANSWER_WITHIN = 2.0  # seconds: the legitimate client's timeout
ATTACK_SECONDS = 8.0


@pytest.fixture(scope="module")
def chains(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChainService]:
    service = ChainService(PKI, tmp_path_factory.mktemp("attack-chains"))
    yield service
    service.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory,
           chains: ChainService) -> Iterator[GunicornServer]:
    workdir = tmp_path_factory.mktemp("attack")
    gunicorn = GunicornServer(workdir / "gunicorn.log", {
        "WEB_CONCURRENCY": str(WORKERS), "VERIFY_REQUESTS": "true", "SKILL_ID": APPLICATION_ID,
        **chains.env(),
    })
    try:
        yield gunicorn.start()
    finally:
        gunicorn.stop()


def signed(body: dict, cert_url: str = GOOD.cert_url) -> tuple[bytes, dict[str, str]]:
    raw = json.dumps(body).encode()
    return raw, GOOD.headers(raw, SignatureCertChainUrl=cert_url)


def raw_exchange(server: GunicornServer, data: bytes, timeout: float = 10.0) -> bytes:
    """Send bytes on a new connection; everything the server answers before closing."""
    with socket.create_connection((HOST, server.port), timeout=timeout) as conn:
        conn.sendall(data)
        reply = b""
        while chunk := conn.recv(65536):
            reply += chunk
        return reply


def status_and_json(reply: bytes) -> tuple[int, object]:
    head, _, body = reply.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), json.loads(body)


def stalled_body_request() -> bytes:
    return (b"POST /alexa HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 5000\r\n\r\n{")


def test_a_stalled_body_gets_a_408_in_our_json(server: GunicornServer) -> None:
    status, body = status_and_json(raw_exchange(server, stalled_body_request()))
    assert (status, body) == (408, {"error": "body not received in time"})


@pytest.mark.parametrize(("request_bytes", "status", "reason"), [
    (b"GET /healthz HTTP/1.1\r\nHost: x\r\n"
     + b"".join(b"X-%d: %s\r\n" % (n, b"a" * 100) for n in range(200)) + b"\r\n",
     431, "request header fields too large"),
    (b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Bad: a\x00b\r\n\r\n", 400, "bad header"),
    (b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414, "request line too long"),
    (b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Fold: a\r\n folded\r\n\r\n", 400, "bad request"),
])
def test_requests_gunicorn_refuses_get_our_json(server: GunicornServer, request_bytes: bytes,
                                               status: int, reason: str) -> None:
    assert status_and_json(raw_exchange(server, request_bytes)) == (status, {"error": reason})
    log = server.log_text()
    assert "a\x00b" not in log and "folded" not in log and "<html>" not in log


def _warm(server: GunicornServer, chains: ChainService) -> None:
    """Signed requests until every worker has fetched the genuine chain (as in production,
    where Alexa's traffic reaches every worker before and during any attack)."""
    raw, headers = signed(launch())
    deadline = time.monotonic() + 30
    while chains.proxy.fetched.count(GOOD.cert_url.removeprefix("https://s3.amazonaws.com")) \
            < WORKERS:
        assert time.monotonic() < deadline, "the workers never fetched the genuine chain"
        threads = [threading.Thread(target=lambda: requests.post(
            f"{server.url}/alexa", data=raw, headers=headers, timeout=10)) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()


class Attack:
    """20 stalled bodies and 20 requests naming hung or dripping chain URLs, kept up."""

    def __init__(self, server: GunicornServer, count: int = 20) -> None:
        self.server, self.count = server, count
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self._stall, daemon=True) for _ in range(count)]
        self.threads += [threading.Thread(target=self._hang, args=(n,), daemon=True)
                         for n in range(count)]
        self.sent = 0

    def __enter__(self) -> Attack:
        for thread in self.threads:
            thread.start()
        time.sleep(0.5)  # every attacking connection is in place
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(15)

    def _stall(self) -> None:
        while not self.stop.is_set():
            try:
                raw_exchange(self.server, stalled_body_request(), timeout=15)
            except OSError:
                pass
            self.sent += 1

    def _hang(self, number: int) -> None:
        round_ = 0
        while not self.stop.is_set():
            prefix = HUNG_PATH_PREFIX if number % 2 else DRIP_PATH_PREFIX
            url = CERT_URL_BASE + f"{prefix.removeprefix('/echo.api/')}{number}-{round_}.pem"
            raw, headers = signed(intent("AMAZON.HelpIntent"), url)
            try:
                requests.post(f"{self.server.url}/alexa", data=raw, headers=headers, timeout=15)
            except requests.RequestException:
                pass
            round_ += 1
            self.sent += 1


def test_signed_requests_are_answered_during_stalls_and_hung_fetches(
    server: GunicornServer, chains: ChainService
) -> None:
    _warm(server, chains)
    workers = set(server.worker_pids())
    answers: list[int | str] = []
    http = requests.Session()
    with Attack(server) as attack:
        until = time.monotonic() + ATTACK_SECONDS
        while time.monotonic() < until:
            for body in (launch(), intent("AMAZON.HelpIntent"), intent("AMAZON.StopIntent")):
                raw, headers = signed(body)
                try:
                    reply = http.post(f"{server.url}/alexa", data=raw, headers=headers,
                                      timeout=ANSWER_WITHIN)
                    answers.append(reply.status_code)
                except requests.RequestException as error:
                    answers.append(type(error).__name__)
    assert attack.sent >= 40  # the attack was kept up
    assert answers and set(answers) == {200}, answers
    assert set(server.worker_pids()) == workers  # no worker killed or replaced
    log = server.log_text()
    assert "WORKER TIMEOUT" not in log and "Traceback" not in log
    assert "certificate unavailable" in log  # the hung fetches were given up, not waited out


def unix_socket_paths(pid: int) -> set[str]:
    """Paths of the Unix sockets process ``pid`` holds open."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = fd.readlink().name
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target.removeprefix("socket:[").removesuffix("]"))
    paths = set()
    for line in Path("/proc/net/unix").read_text().splitlines()[1:]:
        fields = line.split()
        if len(fields) >= 8 and fields[6] in inodes:
            paths.add(fields[7])
    return paths


def test_the_control_socket_is_off(server: GunicornServer) -> None:
    assert server.process is not None
    held = unix_socket_paths(server.process.pid)
    assert not any(path.endswith(".ctl") for path in held), held
