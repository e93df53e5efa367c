"""Routine playback in the skill: AudioPlayer directives, the speaker's controls, every
AudioPlayer and PlaybackController request, and the spoken fallback."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from skill import content
from skill.audio.manifest import Manifest
from skill.audio.playback import MAX_SSML_AUDIO_SECONDS, MAX_SSML_AUDIO_TAGS, fallback_parts
from skill.config import Config
from skill.content import routines
from skill.conversation.skill_builder import build_skill
from skill.conversation.ssml import MAX_BREAK_SECONDS
from skill.conversation.state import NOTHING
from tests.support.audio import (
    AUDIO_DEVICE,
    CDN,
    audio_event,
    controller_event,
    directives_of,
    play_directives,
    player,
    routine_token,
)
from tests.support.envelopes import intent, invoke, speech_of
from tests.support.pending import pending_in

Ask = Callable[[dict[str, Any]], dict[str, Any]]
P = routines.PROMPTS
NIGHT = routines.routine_by_id("night_cramp")
BEDTIME = routines.routine_by_id("bedtime_legs")


def _asker(config: Config) -> Ask:
    skill = build_skill(config)
    return lambda body: invoke(skill, body)


@pytest.fixture
def ask(built: Path, tmp_path: Path) -> Ask:
    """The skill with every clip built and served from an https CDN."""
    return _asker(Config(audio_dir=built, audio_base_url=CDN, data_dir=tmp_path / "data",
                         verify_requests=False))


@pytest.fixture
def ask_unbuilt(tmp_path: Path) -> Ask:
    """The skill before any clip was built."""
    return _asker(Config(audio_dir=tmp_path / "no-audio", audio_base_url=CDN,
                         data_dir=tmp_path / "data", verify_requests=False))


def _stream(directive: dict[str, Any]) -> dict[str, Any]:
    return directive["audioItem"]["stream"]


def _breaks_ms(ssml: str) -> list[int]:
    return [int(n) * (1 if unit == "ms" else 1000)
            for n, unit in re.findall(r'<break time="(\d+)(ms|s)"/>', ssml)]


def _clip_url(built: Path, clip_id: str) -> str:
    return f"{CDN}/{Manifest.load(built).entries[clip_id].file}"


# --- starting a routine ------------------------------------------------------------

def test_a_routine_starts_with_one_play_directive_and_ends_the_session(ask, built) -> None:
    reply = ask(intent("RoutineIntent", {"routine": "night cramp"}, interfaces=AUDIO_DEVICE))
    (play,) = directives_of(reply)
    assert play["type"] == "AudioPlayer.Play" and play["playBehavior"] == "REPLACE_ALL"
    stream = _stream(play)
    assert stream["token"] == routine_token("night_cramp", 0)
    assert stream["url"] == _clip_url(built, "routine-night_cramp-01")
    assert stream["offsetInMilliseconds"] == 0
    assert play["audioItem"]["metadata"]["title"] == NIGHT.title
    assert reply["response"]["shouldEndSession"] is True
    assert P.starting.format(routine=NIGHT.name) in speech_of(reply)
    assert reply["response"]["card"]["title"] == NIGHT.title


def test_which_routine_comes_from_the_slot_and_defaults_to_the_night_one(ask) -> None:
    bedtime = ask(intent("RoutineIntent", {"routine": "bedtime"}, interfaces=AUDIO_DEVICE))
    assert _stream(play_directives(bedtime)[0])["token"] == routine_token("bedtime_legs", 0)
    plain = ask(intent("RoutineIntent", interfaces=AUDIO_DEVICE))
    assert _stream(play_directives(plain)[0])["token"] == routine_token("night_cramp", 0)


def test_an_unknown_routine_name_gets_asked_about_not_an_error(ask) -> None:
    reply = ask(intent("RoutineIntent", {"routine": "disco"}, interfaces=AUDIO_DEVICE))
    assert directives_of(reply) == []
    assert P.which_routine in speech_of(reply)
    assert reply["response"]["shouldEndSession"] is False


# --- the fallback: no AudioPlayer, or no clips ---------------------------------------

def test_a_speaker_without_audio_player_gets_short_audio_clips(ask, built) -> None:
    reply = ask(intent("RoutineIntent", {"routine": "night"}))
    assert directives_of(reply) == []
    ssml = speech_of(reply)
    urls = re.findall(r'<audio src="([^"]+)"/>', ssml)
    assert urls == [_clip_url(built, "routine-night_cramp-01"),
                    _clip_url(built, "routine-night_cramp-02")]
    manifest = Manifest.load(built)
    seconds = sum(manifest.entries[f"routine-night_cramp-0{i}"].duration for i in (1, 2))
    assert len(urls) <= MAX_SSML_AUDIO_TAGS and seconds <= MAX_SSML_AUDIO_SECONDS
    assert P.fallback_continue in ssml
    assert reply["response"]["shouldEndSession"] is False


def test_without_clips_the_routine_is_spoken_with_short_breaks(ask_unbuilt) -> None:
    reply = ask_unbuilt(intent("RoutineIntent", {"routine": "night"}, interfaces=AUDIO_DEVICE))
    assert directives_of(reply) == []  # no Play for a clip that doesn't exist
    ssml = speech_of(reply)
    assert "<audio" not in ssml
    assert NIGHT.intro in ssml and routines.CUES.hold in ssml and routines.CUES.release in ssml
    breaks = _breaks_ms(ssml)
    assert breaks and max(breaks) <= MAX_BREAK_SECONDS * 1000
    holds = [s.hold_seconds for s in content.stretch_by_id("calf").steps if s.hold_seconds]
    assert sum(breaks) >= 2 * sum(holds) * 1000  # both sides' holds, in full
    assert len(ssml) < 8000


def test_next_walks_through_the_spoken_parts_and_the_last_one_ends(ask_unbuilt) -> None:
    first = ask_unbuilt(intent("RoutineIntent", {"routine": "bedtime"}))
    attributes = first["sessionAttributes"]
    parts = fallback_parts(BEDTIME)
    for number in range(1, len(parts)):
        reply = ask_unbuilt(intent("AMAZON.NextIntent", session_attributes=attributes))
        ssml = speech_of(reply)
        step = routines.routine_steps(BEDTIME)[parts[number][0]]
        assert step.lead_in in ssml
        attributes = reply.get("sessionAttributes") or {}
        if number < len(parts) - 1:
            assert reply["response"]["shouldEndSession"] is False
    assert BEDTIME.outro in ssml
    assert P.fallback_continue not in ssml
    assert reply["response"]["shouldEndSession"] is True


def test_previous_and_start_over_between_spoken_parts(ask_unbuilt) -> None:
    first = ask_unbuilt(intent("RoutineIntent", {"routine": "bedtime"}))
    second = ask_unbuilt(intent("AMAZON.YesIntent", session_attributes=first["sessionAttributes"]))
    thigh = routines.routine_steps(BEDTIME)[2].lead_in
    assert thigh in speech_of(second)
    again = ask_unbuilt(intent("AMAZON.PreviousIntent",
                               session_attributes=second["sessionAttributes"]))
    assert BEDTIME.intro in speech_of(again)  # back to the part before the one just heard
    over = ask_unbuilt(intent("AMAZON.StartOverIntent",
                              session_attributes=second["sessionAttributes"]))
    assert BEDTIME.intro in speech_of(over)


@pytest.mark.parametrize("offer", [
    {"offer": "routine:night_cramp:1"},  # the previous version's protocol, in flight
    *({"pending": {"asked": {"kind": "routine_part", **part}}} for part in (
        {"routine": "night_cramp", "part": "\u00b2"}, {"routine": "nope", "part": 1},
        {"routine": "night_cramp"}, {"routine": "night_cramp", "part": 99999},
        {"routine": "night_cramp", "part": True})),
])
def test_a_forged_routine_offer_is_no_offer(ask_unbuilt, offer: dict) -> None:
    reply = ask_unbuilt(intent("AMAZON.NextIntent", session_attributes=offer))
    assert NIGHT.intro not in speech_of(reply)
    assert content.PROMPTS.error not in speech_of(reply)


def test_no_to_the_next_part_is_an_ordinary_no(ask_unbuilt) -> None:
    first = ask_unbuilt(intent("RoutineIntent", {"routine": "night"}))
    reply = ask_unbuilt(intent("AMAZON.NoIntent", session_attributes=first["sessionAttributes"]))
    assert content.PROMPTS.no_thanks in speech_of(reply)
    assert pending_in(reply) == NOTHING


# --- PlaybackNearlyFinished and the other AudioPlayer events -------------------------

def test_nearly_finished_enqueues_the_next_track(ask, built) -> None:
    reply = ask(audio_event("PlaybackNearlyFinished", routine_token("bedtime_legs", 2), 50_000))
    (play,) = directives_of(reply)
    assert play["playBehavior"] == "ENQUEUE"
    stream = _stream(play)
    assert stream["token"] == routine_token("bedtime_legs", 3)
    assert stream["expectedPreviousToken"] == routine_token("bedtime_legs", 2)
    assert stream["url"] == _clip_url(built, "routine-bedtime_legs-04")
    assert stream["offsetInMilliseconds"] == 0
    assert "outputSpeech" not in reply["response"]


def test_nearly_finished_on_the_last_track_enqueues_nothing(ask) -> None:
    reply = ask(audio_event("PlaybackNearlyFinished", routine_token("night_cramp", 3)))
    assert directives_of(reply) == []


@pytest.mark.parametrize("foreign", ["someone-else", routine_token("night_cramp", 99)])
def test_nearly_finished_ignores_tokens_that_are_not_ours(ask, foreign: str) -> None:
    assert directives_of(ask(audio_event("PlaybackNearlyFinished", foreign))) == []


@pytest.mark.parametrize("kind", ["PlaybackStarted", "PlaybackFinished", "PlaybackStopped"])
def test_other_playback_events_get_an_empty_answer(ask, kind: str) -> None:
    reply = ask(audio_event(kind, routine_token("night_cramp", 1), 1000))
    assert reply["response"] == {} or set(reply["response"]) <= {"directives"}
    assert directives_of(reply) == []


def test_a_failed_playback_is_logged_and_answered_empty(ask, caplog) -> None:
    reply = ask(audio_event(
        "PlaybackFailed", routine_token("night_cramp", 1),
        error={"type": "MEDIA_ERROR_SERVICE_UNAVAILABLE", "message": "clip unreachable"},
        currentPlaybackState={"token": routine_token("night_cramp", 1), "offsetInMilliseconds": 0,
                              "playerActivity": "STOPPED"},
    ))
    assert "outputSpeech" not in reply["response"] and directives_of(reply) == []
    assert "clip unreachable" in caplog.text


def test_exception_encountered_is_logged_and_answered_empty(ask, caplog) -> None:
    from tests.support.envelopes import envelope

    reply = ask(envelope(
        {"type": "System.ExceptionEncountered",
         "error": {"type": "INVALID_RESPONSE", "message": "bad directive"},
         "cause": {"requestId": "amzn1.echo-api.request.earlier"}},
        with_session=False, interfaces=AUDIO_DEVICE,
    ))
    assert "outputSpeech" not in reply["response"] and directives_of(reply) == []
    assert "bad directive" in caplog.text


# --- the speaker's voice controls while a routine is in the player --------------------

def _control(ask: Ask, name: str, step: int, offset: int = 0, activity: str = "STOPPED",
             routine_id: str = "night_cramp", **kwargs: Any) -> dict[str, Any]:
    """An intent spoken over a routine: Alexa has paused the player and opened a new session."""
    kwargs.setdefault("new_session", True)
    state = player(routine_token(routine_id, step), offset, activity)
    return ask(intent(name, interfaces=AUDIO_DEVICE, audio_player=state, **kwargs))


def test_pause_stops_the_player_silently(ask) -> None:
    reply = _control(ask, "AMAZON.PauseIntent", 1, 12_345)
    assert [d["type"] for d in directives_of(reply)] == ["AudioPlayer.Stop"]
    assert "outputSpeech" not in reply["response"]
    assert reply["response"]["shouldEndSession"] is True


def test_resume_continues_the_same_track_at_the_offset(ask) -> None:
    reply = _control(ask, "AMAZON.ResumeIntent", 1, 12_345)
    (play,) = play_directives(reply)
    assert play["playBehavior"] == "REPLACE_ALL"
    assert _stream(play)["token"] == routine_token("night_cramp", 1)
    assert _stream(play)["offsetInMilliseconds"] == 12_345


def test_resume_after_a_finished_track_plays_the_next_one(ask) -> None:
    reply = _control(ask, "AMAZON.ResumeIntent", 1, 56_000, activity="FINISHED")
    stream = _stream(play_directives(reply)[0])
    assert stream["token"] == routine_token("night_cramp", 2)
    assert stream["offsetInMilliseconds"] == 0


@pytest.mark.parametrize(("name", "step", "expected"), [
    ("AMAZON.NextIntent", 1, 2),
    ("AMAZON.PreviousIntent", 2, 1),
    ("AMAZON.PreviousIntent", 0, 0),
    ("AMAZON.StartOverIntent", 3, 0),
    ("AMAZON.RepeatIntent", 2, 2),
])
def test_next_previous_start_over_and_repeat_move_through_the_tracks(
    ask, name: str, step: int, expected: int
) -> None:
    reply = _control(ask, name, step, 9_000)
    (play,) = directives_of(reply)
    assert play["playBehavior"] == "REPLACE_ALL"
    assert _stream(play)["token"] == routine_token("night_cramp", expected)
    assert _stream(play)["offsetInMilliseconds"] == 0
    assert reply["response"]["shouldEndSession"] is True


def test_next_on_the_last_track_says_so(ask) -> None:
    reply = _control(ask, "AMAZON.NextIntent", 3)
    assert directives_of(reply) == []
    assert P.last_step in speech_of(reply)


@pytest.mark.parametrize("name", ["AMAZON.StopIntent", "AMAZON.CancelIntent"])
def test_stop_and_cancel_stop_the_routine(ask, name: str) -> None:
    reply = _control(ask, name, 2, activity="PLAYING")
    assert [d["type"] for d in directives_of(reply)] == ["AudioPlayer.Stop",
                                                         "AudioPlayer.ClearQueue"]
    assert P.stopped in speech_of(reply)
    assert reply["response"]["shouldEndSession"] is True


@pytest.mark.parametrize("name", ["AMAZON.LoopOnIntent", "AMAZON.LoopOffIntent",
                                  "AMAZON.ShuffleOnIntent", "AMAZON.ShuffleOffIntent"])
def test_loop_and_shuffle_are_declined_gracefully(ask, name: str) -> None:
    during = _control(ask, name, 1, activity="PLAYING")
    assert P.not_for_routines in speech_of(during) and directives_of(during) == []
    outside = ask(intent(name))
    assert P.not_for_routines in speech_of(outside)
    assert outside["response"]["shouldEndSession"] is False


def test_next_inside_a_conversation_belongs_to_the_conversation(ask) -> None:
    """A routine paused yesterday must not hijack "next" in today's conversation."""
    reply = _control(ask, "AMAZON.NextIntent", 1, new_session=False)
    assert play_directives(reply) == []


