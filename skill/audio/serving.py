"""GET /audio/<file>: serving built clips (the audio feature fills this in)."""

from __future__ import annotations

from flask import Flask, jsonify

from ..config import Config


def register_audio_routes(app: Flask, config: Config) -> None:
    @app.get("/audio/<path:name>")
    def audio_clip(name: str):  # noqa: ARG001 - stub until the audio build exists
        return jsonify(error="no such clip"), 404
