"""Audio routines end to end: virtual-alexa plays a routine from the real server (gunicorn),
track by track, and the speaker's controls and a red flag act on the player."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from skill.audio.manifest import Manifest
from skill.content import routines
from tests.e2e.harness import E2E_AUDIO_BASE_URL, LiveServer, directives, run_conversation, speech
from tests.support.audio import routine_token

AUDIO_PLAYER = ("AudioPlayer",)
NIGHT_STEPS = len(routines.routine_steps(routines.routine_by_id("night_cramp")))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, built: Path) -> Iterator[LiveServer]:
    """Our own server, with every clip built (offline) and served from the https CDN base."""
    live = LiveServer(
        tmp_path_factory.mktemp("e2e-audio"),
        extra_env={"AUDIO_DIR": str(built), "WEB_CONCURRENCY": "1"},
    ).start()
    yield live
    live.stop()
    assert "Traceback" not in live.log_text(), live.log_text()


def talk(server: LiveServer, steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    turns = run_conversation(server.url, steps, interfaces=AUDIO_PLAYER)
    for turn in turns:
        assert not turn["error"], turn
    return turns


def url_of(built: Path, routine_id: str, step: int) -> str:
    entry = Manifest.load(built).entries[f"routine-{routine_id}-{step + 1:02d}"]
    return f"{E2E_AUDIO_BASE_URL}/{entry.file}"


def test_a_whole_routine_plays_track_by_track(server, built) -> None:
    steps: list[dict[str, Any]] = [{"utter": "play the night cramp routine"}]
    for _ in range(NIGHT_STEPS):
        steps += [{"audio": "playbackNearlyFinished"}, {"audio": "playbackFinished"}]
    start, *events = talk(server, steps)

    (play,) = directives(start)
    assert play["playBehavior"] == "REPLACE_ALL"
    assert "night cramp routine" in speech(start)
    assert start["player"] == {"activity": "PLAYING", "token": routine_token("night_cramp", 0),
                               "url": url_of(built, "night_cramp", 0), "offsetInMilliseconds": 0}
    assert start["sessionActive"] is False

    for step in range(NIGHT_STEPS):
        nearly, finished = events[2 * step], events[2 * step + 1]
        assert nearly["request"]["request"]["token"] == routine_token("night_cramp", step)
        if step + 1 < NIGHT_STEPS:
            (enqueue,) = directives(nearly)
            stream = enqueue["audioItem"]["stream"]
            assert enqueue["playBehavior"] == "ENQUEUE"
            assert stream["expectedPreviousToken"] == routine_token("night_cramp", step)
            assert stream["token"] == routine_token("night_cramp", step + 1)
            assert finished["player"] == {
                "activity": "PLAYING", "token": routine_token("night_cramp", step + 1),
                "url": url_of(built, "night_cramp", step + 1), "offsetInMilliseconds": 0,
            }
        else:
            assert directives(nearly) == []  # nothing after the last track
            assert finished["player"]["activity"] == "FINISHED"
        assert "outputSpeech" not in (nearly["response"].get("response") or {})


def test_pause_resume_at_the_offset_and_next(server) -> None:
    start, paused, resumed, skipped = talk(server, [
        {"utter": "start my bedtime routine"},
        {"utter": "pause"},
        {"utter": "resume", "set": {"context.AudioPlayer.offsetInMilliseconds": 12345}},
        {"utter": "next"},
    ])
    assert start["player"]["token"] == routine_token("bedtime_legs", 0)
    assert [d["type"] for d in directives(paused)] == ["AudioPlayer.Stop"]
    assert paused["player"]["activity"] == "STOPPED"
    assert resumed["player"]["activity"] == "PLAYING"
    assert resumed["player"]["token"] == routine_token("bedtime_legs", 0)
    assert resumed["player"]["offsetInMilliseconds"] == 12345
    assert skipped["player"]["activity"] == "PLAYING"
    assert skipped["player"]["token"] == routine_token("bedtime_legs", 1)
    assert skipped["player"]["offsetInMilliseconds"] == 0


def test_a_red_flag_mid_routine_stops_playback_and_escalates(server) -> None:
    start, flagged = talk(server, [
        {"utter": "play the night cramp routine"},
        {"utter": "I have trouble breathing"},
    ])
    assert start["player"]["activity"] == "PLAYING"
    assert "AudioPlayer.Stop" in [d["type"] for d in directives(flagged)]
    assert "911" in speech(flagged)
    assert flagged["player"]["activity"] == "STOPPED"  # the routine did not carry on