def test_controls_ignore_a_stream_that_is_not_ours(ask) -> None:
    reply = ask(intent("AMAZON.ResumeIntent", interfaces=AUDIO_DEVICE, new_session=True,
                       audio_player=player("some-other-skill-token", 500, "STOPPED")))
    assert play_directives(reply) == []
    assert speech_of(reply)  # the core conversation answered instead


# --- PlaybackController: the buttons -------------------------------------------------

@pytest.mark.parametrize(("command", "step", "expected", "offset"), [
    ("Next", 0, 1, 0), ("Previous", 2, 1, 0), ("Play", 1, 1, 7_000),
])
def test_buttons_move_through_the_routine(ask, command, step, expected, offset) -> None:
    reply = ask(controller_event(command, routine_token("bedtime_legs", step), 7_000, "STOPPED"))
    (play,) = directives_of(reply)
    assert play["playBehavior"] == "REPLACE_ALL"
    assert _stream(play)["token"] == routine_token("bedtime_legs", expected)
    assert _stream(play)["offsetInMilliseconds"] == offset
    assert "outputSpeech" not in reply["response"]


def test_pause_button_stops(ask) -> None:
    reply = ask(controller_event("Pause", routine_token("bedtime_legs", 1), 7_000))
    assert [d["type"] for d in directives_of(reply)] == ["AudioPlayer.Stop"]


