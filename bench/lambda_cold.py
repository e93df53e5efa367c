"""Lambda cold start: import, build, first answer, in a fresh process, against the floor.

Ours is ``skill.hosting.lambda_function.lambda_handler``; the floor is the ASK SDK's hello-world
Lambda (``SkillBuilder`` with one handler, ``sb.lambda_handler()``). Each child starts,
imports its handler, answers one LaunchRequest and exits; the parent times the whole
process. The two are run in turn, A B A B ..., and compared pair by pair, so a slow moment
on the machine lands on one pair, not on one side.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from .noise import Limit, Repeated, repeat
from .processes import run_timed

LIMIT = Limit(2.0)  # ours at most 2x the floor
CHILD = Path(__file__).with_name("lambda_child.py")  # run as a script: no bench imports


def _one(side: str, event_path: Path, env: dict[str, str]) -> tuple[float, float]:
    done = run_timed([sys.executable, str(CHILD), side, str(event_path)], env=env)
    if not json.loads(done.stdout)["spoke"]:
        raise RuntimeError(f"the {side} Lambda said nothing")
    return done.wall_s, done.cpu_s


def measure(workdir: Path, event: dict[str, Any]) -> dict[str, Any]:
    """Pairs of cold starts, ours then the floor, until the ratio is steady."""
    event_path = workdir / "lambda-launch.json"
    event_path.write_text(json.dumps(event))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "STORE"))}
    env.update({"DATA_DIR": tempfile.mkdtemp(prefix="lambda-", dir=workdir),
                "PYTHONDONTWRITEBYTECODE": "0"})
    walls: dict[str, list[float]] = {"ours": [], "floor": []}
    cpus: dict[str, list[float]] = {"ours": [], "floor": []}
    for side in ("ours", "floor"):  # a first run of each writes bytecode caches
        _one(side, event_path, env)

    def pair() -> float:
        for side in ("ours", "floor"):
            wall, cpu = _one(side, event_path, env)
            walls[side].append(wall)
            cpus[side].append(cpu)
        return cpus["ours"][-1] / cpus["floor"][-1]

    ratio = repeat(pair, limit=LIMIT, min_runs=5, max_runs=15)
    return {
        "ratio": ratio.as_json(),
        "ours": {"wall_s": Repeated(tuple(walls["ours"])).as_json(),
                 "cpu_s": Repeated(tuple(cpus["ours"])).as_json()},
        "floor": {"wall_s": Repeated(tuple(walls["floor"])).as_json(),
                  "cpu_s": Repeated(tuple(cpus["floor"])).as_json()},
        "store": "sqlite (a fresh DATA_DIR; DynamoDB needs a table)",
    }
