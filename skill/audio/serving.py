"""GET /audio/<file>: the built clips, for Alexa's AudioPlayer and SSML <audio>.

Only files the manifest lists are served, so nothing else in (or outside) the audio
directory can be reached. File names carry the clip's audio hash, so responses are
cacheable for a year; Range requests get 206 (AudioPlayer seeks, resumes at an offset).
"""

from __future__ import annotations

import re

from flask import Flask, jsonify, send_file

from .library import AudioLibrary

ONE_YEAR_SECONDS = 365 * 24 * 3600
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*-[0-9a-f]{12}\.mp3")


def register_audio_routes(app: Flask, library: AudioLibrary) -> None:
    """Serve ``library``'s clips: the one the app's skill plays them from."""
    audio_dir = library.audio_dir.resolve()

    @app.get("/audio/<path:name>")
    def audio_clip(name: str):
        entry = library.entry_for_file(name) if _SAFE_NAME.fullmatch(name) else None
        path = (audio_dir / name).resolve() if entry else None
        if entry is None or path is None or path.parent != audio_dir or not path.is_file():
            return jsonify(error="no such clip"), 404
        response = send_file(
            path, mimetype="audio/mpeg", conditional=True, etag=entry.audio_hash,
            max_age=ONE_YEAR_SECONDS, last_modified=path.stat().st_mtime,
        )
        response.cache_control.immutable = True
        response.cache_control.public = True
        return response
