"""Screens: APL documents for devices that have one (Echo Show and the like).

The documents are plain JSON (dicts) with no text of their own: every word they show comes
from the content, through the datasources. Devices without ``Alexa.Presentation.APL`` in
their supportedInterfaces, or whose runtime's maxVersion is older than the documents need,
never get a RenderDocument; the others get the document stamped with the version their
runtime reports (capped at ours). Layout follows alexa-viewport-profiles' profiles (round
small hubs and TVs get their own sizes) and uses alexa-layouts' buttons.
"""

from __future__ import annotations

from typing import Any

from ask_sdk_core.dispatch_components import AbstractResponseInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_request_type, get_supported_interfaces
from ask_sdk_model import Response
from ask_sdk_model.interfaces.alexa.presentation.apl import RenderDocumentDirective
from ask_sdk_model.ui import SimpleCard, StandardCard

from .. import content
from ..content import guide as guide_content
from .guidance import Position

# The newest APL version the documents are written for; a device gets the lower of this and
# its own runtime's maxVersion. Below MIN_APL_VERSION (what the imported packages need) a
# device gets no document: its card and speech carry everything.
APL_VERSION = "2023.3"
MIN_APL_VERSION = "1.5"
# Alexa's responsive packages: viewport profiles for the conditions, layouts for the parts.
IMPORTS: tuple[dict[str, str], ...] = (
    {"name": "alexa-viewport-profiles", "version": "1.1.0"},
    {"name": "alexa-layouts", "version": "1.2.0"},
)
STEP_TOKEN = "guide-step"
CARD_TOKEN = "card"
# Only responses to these requests may carry a RenderDocument (not AudioPlayer events).
_SCREEN_REQUESTS = ("LaunchRequest", "IntentRequest", "Alexa.Presentation.APL.UserEvent")

_TEXT_COLOR = "#FAFAFA"
_DIM_COLOR = "#B0BEC5"

# The viewports the documents are laid out for, declared in skill.json (supportedViewports):
# the round small hub, landscape hubs from small to large, and TVs.
SUPPORTED_VIEWPORTS: tuple[dict[str, Any], ...] = (
    {"mode": "HUB", "shape": "ROUND", "minWidth": 100, "maxWidth": 599,
     "minHeight": 100, "maxHeight": 599},
    {"mode": "HUB", "shape": "RECTANGLE", "minWidth": 960, "maxWidth": 1279,
     "minHeight": 100, "maxHeight": 599},
    {"mode": "HUB", "shape": "RECTANGLE", "minWidth": 960, "maxWidth": 1279,
     "minHeight": 600, "maxHeight": 959},
    {"mode": "HUB", "shape": "RECTANGLE", "minWidth": 1280, "maxWidth": 1920,
     "minHeight": 600, "maxHeight": 1279},
    {"mode": "TV", "shape": "RECTANGLE", "minWidth": 960, "maxWidth": 960,
     "minHeight": 540, "maxHeight": 540},
)

# Sizes per viewport profile (alexa-viewport-profiles): the default suits landscape hubs; a
# round small hub needs smaller type and wide side margins (its corners are cut off); a TV is
# read from across the room.
_RESOURCES: list[dict[str, Any]] = [
    {"dimensions": {"titleSize": "32dp", "stepSize": "56dp", "textSize": "36dp",
                    "smallSize": "28dp", "sidePadding": "48dp", "topPadding": "32dp"}},
    {"when": "${@viewportProfile == @hubRoundSmall}",
     "dimensions": {"titleSize": "24dp", "stepSize": "32dp", "textSize": "24dp",
                    "smallSize": "20dp", "sidePadding": "64dp", "topPadding": "48dp"}},
    {"when": "${@viewportProfile == @tvLandscapeXLarge}",
     "dimensions": {"titleSize": "28dp", "stepSize": "44dp", "textSize": "30dp",
                    "smallSize": "24dp", "sidePadding": "96dp", "topPadding": "48dp"}},
]
_NOT_ROUND = "${@viewportProfile != @hubRoundSmall}"


