"""What "yes" to an offer does. Offers are stored as "kind:id" in the session."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from ... import content
from ..respond import respond
from . import guide
from .questions import speak_answer


def run_offer(handler_input: HandlerInput, offer: str) -> Response:
    kind, _, target = offer.partition(":")
    if kind == "stretch" and content.stretch_by_id(target):
        return guide.start_stretch(handler_input, target)
    if kind == "answer" and (answer := content.answer_by_id(target)):
        return speak_answer(handler_input, answer)
    prompts = content.PROMPTS
    return respond(handler_input, prompts.help, reprompt=prompts.help_reprompt)
