"""Building responses: locale formatting, cards, reprompts. Handlers call ``respond``."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.ui import SimpleCard

from .. import content
from .ssml import join


def request_locale(handler_input: HandlerInput) -> str:
    return getattr(handler_input.request_envelope.request, "locale", None) or content.DEFAULT_LOCALE


def localize(handler_input: HandlerInput, fragment: str) -> str:
    """Fill the locale's emergency number (spoken digit by digit) and words into a text."""
    return content.fill_locale(fragment, request_locale(handler_input), spoken=True)


def card_text(handler_input: HandlerInput, *fragments: str) -> str:
    """Plain card text for the Alexa app, with the emergency number as digits."""
    return content.plain_text(
        content.fill_locale(join(*fragments), request_locale(handler_input), spoken=False)
    )


def respond(
    handler_input: HandlerInput,
    speech: str,
    *,
    reprompt: str | None = None,
    card_title: str | None = None,
    card_body: str | None = None,
    end_session: bool | None = None,
) -> Response:
    """Speak ``speech`` (bare SSML), with an optional reprompt and a card.

    A card is sent whenever ``card_title`` is given; its body defaults to the speech.
    With a reprompt the session stays open unless ``end_session`` says otherwise.
    """
    builder = handler_input.response_builder
    builder.speak(localize(handler_input, speech))
    if reprompt:
        builder.ask(localize(handler_input, reprompt))
    if card_title:
        body = card_body if card_body is not None else card_text(handler_input, speech)
        builder.set_card(SimpleCard(title=card_title, content=body))
    if end_session is not None:
        builder.set_should_end_session(end_session)
    elif not reprompt:
        builder.set_should_end_session(True)
    return builder.response
