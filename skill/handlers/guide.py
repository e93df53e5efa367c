"""Guided stretches in conversation (the guided-stretch feature fills this in)."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from .. import content
from ..respond import respond
from ..ssml import join, pause


def start_stretch(handler_input: HandlerInput, stretch_id: str) -> Response:
    """Walk through a stretch from the content, with its holds."""
    stretch = content.stretch_by_id(stretch_id)
    assert stretch is not None
    steps = [join(step.instruction, pause(step.hold_seconds)) for step in stretch.steps]
    prompts = content.PROMPTS
    return respond(
        handler_input,
        join(*steps, prompts.anything_else),
        reprompt=prompts.anything_else,
        card_title=stretch.name.capitalize(),
        card_body="\n".join(content.plain_text(s.instruction) for s in stretch.steps),
    )


HANDLERS: list = []
