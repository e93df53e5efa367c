"""``cramp-coach build-audio [--engine gtts|offline]``: render every clip the content declares.

Clips land in the audio directory with ``manifest.json``. The build is incremental: a clip
is rendered again only when what it says (its text hash) or its engine changed, or its file
is gone. Every file is written to a temporary name and renamed, so a failed render never
leaves a partial or empty file behind, and each new file is checked frame by frame before
it is published.

Also runnable as ``python -m skill.audio.build``.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import Config
from .engines import ENGINES, Engine, EngineError, make_engine
from .files import write_atomically
from .manifest import URL_PREFIX, ClipEntry, Manifest
from .scripts import AudioUnit, declared_units

if TYPE_CHECKING:
    import numpy as np

# The rendering stack (numpy, scipy, the encoder) is imported where a clip is rendered or
# checked: a build with nothing to render decides that from the manifest alone, in well
# under a second.

log = logging.getLogger(__name__)

CACHE_DIR_NAME = ".cache"  # the gTTS voice cache, kept next to the clips
_CLIP_FILE = re.compile(r"[a-z0-9_-]+-[0-9a-f]{12}\.mp3")
# The limiter aims under Alexa's peak limit with room to spare: MP3 coding adds a little on
# top, and its low-pass takes a little loudness away. Both are measured on the decoded file.
_CEILINGS_DBTP = (-4.0, -4.5, -5.0, -5.5, -6.0, -6.5)
_TRIES_PER_CEILING = 2
_LOUDNESS_AIM_LU = 0.5  # stop trying once this close to -14 LUFS
_LOUDNESS_TOLERANCE_LU = 1.5  # the most a built clip may miss by; tests accept +-2 LU
_CODEC_LOUDNESS_LOSS_LU = 0.45  # MP3 at 48 kbps measures this much quieter than its source


class BuildError(RuntimeError):
    """The build could not finish; the message says why."""


@dataclass
class BuildReport:
    rendered: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def needs_render(
    unit: AudioUnit, entry: ClipEntry | None, audio_dir: Path, engine: str | None,
) -> bool:
    """True when the clip is missing, says something else now, or (if ``engine`` is given)
    was made by another engine."""
    if entry is None or entry.text_hash != unit.source_hash:
        return True
    if engine is not None and entry.engine != engine:
        return True
    path = audio_dir / entry.file
    return not path.is_file() or path.stat().st_size != entry.bytes


def encode_checked(unit: AudioUnit, engine: Engine) -> tuple[bytes, float, float, float]:
    """Render and encode ``unit``, and prove the file is what Alexa accepts.

    Returns (mp3 bytes, duration, LUFS, true peak dBTP), measured on the decoded file. When
    the encoded file peaks too high or misses the loudness, the mix is normalised again
    with a corrected target; the voices are rendered only once.
    """
    from . import dsp, mp3
    from .engines import decode_mp3
    from .render import mix_unit

    voices: dict[str, np.ndarray] = {}

    def speak(text: str) -> np.ndarray:
        if text not in voices:
            voices[text] = engine.speak(text)
        return voices[text]

    premix = mix_unit(unit, speak)
    target = dsp.TARGET_LUFS + _CODEC_LOUDNESS_LOSS_LU
    best: tuple[float, bytes, float, float, float] | None = None
    tried: list[str] = []
    for ceiling in _CEILINGS_DBTP:
        for _ in range(_TRIES_PER_CEILING):
            data = mp3.encode(dsp.normalize(premix, target_lufs=target, ceiling_dbtp=ceiling))
            info = mp3.inspect(data)
            problems = info.problems()
            if problems:
                raise BuildError(f"clip {unit.id} was encoded wrongly: {'; '.join(problems)}")
            decoded = decode_mp3(data)
            peak = dsp.true_peak_dbtp(decoded)
            lufs = dsp.integrated_loudness(decoded)
            tried.append(f"{lufs:.1f} LUFS / {peak:.1f} dBTP")
            if peak > dsp.TRUE_PEAK_LIMIT_DBTP:
                break  # more room under the ceiling
            miss = dsp.TARGET_LUFS - lufs
            if best is None or abs(miss) < best[0]:
                best = (abs(miss), data, info.duration, lufs, peak)
            if abs(miss) <= _LOUDNESS_AIM_LU:
                return best[1:]
            target += miss
    if best is not None and best[0] <= _LOUDNESS_TOLERANCE_LU:
        return best[1:]
    raise BuildError(
        f"clip {unit.id} could not reach {dsp.TARGET_LUFS:g} LUFS under "
        f"{dsp.TRUE_PEAK_LIMIT_DBTP:g} dBTP (tried {', '.join(tried)})"
    )


def build(
    audio_dir: Path,
    engine_name: str,
    *,
    units: Iterable[AudioUnit] | None = None,
    only_missing: bool = False,
    force: bool = False,
    engine: Engine | None = None,
    say: Callable[[str], None] = print,
) -> BuildReport:
    """Bring ``audio_dir`` up to date with the content.

    ``only_missing`` keeps clips another engine made (``make run`` never replaces production
    voices with offline ones); ``force`` renders everything again.
    Raises EngineError or BuildError; clips finished before the failure stay in the manifest.
    """
    units = tuple(declared_units() if units is None else units)
    audio_dir.mkdir(parents=True, exist_ok=True)
    manifest = Manifest.load(audio_dir)
    report = BuildReport()
    pending = [
        unit for unit in units
        if force or needs_render(
            unit, manifest.entries.get(unit.id), audio_dir, None if only_missing else engine_name
        )
    ]
    report.kept = [u.id for u in units if u not in pending]
    for number, unit in enumerate(pending, start=1):
        if engine is None:  # made only when something needs rendering
            engine = make_engine(engine_name, cache_dir=audio_dir / CACHE_DIR_NAME)
        say(f"[{number}/{len(pending)}] {unit.id} ({engine_name})")
        data, duration, lufs, peak = encode_checked(unit, engine)
        audio_hash = hashlib.sha256(data).hexdigest()
        file_name = f"{unit.id}-{audio_hash[:12]}.mp3"
        write_atomically(audio_dir / file_name, data)
        manifest.entries[unit.id] = ClipEntry(
            id=unit.id, text_hash=unit.source_hash, engine=engine_name,
            duration=round(duration, 3), file=file_name, url_path=URL_PREFIX + file_name,
            bytes=len(data), audio_hash=audio_hash, lufs=round(lufs, 2),
            true_peak_dbtp=round(peak, 2),
        )
        manifest.save(audio_dir)  # after every clip: an interrupted build keeps its progress
        report.rendered.append(unit.id)
    # Clips the content no longer declares go; building a few units keeps all the others.
    declared = {u.id for u in units} | {u.id for u in declared_units()}
    for stale in sorted(set(manifest.entries) - declared):
        del manifest.entries[stale]
    manifest.save(audio_dir)
    report.removed = _remove_unlisted_files(audio_dir, manifest)
    return report


def _remove_unlisted_files(audio_dir: Path, manifest: Manifest) -> list[str]:
    """Delete clips the manifest no longer lists, and temp files a crash left behind."""
    listed = {entry.file for entry in manifest.entries.values()}
    removed: list[str] = []
    for path in sorted(audio_dir.iterdir()):
        stray_temp = path.name.startswith(".") and path.name.endswith(".tmp")
        old_clip = _CLIP_FILE.fullmatch(path.name) and path.name not in listed
        if path.is_file() and (stray_temp or old_clip):
            path.unlink()
            removed.append(path.name)
    return removed


def check(audio_dir: Path, units: Iterable[AudioUnit] | None = None) -> list[str]:
    """Problems with the built clips: missing, stale, or not in Alexa's format."""
    from . import mp3

    units = tuple(declared_units() if units is None else units)
    manifest = Manifest.load(audio_dir)
    problems: list[str] = []
    for unit in units:
        entry = manifest.entries.get(unit.id)
        if needs_render(unit, entry, audio_dir, None):
            problems.append(f"{unit.id}: missing or out of date")
            continue
        assert entry is not None
        info = mp3.inspect((audio_dir / entry.file).read_bytes())
        problems.extend(f"{unit.id}: {p}" for p in info.problems())
        if abs(info.duration - entry.duration) > 0.05:
            problems.append(
                f"{unit.id}: lasts {info.duration:.2f} s, the manifest says {entry.duration}"
            )
    return problems


