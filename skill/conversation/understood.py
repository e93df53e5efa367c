"""Free words that answer as one of our intents: the request becomes that intent.

"Yeah go on then", "hang on a sec mate", "wipe the whole diary": no sample places them, so a
catch-all takes them, and the words router (``skill.language.words``) reads them as a yes,
a wait, the delete. From here on the request is that intent, so the routing table and the
handler see what was meant, in whatever is pending. A red flag in the words routes first.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Intent, IntentConfirmationStatus, IntentRequest

from ..language.words import free_words_in, route_free_words
from .respond import request_locale
from .slots import said_slots


def understood_intent(handler_input: HandlerInput) -> str | None:
    """The slotless intent a catch-all's words answer as, or None."""
    request = handler_input.request_envelope.request
    if not isinstance(request, IntentRequest) or request.intent is None:
        return None
    found = free_words_in(request.intent.name or "", said_slots(handler_input))
    if found is None:
        return None
    return route_free_words(found, request_locale(handler_input)).intent


class UnderstoodWords(AbstractRequestInterceptor):
    """Global request interceptor, before routing: the catch-all becomes the intent meant."""

    def process(self, handler_input: HandlerInput) -> None:
        meant = understood_intent(handler_input)
        if meant is not None:
            request = handler_input.request_envelope.request
            assert isinstance(request, IntentRequest)  # understood_intent checked
            request.intent = Intent(name=meant, slots={},
                                    confirmation_status=IntentConfirmationStatus.NONE)
