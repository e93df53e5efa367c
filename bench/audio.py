"""The audio build as people run it: ``cramp-coach build-audio --engine offline``, timed
from process start, as a fresh process.

A full build into an empty folder, then the same command again with nothing changed. The
second run must render nothing: every clip file is checked to be untouched.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from skill.audio.manifest import Manifest
from skill.config import PROJECT_ROOT

BUILD_TIMEOUT = 900  # seconds; an offline full build takes well under a minute


def build_command(audio_dir: Path) -> list[str]:
    script = Path(sys.executable).with_name("cramp-coach")
    program = [str(script)] if script.exists() else [sys.executable, "-m", "skill.cli"]
    return [*program, "build-audio", "--engine", "offline", "--audio-dir", str(audio_dir)]


def _timed_build(audio_dir: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(build_command(audio_dir), cwd=PROJECT_ROOT, capture_output=True,
                          text=True, timeout=BUILD_TIMEOUT, check=False)
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"build-audio failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return took


def _clip_stamps(audio_dir: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in audio_dir.glob("*.mp3")}


def measure_audio(audio_dir: Path) -> dict[str, Any]:
    """Build into ``audio_dir`` (empty or missing) twice; the clips stay there for the skill."""
    full = _timed_build(audio_dir)
    before = _clip_stamps(audio_dir)
    rebuild = _timed_build(audio_dir)
    after = _clip_stamps(audio_dir)
    return {
        "clips": len(Manifest.load(audio_dir).entries),
        "bytes": sum(os.path.getsize(audio_dir / name) for name in after),
        "full_build_s": round(full, 3),
        "no_change_rebuild_s": round(rebuild, 3),
        "rebuild_rewrote_files": sorted(n for n in after if before.get(n) != after[n]),
    }
