"""The catch-all exception handler: apologise aloud and log. Never silent."""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractExceptionHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from .. import content
from ..respond import respond

log = logging.getLogger(__name__)


class CatchAllExceptionHandler(AbstractExceptionHandler):
    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        request = handler_input.request_envelope.request
        log.error(
            "handler failed for %s: %s", getattr(request, "object_type", "?"),
            type(exception).__name__, exc_info=exception,
        )
        if getattr(request, "object_type", "").startswith(("AudioPlayer.", "PlaybackController.")):
            # These requests may not carry speech; an empty response is the valid answer.
            return handler_input.response_builder.response
        prompts = content.PROMPTS
        return respond(handler_input, prompts.error, reprompt=prompts.error_reprompt)
