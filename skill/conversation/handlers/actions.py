"""What "yes" to an offer does."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from ... import content
from ..respond import respond
from ..state import Offer
from . import guide
from .questions import speak_answer


def run_offer(handler_input: HandlerInput, offer: Offer) -> Response:
    if offer.action == "stretch":
        return guide.start_stretch(handler_input, offer.target)
    answer = content.answer_by_id(offer.target)
    if answer is not None:
        return speak_answer(handler_input, answer)
    prompts = content.PROMPTS
    return respond(handler_input, prompts.help, reprompt=prompts.help_reprompt)