def test_next_button_on_the_last_track_does_nothing(ask) -> None:
    assert directives_of(ask(controller_event("Next", routine_token("bedtime_legs", 5)))) == []


def test_buttons_ignore_foreign_tokens(ask) -> None:
    assert directives_of(ask(controller_event("Play", "not-ours"))) == []


# --- safety wins over a playing routine ----------------------------------------------

@pytest.mark.parametrize("activity", ["PLAYING", "STOPPED"])
def test_a_red_flag_mid_routine_stops_playback_and_escalates(ask, activity: str) -> None:
    """Speaking over a routine pauses it; real Alexa (and virtual-alexa) then reports STOPPED.
    Either way the routine must not carry on after the escalation."""
    flag = next(f for f in content.RED_FLAGS if f.tier is content.Tier.EMERGENCY)
    reply = ask(intent(content.RED_FLAG_INTENT, {"symptom": flag.synonyms[0]},
                       interfaces=AUDIO_DEVICE, new_session=True,
                       audio_player=player(routine_token("night_cramp", 1), 20_000, activity)))
    assert "AudioPlayer.Stop" in [d["type"] for d in directives_of(reply)]
    assert "911" in speech_of(reply)
    assert reply["response"]["shouldEndSession"] is True


# --- https only, and the timed hold for any response ----------------------------------

