"""Handlers for the diary feature (filled in by that feature)."""

HANDLERS: list = []
