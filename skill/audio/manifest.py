"""audio/manifest.json: what the build rendered, and where each clip can be fetched.

Each clip's file name carries a hash of its audio, so its URL changes whenever it is
rebuilt: a CDN or a speaker's cache can never serve a stale clip.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from .files import write_atomically

log = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.json"
FORMAT = 1
URL_PREFIX = "/audio/"


@dataclass(frozen=True)
class ClipEntry:
    id: str
    text_hash: str  # AudioUnit.source_hash: what the clip says, its timing, the pipeline
    engine: str  # "gtts" or "offline"
    duration: float  # seconds, as a decoder plays it
    file: str  # file name inside the audio directory: "<id>-<audio hash>.mp3"
    url_path: str  # "/audio/<file>" when this app serves it
    bytes: int
    audio_hash: str  # sha256 of the file
    lufs: float  # measured integrated loudness of the encoded file
    true_peak_dbtp: float


@dataclass
class Manifest:
    entries: dict[str, ClipEntry]

    @classmethod
    def load(cls, audio_dir: Path) -> Manifest:
        """The manifest in ``audio_dir``; empty when there is none or it can't be read."""
        path = audio_dir / MANIFEST_NAME
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls({})
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable audio manifest %s: %s", path, exc)
            return cls({})
        entries: dict[str, ClipEntry] = {}
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            return cls({})
        for item in raw.get("clips", []):
            try:
                entry = ClipEntry(**item)
            except TypeError:
                continue  # a field was added or dropped: that clip is simply built again
            entries[entry.id] = entry
        return cls(entries)

    def save(self, audio_dir: Path) -> None:
        body = {
            "format": FORMAT,
            "clips": [asdict(self.entries[key]) for key in sorted(self.entries)],
        }
        text = json.dumps(body, indent=2, sort_keys=True) + "\n"
        write_atomically(audio_dir / MANIFEST_NAME, text.encode("utf-8"))
