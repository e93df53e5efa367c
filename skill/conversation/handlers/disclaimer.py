"""The first-use disclaimer, added after whatever the person needed first."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput

from ... import content
from .. import night, state
from ..ssml import join


def with_first_use_disclaimer(handler_input: HandlerInput, speech: str, question: str = "") -> str:
    """Speech, then the short disclaimer the first time this user hears the skill, then the
    closing question, so the response still ends on what the person should answer.
    At night it comes at most with the session's first night-time request."""
    if night.disclaimer_allowed(handler_input) and state.first_use(handler_input):
        return join(speech, content.PROMPTS.disclaimer, question)
    return join(speech, question)
