"""Answers to "How is it now?": still cramping, gone, or the other leg.

Mid-stretch, the guide answers these (``guide.py``); here they are answered after relief or
out of the blue.
"""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from ... import content
from .. import state
from ..respond import respond
from .base import IntentHandler

TEXTS = content.FOLLOW_UP_TEXTS
LAST_RELIEF_STRETCH = "relief_stretch"  # session attribute: the stretch the last relief offered


class StillCrampingHandler(IntentHandler):
    intents = (content.STILL_CRAMPING_INTENT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        offered = state.session(handler_input).get(LAST_RELIEF_STRETCH)
        stretch = offered if isinstance(offered, str) else ""
        state.ask(handler_input, state.Offer("stretch", stretch) if stretch else None)
        reprompt = TEXTS.still_cramping_reprompt if stretch else TEXTS.gone_reprompt
        return respond(handler_input, TEXTS.still_cramping, reprompt=reprompt)


class CrampGoneHandler(IntentHandler):
    intents = (content.CRAMP_GONE_INTENT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        state.ask(handler_input, None)
        return respond(handler_input, TEXTS.gone, reprompt=TEXTS.gone_reprompt)


class OtherSideHandler(IntentHandler):
    """"The other leg" with no stretch running: ask which stretch."""

    intents = (content.OTHER_SIDE_INTENT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        return respond(handler_input, TEXTS.other_side_outside, reprompt=TEXTS.other_side_reprompt)


HANDLERS = [StillCrampingHandler(), CrampGoneHandler(), OtherSideHandler()]
