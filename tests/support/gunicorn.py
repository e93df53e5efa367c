"""The real server for tests and benchmarks: gunicorn started from the Procfile's web line."""

from __future__ import annotations

import os
import shlex
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import requests

from skill.config import PROJECT_ROOT

HOST = "127.0.0.1"
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
# A test server talks to nothing but its own fakes: the shell's proxies and CA bundles stay out.
PROXY_VARIABLES = {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "requests_ca_bundle",
                   "curl_ca_bundle", "ssl_cert_file"}


def procfile_command() -> list[str]:
    """The Procfile's web line as argv, with gunicorn taken from this virtualenv."""
    lines = (PROJECT_ROOT / "Procfile").read_text().splitlines()
    [web] = [line for line in lines if line.startswith("web:")]
    argv = shlex.split(web.removeprefix("web:"))
    if argv[0] != "gunicorn":
        raise RuntimeError(f"the Procfile's web line does not run gunicorn: {web}")
    return [GUNICORN, *argv[1:]]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def die_with_parent() -> None:
    """preexec_fn: a server we start gets SIGTERM if the test run dies (Linux), so a killed
    run leaves no server behind."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def clean_environment(**overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in PROXY_VARIABLES}
    env.update(overrides)
    return env


class GunicornServer:
    """gunicorn from the Procfile on a free loopback port, with signature checking off
    unless ``env`` turns it on. ``start()`` returns once /healthz answers and every worker
    has booted; ``stop()`` always ends it."""

    def __init__(self, log_path: Path, env: dict[str, str] | None = None, workers: int = 2,
                 start_timeout: float = 60.0) -> None:
        env = env or {}
        self.port = free_port()
        self.log_path = log_path
        self.workers = workers = int(env.get("WEB_CONCURRENCY", workers))
        self.start_timeout = start_timeout
        defaults = {
            "HOST": HOST, "PORT": str(self.port), "WEB_CONCURRENCY": str(workers),
            "VERIFY_REQUESTS": "false", "LOG_LEVEL": "INFO", "PYTHONUNBUFFERED": "1",
            "DATA_DIR": str(log_path.parent / "data"),
        }
        self.env = clean_environment(**{**defaults, **env})
        self.process: subprocess.Popen[bytes] | None = None
        self.http = requests.Session()
        self.http.trust_env = False  # straight to the server, whatever this shell's proxies are

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> GunicornServer:
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                procfile_command(), cwd=PROJECT_ROOT, env=self.env, stdout=log,
                stderr=subprocess.STDOUT, preexec_fn=die_with_parent,
            )
        deadline = time.monotonic() + self.start_timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{self.log_text()}")
            try:
                if (self.http.get(f"{self.url}/healthz", timeout=1).status_code == 200
                        and len(self.worker_pids()) >= self.workers):
                    return self
            except requests.RequestException:  # not listening yet, or workers still booting
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"gunicorn did not come up:\n{self.log_text()}")
            time.sleep(0.1)

    def worker_pids(self) -> list[int]:
        if self.process is None:
            return []
        pid = self.process.pid
        children = Path(f"/proc/{pid}/task/{pid}/children")
        return [int(p) for p in children.read_text().split()] if children.exists() else []

    def post_json(self, body: dict[str, Any], session: requests.Session | None = None,
                  **kwargs: Any) -> requests.Response:
        """POST an envelope; pass a session per thread when posting from several threads."""
        return (session or self.http).post(f"{self.url}/alexa", json=body, timeout=30, **kwargs)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        self.http.close()

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
