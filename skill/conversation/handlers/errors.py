"""The catch-all exception handler: apologise aloud and log. Never silent."""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractExceptionHandler
from ask_sdk_core.exceptions import PersistenceException
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_runtime.exceptions import DispatchException

from ... import content
from ...hosting.request_log import log_bug, safe_name
from ..respond import respond

log = logging.getLogger(__name__)

# A request type no handler takes (a new Alexa event, say), and a store outage outside the
# handlers that already apologise for one.
EXPECTED_FAILURES = (DispatchException, PersistenceException)


class CatchAllExceptionHandler(AbstractExceptionHandler):
    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        request = handler_input.request_envelope.request
        request_type = safe_name(getattr(request, "object_type", None))
        if isinstance(exception, EXPECTED_FAILURES):  # no traceback: these are not bugs
            log.warning("no answer for %s: %s", request_type, type(exception).__name__)
        else:
            log_bug(log, f"handler failed for {request_type}", exception)
        if getattr(request, "object_type", "").startswith(("AudioPlayer.", "PlaybackController.")):
            # These requests may not carry speech; an empty response is the valid answer.
            return handler_input.response_builder.response
        prompts = content.PROMPTS
        return respond(handler_input, prompts.error, reprompt=prompts.error_reprompt)
