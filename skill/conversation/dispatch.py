"""Finding the handler for a request without asking every handler in turn.

The SDK's mapper calls ``can_handle`` on each of ~45 handlers for every request. Ours declare
what they take (``IntentHandler.intents``, ``RequestTypeHandler.request_types``) and only ever
narrow that in an override, so the mapper can ask just the handlers that could say yes, in
the same order. The first to say yes wins, exactly as before.
"""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import IntentRequest
from ask_sdk_runtime.dispatch_components import GenericRequestHandlerChain, GenericRequestMapper

from .handlers.base import IntentHandler, RequestTypeHandler


def _could_take(handler: object, request_type: str, intent_name: str | None) -> bool:
    if isinstance(handler, IntentHandler):
        return request_type == "IntentRequest" and (
            handler.any_intent or intent_name in handler.intents)
    if isinstance(handler, RequestTypeHandler):
        return request_type in handler.request_types
    return True  # a handler that declares nothing is always asked


class DeclaredRequestMapper(GenericRequestMapper):
    """The SDK's request mapper, asking only the handlers whose declarations fit the request."""

    def __init__(self, request_handler_chains: list[GenericRequestHandlerChain]) -> None:
        super().__init__(request_handler_chains)
        self._candidates: dict[tuple[str, str | None], list[GenericRequestHandlerChain]] = {}

    def _candidates_for(self, request_type: str, intent_name: str | None):
        key = (request_type, intent_name)
        if key not in self._candidates:
            self._candidates[key] = [
                chain for chain in self.request_handler_chains
                if _could_take(chain.request_handler, request_type, intent_name)
            ]
        return self._candidates[key]

    def get_request_handler_chain(self, handler_input: HandlerInput):
        request = handler_input.request_envelope.request
        intent_name = request.intent.name if isinstance(request, IntentRequest) else None
        for chain in self._candidates_for(request.object_type, intent_name):
            if chain.request_handler.can_handle(handler_input=handler_input):
                return chain
        return None
