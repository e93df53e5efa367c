"""Name-free requests: Alexa asks whether we can answer an intent before choosing a skill.

"Alexa, how do I stop a calf cramp" can reach us without the invocation name when we
answer CanFulfillIntentRequest honestly: YES for what we serve, and per slot whether
we understood the value and can act on it. Nothing is said and no state changes.
"""

from __future__ import annotations

from functools import cache

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.canfulfill import (
    CanFulfillIntent,
    CanFulfillIntentValues,
    CanFulfillSlot,
    CanFulfillSlotValues,
    CanUnderstandSlotValues,
)

from ... import content
from ...content import diary, guide, routines
from ..slots import resolved_id, slot_value
from .base import RequestTypeHandler

# What we answer name-free: help in pain, red flags, questions, stretches, the diary.
# Not: built-ins and answers to our own questions (they only make sense in a session),
# nor deleting the diary (never done on a guess about which skill was meant).
_SERVED = frozenset({
    content.RELIEF_INTENT, content.RED_FLAG_INTENT, content.QUESTION_INTENT,
    content.DURATION_INTENT, guide.STRETCH_INTENT, routines.ROUTINE_INTENT,
    diary.LOG_INTENT, diary.COUNT_INTENT, diary.LAST_INTENT, diary.TRIGGERS_INTENT,
} | {answer.intent for answer in content.ANSWERS})

# Slots whose unknown values we still act on: any body part gets the general relief.
_FULFILLED_WHEN_UNKNOWN = frozenset({"bodyPart", "trigger", "person"})


@cache
def _slot_types(intent: str) -> dict[str, str]:
    for spec in content.all_intents():
        if spec.name == intent:
            return {slot.name: slot.type for slot in spec.slots}
    return {}


def _slot_answer(handler_input: HandlerInput, intent: str, name: str) -> CanFulfillSlot:
    slot_type = _slot_types(intent).get(name, "")
    known = slot_type.startswith("AMAZON.") or resolved_id(handler_input, name, slot_type)
    if known:
        return CanFulfillSlot(CanUnderstandSlotValues.YES, CanFulfillSlotValues.YES)
    if name in _FULFILLED_WHEN_UNKNOWN:
        return CanFulfillSlot(CanUnderstandSlotValues.MAYBE, CanFulfillSlotValues.YES)
    return CanFulfillSlot(CanUnderstandSlotValues.NO, CanFulfillSlotValues.NO)


class CanFulfillIntentHandler(RequestTypeHandler):
    request_types = ("CanFulfillIntentRequest",)

    def handle(self, handler_input: HandlerInput) -> Response:
        intent = getattr(handler_input.request_envelope.request, "intent", None)
        name = getattr(intent, "name", None)
        if not isinstance(name, str) or name not in _SERVED:
            answer = CanFulfillIntent(CanFulfillIntentValues.NO)
        else:
            slots = {
                slot: _slot_answer(handler_input, name, slot)
                for slot in (getattr(intent, "slots", None) or {})
                if slot_value(handler_input, slot)
            }
            fulfilled = all(s.can_fulfill == CanFulfillSlotValues.YES for s in slots.values())
            understood = all(s.can_understand == CanUnderstandSlotValues.YES
                             for s in slots.values())
            verdict = (CanFulfillIntentValues.YES if fulfilled and understood
                       else CanFulfillIntentValues.MAYBE if fulfilled
                       else CanFulfillIntentValues.NO)
            answer = CanFulfillIntent(verdict, slots)
        handler_input.response_builder.set_can_fulfill_intent(answer)
        return handler_input.response_builder.response


HANDLERS = [CanFulfillIntentHandler()]
