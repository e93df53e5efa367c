"""The bench's load client counts what servers do: whole answers with or without a length,
answers cut short, silence past the timeout, and a port nobody listens on."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator

import pytest

from bench.load import run_load

ALEXA_ANSWER = json.dumps({"version": "1.0", "response": {}}).encode()
Reply = Callable[[socket.socket], None]


def _with_length(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(ALEXA_ANSWER)
                 + ALEXA_ANSWER)


def _until_close(conn: socket.socket) -> None:  # no length: the answer ends at the close
    conn.sendall(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + ALEXA_ANSWER)


def _cut_short(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n" + ALEXA_ANSWER[:5])


def _refusal(conn: socket.socket) -> None:
    conn.sendall(b'HTTP/1.1 400 Bad Request\r\nContent-Length: 2\r\n\r\n{}')


def _silent(conn: socket.socket) -> None:
    threading.Event().wait(1.0)


@pytest.fixture
def serve() -> Iterator[Callable[[Reply], int]]:
    """Start a one-thread server answering each connection with ``reply``; its port."""
    listeners: list[socket.socket] = []

    def start(reply: Reply) -> int:
        listener = socket.create_server(("127.0.0.1", 0))
        listeners.append(listener)

        def loop() -> None:
            while True:
                try:
                    conn, _ = listener.accept()
                except OSError:
                    return
                with conn:
                    request = b""
                    while b"\r\n\r\n" not in request:
                        request += conn.recv(65536)
                    reply(conn)

        threading.Thread(target=loop, daemon=True).start()
        return int(listener.getsockname()[1])

    yield start
    for listener in listeners:
        listener.close()


POOL = [{"kind": "launch", "body": "{}", "headers": {"Content-Type": "application/json"}}]


def _load(port: int, requests: int = 3, timeout: float = 5.0) -> dict[str, object]:
    return run_load(f"http://127.0.0.1:{port}/alexa", POOL, clients=1, duration=10.0,
                    max_requests=requests, timeout=timeout)


@pytest.mark.parametrize("reply", [_with_length, _until_close])
def test_whole_answers_are_counted_with_their_latency(serve, reply: Reply) -> None:
    result = _load(serve(reply))
    assert result["statuses"] == {"200": 3} and result["errors"] == 0
    assert len(result["latencies"]) == 3  # type: ignore[arg-type]


def test_an_answer_cut_short_is_an_error(serve) -> None:
    result = _load(serve(_cut_short))
    assert result["statuses"] == {"error:ConnectionResetError": 3}
    assert result["errors"] == 3 and result["latencies"] == []


def test_a_refusal_is_counted_by_status(serve) -> None:
    result = _load(serve(_refusal))
    assert result["statuses"] == {"400": 3} and result["errors"] == 3


def test_silence_past_the_timeout_is_an_error(serve) -> None:
    result = _load(serve(_silent), requests=1, timeout=0.3)
    assert result["statuses"] == {"error:TimeoutError": 1}


def test_a_closed_port_is_an_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # bound, never listening: connections are refused
        result = _load(port, requests=2)
    assert result["statuses"] == {"error:ConnectionRefusedError": 2}
