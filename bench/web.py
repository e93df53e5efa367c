"""HTTP under gunicorn: load from a separate process, cold start, and worker memory.

The verified and unverified servers run side by side and are loaded in alternating
slices (verified, unverified, unverified, verified, ...), so noise from anything else on the
machine falls on both alike and their throughput ratio stays meaningful.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from skill.config import PROJECT_ROOT

from .mix import signed_pool
from .noise import Limit, Repeated, repeat
from .server import ChainService, Server
from .stats import percentile

P99_LIMIT_MS = 50.0
COLD_START_LIMIT = Limit(1.0)
GRACE_SECONDS = 120  # on top of the load's own duration, before the client is stopped
SLICE_SECONDS = 3.0  # about the length of one alternating slice
WARMUP_SECONDS = 1.0  # per server: every worker fetches and caches the chain, warms up
POOL_SIZE = 4096  # distinct signed requests, cycled
POOL_USERS = POOL_SIZE // 7  # every user sends each of the 7 kinds once per cycle
POOL_MAX_AGE = 90.0  # seconds; Amazon's timestamp tolerance is 150 s


def run_load(server: Server, pool: list[dict[str, Any]], workdir: Path, *, clients: int,
             duration: float, max_requests: int | None = None) -> dict[str, Any]:
    """Drive ``server`` with ``pool`` from a child process; its JSON summary, with every
    successful request's latency in ms under "latencies"."""
    pool_path, latencies_path = workdir / "pool.json", workdir / "latencies.json"
    pool_path.write_text(json.dumps(pool))
    argv = [sys.executable, "-m", "bench.load", "--url", f"{server.url}/alexa",
            "--pool", str(pool_path), "--clients", str(clients), "--duration", str(duration),
            "--latencies", str(latencies_path)]
    if max_requests is not None:
        argv += ["--max-requests", str(max_requests)]
    done = subprocess.run(argv, cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=duration + GRACE_SECONDS, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the load client failed ({done.returncode}):\n{done.stderr[-2000:]}")
    result = json.loads(done.stdout)
    result["latencies"] = json.loads(latencies_path.read_text())
    return result


def _merge(slices: list[dict[str, Any]]) -> dict[str, Any]:
    """One figure set from several slices against the same server."""
    latencies = sorted(t for s in slices for t in s["latencies"])
    elapsed = sum(s["elapsed_s"] for s in slices)
    ok = sum(s["ok"] for s in slices)
    statuses: dict[str, int] = {}
    for s in slices:
        for status, count in s["statuses"].items():
            statuses[status] = statuses.get(status, 0) + count

    def ms(fraction: float) -> float | None:
        return round(percentile(latencies, fraction), 2) if latencies else None

    slice_p99 = [s["latency_ms"]["p99"] for s in slices]
    return {
        "requests": sum(s["requests"] for s in slices), "ok": ok,
        "errors": sum(s["errors"] for s in slices),
        "server_errors": sum(s["server_errors"] for s in slices),
        "statuses": statuses, "elapsed_s": round(elapsed, 2), "slices": len(slices),
        "throughput_rps": round(ok / elapsed, 1) if elapsed else 0.0,
        "latency_ms": {"p50": ms(0.50), "p90": ms(0.90), "p99": ms(0.99), "max": ms(1.0)},
        # The whole run's p99, with the spread of the slices' own p99s (bench.noise).
        "p99_by_slice": {"median": ms(0.99), "low": min(slice_p99, default=None),
                         "high": max(slice_p99, default=None), "runs": slice_p99},
    }


def _worker_memory(server: Server) -> dict[str, Any]:
    peaks = server.worker_peak_rss_kb()
    return {"workers": len(peaks),
            "peak_rss_mb": [round(kb / 1024, 1) for kb in sorted(peaks.values())],
            "max_peak_rss_mb": round(max(peaks.values()) / 1024, 1) if peaks else None}


def measure_http(chains: ChainService, workdir: Path, *, clients: int, duration: float,
                 extra_env: dict[str, str]) -> dict[str, Any]:
    """Throughput and latency with checking on and off; the verified workers' memory."""
    slices = max(1, round(duration / SLICE_SECONDS))
    slice_seconds = duration / slices
    signer = chains.pki["good"]
    runs: dict[str, list[dict[str, Any]]] = {"verified": [], "unverified": []}
    fetches_before = len(chains.proxy.fetched)
    with (
        Server(workdir, verify=True, chains=chains, data_dir=workdir / "data-verified",
               extra_env=extra_env) as verified,
        Server(workdir, verify=False, chains=None, data_dir=workdir / "data-unverified",
               extra_env=extra_env) as unverified,
    ):
        servers = {"verified": verified, "unverified": unverified}
        pool, signed_at = signed_pool(signer, POOL_SIZE, POOL_USERS), time.monotonic()
        first = pool[0]
        for server in servers.values():
            server.wait_until_answering(first["body"].encode(), first["headers"])
            run_load(server, pool, workdir, clients=clients, duration=WARMUP_SECONDS)
        for number in range(slices):
            if time.monotonic() - signed_at + 2 * slice_seconds > POOL_MAX_AGE:
                pool, signed_at = signed_pool(signer, POOL_SIZE, POOL_USERS), time.monotonic()
            order = list(servers.items())
            for name, server in order[::-1] if number % 2 else order:  # neither always first
                runs[name].append(run_load(server, pool, workdir, clients=clients,
                                           duration=slice_seconds))
        memory = {name: _worker_memory(server) for name, server in servers.items()}
        logged = {name: server.logged_errors() for name, server in servers.items()}
    chain_fetches = len(chains.proxy.fetched) - fetches_before
    results = {name: {**_merge(found), "logged_errors": logged[name]}
               for name, found in runs.items()}
    overall = (results["verified"]["throughput_rps"] / results["unverified"]["throughput_rps"]
               if results["unverified"]["throughput_rps"] else None)
    # Each pair of slices ran back to back; the median pair shrugs off a slice that something
    # else on the machine slowed down.
    paired = [v["ok"] / v["elapsed_s"] / (u["ok"] / u["elapsed_s"])
              for v, u in zip(runs["verified"], runs["unverified"], strict=True) if u["ok"]]
    ratio = statistics.median(paired) if paired else None
    spread = Repeated(tuple(paired)).as_json() if paired else None
    return {
        "clients": clients, "duration_s_per_server": duration, "slice_s": slice_seconds,
        "workers": memory["verified"]["workers"],
        **results,
        "verified_unverified_ratio": round(ratio, 3) if ratio is not None else None,
        "verified_unverified_ratio_overall": round(overall, 3) if overall is not None else None,
        "verified_unverified_ratio_by_pair": [round(r, 3) for r in paired],
        "verified_unverified": spread,
        # Each worker fetches and verifies the chain once, then serves it from its cache.
        "chain_fetches": chain_fetches,
        "memory": memory,
    }


def measure_cold_start(chains: ChainService, workdir: Path, *, samples: int,
                       extra_env: dict[str, str]) -> dict[str, Any]:
    """Seconds from starting gunicorn (checking on) to its first 200 on a signed request.

    Restarts with the store file already there, as for a deployed server: at least
    ``samples``, more while they fall on both sides of the limit (``bench.noise``). The
    very first start (it creates the store) is reported apart.
    """
    data_dir = workdir / "data-cold"

    def start() -> float:
        [request] = signed_pool(chains.pki["good"], 1, 1)
        with Server(workdir, verify=True, chains=chains, data_dir=data_dir,
                    extra_env=extra_env) as server:
            return server.wait_until_answering(request["body"].encode(), request["headers"])

    first = start()
    restarts = repeat(start, limit=COLD_START_LIMIT, min_runs=samples, max_runs=samples + 4)
    return {"first_start_s": round(first, 3), "seconds": restarts.as_json(),
            "samples_s": [round(s, 3) for s in restarts.runs],
            "median_s": round(restarts.median, 3)}
