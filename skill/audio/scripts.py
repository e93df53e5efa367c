"""What each clip says and when: scripts built from the content, one per audio unit.

A script is a tuple of segments: ``Speech`` (a content text), ``Pause`` (seconds of quiet)
and ``Hold`` (a timed hold: soft ticks every second, spoken counts, a chime at the end).
The same script renders to audio (``skill.audio.render``) or to SSML speech with <break>s
(``to_ssml``) for speakers that can't play the audio.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from .. import content
from ..content import routines
from ..conversation.ssml import join, pause

# Bump when rendering or encoding changes, so every clip is built again.
PIPELINE_VERSION = "1"


@dataclass(frozen=True)
class Speech:
    text: str  # a bare SSML fragment from the content


@dataclass(frozen=True)
class Pause:
    seconds: float


@dataclass(frozen=True)
class Hold:
    seconds: int
    counts: tuple[tuple[int, str], ...]  # (seconds into the hold, what is said then)


Segment = Speech | Pause | Hold

# After a hold, the chime rings out this long before the next words.
CHIME_SECONDS = 0.8


@dataclass(frozen=True)
class AudioUnit:
    """One clip the build renders: a routine track, or a timed hold for SSML <audio>."""

    id: str
    segments: tuple[Segment, ...]

    @property
    def source_hash(self) -> str:
        """Changes whenever what the clip says, its timing, or the pipeline changes."""
        canonical = json.dumps(
            [PIPELINE_VERSION, self.id, [_describe(s) for s in self.segments]],
            separators=(",", ":"),
        )
        return hashlib.sha256(canonical.encode()).hexdigest()

    @property
    def texts(self) -> tuple[str, ...]:
        said: list[str] = []
        for segment in self.segments:
            if isinstance(segment, Speech):
                said.append(segment.text)
            elif isinstance(segment, Hold):
                said.extend(text for _, text in segment.counts)
        return tuple(said)


def _describe(segment: Segment) -> list[object]:
    if isinstance(segment, Speech):
        return ["speech", segment.text]
    if isinstance(segment, Pause):
        return ["pause", segment.seconds]
    return ["hold", segment.seconds, [list(c) for c in segment.counts]]


def spoken_text(fragment: str) -> str:
    """What a TTS engine reads: the fragment without SSML tags."""
    return content.plain_text(fragment)


# --- units ---------------------------------------------------------------------------

def track_id(routine_id: str, step_index: int) -> str:
    return f"routine-{routine_id}-{step_index + 1:02d}"


def hold_clip_id(seconds: int) -> str:
    return f"hold-{seconds}s"


def hold_segments(seconds: int) -> tuple[Segment, ...]:
    cues = routines.CUES
    return (Speech(cues.hold), Hold(seconds, routines.count_cues(seconds)), Speech(cues.release))


def routine_track(routine: routines.Routine, step: routines.RoutineStep) -> AudioUnit:
    cues = routines.CUES
    segments: list[Segment] = [Speech(step.lead_in), Pause(cues.lead_in_gap_seconds)]
    for stretch_step in step.stretch.steps:
        segments.append(Speech(stretch_step.instruction))
        if stretch_step.hold_seconds:
            # The step itself says "hold it there": the timed hold starts a breath later.
            segments.append(Pause(cues.lead_in_gap_seconds))
            segments.extend(hold_segments(stretch_step.hold_seconds))
            segments.append(Pause(cues.after_release_seconds))
        else:
            segments.append(Pause(cues.step_gap_seconds))
    if step.is_last:
        segments.append(Speech(routine.outro))
        segments.append(Pause(cues.lead_in_gap_seconds))
    return AudioUnit(track_id(routine.id, step.index), tuple(segments))


def routine_tracks(routine: routines.Routine) -> tuple[AudioUnit, ...]:
    return tuple(routine_track(routine, step) for step in routines.routine_steps(routine))


def hold_clip(seconds: int) -> AudioUnit:
    return AudioUnit(hold_clip_id(seconds), hold_segments(seconds))


def hold_seconds_in_content() -> tuple[int, ...]:
    return tuple(sorted({
        step.hold_seconds for stretch in content.STRETCHES for step in stretch.steps
        if step.hold_seconds
    }))


def declared_units() -> tuple[AudioUnit, ...]:
    """Every clip the content declares: each routine's tracks, and a clip per hold length."""
    units: list[AudioUnit] = []
    for routine in routines.ROUTINES:
        units.extend(routine_tracks(routine))
    units.extend(hold_clip(seconds) for seconds in hold_seconds_in_content())
    ids = [u.id for u in units]
    if len(set(ids)) != len(ids):
        raise ValueError("two audio units share an id")
    for unit in units:
        for text in unit.texts:
            if "{" in text:
                raise ValueError(f"clip {unit.id} holds a placeholder a clip can't fill: {text!r}")
    return tuple(units)


# --- SSML for speakers without the audio -------------------------------------------

def to_ssml(segments: tuple[Segment, ...]) -> str:
    """The script as Alexa's own speech, holds as chained <break>s (each at most 10 s)."""
    parts: list[str] = []
    for segment in segments:
        if isinstance(segment, Speech):
            parts.append(segment.text)
        elif isinstance(segment, Pause):
            parts.append(pause(segment.seconds))
        else:
            elapsed = 0
            for at, said in segment.counts:
                parts.append(pause(at - elapsed))
                parts.append(said)
                elapsed = at
            parts.append(pause(segment.seconds - elapsed))
    return join(*parts)


def script_seconds(segments: tuple[Segment, ...], words_per_second: float = 2.5) -> float:
    """A rough spoken length, to keep a speech-only response within Alexa's limits."""
    total = 0.0
    for segment in segments:
        if isinstance(segment, Speech):
            total += len(spoken_text(segment.text).split()) / words_per_second
        elif isinstance(segment, Pause):
            total += segment.seconds
        else:
            total += segment.seconds
    return total
