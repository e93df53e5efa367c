"""All request handlers, in the order the SDK tries them.

Order is policy: red flags first (a red flag always wins), then the features that
own a running activity (routines, the diary, guided stretches), then the core
conversation, and the catch-all for unknown intents last.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler

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


def ordered_request_handlers() -> list[AbstractRequestHandler]:
    return [
        *can_fulfill.HANDLERS,  # a question about a request, never a turn of the conversation
        *safety.HANDLERS,
        *audio_player.HANDLERS,
        *diary.HANDLERS,
        *guide.HANDLERS,
        *relief.HANDLERS,
        *followups.HANDLERS,
        *questions.HANDLERS,
        *free_words.HANDLERS,
        *conversation.HANDLERS,
        *conversation.CATCH_ALL,
    ]
