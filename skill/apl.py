"""Screens: APL documents for devices that have one (Echo Show and the like).

The documents are plain JSON (dicts) with no text of their own: every word they show comes
from the content, through the datasources. Devices without ``Alexa.Presentation.APL`` in
their supportedInterfaces never get a RenderDocument.
"""

from __future__ import annotations

from typing import Any

from ask_sdk_core.dispatch_components import AbstractResponseInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_request_type, get_supported_interfaces
from ask_sdk_model import Response
from ask_sdk_model.interfaces.alexa.presentation.apl import RenderDocumentDirective
from ask_sdk_model.ui import SimpleCard, StandardCard

from . import content
from .content import guide as guide_content
from .guidance import Position

APL_VERSION = "2023.3"
STEP_TOKEN = "guide-step"
CARD_TOKEN = "card"
# Only responses to these requests may carry a RenderDocument (not AudioPlayer events).
_SCREEN_REQUESTS = ("LaunchRequest", "IntentRequest", "Alexa.Presentation.APL.UserEvent")

_TEXT_COLOR = "#FAFAFA"
_DIM_COLOR = "#B0BEC5"
_BUTTON_COLOR = "#37474F"


def supports_apl(handler_input: HandlerInput) -> bool:
    try:
        interfaces = get_supported_interfaces(handler_input)
    except (AttributeError, TypeError):
        return False
    return getattr(interfaces, "alexa_presentation_apl", None) is not None


def _text(binding: str, size: str, **extra: Any) -> dict[str, Any]:
    return {"type": "Text", "text": f"${{payload.{binding}}}", "fontSize": size,
            "color": _TEXT_COLOR, **extra}


def _button(label_binding: str, command: str) -> dict[str, Any]:
    """A touch target that comes back as a UserEvent: ["guide", command]."""
    return {
        "type": "TouchWrapper",
        "id": f"{command}Button",
        "spacing": "24dp",
        "onPress": {
            "type": "SendEvent",
            "arguments": [guide_content.SCREEN_EVENT_SOURCE, command],
        },
        "item": {
            "type": "Frame",
            "backgroundColor": _BUTTON_COLOR,
            "borderRadius": "16dp",
            "item": _text(label_binding, "36dp", paddingLeft="40dp", paddingRight="40dp",
                          paddingTop="20dp", paddingBottom="20dp"),
        },
    }


def _page(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "type": "APL",
        "version": APL_VERSION,
        "theme": "dark",
        "mainTemplate": {
            "parameters": ["payload"],
            "items": [{
                "type": "Container",
                "width": "100vw",
                "height": "100vh",
                "paddingLeft": "48dp",
                "paddingRight": "48dp",
                "paddingTop": "32dp",
                "paddingBottom": "32dp",
                "items": items,
            }],
        },
    }


# A guided stretch: the current step in large text, the hold and progress, Next and Repeat.
STEP_DOCUMENT: dict[str, Any] = _page([
    _text("guide.title", "32dp", color=_DIM_COLOR),
    _text("guide.side", "28dp", color=_DIM_COLOR),
    _text("guide.step", "56dp", fontWeight="bold", grow=1, textAlignVertical="center"),
    _text("guide.hold", "36dp"),
    _text("guide.progress", "28dp", color=_DIM_COLOR, paddingBottom="24dp"),
    {
        "type": "Container",
        "direction": "row",
        "items": [
            _button("guide.nextLabel", guide_content.SCREEN_NEXT),
            _button("guide.repeatLabel", guide_content.SCREEN_REPEAT),
        ],
    },
])

# Any other response with a card: the card's title and text.
CARD_DOCUMENT: dict[str, Any] = _page([
    _text("card.title", "40dp", fontWeight="bold", paddingBottom="24dp"),
    {
        "type": "ScrollView",
        "grow": 1,
        "item": _text("card.body", "36dp"),
    },
])


def step_datasources(position: Position, night: bool) -> dict[str, Any]:
    texts = guide_content.texts(night)
    stretch = position.stretch
    step = stretch.steps[position.step]
    return {
        "guide": {
            "title": stretch.name.capitalize(),
            "side": position.side_name.capitalize(),
            "step": content.plain_text(step.instruction),
            "hold": texts.screen_hold.format(seconds=step.hold_seconds)
            if step.hold_seconds else "",
            "progress": texts.screen_progress.format(
                step=position.step + 1, total=len(stretch.steps)),
            "nextLabel": texts.screen_next,
            "repeatLabel": texts.screen_repeat,
        }
    }


def card_datasources(title: str, body: str) -> dict[str, Any]:
    return {"card": {"title": title, "body": body}}


def add_step_screen(handler_input: HandlerInput, position: Position, night: bool) -> None:
    """Show the current step, on devices with a screen."""
    if supports_apl(handler_input):
        handler_input.response_builder.add_directive(RenderDocumentDirective(
            token=STEP_TOKEN, document=STEP_DOCUMENT,
            datasources=step_datasources(position, night)))


def _has_render_document(response: Response) -> bool:
    return any(isinstance(d, RenderDocumentDirective) for d in response.directives or [])


class CardOnScreenInterceptor(AbstractResponseInterceptor):
    """On a screen, a response's card text is shown too (answers, relief, red flags)."""

    def process(self, handler_input: HandlerInput, response: Response) -> None:
        card = getattr(response, "card", None) if response is not None else None
        # Only cards with text to show (not account-linking or permission cards).
        if not isinstance(card, SimpleCard | StandardCard) or _has_render_document(response):
            return
        if get_request_type(handler_input) not in _SCREEN_REQUESTS:
            return
        if not supports_apl(handler_input):
            return
        title = getattr(card, "title", None) or content.PROMPTS.card_title
        body = getattr(card, "content", None) or getattr(card, "text", None) or ""
        directive = RenderDocumentDirective(
            token=CARD_TOKEN, document=CARD_DOCUMENT, datasources=card_datasources(title, body))
        response.directives = [*(response.directives or []), directive]
