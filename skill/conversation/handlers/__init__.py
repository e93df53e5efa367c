"""All request handlers. Who answers what is the routing table (``..routing``), built from
each handler's declaration: the intents it answers and the pending kinds it answers them in.
The order here is the order ``cramp-coach routes`` lists them in, nothing more.
"""

from __future__ import annotations

from . import (
    audio_player,
    can_fulfill,
    conversation,
    diary,
    followups,
    free_words,
    guide,
    questions,
    relief,
    safety,
)
from .base import DeclaredHandler


def request_handlers() -> list[DeclaredHandler]:
    return [
        *can_fulfill.HANDLERS,
        *safety.HANDLERS,  # the red-flag handler pre-empts every intent by declaration
        *audio_player.HANDLERS,
        *diary.HANDLERS,
        *guide.HANDLERS,
        *relief.HANDLERS,
        *followups.HANDLERS,
        *questions.HANDLERS,
        *free_words.HANDLERS,
        *conversation.HANDLERS,
    ]
