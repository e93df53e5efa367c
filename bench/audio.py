"""The audio build as people run it: ``cramp-coach build-audio --engine offline``, timed
as a fresh process.

A full build into an empty folder, then the same command again with nothing changed,
repeated (``bench.noise``). The rebuilds must render nothing: every clip file is checked to
be untouched.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from skill.audio.manifest import Manifest

from .noise import Limit, Repeated, repeat
from .processes import cramp_coach, run_timed

BUILD_TIMEOUT = 900  # seconds; an offline full build takes well under a minute
LIMIT = Limit(1.0)


def build_command(audio_dir: Path) -> list[str]:
    return cramp_coach("build-audio", "--engine", "offline", "--audio-dir", str(audio_dir))


def _clip_stamps(audio_dir: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in audio_dir.glob("*.mp3")}


def measure_audio(audio_dir: Path) -> dict[str, Any]:
    """Build into ``audio_dir`` (empty or missing), then rebuild with nothing changed; the
    clips stay there for the skill."""
    full = run_timed(build_command(audio_dir), timeout=BUILD_TIMEOUT)
    before = _clip_stamps(audio_dir)
    walls: list[float] = []

    def rebuild() -> float:
        done = run_timed(build_command(audio_dir), timeout=BUILD_TIMEOUT)
        walls.append(done.wall_s)
        return done.cpu_s

    cpu = repeat(rebuild, limit=LIMIT, min_runs=3, max_runs=7)
    after = _clip_stamps(audio_dir)
    return {
        "clips": len(Manifest.load(audio_dir).entries),
        "bytes": sum(os.path.getsize(audio_dir / name) for name in after),
        "full_build_s": round(full.wall_s, 3),
        "no_change_rebuild": {"cpu_s": cpu.as_json(), "wall_s": Repeated(tuple(walls)).as_json()},
        "rebuild_rewrote_files": sorted(n for n in after if before.get(n) != after[n]),
    }
