"""Routine playback: stream tokens, step logic, Play directives and the spoken fallback.

Progress lives in the AudioPlayer stream token, never in the session: AudioPlayer events
arrive with no session at all. A token names the routine and the step it plays:

    cramp-coach:routine:<routine id>:<step index>      e.g. cramp-coach:routine:night_cramp:2
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model.interfaces.audioplayer import (
    AudioItem,
    AudioItemMetadata,
    PlayBehavior,
    PlayDirective,
    Stream,
)

from ..config import Config
from ..content import routines
from ..conversation.ssml import escape, join
from . import scripts
from .library import AudioLibrary

log = logging.getLogger(__name__)

TOKEN_PREFIX = "cramp-coach:routine:"
_TOKEN = re.compile(r"cramp-coach:routine:([a-z0-9_]{1,64}):(0|[1-9][0-9]{0,3})")

# Alexa's limits for SSML <audio> in one response.
MAX_SSML_AUDIO_SECONDS = 240.0
MAX_SSML_AUDIO_TAGS = 5

_library: AudioLibrary | None = None


def configure(config: Config) -> None:
    """Point playback at the configured audio directory and URL base (build_skill calls it)."""
    global _library
    _library = AudioLibrary.from_config(config)


def library() -> AudioLibrary:
    global _library
    if _library is None:
        _library = AudioLibrary.from_config(Config.from_env())
    return _library


# --- tokens and steps ----------------------------------------------------------------

@dataclass(frozen=True)
class RoutinePosition:
    """Where in a routine the player is: which routine, which step (0-based)."""

    routine_id: str
    step: int

    @property
    def routine(self) -> routines.Routine:
        routine = routines.routine_by_id(self.routine_id)
        assert routine is not None, self.routine_id
        return routine

    @property
    def steps(self) -> tuple[routines.RoutineStep, ...]:
        return routines.routine_steps(self.routine)

    @property
    def token(self) -> str:
        return f"{TOKEN_PREFIX}{self.routine_id}:{self.step}"

    @property
    def clip_id(self) -> str:
        return scripts.track_id(self.routine_id, self.step)

    @property
    def is_last(self) -> bool:
        return self.step == len(self.steps) - 1

    @classmethod
    def start(cls, routine: routines.Routine) -> RoutinePosition:
        return cls(routine.id, 0)

    @classmethod
    def from_token(cls, token: object) -> RoutinePosition | None:
        """The position a token names; None for a foreign, forged or out-of-date token."""
        if not isinstance(token, str):
            return None
        match = _TOKEN.fullmatch(token)
        if not match:
            return None
        routine = routines.routine_by_id(match.group(1))
        step = int(match.group(2))
        if routine is None or step >= len(routines.routine_steps(routine)):
            return None
        return cls(routine.id, step)

    def next(self) -> RoutinePosition | None:
        return None if self.is_last else RoutinePosition(self.routine_id, self.step + 1)

    def previous(self) -> RoutinePosition:
        return RoutinePosition(self.routine_id, max(0, self.step - 1))

    def first(self) -> RoutinePosition:
        return RoutinePosition(self.routine_id, 0)


# --- the player in the request context -------------------------------------------------

_ACTIVE = {"PLAYING", "BUFFER_UNDERRUN", "PAUSED", "STOPPED"}


@dataclass(frozen=True)
class PlayerState:
    token: str | None
    offset_ms: int
    activity: str | None


def player_state(handler_input: HandlerInput) -> PlayerState:
    player = getattr(handler_input.request_envelope.context, "audio_player", None)
    activity = getattr(player, "player_activity", None)
    offset = getattr(player, "offset_in_milliseconds", None)
    return PlayerState(
        token=getattr(player, "token", None),
        offset_ms=max(0, offset) if isinstance(offset, int) else 0,
        activity=getattr(activity, "value", activity),
    )


def routine_in_player(handler_input: HandlerInput) -> RoutinePosition | None:
    """The routine step the speaker's player holds (playing, paused or stopped), if ours."""
    state = player_state(handler_input)
    if state.activity not in _ACTIVE and state.activity != "FINISHED":
        return None
    return RoutinePosition.from_token(state.token)