def test_an_http_audio_url_is_never_given_to_alexa(built, tmp_path) -> None:
    ask_http = _asker(Config(audio_dir=built, audio_base_url="http://cdn.cramp-coach.test",
                             data_dir=tmp_path / "data", verify_requests=False))
    reply = ask_http(intent("RoutineIntent", {"routine": "night"}, interfaces=AUDIO_DEVICE))
    assert directives_of(reply) == []
    assert "<audio" not in speech_of(reply) and NIGHT.intro in speech_of(reply)


def test_timed_hold_plays_the_hold_clip_when_built(built) -> None:
    from skill.audio import playback
    from skill.audio.library import AudioLibrary

    library = AudioLibrary(built, base_url=CDN)
    assert playback.timed_hold_ssml(library, 30) == f'<audio src="{_clip_url(built, "hold-30s")}"/>'


def test_timed_hold_is_spoken_with_breaks_when_not_built(tmp_path) -> None:
    from skill.audio import playback
    from skill.audio.library import AudioLibrary

    ssml = playback.timed_hold_ssml(AudioLibrary(tmp_path, base_url=CDN), 30)
    assert "<audio" not in ssml
    assert sum(_breaks_ms(ssml)) == 30_000 and max(_breaks_ms(ssml)) <= MAX_BREAK_SECONDS * 1000
    assert ssml.startswith(routines.CUES.hold) and ssml.endswith(routines.CUES.release)
