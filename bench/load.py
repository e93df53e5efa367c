"""The load generator: an HTTP/1.1 client on one non-blocking loop, run as its own process.

    python -m bench.load --url http://127.0.0.1:PORT/alexa --pool pool.json \
        --clients 32 --duration 30 [--max-requests N]

``pool.json`` is a list of {"kind", "body", "headers"}: request bodies already signed (the
client process signs nothing, so its CPU goes to sending). Clients take pool entries in
turn; with ``--max-requests`` equal to the pool size each entry is sent exactly once.
Prints one JSON object: counts by kind and status, errors, latencies and throughput.

Only 127.0.0.1 is accepted as a target. The run is bounded by ``--duration`` and
``--max-requests`` (whichever comes first) and every request by ``--timeout``.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import selectors
import socket
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .stats import percentile

ALLOWED_HOST = "127.0.0.1"
MAX_REQUESTS = 1_000_000  # a hard bound, whatever the duration
HEAD_LIMIT = 64 * 1024


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)  # seconds, successful requests only
    statuses: Counter[str] = field(default_factory=Counter)  # "200", "400", "error:Timeout"
    by_kind: dict[str, Counter[str]] = field(default_factory=dict)
    bad_bodies: int = 0  # 200s whose body is not an Alexa response

    def count(self, kind: str, outcome: str) -> None:
        self.statuses[outcome] += 1
        self.by_kind.setdefault(kind, Counter())[outcome] += 1


def build_request(host: str, port: int, path: str, body: bytes, headers: dict[str, str]) -> bytes:
    lines = [f"POST {path} HTTP/1.1", f"Host: {host}:{port}", f"Content-Length: {len(body)}",
             "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers.items()
              if name.lower() not in {"host", "content-length", "connection"}]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def is_alexa_response(payload: Any) -> bool:
    """The shape every 200 from /alexa must have."""
    return (isinstance(payload, dict) and payload.get("version") == "1.0"
            and isinstance(payload.get("response"), dict))


def _is_alexa_body(body: bytes) -> bool:
    try:
        return is_alexa_response(json.loads(body))
    except ValueError:
        return False


class _Exchange:
    """One request on its own connection, from connect to the end of the answer."""

    __slots__ = ("sock", "kind", "request", "offset", "started", "deadline", "received")

    def __init__(self, sock: socket.socket, kind: str, request: bytes, started: float,
                 timeout: float) -> None:
        self.sock, self.kind, self.request, self.offset = sock, kind, request, 0
        self.started, self.deadline = started, started + timeout
        self.received = bytearray()

    def send_more(self) -> bool:
        """Send what the socket takes; whether the whole request is sent."""
        try:
            self.offset += self.sock.send(memoryview(self.request)[self.offset:])
        except BlockingIOError:  # its buffer is full: the rest when it is writable again
            return False
        return self.offset >= len(self.request)

    def answer(self, closed: bool) -> tuple[int, bytes] | None:
        """(status, body) once the whole answer is here; None while it is arriving."""
        head_end = self.received.find(b"\r\n\r\n")
        if head_end < 0:
            if len(self.received) > HEAD_LIMIT:
                raise ValueError("response head too large")
            return None
        status_line, *header_lines = self.received[:head_end].decode("latin-1").split("\r\n")
        status = int(status_line.split(" ", 2)[1])
        length = None
        for line in header_lines:
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-length":
                length = int(value.strip())
        body = bytes(self.received[head_end + 4:])
        if length is None:  # the answer ends when the server closes
            return (status, body) if closed else None
        return (status, body[:length]) if len(body) >= length else None


def run_load(url: str, pool: list[dict[str, Any]], clients: int, duration: float,
             max_requests: int, timeout: float) -> dict[str, Any]:
    """``clients`` requests in flight at a time, each on a new connection (every request
    asks to close it: the harder case for the server, as earlier rounds measured), driven by
    one non-blocking loop: the client's own CPU per request stays small, because it shares
    the machine with the server it measures."""
    parts = urlsplit(url)
    host, port, path = parts.hostname or "", parts.port or 80, parts.path or "/"
    if host != ALLOWED_HOST:
        raise SystemExit(f"bench.load only targets {ALLOWED_HOST}, not {host!r}")
    prepared = [(item["kind"], build_request(host, port, path, item["body"].encode(),
                                             item["headers"])) for item in pool]
    tally = Tally()
    limit = min(max_requests, MAX_REQUESTS)
    selector = selectors.DefaultSelector()
    in_flight: set[_Exchange] = set()
    started = time.perf_counter()
    stop_at = started + duration
    next_index = 0

    def finish(exchange: _Exchange, outcome: str, body: bytes | None = None) -> None:
        selector.unregister(exchange.sock)
        exchange.sock.close()
        in_flight.discard(exchange)
        tally.count(exchange.kind, outcome)
        if outcome == "200":
            tally.latencies.append(time.perf_counter() - exchange.started)
            if body is None or not _is_alexa_body(body):
                tally.bad_bodies += 1

    def fail(exchange: _Exchange, error: BaseException) -> None:
        finish(exchange, f"error:{type(error).__name__}")

    def start_next() -> None:
        nonlocal next_index
        kind, request = prepared[next_index % len(prepared)]
        next_index += 1
        begun = time.perf_counter()
        try:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        except OSError as refused:  # out of descriptors, say: counted, as a failed connect is
            tally.count(kind, f"error:{type(refused).__name__}")
            return
        sock.setblocking(False)
        exchange = _Exchange(sock, kind, request, begun, timeout)
        in_flight.add(exchange)
        selector.register(sock, selectors.EVENT_WRITE, exchange)
        error = sock.connect_ex((host, port))
        if error not in (0, errno.EINPROGRESS):
            fail(exchange, OSError(error, os.strerror(error)))

    while True:
        now = time.perf_counter()
        while len(in_flight) < clients and next_index < limit and now < stop_at:
            start_next()
        if not in_flight:
            break
        for key, events in selector.select(timeout=0.1):
            exchange = key.data
            try:
                if events & selectors.EVENT_WRITE:
                    error = exchange.sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                    if error:
                        raise OSError(error, os.strerror(error))
                    if exchange.send_more():
                        selector.modify(exchange.sock, selectors.EVENT_READ, exchange)
                    continue
                chunk = exchange.sock.recv(65536)
                if chunk:
                    exchange.received += chunk
                answer = exchange.answer(closed=not chunk)
                if answer is not None:
                    finish(exchange, str(answer[0]), answer[1])
                elif not chunk:
                    raise ConnectionResetError("closed before the whole answer")
            except (OSError, ValueError) as error:
                fail(exchange, error)
        now = time.perf_counter()
        for exchange in [e for e in in_flight if e.deadline <= now]:
            fail(exchange, TimeoutError())
    selector.close()
    elapsed = time.perf_counter() - started
    return summary(tally, elapsed, clients)


def summary(tally: Tally, elapsed: float, clients: int) -> dict[str, Any]:
    total = sum(tally.statuses.values())
    ok = tally.statuses.get("200", 0)
    ordered = sorted(tally.latencies)

    def ms(fraction: float) -> float | None:
        return round(percentile(ordered, fraction) * 1000, 2) if ordered else None

    return {
        "clients": clients,
        "elapsed_s": round(elapsed, 3),
        "requests": total,
        "ok": ok,
        "errors": total - ok + tally.bad_bodies,
        "server_errors": sum(n for s, n in tally.statuses.items() if s.startswith("5")),
        "bad_bodies": tally.bad_bodies,
        "statuses": dict(tally.statuses),
        "by_kind": {kind: dict(counts) for kind, counts in tally.by_kind.items()},
        "throughput_rps": round(ok / elapsed, 1) if elapsed > 0 else 0.0,
        "latency_ms": {"p50": ms(0.50), "p90": ms(0.90), "p99": ms(0.99),
                       "max": ms(1.0)},
        "latencies": [round(t * 1000, 3) for t in ordered],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--pool", type=Path, required=True)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--duration", type=float, default=30.0)
    parser.add_argument("--max-requests", type=int, default=MAX_REQUESTS)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--latencies", type=Path, default=None,
                        help="also write every successful request's latency (ms) here")
    args = parser.parse_args(argv)
    pool = json.loads(args.pool.read_text())
    if not pool:
        raise SystemExit("the request pool is empty")
    result = run_load(args.url, pool, max(1, args.clients), args.duration, args.max_requests,
                      args.timeout)
    if args.latencies is not None:
        args.latencies.write_text(json.dumps(result.pop("latencies")))
    else:
        result.pop("latencies")
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
