"""Audio feature test helpers: one offline build per test session, gTTS stubs, player envelopes."""

from __future__ import annotations

import atexit
import base64
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from skill.audio import dsp, mp3
from skill.audio.build import build
from skill.config import PROJECT_ROOT
from tests.support.envelopes import envelope
from tests.support.gunicorn import die_with_parent

GTTS_URL = re.compile(r"https://translate\.google\.[a-z.]+/_/TranslateWebserverUi/data/batchexecute")
CDN = "https://cdn.cramp-coach.test/clips"

_built: Path | None = None
_building: tuple[subprocess.Popen[bytes], Path, Path] | None = None


def start_audio_build() -> None:
    """Start the offline build of every declared clip in a process of its own
    (``cramp-coach build-audio``), so it renders on the other core while the first tests run;
    ``built_audio_dir`` waits for it."""
    global _building
    if _built is not None or _building is not None:
        return
    target = Path(tempfile.mkdtemp(prefix="cramp-coach-built-audio-"))
    atexit.register(shutil.rmtree, target, ignore_errors=True)
    log_path = target.with_name(target.name + ".log")
    atexit.register(log_path.unlink, missing_ok=True)
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "skill.audio.build", "--engine", "offline",
             "--audio-dir", str(target)],
            cwd=PROJECT_ROOT, stdout=log, stderr=subprocess.STDOUT, preexec_fn=die_with_parent,
        )
    atexit.register(_stop, process)
    _building = (process, target, log_path)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
        process.wait()


def built_audio_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every declared clip, built once per test session with the offline engine: by the
    build ``start_audio_build`` began, or here and now.

    Tests that change files get their own copy (``copy_of_build``).
    """
    global _built, _building
    if _built is None and _building is not None:
        process, target, log_path = _building
        _building = None
        if process.wait() != 0:
            raise RuntimeError(f"the audio build failed:\n{log_path.read_text()[-3000:]}")
        _built = target
    if _built is None:
        target = tmp_path_factory.mktemp("built-audio")
        build(target, "offline", say=lambda _line: None)
        _built = target
    return _built


def copy_of_build(source: Path, destination: Path) -> Path:
    shutil.copytree(source, destination, ignore=shutil.ignore_patterns(".cache"))
    return destination


# --- gTTS at the HTTP layer ----------------------------------------------------------

def fake_voice_mp3(seconds: float = 0.8) -> bytes:
    """An MP3 shaped like gTTS's answer (24 kHz mono): a voiced buzz, so loudness is real."""
    t = np.arange(round(seconds * dsp.SAMPLE_RATE)) / dsp.SAMPLE_RATE
    buzz = sum(np.sin(2 * np.pi * 140 * k * t) / k for k in range(1, 12))
    envelope_shape = np.sin(np.pi * t / seconds) ** 0.5
    return mp3.encode((0.3 * buzz * envelope_shape / np.max(np.abs(buzz))).astype(np.float32))


def gtts_body(audio: bytes) -> str:
    """The batchexecute answer gTTS parses: the audio, base64, inside the jQ1olc RPC line."""
    encoded = base64.b64encode(audio).decode("ascii")
    payload = json.dumps(
        [["wrb.fr", "jQ1olc", f'["{encoded}"]', None, None, None, "generic"]],
        separators=(",", ":"),
    )
    return f")]}}'\n\n{len(payload)}\n{payload}\n"


# --- AudioPlayer and PlaybackController envelopes --------------------------------------

def routine_token(routine_id: str, step: int) -> str:
    """The stream token format, spelled out independently of the code that makes it."""
    return f"cramp-coach:routine:{routine_id}:{step}"


AUDIO_DEVICE = {"AudioPlayer": {}}


def player(token: str | None, offset_ms: int = 0, activity: str = "PLAYING") -> dict[str, Any]:
    state: dict[str, Any] = {"playerActivity": activity}
    if token is not None:
        state.update(token=token, offsetInMilliseconds=offset_ms)
    return state


def audio_event(kind: str, token: str, offset_ms: int = 0, **extra: Any) -> dict[str, Any]:
    """An AudioPlayer.* request: no session, the token of the stream it is about."""
    activity = {"PlaybackStarted": "PLAYING", "PlaybackNearlyFinished": "PLAYING",
                "PlaybackFinished": "FINISHED", "PlaybackStopped": "STOPPED",
                "PlaybackFailed": "STOPPED"}[kind]
    return envelope(
        {"type": f"AudioPlayer.{kind}", "token": token, "offsetInMilliseconds": offset_ms, **extra},
        with_session=False, interfaces=AUDIO_DEVICE,
        audio_player=player(token, offset_ms, activity),
    )


def controller_event(command: str, token: str | None, offset_ms: int = 0,
                     activity: str = "PLAYING") -> dict[str, Any]:
    """A PlaybackController.<command>CommandIssued request (a button, not a voice)."""
    return envelope(
        {"type": f"PlaybackController.{command}CommandIssued"},
        with_session=False, interfaces=AUDIO_DEVICE,
        audio_player=player(token, offset_ms, activity),
    )


def directives_of(response: dict[str, Any]) -> list[dict[str, Any]]:
    return response.get("response", {}).get("directives") or []


def play_directives(response: dict[str, Any]) -> list[dict[str, Any]]:
    return [d for d in directives_of(response) if d["type"] == "AudioPlayer.Play"]
