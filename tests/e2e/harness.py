"""The end-to-end harness: the real server under gunicorn, talked to by virtual-alexa (node).

`run_conversation` runs one conversation through tests/e2e/driver.js and returns its turns.
Each turn has: step, request (what virtual-alexa sent), response, error, player, sessionActive.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

from skill.config import PROJECT_ROOT

DRIVER = Path(__file__).with_name("driver.js")
MODEL_DIR = PROJECT_ROOT / "interaction_model"
# virtual-alexa refuses http:// audio URLs, and Alexa needs https in production too.
E2E_AUDIO_BASE_URL = "https://audio.cramp-coach.test"
CLOSED_LOCAL_ENDPOINT = "http://127.0.0.1:9"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """gunicorn, started from the same config file the Procfile uses."""

    def __init__(self, workdir: Path, extra_env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.workdir = workdir
        self.log_path = workdir / "gunicorn.log"
        self.env = {
            **os.environ,
            "PORT": str(self.port),
            "VERIFY_REQUESTS": "false",
            "DATA_DIR": str(workdir / "data"),
            "AUDIO_BASE_URL": E2E_AUDIO_BASE_URL,
            "WEB_CONCURRENCY": "2",
            "LOG_LEVEL": "INFO",
            **(extra_env or {}),
        }
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> LiveServer:
        gunicorn = str(Path(sys.executable).with_name("gunicorn"))
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [gunicorn, "-c", "skill/gunicorn_conf.py", "skill.webhook:create_app()"],
            cwd=PROJECT_ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{self.log_path.read_text()}")
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=1) as reply:
                    if reply.status == 200:
                        return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"gunicorn did not become healthy:\n{self.log_path.read_text()}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


def run_conversation(
    server_url: str,
    steps: list[dict[str, Any]],
    *,
    locale: str = "en-US",
    user_id: str | None = None,
    device_id: str | None = None,
    interfaces: tuple[str, ...] = (),
    overrides: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    script = {
        "skillURL": f"{server_url}/alexa",
        "model": str(MODEL_DIR / f"{locale}.json"),
        "locale": locale,
        "userId": user_id,
        "deviceId": device_id,
        "interfaces": list(interfaces),
        # virtual-alexa's default apiEndpoint is Amazon's; tests never leave the machine.
        "set": {"context.System.apiEndpoint": CLOSED_LOCAL_ENDPOINT, **(overrides or {})},
        "steps": steps,
    }
    env = {**os.environ, "AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE": "1"}
    done = subprocess.run(
        ["node", str(DRIVER)], input=json.dumps(script).encode(), capture_output=True,
        cwd=PROJECT_ROOT, env=env, timeout=120,
    )
    if done.returncode != 0:
        raise AssertionError(f"virtual-alexa driver failed:\n{done.stderr.decode()}")
    return json.loads(done.stdout)["turns"]


def speech(turn: dict[str, Any]) -> str:
    """The SSML a turn spoke, or "" (raises with the driver's error if the turn failed)."""
    if turn.get("error"):
        raise AssertionError(f"turn {turn['step']} failed: {turn['error']}")
    body = (turn.get("response") or {}).get("response") or {}
    return (body.get("outputSpeech") or {}).get("ssml", "")


def directives(turn: dict[str, Any]) -> list[dict[str, Any]]:
    body = (turn.get("response") or {}).get("response") or {}
    return body.get("directives") or []
