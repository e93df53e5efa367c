"""Free words, read once a request; those that answer as one of our intents become it.

"Yeah go on then", "hang on a sec mate", "wipe the whole diary": no sample places them, so a
catch-all takes them, and the words router (``skill.language.words``) reads them as a yes,
a wait, the delete. From here on the request is that intent, so the routing table and the
handler see what was meant, in whatever is pending. A red flag in the words routes first.
Words that stay a catch-all are answered from the same reading (``read_words``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Intent, IntentConfirmationStatus, IntentRequest

from ..language.words import FreeWords, WordsRoute, free_words_in, route_free_words
from .respond import request_locale
from .slots import said_slots

_KEY = "_read_words"  # request attributes: this request's reading, made once


@dataclass(frozen=True)
class ReadWords:
    found: FreeWords
    route: WordsRoute


def read_words(handler_input: HandlerInput) -> ReadWords | None:
    """A catch-all's words and where they route, read once a request; None for any other
    request."""
    memo = handler_input.attributes_manager.request_attributes
    if _KEY in memo:
        known = memo[_KEY]
        return known if isinstance(known, ReadWords) else None
    request = handler_input.request_envelope.request
    reading = None
    if isinstance(request, IntentRequest) and request.intent is not None:
        found = free_words_in(request.intent.name or "", said_slots(handler_input))
        if found is not None:
            reading = ReadWords(found, route_free_words(found, request_locale(handler_input)))
    memo[_KEY] = reading
    return reading


class UnderstoodWords(AbstractRequestInterceptor):
    """Global request interceptor, before routing: the catch-all becomes the intent meant."""

    def process(self, handler_input: HandlerInput) -> None:
        reading = read_words(handler_input)
        if reading is not None and reading.route.intent is not None:
            request = handler_input.request_envelope.request
            assert isinstance(request, IntentRequest)  # read_words read its words
            request.intent = Intent(name=reading.route.intent, slots={},
                                    confirmation_status=IntentConfirmationStatus.NONE)
