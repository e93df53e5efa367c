"""The Dockerfile, read statically (no Docker daemon here): slim base, runtime install only,
non-root, the Procfile's command, and a HEALTHCHECK on /healthz."""

from __future__ import annotations

import json
import re
import shlex

from skill.config import PROJECT_ROOT

DOCKERFILE = PROJECT_ROOT / "Dockerfile"


def _instructions() -> list[tuple[str, str]]:
    text = re.sub(r"\\\n\s*", " ", DOCKERFILE.read_text())
    lines = [line.strip() for line in text.splitlines()]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1])
            for line in lines if line and not line.startswith("#")]


def _last(keyword: str) -> str:
    return [args for kw, args in _instructions() if kw == keyword][-1]


def test_base_is_slim_python():
    (base,) = [args for kw, args in _instructions() if kw == "FROM"]
    assert re.fullmatch(r"python:3\.1[1-9]-slim(-\w+)?", base)


def test_cmd_is_the_procfile_command():
    procfile = (PROJECT_ROOT / "Procfile").read_text().strip()
    kind, command = procfile.split(":", 1)
    assert kind == "web"
    assert json.loads(_last("CMD")) == shlex.split(command)


def test_runs_as_a_non_root_user_after_installing():
    keywords = [kw for kw, _ in _instructions()]
    user = _last("USER")
    assert user not in {"root", "0"} and not user.startswith("0:")
    assert keywords.index("USER") > max(i for i, kw in enumerate(keywords) if kw == "RUN")
    assert keywords.index("USER") < keywords.index("CMD")
    assert f"useradd --system --uid 10001 --no-create-home --home-dir /nonexistent {user}" in \
        DOCKERFILE.read_text()


def test_installs_the_runtime_only():
    runs = " ".join(args for kw, args in _instructions() if kw == "RUN")
    assert "pip install ." in runs
    assert "[audio" not in runs and "[test" not in runs and "requirements" not in runs


def test_healthcheck_asks_healthz_on_the_served_port():
    check = _last("HEALTHCHECK")
    assert "--timeout=" in check and "--interval=" in check
    assert "/healthz" in check and "PORT" in check
    assert _last("EXPOSE") == "5000"


def test_build_context_leaves_out_local_state():
    ignored = set((PROJECT_ROOT / ".dockerignore").read_text().split())
    assert {".git", ".venv", "node_modules", "data", "dist", "tests"} <= ignored
