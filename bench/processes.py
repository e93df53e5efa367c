"""Commands timed as whole, fresh processes: the way a person or a platform runs them.

Each run reports wall time and CPU time (user + system, from the kernel's accounting of the
finished child). On a shared machine the wall time includes waiting for a core; the CPU
time is what the command itself costs, and what its wall time is on an idle machine.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from skill.config import PROJECT_ROOT

TIMEOUT = 300.0


@dataclass(frozen=True)
class ProcessRun:
    wall_s: float
    cpu_s: float
    stdout: str


def run_timed(argv: Sequence[str], *, env: dict[str, str] | None = None,
              cwd: Path = PROJECT_ROOT, timeout: float = TIMEOUT) -> ProcessRun:
    """Run ``argv`` to completion; raise with its stderr when it fails."""
    cpu_before = _children_cpu()
    started = time.perf_counter()
    child = subprocess.Popen(list(argv), cwd=cwd, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        out, err = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        raise RuntimeError(f"{argv[0]} took over {timeout:g} s") from None
    wall = time.perf_counter() - started
    # communicate() reaped the child: its CPU time is what the reaped children's grew by
    # (the bench runs one child at a time).
    cpu = _children_cpu() - cpu_before
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, argv))} failed ({child.returncode}):\n"
                           f"{err[-2000:]}")
    return ProcessRun(wall, cpu, out)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cramp_coach(*args: str) -> list[str]:
    """The ``cramp-coach`` command of this environment."""
    script = Path(sys.executable).with_name("cramp-coach")
    program = [str(script)] if script.exists() else [sys.executable, "-m", "skill.cli"]
    return [*program, *args]
