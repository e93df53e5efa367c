"""Conversation state: small session attributes, and the per-user flags kept across sessions."""

from __future__ import annotations

import logging
from typing import Any

from ask_sdk_core.handler_input import HandlerInput

OFFER = "offer"  # what "yes" does next: "stretch:calf", "answer:when_to_see_doctor"
LAST_SPEECH = "last_speech"
LAST_REPROMPT = "last_reprompt"
DISCLAIMER_GIVEN = "disclaimer_given"


def session(handler_input: HandlerInput) -> dict[str, Any]:
    return handler_input.attributes_manager.session_attributes


def set_offer(handler_input: HandlerInput, action: str) -> None:
    if action:
        session(handler_input)[OFFER] = action
    else:
        session(handler_input).pop(OFFER, None)


def take_offer(handler_input: HandlerInput) -> str:
    """The pending offer, removed: an offer is answered once. Session attributes come back
    from the client, so anything but text is no offer."""
    offer = session(handler_input).pop(OFFER, "")
    return offer if isinstance(offer, str) else ""


def has_persistence(handler_input: HandlerInput) -> bool:
    return handler_input.attributes_manager._persistence_adapter is not None


def persistent(handler_input: HandlerInput) -> dict[str, Any]:
    """The user's stored attributes, or an empty dict when no store is configured."""
    if not has_persistence(handler_input):
        return {}
    return handler_input.attributes_manager.persistent_attributes


def save_persistent(handler_input: HandlerInput) -> None:
    if has_persistence(handler_input):
        handler_input.attributes_manager.save_persistent_attributes()


def first_use(handler_input: HandlerInput) -> bool:
    """True once per user (per session without a store): the time to give the disclaimer."""
    attrs = session(handler_input)
    if attrs.get(DISCLAIMER_GIVEN):
        return False
    attrs[DISCLAIMER_GIVEN] = True
    if not has_persistence(handler_input):
        return True
    try:
        stored = persistent(handler_input)
        if stored.get(DISCLAIMER_GIVEN):
            return False
        stored[DISCLAIMER_GIVEN] = True
        save_persistent(handler_input)
    except Exception as error:  # a store outage must never cost the disclaimer or the answer
        logging.getLogger(__name__).warning(
            "could not read or save the disclaimer flag: %s", type(error).__name__)
    return True
