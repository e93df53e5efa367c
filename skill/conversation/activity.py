"""Where the user is in a guided stretch or routine, kept so "resume my stretch" works later.

Stored in the user's persistent attributes (when a store is configured) as
{"kind": "stretch"|"routine", "id": ..., "step": int, "at": epoch seconds}.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from ask_sdk_core.handler_input import HandlerInput

from . import state

log = logging.getLogger(__name__)

LAST_POSITION = "last_position"
RESUME_WINDOW_SECONDS = 30 * 60


@dataclass(frozen=True)
class Position:
    kind: str  # "stretch" or "routine"
    item_id: str
    step: int
    at: float  # epoch seconds


def remember_position(handler_input: HandlerInput, kind: str, item_id: str, step: int) -> None:
    """Store the current position; a store outage never breaks the guidance."""
    if not state.has_persistence(handler_input):
        return
    try:
        attrs = state.persistent(handler_input)
        attrs[LAST_POSITION] = {"kind": kind, "id": item_id, "step": step, "at": int(time.time())}
        state.save_persistent(handler_input)
    except Exception as error:  # a store outage: handled, so one line with its type
        log.warning("could not store the guidance position (%s)", type(error).__name__)


def recent_position(
    handler_input: HandlerInput, within_seconds: int = RESUME_WINDOW_SECONDS
) -> Position | None:
    """The last stored position if it is recent enough to resume, else None."""
    if not state.has_persistence(handler_input):
        return None
    try:
        raw = state.persistent(handler_input).get(LAST_POSITION)
    except Exception as error:  # a store outage: handled, so one line with its type
        log.warning("could not read the guidance position (%s)", type(error).__name__)
        return None
    if not isinstance(raw, dict):
        return None
    try:
        position = Position(str(raw["kind"]), str(raw["id"]), int(raw["step"]), float(raw["at"]))
    except (KeyError, TypeError, ValueError):
        return None
    return position if time.time() - position.at <= within_seconds else None
