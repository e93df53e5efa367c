"""The built clips as the skill sees them: which exist, and the URL Alexa fetches each from.

Serving and the handlers both read the manifest through here. It is re-read whenever the
file changes, so a rebuild is picked up without a restart.
"""

from __future__ import annotations

import threading
from pathlib import Path
from urllib.parse import urlsplit

from ..config import Config
from .manifest import MANIFEST_NAME, URL_PREFIX, ClipEntry, Manifest


class AudioLibrary:
    def __init__(self, audio_dir: Path, base_url: str = "", endpoint_url: str = "") -> None:
        self.audio_dir = audio_dir
        # AUDIO_BASE_URL (a CDN or bucket) wins; else the origin the skill itself is served at.
        self.base_url = base_url.rstrip("/")
        self.served_here = not self.base_url
        if self.served_here:
            origin = urlsplit(endpoint_url)
            self.base_url = f"{origin.scheme}://{origin.netloc}{URL_PREFIX.rstrip('/')}"
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._manifest = Manifest({})
        self._by_file: dict[str, ClipEntry] = {}

    @classmethod
    def from_config(cls, config: Config) -> AudioLibrary:
        return cls(config.audio_dir, config.audio_base_url, config.site_url)

    def _current(self) -> Manifest:
        path = self.audio_dir / MANIFEST_NAME
        try:
            stat = path.stat()
            stamp = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            stamp = None
        with self._lock:
            if stamp != self._stamp:
                self._manifest = Manifest.load(self.audio_dir) if stamp else Manifest({})
                self._by_file = {e.file: e for e in self._manifest.entries.values()}
                self._stamp = stamp
            return self._manifest

    def entry(self, clip_id: str) -> ClipEntry | None:
        """The clip if it can be played: listed, and (when we serve it) its file is here."""
        entry = self._current().entries.get(clip_id)
        if entry is None:
            return None
        if self.served_here and not (self.audio_dir / entry.file).is_file():
            return None
        return entry

    def url(self, clip_id: str) -> str | None:
        entry = self.entry(clip_id)
        return f"{self.base_url}/{entry.file}" if entry else None

    def has_all(self, clip_ids: list[str] | tuple[str, ...]) -> bool:
        return all(self.entry(clip_id) is not None for clip_id in clip_ids)

    def entry_for_file(self, file_name: str) -> ClipEntry | None:
        """The manifest entry behind a served file name; None for anything else."""
        self._current()
        with self._lock:
            return self._by_file.get(file_name)
