"""Launch, yes and no, help, repeat, stop, fallback and session end."""

from __future__ import annotations

import logging

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from ... import content
from .. import state
from ..respond import respond
from ..ssml import join
from .actions import run_offer
from .base import IntentHandler, RequestTypeHandler
from .disclaimer import with_first_use_disclaimer
from .guide import nothing_to_navigate

log = logging.getLogger(__name__)
P = content.PROMPTS


class LaunchHandler(RequestTypeHandler):
    request_types = ("LaunchRequest",)

    def handle(self, handler_input: HandlerInput) -> Response:
        speech = with_first_use_disclaimer(handler_input, P.launch_greeting, P.launch_question)
        return respond(handler_input, speech, reprompt=P.launch_reprompt)


class YesToOfferHandler(IntentHandler):
    """Yes to what we offered: it is done."""

    intents = ("AMAZON.YesIntent",)
    pending = (state.Offer,)

    def handle(self, handler_input: HandlerInput) -> Response:
        offer = state.take_offer(handler_input)
        assert offer is not None  # routed here for an offer
        return run_offer(handler_input, offer)


class YesHandler(IntentHandler):
    """Yes with nothing asked: what we can do."""

    intents = ("AMAZON.YesIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        return respond(handler_input, P.help, reprompt=P.help_reprompt)


class NoHandler(IntentHandler):
    """No: to an offer, to "say next" between a routine's parts, or to nothing."""

    intents = ("AMAZON.NoIntent",)
    pending = (state.Offer, state.RoutinePart, state.Anything)

    def handle(self, handler_input: HandlerInput) -> Response:
        state.ask(handler_input, None)
        return respond(handler_input, join(P.no_thanks, P.anything_else), reprompt=P.anything_else)


class HelpHandler(IntentHandler):
    intents = ("AMAZON.HelpIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        return respond(handler_input, P.help, reprompt=P.help_reprompt, card_title=P.card_title)


class StopHandler(IntentHandler):
    intents = ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        return respond(handler_input, P.goodbye, end_session=True)


class RepeatHandler(IntentHandler):
    intents = ("AMAZON.RepeatIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        attrs = state.session(handler_input)
        # Session attributes come back from the client: only text counts as what was said.
        last = attrs.get(state.LAST_SPEECH)
        if not isinstance(last, str) or not last:
            return respond(handler_input, P.nothing_to_repeat, reprompt=P.launch_reprompt)
        reprompt = attrs.get(state.LAST_REPROMPT)
        if not isinstance(reprompt, str) or not reprompt:
            reprompt = P.anything_else
        return respond(handler_input, last, reprompt=reprompt)


class NavigationOutsideGuideHandler(IntentHandler):
    """Next, previous, pause and the like when no stretch or routine is running."""

    intents = (
        "AMAZON.NextIntent", "AMAZON.PreviousIntent", "AMAZON.StartOverIntent",
        "AMAZON.PauseIntent", "AMAZON.ResumeIntent",
    )

    def handle(self, handler_input: HandlerInput) -> Response:
        return nothing_to_navigate(handler_input)


class FallbackHandler(IntentHandler):
    intents = ("AMAZON.FallbackIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        return respond(handler_input, P.fallback, reprompt=P.fallback_reprompt)


class UnknownIntentHandler(RequestTypeHandler):
    """Any intent no handler names: a helpful spoken fallback, never an error."""

    request_types = ("IntentRequest",)

    def handle(self, handler_input: HandlerInput) -> Response:
        return respond(handler_input, P.fallback, reprompt=P.fallback_reprompt)


class SessionEndedHandler(RequestTypeHandler):
    request_types = ("SessionEndedRequest",)

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        reason = getattr(getattr(request, "reason", None), "value", None)
        if reason == "ERROR":
            error = getattr(request, "error", None)
            log.warning("session ended with an error: %s", getattr(error, "message", None))
        return handler_input.response_builder.response


HANDLERS = [
    LaunchHandler(), YesToOfferHandler(), YesHandler(), NoHandler(), HelpHandler(),
    StopHandler(), RepeatHandler(), NavigationOutsideGuideHandler(), FallbackHandler(),
    SessionEndedHandler(), UnknownIntentHandler(),
]