def controls_routine(handler_input: HandlerInput) -> RoutinePosition | None:
    """The routine that "pause", "next", "resume"... are about, or None.

    Speaking over a routine stops the player and opens a new session, so a held routine
    token with a new session (or none) means the person is talking to the routine. Inside a
    running conversation, "next" belongs to the conversation instead.
    """
    position = routine_in_player(handler_input)
    if position is None:
        return None
    session = handler_input.request_envelope.session
    in_conversation = session is not None and not session.new
    playing = player_state(handler_input).activity in ("PLAYING", "BUFFER_UNDERRUN")
    return position if playing or not in_conversation else None


def supports_audio_player(handler_input: HandlerInput) -> bool:
    device = getattr(handler_input.request_envelope.context.system, "device", None)
    interfaces = getattr(device, "supported_interfaces", None)
    return getattr(interfaces, "audio_player", None) is not None


# --- what to play --------------------------------------------------------------------

def _https(url: str | None) -> str | None:
    """Alexa fetches audio over HTTPS only; anything else is treated as not available."""
    if url and url.startswith("https://"):
        return url
    if url:
        log.warning("audio URL is not https, so Alexa can't play it: %s", url)
    return None


def track_url(position: RoutinePosition) -> str | None:
    return _https(library().url(position.clip_id))


def routine_playable(routine: routines.Routine) -> bool:
    """Every track of the routine is built and reachable over https."""
    steps = routines.routine_steps(routine)
    return all(track_url(RoutinePosition(routine.id, step.index)) for step in steps)


def play_directive(
    position: RoutinePosition,
    behavior: PlayBehavior,
    *,
    offset_ms: int = 0,
    expected_previous_token: str | None = None,
) -> PlayDirective | None:
    """AudioPlayer.Play for one routine step; None when its clip isn't available."""
    url = track_url(position)
    if url is None:
        return None
    step = position.steps[position.step]
    prompts = routines.PROMPTS
    values = {
        "step": position.step + 1,
        "total": len(position.steps), "stretch": step.stretch.name, "side": step.side,
    }
    subtitle = prompts.track_subtitle_side if step.side else prompts.track_subtitle
    stream = Stream(
        token=position.token, url=url, offset_in_milliseconds=offset_ms,
        expected_previous_token=expected_previous_token,
    )
    metadata = AudioItemMetadata(title=position.routine.title, subtitle=subtitle.format(**values))
    return PlayDirective(
        play_behavior=behavior, audio_item=AudioItem(stream=stream, metadata=metadata)
    )


# --- speakers without an AudioPlayer: the routine in parts, as SSML --------------------

def fallback_parts(routine: routines.Routine) -> tuple[tuple[int, ...], ...]:
    """Step indices grouped by stretch and round: both sides of one stretch per response."""
    parts: list[list[int]] = []
    previous_key = None
    for step in routines.routine_steps(routine):
        key = (step.round, step.stretch.id)
        if key != previous_key:
            parts.append([])
            previous_key = key
        parts[-1].append(step.index)
    return tuple(tuple(part) for part in parts)


def part_ssml(routine: routines.Routine, part: int) -> str:
    """One part of a routine: the built clips as <audio> when they fit Alexa's limits,
    else the same script in Alexa's own voice with <break> holds."""
    steps = fallback_parts(routine)[part]
    positions = [RoutinePosition(routine.id, index) for index in steps]
    urls = [track_url(p) for p in positions]
    entries = [library().entry(p.clip_id) for p in positions]
    if all(urls) and all(entries) and len(urls) <= MAX_SSML_AUDIO_TAGS:
        seconds = sum(e.duration for e in entries if e is not None)
        if seconds <= MAX_SSML_AUDIO_SECONDS:
            return join(*(f'<audio src="{escape(url)}"/>' for url in urls if url))
    tracks = scripts.routine_tracks(routine)
    return join(*(scripts.to_ssml(tracks[index].segments) for index in steps))


def timed_hold_ssml(seconds: int) -> str:
    """A timed hold for any response: the hold clip (ticks, counts, chime) as SSML <audio>
    when it is built, else the same cues spoken with <break>s."""
    url = _https(library().url(scripts.hold_clip_id(seconds)))
    if url:
        return f'<audio src="{escape(url)}"/>'
    return scripts.to_ssml(scripts.hold_segments(seconds))
