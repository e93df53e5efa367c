"""Building responses: every reply is decided here, before it is built.

A handler says what to answer; ``respond`` decides how, from what it knows of the request,
and builds the response once. Nothing rewrites a response after it is built.

* The locale fills the placeholders (``content.fill_locale``, the one templating path).
* Night mode speaks softer, unless the reply is ``urgent``: getting help must be heard.
* On a device with a screen, the handler's ``screen`` is shown, else the card.
* What was said is kept in the session, so "repeat" can say it again.
"""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.interfaces.alexa.presentation.apl import RenderDocumentDirective
from ask_sdk_model.ui import SimpleCard

from .. import content
from . import apl, night, state
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
    urgent: bool = False,
    screen: RenderDocumentDirective | None = None,
) -> Response:
    """Speak ``speech`` (bare SSML), with an optional reprompt and a card.

    A card is sent whenever ``card_title`` is given; its body defaults to the speech.
    With a reprompt the session stays open unless ``end_session`` says otherwise.
    ``urgent`` (a red flag) keeps full volume at night. ``screen`` is shown on a device with
    a screen instead of the card.
    """
    if end_session is None:
        end_session = not reprompt
    spoken = localize(handler_input, speech).strip()
    asked = localize(handler_input, reprompt).strip() if reprompt else ""
    if not end_session:
        _remember(handler_input, spoken, asked)
    if night.answered_at_night(handler_input) and not urgent:
        spoken, asked = night.soften_fragment(spoken), night.soften_fragment(asked)

    builder = handler_input.response_builder
    builder.speak(spoken)
    if asked:
        builder.ask(asked)
    builder.set_should_end_session(end_session)
    if card_title:
        body = card_body if card_body is not None else card_text(handler_input, speech)
        builder.set_card(SimpleCard(title=card_title, content=body))
        if screen is None:
            screen = apl.card_screen(handler_input, card_title, body)
    if screen is not None:
        builder.add_directive(screen)
    return builder.response


def _remember(handler_input: HandlerInput, speech: str, reprompt: str) -> None:
    """Keep what was said for "repeat": as written, before night softening, so a repeat is
    softened again only if it is still night."""
    if handler_input.request_envelope.session is None or not speech:
        return
    attrs = state.session(handler_input)
    attrs[state.LAST_SPEECH] = speech
    attrs[state.LAST_REPROMPT] = reprompt
