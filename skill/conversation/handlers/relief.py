"""Immediate relief: the first action in the first sentence, then the offer of a stretch."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from ... import content
from .. import state
from ..respond import respond
from ..slots import resolved_id, slot_value
from ..ssml import join
from .base import IntentHandler
from .disclaimer import with_first_use_disclaimer
from .followups import LAST_RELIEF_STRETCH


def speak_relief(handler_input: HandlerInput, body_part: str | None, lead: str = "") -> Response:
    """What to do right now for a cramp in ``body_part`` (a content id, or None), the stretch
    offer last; "yes" then starts the stretch."""
    relief = content.relief_for(body_part)
    state.ask(handler_input, state.Offer("stretch", relief.stretch) if relief.stretch else None)
    state.session(handler_input)[LAST_RELIEF_STRETCH] = relief.stretch
    steps = join(*relief.steps)
    speech = with_first_use_disclaimer(handler_input, join(lead, steps), relief.offer)
    return respond(
        handler_input,
        speech,
        reprompt=relief.offer,
        card_title=f"{relief.name.capitalize()} cramp: what to do now",
        card_body="\n".join(content.plain_text(s) for s in relief.steps),
    )


class ReliefHandler(IntentHandler):
    intents = (content.RELIEF_INTENT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        body_part = resolved_id(handler_input, "bodyPart", "BODY_PART")
        said_something_unknown = body_part is None and slot_value(handler_input, "bodyPart")
        lead = content.PROMPTS.unknown_body_part if said_something_unknown else ""
        return speak_relief(handler_input, body_part, lead)


HANDLERS = [ReliefHandler()]
