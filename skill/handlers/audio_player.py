"""Handlers for the audio player feature (filled in by that feature)."""

HANDLERS: list = []
