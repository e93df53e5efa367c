"""Audio feature test helpers: one offline build per test session, gTTS stubs, player envelopes."""

from __future__ import annotations

import base64
import json
import re
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from skill.audio import dsp, mp3
from skill.audio.build import build
from tests.support.envelopes import envelope

GTTS_URL = re.compile(r"https://translate\.google\.[a-z.]+/_/TranslateWebserverUi/data/batchexecute")
CDN = "https://cdn.cramp-coach.test/clips"

_built: Path | None = None


def built_audio_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every declared clip, built once per test session with the offline engine.

    Tests that change files get their own copy (``copy_of_build``).
    """
    global _built
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
