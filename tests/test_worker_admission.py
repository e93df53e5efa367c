"""How the web worker takes work: each request gathered whole before a thread reads it, and
new connections taken only while the worker has room to run them."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from gunicorn.config import Config as GunicornConfig

from skill.hosting import gunicorn_worker
from skill.hosting.request_arrival import (
    MAX_HEAD_BYTES,
    Arrival,
    ArrivingRequest,
    arrival_of,
)
from skill.waiting import WAITS, Waits
from tests.support.envelopes import launch
from tests.support.gunicorn import HOST, GunicornServer

HEAD = b"POST /alexa HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"


# --- whether a request is whole -----------------------------------------------------------

@pytest.mark.parametrize(("data", "arrival"), [
    (b"POST /alexa HTTP/1.1\r\nHost: x\r\n", Arrival.WAITING),  # the head goes on
    (HEAD + b"Content-Length: 5\r\n\r\n{}", Arrival.WAITING),  # 3 bytes of body to come
    (HEAD + b"Content-Length: 2\r\n\r\n{}", Arrival.WHOLE),
    (HEAD + b"content-length:2\r\n\r\n{}", Arrival.WHOLE),  # any case, no space
    (b"POST /alexa HTTP/1.1\r\nContent-Length: 5\r\nHost: x\r\n\r\n{}", Arrival.WAITING),
    (b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", Arrival.WHOLE),  # no body
    (HEAD + b"Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", Arrival.WHOLE),  # gunicorn's 400
    (HEAD + b"Content-Length: x\r\n\r\n", Arrival.WHOLE),  # gunicorn's 400
    (HEAD + b"Content-Length: 999999999\r\n\r\n{", Arrival.BODY_TOO_LARGE),
    (HEAD + b"Content-Length: 00000000000001\r\n\r\n", Arrival.WAITING),  # gunicorn reads 1
    (HEAD + b"Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", Arrival.CHUNKED),
    (b"GET / HTTP/1.1\r\nX: " + b"a" * MAX_HEAD_BYTES, Arrival.HEAD_TOO_LARGE),
])
def test_a_request_is_whole_when_its_head_and_body_are_in(data: bytes, arrival: Arrival) -> None:
    assert arrival_of(data) is arrival


def test_a_request_dripped_a_byte_at_a_time_is_whole_at_its_last_byte() -> None:
    request = HEAD + b"Content-Length: 2\r\nExpect: 100-continue\r\n\r\n{}"
    arriving = ArrivingRequest()
    seen = [arriving.add(request[n:n + 1]) for n in range(len(request))]
    assert seen == [Arrival.WAITING] * (len(request) - 1) + [Arrival.WHOLE]
    assert arriving.asks_to_continue


def test_only_an_http_11_head_asks_to_continue() -> None:
    arriving = ArrivingRequest()
    arriving.add(b"POST /alexa HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n")
    assert not arriving.asks_to_continue


def test_waits_are_counted_per_thread_and_tell_the_worker() -> None:
    waits, told = Waits(), []
    waits.on_start = lambda: told.append(("began", waits.count))
    waits.on_end = lambda at_once: told.append(("ended", at_once))
    inside, leave = threading.Event(), threading.Event()

    def another_thread_waits_for_a_lock() -> None:
        with waits.waiting(then_holding_a_lock=True):
            inside.set()
            leave.wait(5)

    with waits.waiting():
        with waits.waiting(then_holding_a_lock=True):
            assert waits.count == 1  # a wait inside a wait is part of it
        other = threading.Thread(target=another_thread_waits_for_a_lock)
        other.start()
        inside.wait(5)
        assert waits.count == 2
        leave.set()
        other.join(5)
    assert waits.count == 0
    assert told == [("began", 1), ("began", 2), ("ended", True), ("ended", False)]


# --- a worker with room for one running request (in this process) -------------------------

class _App:
    """A WSGI app whose /hold requests run until released; /wait requests wait (as on a
    certificate fetch or a lock) until their own release, then note that they run again."""

    def __init__(self) -> None:
        self.release, self.end_waits = threading.Event(), threading.Event()
        self.seen: list[tuple[str, bytes]] = []

    def __call__(self, environ: dict[str, Any], start_response: Any) -> list[bytes]:
        body = environ["wsgi.input"].read()
        self.seen.append((environ["PATH_INFO"], body))
        if environ["PATH_INFO"] == "/hold":
            self.release.wait(5)
        elif environ["PATH_INFO"] in ("/wait", "/lock"):  # /lock: a lock is held after
            with WAITS.waiting(then_holding_a_lock=environ["PATH_INFO"] == "/lock"):
                self.end_waits.wait(5)
            self.seen.append(("back from the wait", b""))
        start_response("200 OK", [("Content-Length", "2")])
        return [b"ok"]


@pytest.fixture
def worker(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The worker's run(), in a thread of this process, with room for one request."""
    monkeypatch.setattr(gunicorn_worker, "RUNNING_LIMIT", 1)
    listener = socket.create_server((HOST, 0))
    log = type("Log", (), {name: staticmethod(lambda *a, **k: None) for name in
                           ("debug", "info", "warning", "error", "exception", "access")})()
    config = GunicornConfig()
    config.set("threads", 4)
    made = gunicorn_worker.WebhookWorker(0, os.getppid(), [listener], None, 30, config, log)
    made.wsgi, made.PIPE = _App(), os.pipe()
    monkeypatch.setattr(WAITS, "on_start", made._wait_began)
    monkeypatch.setattr(WAITS, "on_end", made._wait_ended)
    loop = threading.Thread(target=made.run, daemon=True)
    loop.start()
    try:
        yield made
    finally:
        made.wsgi.release.set()
        made.wsgi.end_waits.set()
        made.alive = False
        loop.join(10)
        listener.close()
        made.tmp.close()


