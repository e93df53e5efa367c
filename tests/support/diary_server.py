"""A real gunicorn server for diary tests, started the way the Procfile starts it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from skill.config import PROJECT_ROOT
from tests.support.diary_stores import die_with_parent, free_port

GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
PROXY_VARIABLES = {"http_proxy", "https_proxy", "all_proxy", "no_proxy"}


@dataclass
class Gunicorn:
    """``gunicorn -c skill/gunicorn_conf.py "skill.webhook:create_app()"`` on a free port."""

    env: dict[str, str]
    log_path: Path
    workers: int = 2
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Gunicorn:
        env = {k: v for k, v in os.environ.items() if k.lower() not in PROXY_VARIABLES}
        env.update({
            "PORT": str(self.port), "WEB_CONCURRENCY": str(self.workers),
            "VERIFY_REQUESTS": "false", "LOG_LEVEL": "WARNING", **self.env,
        })
        self.log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [GUNICORN, "-c", "skill/gunicorn_conf.py", "skill.webhook:create_app()"],
            cwd=PROJECT_ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT,
            preexec_fn=die_with_parent,
        )
        deadline = time.monotonic() + 60
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{self.log_text()}")
            try:
                if requests.get(f"{self.url}/healthz", timeout=1).ok and self._all_workers_up():
                    return self
            except requests.RequestException:  # not listening yet, or workers still booting
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"gunicorn did not come up:\n{self.log_text()}")
            time.sleep(0.2)

    def worker_pids(self) -> list[int]:
        assert self.process is not None
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()] if children.exists() else []

    def _all_workers_up(self) -> bool:
        return len(self.worker_pids()) >= self.workers

    def post(self, body: dict[str, Any], http: requests.Session | None = None) -> requests.Response:
        return (http or requests).post(f"{self.url}/alexa", json=body, timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        self.log.close()

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")
