"""Answers to "How is it now?": still cramping, gone, or the other leg.

Mid-stretch, the guide answers these (``guide.py``); here they are answered after relief or
out of the blue.
"""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from ...content import guide as guide_content
from ...content import utterances
from ...content.followups import FOLLOW_UPS as F
from .. import state
from ..respond import respond
from .base import IntentHandler

LAST_RELIEF_STRETCH = "relief_stretch"  # session attribute: the stretch the last relief offered


class StillCrampingHandler(IntentHandler):
    intents = (utterances.STILL_CRAMPING_INTENT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        offered = state.session(handler_input).get(LAST_RELIEF_STRETCH)
        stretch = offered if isinstance(offered, str) else ""
        state.ask(handler_input, state.Offer("stretch", stretch) if stretch else None)
        reprompt = F.still_cramping_reprompt if stretch else F.gone_reprompt
        return respond(handler_input, F.still_cramping, reprompt=reprompt)


class CrampGoneHandler(IntentHandler):
    intents = (utterances.CRAMP_GONE_INTENT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        state.ask(handler_input, None)
        return respond(handler_input, F.gone, reprompt=F.gone_reprompt)


class OtherSideHandler(IntentHandler):
    """"The other leg" with no stretch running: ask which stretch."""

    intents = (guide_content.OTHER_SIDE_INTENT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        return respond(handler_input, F.other_side_outside, reprompt=F.other_side_reprompt)


HANDLERS = [StillCrampingHandler(), CrampGoneHandler(), OtherSideHandler()]
