"""PCM helpers: resampling, soft tones, loudness (ITU-R BS.1770) and a true-peak limiter.

All audio here is mono float32 in [-1, 1] at ``SAMPLE_RATE`` (what Alexa wants in the end).
"""

from __future__ import annotations

from functools import cache
from math import gcd
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import pyloudnorm

# scipy and pyloudnorm are imported where they are used: they take seconds to load, and a
# build with nothing to render (the usual case) never needs them.

SAMPLE_RATE = 24_000  # Alexa SSML <audio> and our AudioPlayer tracks: 24 kHz
TRUE_PEAK_OVERSAMPLING = 4  # BS.1770 measures true peak at 4x for rates under 96 kHz

TARGET_LUFS = -14.0
TRUE_PEAK_LIMIT_DBTP = -2.0


def silence(seconds: float) -> np.ndarray:
    return np.zeros(round(max(seconds, 0.0) * SAMPLE_RATE), dtype=np.float32)


def resample(samples: np.ndarray, rate: int) -> np.ndarray:
    """Polyphase resampling to SAMPLE_RATE (espeak-ng speaks at 22050 Hz)."""
    if rate == SAMPLE_RATE:
        return samples.astype(np.float32, copy=False)
    from scipy.signal import resample_poly

    divisor = gcd(rate, SAMPLE_RATE)
    out = resample_poly(samples.astype(np.float64), SAMPLE_RATE // divisor, rate // divisor)
    return out.astype(np.float32)


def db_to_gain(db: float) -> float:
    return float(10.0 ** (db / 20.0))


def tick(level_db: float = -30.0) -> np.ndarray:
    """A soft wooden tick: a short, low sine burst that won't startle anyone at night."""
    t = np.arange(round(0.06 * SAMPLE_RATE)) / SAMPLE_RATE
    envelope = np.exp(-t / 0.012) * np.minimum(1.0, t / 0.002)
    tone = np.sin(2 * np.pi * 740 * t) + 0.35 * np.sin(2 * np.pi * 1480 * t)
    return _at_peak(tone * envelope, level_db)


def chime(level_db: float = -16.0) -> np.ndarray:
    """A gentle bell at the end of a hold: a few partials, slow decay."""
    t = np.arange(round(1.6 * SAMPLE_RATE)) / SAMPLE_RATE
    partials = ((660.0, 1.0, 0.9), (990.0, 0.45, 0.6), (1320.0, 0.25, 0.4), (1980.0, 0.1, 0.25))
    tone = sum(a * np.exp(-t / decay) * np.sin(2 * np.pi * f * t) for f, a, decay in partials)
    attack = np.minimum(1.0, t / 0.005)
    return _at_peak(tone * attack, level_db)


def _at_peak(samples: np.ndarray, level_db: float) -> np.ndarray:
    peak = float(np.max(np.abs(samples))) or 1.0
    return (samples / peak * db_to_gain(level_db)).astype(np.float32)


def mix_at(bed: np.ndarray, sound: np.ndarray, start: int) -> None:
    """Add ``sound`` into ``bed`` at sample ``start`` (in place), clipped to the bed's length."""
    if start >= len(bed):
        return
    end = min(len(bed), start + len(sound))
    bed[start:end] += sound[: end - start]


@cache
def _meter() -> pyloudnorm.Meter:
    import pyloudnorm

    return pyloudnorm.Meter(SAMPLE_RATE)


def integrated_loudness(samples: np.ndarray) -> float:
    """Integrated, gated loudness in LUFS (BS.1770-4 K-weighting); -inf for silence."""
    meter = _meter()
    if len(samples) < round(meter.block_size * SAMPLE_RATE):
        samples = np.concatenate([samples, np.zeros(round(meter.block_size * SAMPLE_RATE))])
    return float(meter.integrated_loudness(samples.astype(np.float64)))


def true_peak_dbtp(samples: np.ndarray) -> float:
    """Peak of the 4x oversampled signal, in dBTP (inter-sample peaks included)."""
    from scipy.signal import resample_poly

    if not len(samples):
        return float("-inf")
    upsampled = resample_poly(samples.astype(np.float64), TRUE_PEAK_OVERSAMPLING, 1)
    peak = float(np.max(np.abs(upsampled)))
    return 20.0 * np.log10(peak) if peak > 0 else float("-inf")


def compress(
    samples: np.ndarray, threshold_lufs_offset: float = 0.0, ratio: float = 3.0,
    window_seconds: float = 0.01, smoothing_seconds: float = 0.02,
) -> np.ndarray:
    """Even out speech: syllables louder than the clip's own loudness are turned down.

    Speech synthesis leaves 15-20 dB between loudness and peaks; -14 LUFS under -2 dBTP
    leaves room for about 12. Evening out the syllables first means the limiter only
    shaves what is left, instead of squashing every word.
    """
    from scipy.ndimage import minimum_filter1d, uniform_filter1d

    loudness = integrated_loudness(samples)
    if not np.isfinite(loudness):
        return samples
    window = round(window_seconds * SAMPLE_RATE)
    power = uniform_filter1d(samples.astype(np.float64) ** 2, size=window)
    level_db = 10.0 * np.log10(np.maximum(power, 1e-12))
    over_db = np.maximum(0.0, level_db - loudness - threshold_lufs_offset)
    reduction_db = -(1.0 - 1.0 / ratio) * over_db
    width = round(smoothing_seconds * SAMPLE_RATE) | 1
    held = minimum_filter1d(reduction_db, size=width, mode="nearest")
    kernel = np.hanning(width)
    kernel /= kernel.sum()
    smoothed = np.convolve(np.pad(held, width // 2, mode="edge"), kernel, mode="valid")
    return (samples * np.power(10.0, smoothed / 20.0)).astype(np.float32)


def _sample_peaks(samples: np.ndarray) -> np.ndarray:
    """Per-sample true peak: the largest of the 4x oversampled values around each sample."""
    from scipy.signal import resample_poly

    factor = TRUE_PEAK_OVERSAMPLING
    upsampled = np.abs(resample_poly(samples.astype(np.float64), factor, 1))
    grid = upsampled[: len(samples) * factor].reshape(len(samples), factor)
    peaks = grid[:, 0]
    for column in range(1, factor):
        peaks = np.maximum(peaks, grid[:, column])
    return peaks


def limit(
    samples: np.ndarray,
    ceiling_dbtp: float,
    window_seconds: float = 0.003,
    peaks: np.ndarray | None = None,
) -> np.ndarray:
    """Look-ahead peak limiter: short, smooth gain dips only where peaks pass the ceiling.

    The gain each sample needs comes from its true (oversampled) peak; ``peaks`` may pass
    them in, already measured. A moving minimum over ``window_seconds``, then a smoothing
    kernel half as wide, keeps the gain at or under what every nearby peak needs: no peak
    escapes, and the gain never jumps (no click). Bare gain would clip; a slow limiter would
    pump and cost loudness, so the window is short.
    """
    from scipy.ndimage import minimum_filter1d

    if not len(samples):
        return samples
    if peaks is None:
        peaks = _sample_peaks(samples)
    needed = np.minimum(1.0, db_to_gain(ceiling_dbtp) / np.maximum(peaks, 1e-12))
    if float(needed.min()) >= 1.0:
        return samples.astype(np.float32)
    width = max(3, round(window_seconds * SAMPLE_RATE) | 1)
    held = minimum_filter1d(needed, size=width, mode="nearest")
    kernel = np.hanning((width // 2) | 1)
    kernel /= kernel.sum()
    padded = np.pad(held, len(kernel) // 2, mode="edge")
    gain = np.convolve(padded, kernel, mode="valid")
    return (samples * np.minimum(gain, 1.0)).astype(np.float32)


def normalize(
    samples: np.ndarray,
    target_lufs: float = TARGET_LUFS,
    ceiling_dbtp: float = TRUE_PEAK_LIMIT_DBTP - 1.5,
    tolerance_lu: float = 0.2,
) -> np.ndarray:
    """Bring a clip to ``target_lufs`` with true peaks under ``ceiling_dbtp``.

    Gain alone would clip speech at -14 LUFS, so the limiter shaves the peaks. Limiting
    costs loudness, so gain is raised again (from the source, never compounding) until the
    result lands within ``tolerance_lu``; each step uses the measured gain-to-loudness slope.
    """
    source_lufs = integrated_loudness(samples)
    if not np.isfinite(source_lufs):
        return samples.astype(np.float32)
    source_peaks = _sample_peaks(samples)  # peaks scale with gain: measured once
    gain_db = target_lufs - source_lufs
    best = samples
    best_error = float("inf")
    last: tuple[float, float] | None = None
    for _ in range(8):
        gain = db_to_gain(gain_db)
        out = limit(samples * gain, ceiling_dbtp, peaks=source_peaks * gain)
        loudness = integrated_loudness(out)
        error = target_lufs - loudness
        if abs(error) < best_error:
            best, best_error = out, abs(error)
        if abs(error) <= tolerance_lu:
            break
        slope = 1.0
        if last is not None and loudness != last[1]:
            slope = min(6.0, max(1.0, (gain_db - last[0]) / (loudness - last[1])))
        last = (gain_db, loudness)
        gain_db += error * slope
    return best.astype(np.float32)
