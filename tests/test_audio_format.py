"""Every built clip, checked with real decoders: what Alexa accepts, and how loud it is."""

from __future__ import annotations

import io
from pathlib import Path

import lameenc
import miniaudio
import mutagen.mp3
import numpy as np
import pyloudnorm
import pytest
from scipy.signal import resample_poly

from skill.audio import mp3
from skill.audio.manifest import Manifest
from skill.audio.scripts import declared_units

TARGET_LUFS = -14.0
LOUDNESS_TOLERANCE_LU = 2.0
TRUE_PEAK_LIMIT_DBTP = -2.0


def _clips(built_dir: Path) -> list[tuple[str, Path, float]]:
    manifest = Manifest.load(built_dir)
    return [(e.id, built_dir / e.file, e.duration) for e in manifest.entries.values()]


@pytest.fixture(scope="module")
def clips(built: Path) -> list[tuple[str, Path, float]]:
    found = _clips(built)
    assert {clip_id for clip_id, _, _ in found} == {u.id for u in declared_units()}
    return found


def _decode(path: Path) -> miniaudio.DecodedSoundFile:
    """Decode at the file's own rate and channel count: what a player would hear."""
    native = miniaudio.get_file_info(str(path))
    return miniaudio.decode_file(
        str(path), output_format=miniaudio.SampleFormat.FLOAT32,
        nchannels=native.nchannels, sample_rate=native.sample_rate,
    )


def test_every_clip_is_mpeg2_layer3_48kbps_cbr_24khz_mono(clips) -> None:
    for clip_id, path, _ in clips:
        info = mutagen.mp3.MP3(path).info
        assert (info.version, info.layer) == (2, 3), clip_id
        assert info.bitrate == 48_000, clip_id
        assert info.sample_rate == 24_000, clip_id
        assert info.channels == 1, clip_id
        # No Xing/Info/VBRI header: mutagen reports the bitrate mode as unknown without one.
        assert info.bitrate_mode == mutagen.mp3.BitrateMode.UNKNOWN, clip_id
        assert mp3.inspect(path.read_bytes()).problems() == [], clip_id


def test_no_clip_carries_an_id3_tag(clips) -> None:
    for clip_id, path, _ in clips:
        data = path.read_bytes()
        assert not data.startswith(b"ID3") and data[-128:-125] != b"TAG", clip_id
        assert mutagen.mp3.MP3(path).tags is None, clip_id


def test_decoded_audio_matches_the_manifest(clips) -> None:
    for clip_id, path, duration in clips:
        native = miniaudio.get_file_info(str(path))
        assert native.sample_rate == 24_000 and native.nchannels == 1, clip_id
        decoded = _decode(path)
        seconds = decoded.num_frames / decoded.sample_rate
        assert seconds == pytest.approx(duration, abs=0.05), clip_id


def test_loudness_is_about_minus_14_lufs_with_true_peak_under_minus_2(clips) -> None:
    meter = pyloudnorm.Meter(24_000)
    for clip_id, path, _ in clips:
        samples = np.frombuffer(_decode(path).samples, dtype=np.float32).astype(np.float64)
        loudness = meter.integrated_loudness(samples)
        assert abs(loudness - TARGET_LUFS) <= LOUDNESS_TOLERANCE_LU, (clip_id, loudness)
        true_peak = 20 * np.log10(np.max(np.abs(resample_poly(samples, 4, 1))))
        assert true_peak <= TRUE_PEAK_LIMIT_DBTP, (clip_id, true_peak)


# --- the checker catches what Alexa refuses ---------------------------------------------

def _tone(rate: int, seconds: float = 1.0) -> np.ndarray:
    t = np.arange(round(rate * seconds)) / rate
    return (0.3 * np.sin(2 * np.pi * 440 * t) * 32767).astype("<i2")


def test_checker_flags_lames_default_mpeg1_32khz() -> None:
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(48)
    encoder.set_in_sample_rate(32_000)  # rate not pinned to 24 kHz: LAME picks MPEG-1
    encoder.set_channels(1)
    data = bytes(encoder.encode(_tone(32_000).tobytes()) + encoder.flush())
    problems = " ".join(mp3.inspect(data).problems())
    assert "MPEG-1" in problems and "32000" in problems


def test_checker_flags_other_bitrates_tags_and_junk() -> None:
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(64)
    encoder.set_in_sample_rate(24_000)
    encoder.set_out_sample_rate(24_000)
    encoder.set_channels(1)
    at_64 = bytes(encoder.encode(_tone(24_000).tobytes()) + encoder.flush())
    assert "64" in " ".join(mp3.inspect(at_64).problems())
    good = mp3.encode(_tone(24_000).astype(np.float32) / 32768)
    assert mp3.inspect(good).problems() == []
    tagged = b"ID3\x03\x00\x00\x00\x00\x00\x00" + good
    assert any("ID3" in p for p in mp3.inspect(tagged).problems())
    assert any("junk" in p for p in mp3.inspect(good + b"\x00" * 300).problems())
    assert any("junk" in p for p in mp3.inspect(good[:-50]).problems())


def test_checker_flags_a_xing_frame() -> None:
    good = mp3.encode(_tone(24_000).astype(np.float32) / 32768)
    frame = bytearray(good[:144])
    frame[21:25] = b"Xing"  # where a Xing header sits in an MPEG-2 mono frame
    assert any("Xing" in p for p in mp3.inspect(bytes(frame) + good).problems())
    assert mutagen.mp3.MP3(io.BytesIO(good)).info.bitrate == 48_000
