"""Files a fresh clone must carry: the LICENSE the README names, and a `make run` that
hands the server what it needs."""

from __future__ import annotations

import os
import subprocess

from skill.config import PROJECT_ROOT


def test_license_is_there_and_the_readme_points_to_it():
    text = (PROJECT_ROOT / "LICENSE").read_text()
    assert "Copyright (c)" in text and "Cramp Coach" in text
    assert "see `LICENSE`" in (PROJECT_ROOT / "README.md").read_text()


def _make_run_env(tmp_path, **env):
    """What `make run` hands the server: a stand-in server that prints its environment."""
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    server = fake_bin / "cramp-coach"
    server.write_text("#!/bin/sh\nenv\n")
    server.chmod(0o755)
    (fake_bin / "python").touch()  # a virtualenv is there...
    (fake_bin / ".runtime").touch()  # ...newer than pyproject.toml: no install
    clean = {k: v for k, v in os.environ.items()
             if k not in ("SKILL_ENDPOINT_URL", "PUBLIC_BASE_URL", "HOST", "PORT")}
    out = subprocess.run(["make", "-s", "run", f"BIN={fake_bin}", "PORT=5123"],
                         cwd=PROJECT_ROOT, env=clean | env, capture_output=True, text=True,
                         check=True).stdout
    return dict(line.split("=", 1) for line in out.splitlines() if "=" in line)


def test_make_run_names_https_clip_urls_on_localhost(tmp_path):
    # Alexa (and virtual-alexa) play only https clips: without a tunnel, https://localhost.
    served = _make_run_env(tmp_path)
    assert served["PUBLIC_BASE_URL"] == "https://localhost:5123"
    assert served["SKILL_ENDPOINT_URL"] == "http://127.0.0.1:5123/alexa"


def test_make_run_with_a_tunnel_takes_clip_urls_from_it(tmp_path):
    served = _make_run_env(tmp_path, SKILL_ENDPOINT_URL="https://tunnel.example/alexa")
    assert served["SKILL_ENDPOINT_URL"] == "https://tunnel.example/alexa"
    assert served.get("PUBLIC_BASE_URL", "") == ""  # the endpoint's origin, by the config