def _send(worker: Any, path: str, body: bytes = b"{}") -> socket.socket:
    client = socket.create_connection(worker.sockets[0].getsockname(), timeout=5)
    client.sendall(b"POST %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                   b"Content-Length: %d\r\n\r\n%s" % (path.encode(), len(body), body))
    return client


def _answered(client: socket.socket, within: float) -> bool:
    client.settimeout(within)
    try:
        return client.recv(64).startswith(b"HTTP/1.1 200")
    except TimeoutError:
        return False


def test_a_worker_running_its_limit_leaves_new_connections_in_the_queue(worker: Any) -> None:
    running = _send(worker, "/hold")
    time.sleep(0.3)
    second = _send(worker, "/next")
    # The held request runs; the second connection waits in the kernel for a free worker.
    assert not _answered(second, 0.5)
    assert [path for path, _ in worker.wsgi.seen] == ["/hold"] and not worker.gathering
    worker.wsgi.release.set()
    assert _answered(running, 2) and _answered(second, 2)


def test_a_request_that_waits_leaves_room_for_the_next(worker: Any) -> None:
    waiting = _send(worker, "/wait")
    time.sleep(0.3)
    assert _answered(_send(worker, "/next"), 2)  # while the first still waits
    worker.wsgi.end_waits.set()
    assert _answered(waiting, 2)


def test_a_request_back_from_its_wait_runs_when_the_running_one_is_done(worker: Any) -> None:
    waiting = _send(worker, "/wait")
    time.sleep(0.3)
    running = _send(worker, "/hold")  # runs while the first waits
    time.sleep(0.3)
    worker.wsgi.end_waits.set()  # the wait ends while /hold still runs
    time.sleep(0.3)
    assert ("back from the wait", b"") not in worker.wsgi.seen  # not two running at once
    worker.wsgi.release.set()
    assert _answered(running, 2) and _answered(waiting, 2)
    assert [path for path, _ in worker.wsgi.seen] == ["/wait", "/hold", "back from the wait"]


def test_a_request_back_from_a_wait_for_a_lock_runs_at_once(worker: Any) -> None:
    """It holds the lock now: queueing for room while holding it would hold up every other
    writer, in every worker."""
    waiting = _send(worker, "/lock")
    time.sleep(0.3)
    running = _send(worker, "/hold")
    time.sleep(0.3)
    worker.wsgi.end_waits.set()
    assert _answered(waiting, 2)  # while /hold still runs
    worker.wsgi.release.set()
    assert _answered(running, 2)


def test_room_is_never_left_unused_with_two_running(worker: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Two requests run, a third comes back from its wait, and both running ones finish:
    the third runs and the second room takes new work at once."""
    monkeypatch.setattr(gunicorn_worker, "RUNNING_LIMIT", 2)
    waiting = _send(worker, "/wait")
    time.sleep(0.3)
    first, second = _send(worker, "/hold"), _send(worker, "/hold")
    time.sleep(0.3)
    worker.wsgi.end_waits.set()
    worker.wsgi.release.set()
    assert _answered(first, 2) and _answered(second, 2) and _answered(waiting, 2)
    assert _answered(_send(worker, "/next"), 2)
    deadline = time.monotonic() + 2  # each thread counts itself out just after answering
    while (worker.running, worker.resuming, worker.accepting) != (0, 0, 2):  # both rooms
        assert time.monotonic() < deadline, (worker.running, worker.resuming, worker.accepting)
        time.sleep(0.01)


def test_a_request_reaches_a_thread_only_once_it_is_whole(worker: Any) -> None:
    client = socket.create_connection(worker.sockets[0].getsockname(), timeout=5)
    client.sendall(b"POST /whole HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n")
    time.sleep(0.3)
    assert worker.wsgi.seen == [] and len(worker.gathering) == 1  # the loop holds it
    client.sendall(b"{}")
    assert _answered(client, 2)
    assert worker.wsgi.seen == [("/whole", b"{}")]


# --- through gunicorn from the Procfile, with one thread per worker ------------------------

@pytest.fixture(scope="module")
def one_thread(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GunicornServer]:
    workdir: Path = tmp_path_factory.mktemp("one-thread")
    server = GunicornServer(workdir / "gunicorn.log", {"WEB_CONCURRENCY": "1",
                                                       "WEB_THREADS": "1"})
    try:
        yield server.start()
    finally:
        server.stop()


def _reply(client: socket.socket) -> tuple[int, Any]:
    data = b""
    while chunk := client.recv(65536):
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), json.loads(body)


def test_stalled_requests_hold_no_thread(one_thread: GunicornServer) -> None:
    assert one_thread.post_json(launch()).status_code == 200  # the worker is warm
    stalled = [socket.create_connection((HOST, one_thread.port)) for _ in range(4)]
    try:
        for number, client in enumerate(stalled):  # half a head, or half a body
            client.sendall(HEAD if number % 2 else HEAD + b"Content-Length: 5000\r\n\r\n{")
        time.sleep(0.2)
        started = time.monotonic()
        reply = one_thread.http.post(f"{one_thread.url}/alexa", json=launch(), timeout=1.5)
        assert reply.status_code == 200 and time.monotonic() - started < 1.0
    finally:
        for client in stalled:
            client.close()


@pytest.mark.parametrize(("sent", "reason"), [
    (HEAD, "request not received in time"),
    (HEAD + b"Content-Length: 5000\r\n\r\n{", "body not received in time"),
])
def test_a_request_that_stops_arriving_gets_a_408_in_our_json(one_thread: GunicornServer,
                                                              sent: bytes, reason: str) -> None:
    with socket.create_connection((HOST, one_thread.port), timeout=10) as client:
        client.sendall(sent)
        assert _reply(client) == (408, {"error": reason})
    # The loop refused it: no thread read it, nor the webhook's own deadline.
    assert f"request refused before a thread read it: {reason} (408)" in one_thread.log_text()


def test_a_head_that_never_ends_gets_a_431_in_our_json(one_thread: GunicornServer) -> None:
    with socket.create_connection((HOST, one_thread.port), timeout=10) as client:
        client.sendall(b"GET /healthz HTTP/1.1\r\nX-Long: " + b"a" * (MAX_HEAD_BYTES + 10))
        assert _reply(client) == (431, {"error": "request header fields too large"})
    log = one_thread.log_text()
    assert "aaaa" not in log
    assert "request refused before a thread read it: request header fields too large" in log


def _response(client: socket.socket, data: bytes = b"") -> tuple[bytes, bytes]:
    """One whole response with a Content-Length, and the bytes read after it."""
    while b"\r\n\r\n" not in data:
        data += client.recv(65536)
    head, _, rest = data.partition(b"\r\n\r\n")
    length = int(next(line.split(b":")[1] for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length:")))
    while len(rest) < length:
        rest += client.recv(65536)
    return head + b"\r\n\r\n" + rest[:length], rest[length:]


def test_each_request_that_awaits_100_continue_gets_it(one_thread: GunicornServer) -> None:
    body = json.dumps(launch()).encode()
    asks = HEAD + b"Expect: 100-continue\r\nContent-Length: %d\r\n\r\n" % len(body)
    with socket.create_connection((HOST, one_thread.port), timeout=10) as client:
        for _ in range(2):  # the second on the same kept-alive connection
            client.sendall(asks)
            assert client.recv(25) == b"HTTP/1.1 100 Continue\r\n\r\n"
            client.sendall(body)
            data = b""
            while b"HTTP/1.1 200" not in data:  # gunicorn may repeat the 100 before it
                data += client.recv(65536)
            answer, rest = _response(client, data[data.index(b"HTTP/1.1 200"):])
            assert rest == b""
            assert answer.startswith(b"HTTP/1.1 200")


def test_a_silent_connection_is_not_cut_off_at_the_request_deadline(
        one_thread: GunicornServer) -> None:
    body = json.dumps(launch()).encode()
    with socket.create_connection((HOST, one_thread.port), timeout=10) as client:
        time.sleep(2.6)  # opened early, as a client or proxy may; the request comes later
        client.sendall(HEAD + b"Content-Length: %d\r\n\r\n" % len(body) + body)
        answer, _ = _response(client)
        assert answer.startswith(b"HTTP/1.1 200")


def test_a_body_announced_too_large_gets_a_413_from_the_loop(one_thread: GunicornServer) -> None:
    with socket.create_connection((HOST, one_thread.port), timeout=10) as client:
        client.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000\r\n\r\nx")
        assert _reply(client) == (413, {"error": "body too large"})


def test_requests_still_flow_after_the_refusals(one_thread: GunicornServer) -> None:
    statuses: list[int] = []

    def send() -> None:
        statuses.append(one_thread.post_json(launch(), requests.Session()).status_code)

    threads = [threading.Thread(target=send) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * 8
    assert "Traceback" not in one_thread.log_text()


def test_a_slow_download_leaves_its_worker_free_for_others(built: Path, tmp_path: Path) -> None:
    server = GunicornServer(tmp_path / "gunicorn.log", {
        "WEB_CONCURRENCY": "1", "WEB_RUNNING": "1", "AUDIO_DIR": str(built)}).start()
    clip = max(built.glob("*.mp3"), key=lambda path: path.stat().st_size)
    slow = socket.socket()
    slow.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    try:
        slow.connect((HOST, server.port))
        # More than the kernel's largest send buffer (4 MB by default), so that the thread
        # sending it is held until the client reads.
        times = 1 + (5 * 1024 * 1024) // clip.stat().st_size
        slow.sendall(b"GET /audio/%s HTTP/1.1\r\nHost: x\r\n\r\n" % clip.name.encode() * times)
        time.sleep(1.0)  # the clips are being sent, and this client reads none of them
        started = time.monotonic()
        reply = requests.post(f"{server.url}/alexa", json=launch(), timeout=3)
        assert reply.status_code == 200 and time.monotonic() - started < 1.0
    finally:
        slow.close()
        server.stop()


REFUSED_STATUSES = sorted(
    {status for status, _ in gunicorn_worker._REFUSALS.values()}
    | {status for _, status, _ in gunicorn_worker.REFUSALS} | {408})


@pytest.mark.parametrize("status", REFUSED_STATUSES)
def test_a_refusal_the_worker_writes_has_its_status_line_and_json(status: int) -> None:
    head, _, body = gunicorn_worker.json_error_bytes(status, "why").partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    phrase = {408: "Request Timeout", 411: "Length Required", 413: "Request Entity Too Large",
              431: "Request Header Fields Too Large", 400: "Bad Request"}
    assert lines[0].startswith(f"HTTP/1.1 {status} ") and lines[0] != f"HTTP/1.1 {status} Error"
    if status in phrase:
        assert lines[0] == f"HTTP/1.1 {status} {phrase[status]}"
    assert f"Content-Length: {len(body)}" in lines and json.loads(body) == {"error": "why"}
