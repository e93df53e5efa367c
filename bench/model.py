"""``cramp-coach build-model``: every locale's interaction model, the grammar expanded,
timed as a fresh process (``bench.noise``), into a scratch folder. Its files must be byte
for byte the checked-in ``interaction_model/``: a faster build may not build another model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from skill.config import PROJECT_ROOT

from .noise import Limit, Repeated, repeat
from .processes import cramp_coach, run_timed

LIMIT = Limit(5.0)
CHECKED_IN = PROJECT_ROOT / "interaction_model"


def _json_files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.json"))}


def measure_model(workdir: Path) -> dict[str, Any]:
    out = workdir / "interaction_model"
    walls: list[float] = []

    def build() -> float:
        done = run_timed(cramp_coach("build-model", "--out", str(out)))
        walls.append(done.wall_s)
        return done.cpu_s

    cpu = repeat(build, limit=LIMIT, min_runs=3, max_runs=5)
    built, checked_in = _json_files(out), _json_files(CHECKED_IN)
    return {
        "cpu_s": cpu.as_json(), "wall_s": Repeated(tuple(walls)).as_json(),
        "files": len(built),
        "identical_to_checked_in": built == checked_in,
        "differing_files": sorted(n for n in built.keys() | checked_in.keys()
                                  if built.get(n) != checked_in.get(n)),
    }
