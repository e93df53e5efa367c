"""Reading the intent and its slots: the resolved content id when Alexa matched one, else our
own synonym match."""

from __future__ import annotations

from functools import cache

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Intent, IntentRequest
from ask_sdk_model.slu.entityresolution import StatusCode

from .. import content
from ..language.model import expanded_slot_types


def requested_intent(handler_input: HandlerInput) -> Intent:
    """The intent of an IntentRequest: what a handler declared for intents is given."""
    request = handler_input.request_envelope.request
    if not isinstance(request, IntentRequest) or request.intent is None:
        raise ValueError("not an intent request")
    return request.intent


def intent_name(handler_input: HandlerInput) -> str:
    """The request's intent name; "" for any other request."""
    request = handler_input.request_envelope.request
    intent = request.intent if isinstance(request, IntentRequest) else None
    return (intent.name if intent is not None else None) or ""


def slot_value(handler_input: HandlerInput, name: str) -> str | None:
    """What the user said for a slot, or None."""
    intent = getattr(handler_input.request_envelope.request, "intent", None)
    slot = (intent.slots or {}).get(name) if intent else None
    value = getattr(slot, "value", None)
    return value.strip() if isinstance(value, str) and value.strip() else None


@cache
def _known_ids(slot_type: str) -> frozenset[str]:
    return frozenset(v.id for st in content.all_slot_types() if st.name == slot_type
                     for v in st.values)


@cache
def _synonym_index(slot_type: str, locale: str) -> dict[str, str]:
    """What the locale's model hears for each value: synonyms are templates in the content,
    so the index is built from the expanded slot types ("calf's", "stitch in me side")."""
    index: dict[str, str] = {}
    for st in expanded_slot_types(locale, lenient=True):
        if st.name == slot_type:
            for v in st.values:
                for said in (v.id, v.value, *v.synonyms):
                    index.setdefault(said.lower(), v.id)
    return index


def said_slots(handler_input: HandlerInput) -> dict[str, str | None]:
    """Every slot of the intent as said, an empty value kept as "": a catch-all whose carrier
    was the whole utterance ("calf", "yeah") passes its slot on empty."""
    intent = getattr(handler_input.request_envelope.request, "intent", None)
    return {name: slot.value if isinstance(getattr(slot, "value", None), str) else None
            for name, slot in ((intent.slots or {}) if intent else {}).items()}


def resolved_id(handler_input: HandlerInput, name: str, slot_type: str) -> str | None:
    """The content id behind a slot: Alexa's entity resolution first, then our synonyms.
    Only ids our content knows count: a resolution to anything else (a stale model, a
    malformed request) is treated as no resolution."""
    intent = getattr(handler_input.request_envelope.request, "intent", None)
    slot = (intent.slots or {}).get(name) if intent else None
    if slot is None:
        return None
    resolutions = getattr(slot, "resolutions", None)
    for authority in getattr(resolutions, "resolutions_per_authority", None) or []:
        status = getattr(getattr(authority, "status", None), "code", None)
        if status != StatusCode.ER_SUCCESS_MATCH:
            continue
        for match in authority.values or []:
            found = getattr(getattr(match, "value", None), "id", None)
            if found in _known_ids(slot_type):
                return found
    said = slot_value(handler_input, name)
    if not said:
        return None
    locale = getattr(handler_input.request_envelope.request, "locale", None)
    return _synonym_index(slot_type, content.locale_for(locale).code).get(said.lower())
