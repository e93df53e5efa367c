"""HTTP load against a running server, from a separate process (``bench.load``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from skill.config import PROJECT_ROOT

from .server import Server

GRACE_SECONDS = 120  # on top of the load's own duration, before the client is stopped


def run_load(server: Server, pool: list[dict[str, Any]], workdir: Path, *, clients: int,
             duration: float, max_requests: int | None = None) -> dict[str, Any]:
    """Drive ``server`` with ``pool`` from a child process; its JSON summary."""
    pool_path = workdir / "pool.json"
    pool_path.write_text(json.dumps(pool))
    argv = [sys.executable, "-m", "bench.load", "--url", f"{server.url}/alexa",
            "--pool", str(pool_path), "--clients", str(clients), "--duration", str(duration)]
    if max_requests is not None:
        argv += ["--max-requests", str(max_requests)]
    done = subprocess.run(argv, cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=duration + GRACE_SECONDS, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the load client failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return json.loads(done.stdout)
