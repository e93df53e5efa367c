"""Render a script to finished PCM: voice, quiet, ticks and chimes mixed in one buffer.

The whole clip is assembled in PCM and encoded once, so there are no gaps or clicks at the
joins. The ticks and chime sit at fixed, soft levels under the voice; the finished mix is
brought to -14 LUFS with the true-peak limiter.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from . import dsp
from .scripts import CHIME_SECONDS, AudioUnit, Hold, Pause, Speech, spoken_text

SR = dsp.SAMPLE_RATE
_TRIM_THRESHOLD = dsp.db_to_gain(-50.0)
_TRIM_MARGIN = round(0.03 * SR)

Speak = Callable[[str], np.ndarray]


def trim(samples: np.ndarray) -> np.ndarray:
    """Drop the quiet an engine leaves before and after the words (timing is ours to set)."""
    loud = np.flatnonzero(np.abs(samples) > _TRIM_THRESHOLD)
    if not len(loud):
        return samples[:0]
    start = max(0, loud[0] - _TRIM_MARGIN)
    end = min(len(samples), loud[-1] + _TRIM_MARGIN)
    return samples[start:end]


class _Timeline:
    def __init__(self) -> None:
        self.cursor = 0
        self.voice: list[tuple[int, np.ndarray]] = []
        self.bed: list[tuple[int, np.ndarray]] = []

    def mixdown(self, layer: list[tuple[int, np.ndarray]]) -> np.ndarray:
        out = np.zeros(self.cursor, dtype=np.float32)
        for start, sound in layer:
            dsp.mix_at(out, sound, start)
        return out


def mix_unit(unit: AudioUnit, speak: Speak) -> np.ndarray:
    """The clip's raw mix (mono float PCM at 24 kHz): voice near -14 LUFS, before limiting."""
    voices: dict[str, np.ndarray] = {}

    def voice(fragment: str) -> np.ndarray:
        text = spoken_text(fragment)
        if text not in voices:
            voices[text] = trim(speak(text))
        return voices[text]

    timeline = _Timeline()
    tick, chime = dsp.tick(), dsp.chime()
    for segment in unit.segments:
        if isinstance(segment, Speech):
            said = voice(segment.text)
            timeline.voice.append((timeline.cursor, said))
            timeline.cursor += len(said)
        elif isinstance(segment, Pause):
            timeline.cursor += round(segment.seconds * SR)
        elif isinstance(segment, Hold):
            _lay_hold(timeline, segment, voice, tick, chime)
    timeline.cursor = max(
        [timeline.cursor] + [start + len(sound) for start, sound in timeline.voice + timeline.bed]
    )
    # Voice to the target by plain gain first, so the soft ticks and chime sit at the same
    # level under every voice; the build then normalises and limits the whole mix.
    voice_track = dsp.compress(timeline.mixdown(timeline.voice))
    voice_lufs = dsp.integrated_loudness(voice_track)
    if np.isfinite(voice_lufs):
        voice_track *= dsp.db_to_gain(dsp.TARGET_LUFS - voice_lufs)
    return voice_track + timeline.mixdown(timeline.bed)


def _lay_hold(
    timeline: _Timeline, hold: Hold, voice: Callable[[str], np.ndarray],
    tick: np.ndarray, chime: np.ndarray,
) -> None:
    """Ticks on every second, a spoken count on its marks (no tick under a word), a chime last."""
    start = timeline.cursor
    busy_until = start
    counts = dict(hold.counts)
    for second in range(1, hold.seconds):
        at = start + second * SR
        if second in counts:
            said = voice(counts[second])
            timeline.voice.append((at, said))
            busy_until = at + len(said)
        elif at >= busy_until:
            timeline.bed.append((at, tick))
    end = start + hold.seconds * SR
    timeline.bed.append((end, chime))
    timeline.cursor = end + round(CHIME_SECONDS * SR)
