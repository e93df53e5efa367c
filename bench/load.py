"""The load generator: an asyncio HTTP/1.1 client, run as its own process.

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
import asyncio
import json
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


async def exchange(host: str, port: int, request: bytes) -> tuple[int, bytes]:
    """One request on its own connection (gunicorn's sync workers close after each)."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(request)
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        if len(head) > HEAD_LIMIT:
            raise ValueError("response head too large")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        status = int(status_line.split(" ", 2)[1])
        length = None
        for line in header_lines:
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-length":
                length = int(value.strip())
        body = await (reader.readexactly(length) if length is not None else reader.read())
        return status, body
    finally:
        writer.close()
        try:
            await writer.wait_closed()
        except OSError:
            pass


def is_alexa_response(payload: Any) -> bool:
    """The shape every 200 from /alexa must have."""
    return (isinstance(payload, dict) and payload.get("version") == "1.0"
            and isinstance(payload.get("response"), dict))


def _is_alexa_body(body: bytes) -> bool:
    try:
        return is_alexa_response(json.loads(body))
    except ValueError:
        return False


async def run_load(url: str, pool: list[dict[str, Any]], clients: int, duration: float,
                   max_requests: int, timeout: float) -> dict[str, Any]:
    parts = urlsplit(url)
    host, port, path = parts.hostname or "", parts.port or 80, parts.path or "/"
    if host != ALLOWED_HOST:
        raise SystemExit(f"bench.load only targets {ALLOWED_HOST}, not {host!r}")
    prepared = [(item["kind"], build_request(host, port, path, item["body"].encode(),
                                             item["headers"])) for item in pool]
    tally = Tally()
    next_index = 0
    limit = min(max_requests, MAX_REQUESTS)
    started = time.perf_counter()
    deadline = started + duration

    async def client() -> None:
        nonlocal next_index
        while next_index < limit and time.perf_counter() < deadline:
            kind, request = prepared[next_index % len(prepared)]
            next_index += 1
            sent = time.perf_counter()
            try:
                status, body = await asyncio.wait_for(exchange(host, port, request), timeout)
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                    ValueError, TimeoutError) as error:
                tally.count(kind, f"error:{type(error).__name__}")
                continue
            tally.count(kind, str(status))
            if status == 200:
                tally.latencies.append(time.perf_counter() - sent)
                if not _is_alexa_body(body):
                    tally.bad_bodies += 1

    await asyncio.gather(*(client() for _ in range(clients)))
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
    result = asyncio.run(run_load(args.url, pool, max(1, args.clients), args.duration,
                                  args.max_requests, args.timeout))
    if args.latencies is not None:
        args.latencies.write_text(json.dumps(result.pop("latencies")))
    else:
        result.pop("latencies")
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