def _version_key(version: str) -> tuple[int, ...]:
    """APL versions compare part by part: 1.5 < 1.9 < 2022.1 < 2023.3."""
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return ()


def apl_max_version(handler_input: HandlerInput) -> str | None:
    """The device runtime's maxVersion; None without APL (or without a readable version)."""
    try:
        interfaces = get_supported_interfaces(handler_input)
    except (AttributeError, TypeError):
        return None
    apl = getattr(interfaces, "alexa_presentation_apl", None)
    runtime = getattr(apl, "runtime", None)
    version = getattr(runtime, "max_version", None)
    return version if isinstance(version, str) and _version_key(version) else None


def document_version(max_version: str | None) -> str | None:
    """The version to send a device with this maxVersion, or None: too old for our documents."""
    if max_version is None or _version_key(max_version) < _version_key(MIN_APL_VERSION):
        return None
    return min(max_version, APL_VERSION, key=_version_key)


def for_device(document: dict[str, Any], handler_input: HandlerInput) -> dict[str, Any] | None:
    """The document stamped with the version this device renders, or None."""
    version = document_version(apl_max_version(handler_input))
    return {**document, "version": version} if version else None


def _text(binding: str, size: str, **extra: Any) -> dict[str, Any]:
    return {"type": "Text", "text": f"${{payload.{binding}}}", "fontSize": size,
            "color": _TEXT_COLOR, **extra}


def _button(label_binding: str, command: str) -> dict[str, Any]:
    """alexa-layouts' AlexaButton; a press comes back as a UserEvent: ["guide", command]."""
    return {
        "type": "AlexaButton",
        "id": f"{command}Button",
        "spacing": "@spacingSmall",
        "buttonText": f"${{payload.{label_binding}}}",
        "primaryAction": {
            "type": "SendEvent",
            "arguments": [guide_content.SCREEN_EVENT_SOURCE, command],
        },
    }


def _page(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "type": "APL",
        "version": APL_VERSION,
        "theme": "dark",
        "import": [dict(package) for package in IMPORTS],
        "resources": _RESOURCES,
        "mainTemplate": {
            "parameters": ["payload"],
            "items": [{
                "type": "Container",
                "width": "100vw",
                "height": "100vh",
                "alignItems": "center",
                "paddingLeft": "@sidePadding",
                "paddingRight": "@sidePadding",
                "paddingTop": "@topPadding",
                "paddingBottom": "@topPadding",
                "items": items,
            }],
        },
    }


# A guided stretch: the current step in large text, the hold and progress, Next and Repeat.
STEP_DOCUMENT: dict[str, Any] = _page([
    _text("guide.title", "@titleSize", color=_DIM_COLOR),
    _text("guide.side", "@smallSize", color=_DIM_COLOR),
    _text("guide.step", "@stepSize", fontWeight="bold", grow=1, textAlignVertical="center",
          textAlign="center"),
    _text("guide.hold", "@textSize"),
    # A round small hub has no room for the progress line.
    _text("guide.progress", "@smallSize", color=_DIM_COLOR, paddingBottom="24dp",
          when=_NOT_ROUND),
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
    _text("card.title", "@textSize", fontWeight="bold", paddingBottom="24dp"),
    {
        "type": "ScrollView",
        "grow": 1,
        "width": "100%",
        "item": _text("card.body", "@textSize"),
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
    document = for_device(STEP_DOCUMENT, handler_input)
    if document:
        handler_input.response_builder.add_directive(RenderDocumentDirective(
            token=STEP_TOKEN, document=document, datasources=step_datasources(position, night)))


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
        document = for_device(CARD_DOCUMENT, handler_input)
        if not document:
            return
        title = getattr(card, "title", None) or content.PROMPTS.card_title
        body = getattr(card, "content", None) or getattr(card, "text", None) or ""
        directive = RenderDocumentDirective(
            token=CARD_TOKEN, document=document, datasources=card_datasources(title, body))
        response.directives = [*(response.directives or []), directive]
