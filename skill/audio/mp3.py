"""MP3 encoding for Alexa, and a frame-by-frame check of what was written.

Alexa's SSML <audio> wants MPEG-2 Layer III, 48 kbps, 24000 Hz. LAME picks 32 kHz MPEG-1
unless the output rate is pinned, so it is pinned; lameenc writes no ID3 tag and no
Xing/Info frame, and ``inspect`` proves that for every file the build writes.
"""

from __future__ import annotations

from dataclasses import dataclass

import lameenc
import numpy as np

from .dsp import SAMPLE_RATE

BITRATE_KBPS = 48
SAMPLES_PER_FRAME = 576  # MPEG-2 Layer III

# MPEG-2/2.5 Layer III bitrates (kbps) and MPEG-2 sample rates (Hz), by header index.
_MPEG2_L3_BITRATES = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0)
_MPEG1_L3_BITRATES = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0)
_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}
_VERSIONS = {3: "MPEG-1", 2: "MPEG-2", 0: "MPEG-2.5"}


def encode(samples: np.ndarray) -> bytes:
    """Mono float PCM at SAMPLE_RATE -> MPEG-2 Layer III, 48 kbps CBR, 24 kHz, mono."""
    pcm = np.clip(np.round(samples * 32767.0), -32768, 32767).astype("<i2")
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BITRATE_KBPS)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_out_sample_rate(SAMPLE_RATE)  # without this LAME may choose another rate
    encoder.set_channels(1)
    encoder.set_quality(2)  # 2 = near-best; the build is offline, so quality wins over speed
    return bytes(encoder.encode(pcm.tobytes()) + encoder.flush())


@dataclass(frozen=True)
class Mp3Info:
    versions: frozenset[str]
    layers: frozenset[int]
    bitrates_kbps: frozenset[int]
    sample_rates: frozenset[int]
    channel_modes: frozenset[str]
    frames: int
    has_id3v2: bool
    has_id3v1: bool
    has_xing: bool  # a Xing/Info/VBRI header frame (its bitrate may differ from the rest)
    trailing_bytes: int  # bytes after the last whole frame

    @property
    def duration(self) -> float:
        rate = next(iter(self.sample_rates), SAMPLE_RATE)
        return self.frames * SAMPLES_PER_FRAME / rate

    def problems(self) -> list[str]:
        """Why Alexa would refuse this file; empty when it is fine."""
        found: list[str] = []
        if self.frames == 0:
            found.append("no MPEG audio frames")
        if self.versions != {"MPEG-2"}:
            found.append(f"MPEG version {sorted(self.versions)}, want MPEG-2")
        if self.layers != {3}:
            found.append(f"layer {sorted(self.layers)}, want III")
        if self.bitrates_kbps != {BITRATE_KBPS}:
            found.append(f"bitrates {sorted(self.bitrates_kbps)} kbps, want {BITRATE_KBPS} CBR")
        if self.sample_rates != {SAMPLE_RATE}:
            found.append(f"sample rates {sorted(self.sample_rates)}, want {SAMPLE_RATE}")
        if self.channel_modes != {"mono"}:
            found.append(f"channel modes {sorted(self.channel_modes)}, want mono")
        if self.has_id3v2 or self.has_id3v1:
            found.append("has an ID3 tag")
        if self.has_xing:
            found.append("has a Xing/Info/VBRI frame")
        if self.trailing_bytes:
            found.append(f"{self.trailing_bytes} bytes of junk after the last frame")
        return found


def inspect(data: bytes) -> Mp3Info:
    """Walk every frame header of an MP3 file."""
    has_id3v2 = data[:3] == b"ID3"
    has_id3v1 = len(data) >= 128 and data[-128:-125] == b"TAG"
    position = 0
    if has_id3v2 and len(data) >= 10:
        size = (data[6] << 21) | (data[7] << 14) | (data[8] << 7) | data[9]
        position = 10 + size
    end = len(data) - (128 if has_id3v1 else 0)
    versions: set[str] = set()
    layers: set[int] = set()
    bitrates: set[int] = set()
    rates: set[int] = set()
    modes: set[str] = set()
    frames = 0
    has_xing = False
    while position + 4 <= end:
        header = int.from_bytes(data[position:position + 4], "big")
        if header >> 21 != 0x7FF:
            break
        version_bits = (header >> 19) & 3
        layer_bits = (header >> 17) & 3
        bitrate_index = (header >> 12) & 0xF
        rate_index = (header >> 10) & 3
        padding = (header >> 9) & 1
        mode_bits = (header >> 6) & 3
        if version_bits == 1 or layer_bits == 0 or rate_index == 3 or bitrate_index in (0, 15):
            break
        layer = 4 - layer_bits
        rate = _SAMPLE_RATES[version_bits][rate_index]
        table = _MPEG1_L3_BITRATES if version_bits == 3 else _MPEG2_L3_BITRATES
        bitrate = table[bitrate_index]
        if layer != 3:
            break  # only Layer III is expected here; other layers count as junk
        coefficient = 144 if version_bits == 3 else 72
        length = coefficient * bitrate * 1000 // rate + padding
        if position + length > end:
            break  # a cut-off last frame: counted as trailing junk
        frame = data[position:position + length]
        if frames == 0 and any(tag in frame[:64] for tag in (b"Xing", b"Info", b"VBRI")):
            has_xing = True
        versions.add(_VERSIONS[version_bits])
        layers.add(layer)
        bitrates.add(bitrate)
        rates.add(rate)
        modes.add("mono" if mode_bits == 3 else "stereo")
        frames += 1
        position += length
    return Mp3Info(
        versions=frozenset(versions), layers=frozenset(layers), bitrates_kbps=frozenset(bitrates),
        sample_rates=frozenset(rates), channel_modes=frozenset(modes), frames=frames,
        has_id3v2=has_id3v2, has_id3v1=has_id3v1, has_xing=has_xing,
        trailing_bytes=max(0, end - position),
    )
