"""gunicorn exactly as the Procfile starts it, on 127.0.0.1, with our test signing PKI.

With checking on, the server trusts only the test root (ALEXA_TRUST_STORE) and fetches the
signing chain from its real https://s3.amazonaws.com/echo.api/ URL; HTTPS_PROXY sends that
fetch to ``tests.support.signing.ChainProxy`` on 127.0.0.1, whose TLS certificate the
server trusts through REQUESTS_CA_BUNDLE. Nothing leaves the machine.
"""

from __future__ import annotations

import http.client
import os
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from skill.config import PROJECT_ROOT
from tests.support.envelopes import APPLICATION_ID
from tests.support.gunicorn import (
    HOST,
    clean_environment,
    die_with_parent,
    free_port,
    procfile_command,
)
from tests.support.signing import ChainProxy, SigningPKI

START_TIMEOUT = 60.0
STOP_TIMEOUT = 15.0


@dataclass
class ChainService:
    """The test PKI's trust store and chain proxy, shared by every server of a run."""

    pki: SigningPKI
    workdir: Path
    proxy: ChainProxy = field(init=False)
    roots: Path = field(init=False)

    def __post_init__(self) -> None:
        self.roots = self.workdir / "alexa-roots.pem"
        self.roots.write_bytes(self.pki.root_pem)
        self.proxy = ChainProxy(self.pki.chains_by_path(), self.workdir).start()

    def env(self) -> dict[str, str]:
        return {
            "ALEXA_TRUST_STORE": str(self.roots),
            "HTTPS_PROXY": self.proxy.url, "https_proxy": self.proxy.url,
            "REQUESTS_CA_BUNDLE": str(self.proxy.ca_bundle),
        }

    def close(self) -> None:
        self.proxy.stop()


class Server:
    """One gunicorn master and its workers. Use as a context manager; it always stops."""

    def __init__(self, workdir: Path, *, verify: bool, chains: ChainService | None,
                 data_dir: Path | None = None, extra_env: dict[str, str] | None = None) -> None:
        if verify and chains is None:
            raise ValueError("checking signatures needs the test chain service")
        self.port = free_port()
        self.url = f"http://{HOST}:{self.port}"
        self.log_path = workdir / f"gunicorn-{'verified' if verify else 'unverified'}.log"
        self.data_dir = data_dir or workdir / "data"
        env = clean_environment()
        env.update({
            "HOST": HOST, "PORT": str(self.port), "LOG_LEVEL": "INFO", "SKILL_ID": APPLICATION_ID,
            "VERIFY_REQUESTS": "true" if verify else "false", "DATA_DIR": str(self.data_dir),
            "PYTHONUNBUFFERED": "1",
        })
        if chains is not None:
            env.update(chains.env())
        env.update(extra_env or {})
        self.env = env
        self.process: subprocess.Popen[bytes] | None = None
        self.started_at = 0.0

    def __enter__(self) -> Server:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        with self.log_path.open("wb") as log:
            self.started_at = time.perf_counter()
            self.process = subprocess.Popen(
                procfile_command(), cwd=PROJECT_ROOT, env=self.env,
                stdout=log, stderr=subprocess.STDOUT, preexec_fn=die_with_parent,
            )

    def log_tail(self, lines: int = 30) -> str:
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def logged_errors(self) -> int:
        """Error records and tracebacks in the server's log (ours and gunicorn's, one JSON
        object per line)."""
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return sum(1 for line in text.splitlines()
                   if '"level": "ERROR"' in line or '"level": "CRITICAL"' in line
                   or "Traceback" in line)

    def post(self, body: bytes, headers: dict[str, str], timeout: float = 10.0) -> int:
        connection = http.client.HTTPConnection(HOST, self.port, timeout=timeout)
        try:
            connection.request("POST", "/alexa", body=body, headers=headers)
            reply = connection.getresponse()
            reply.read()
            return reply.status
        finally:
            connection.close()

    def wait_until_answering(self, body: bytes, headers: dict[str, str]) -> float:
        """Seconds from process start to the first 200 for this request."""
        deadline = time.perf_counter() + START_TIMEOUT
        while True:
            if self.process is None or self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited during start:\n{self.log_tail()}")
            try:
                status = self.post(body, headers)
                if status == 200:
                    return time.perf_counter() - self.started_at
                raise RuntimeError(f"first request got HTTP {status}:\n{self.log_tail()}")
            except (ConnectionRefusedError, ConnectionResetError):
                pass
            if time.perf_counter() > deadline:
                raise RuntimeError(f"gunicorn did not answer in {START_TIMEOUT:.0f} s:\n"
                                   f"{self.log_tail()}")
            time.sleep(0.005)

    def worker_pids(self) -> list[int]:
        if self.process is None:
            return []
        master = self.process.pid
        try:
            children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
            return [int(pid) for pid in children]
        except OSError:
            return [pid for pid in _all_pids() if _parent_pid(pid) == master]

    def worker_peak_rss_kb(self) -> dict[int, int]:
        """VmHWM (peak resident set) of each worker, in kB."""
        peaks = {}
        for pid in self.worker_pids():
            value = _status_field(pid, "VmHWM")
            if value is not None:
                peaks[pid] = value
        return peaks

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _all_pids() -> list[int]:
    return [int(name) for name in os.listdir("/proc") if name.isdigit()]


def _status_field(pid: int, name: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key == name:
                return int(value.split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return None


def _parent_pid(pid: int) -> int | None:
    return _status_field(pid, "PPid")