def ensure_audio_built(config: Config) -> None:
    """For ``make run``: build missing or outdated clips with the offline engine.

    Clips already built (by any engine) and up to date are kept, so this is a quick no-op
    once the audio exists. A failure is logged, never raised: the skill then speaks the
    routines with Alexa's own voice.
    """
    units = declared_units()
    manifest = Manifest.load(config.audio_dir)
    if not any(
        needs_render(u, manifest.entries.get(u.id), config.audio_dir, None) for u in units
    ):
        return
    print("audio: building missing clips with the offline engine", file=sys.stderr)
    try:
        build(
            config.audio_dir, "offline", units=units, only_missing=True,
            say=lambda line: print(f"audio: {line}", file=sys.stderr),
        )
    except ImportError as missing:  # a runtime-only install: no rendering stack
        print(f"audio: not building clips ({missing.name} is not installed; "
              "pip install '.[audio]'); routines will be spoken instead", file=sys.stderr)
    except (EngineError, BuildError, OSError) as exc:
        log.warning("audio clips not built (routines will be spoken instead): %s", exc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="cramp-coach build-audio",
        description="Render every clip the content declares into the audio directory.",
    )
    parser.add_argument(
        "--engine", choices=ENGINES, default="gtts",
        help="gtts: Google's voice, needs the network (production). "
             "offline: espeak-ng, no network (development, CI). Default: gtts.",
    )
    parser.add_argument("--audio-dir", type=Path, default=None,
                        help="where clips and manifest.json go (default: AUDIO_DIR or audio/)")
    parser.add_argument("--force", action="store_true", help="render every clip again")
    parser.add_argument("--check", action="store_true",
                        help="only check the built clips against the content and Alexa's format")
    args = parser.parse_args(argv)
    audio_dir = args.audio_dir or Config.from_env().audio_dir
    if args.check:
        problems = check(audio_dir)
        for problem in problems:
            print(f"build-audio: {problem}", file=sys.stderr)
        if not problems:
            print(f"build-audio: every clip in {audio_dir} is up to date and well formed")
        return 1 if problems else 0
    try:
        report = build(audio_dir, args.engine, force=args.force)
    except (EngineError, BuildError) as exc:
        print(f"build-audio: {exc}", file=sys.stderr)
        print("build-audio: clips finished before the failure were kept.", file=sys.stderr)
        return 1
    print(
        f"build-audio: {len(report.rendered)} rendered, {len(report.kept)} up to date, "
        f"{len(report.removed)} old files removed ({audio_dir})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
