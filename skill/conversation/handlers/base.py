"""The base every handler shares: one small class per intent, as in the ASK SDK samples."""

from __future__ import annotations

from typing import ClassVar

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_request_type
from ask_sdk_model import IntentRequest


class IntentHandler(AbstractRequestHandler):
    """Handles the intents named in ``intents``. Subclasses implement ``handle``.

    An override of ``can_handle`` may only narrow this (skill.conversation.dispatch relies on
    it), unless the class sets ``any_intent``: then it is asked about every intent.
    """

    intents: ClassVar[tuple[str, ...]] = ()
    any_intent: ClassVar[bool] = False

    def can_handle(self, handler_input: HandlerInput) -> bool:
        # The SDK asks every handler in turn, so this runs ~40 times a request: read the
        # request directly (same test as get_request_type/get_intent_name, fewer calls).
        request = handler_input.request_envelope.request
        return isinstance(request, IntentRequest) and request.intent.name in self.intents


class RequestTypeHandler(AbstractRequestHandler):
    """Handles the request types named in ``request_types`` (overrides only narrow this)."""

    request_types: ClassVar[tuple[str, ...]] = ()

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return get_request_type(handler_input) in self.request_types
