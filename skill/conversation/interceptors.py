"""Request and response interceptors shared by every handler."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractResponseInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from . import state


def _bare(ssml: str | None) -> str:
    if not ssml:
        return ""
    return ssml.removeprefix("<speak>").removesuffix("</speak>")


class RememberLastSpeech(AbstractResponseInterceptor):
    """Keep what was just said so "repeat" can say it again."""

    def process(self, handler_input: HandlerInput, response: Response) -> None:
        if response is None or response.should_end_session:
            return
        speech = _bare(getattr(response.output_speech, "ssml", None))
        if not speech:
            return
        attrs = state.session(handler_input)
        attrs[state.LAST_SPEECH] = speech
        reprompt = getattr(getattr(response, "reprompt", None), "output_speech", None)
        attrs[state.LAST_REPROMPT] = _bare(getattr(reprompt, "ssml", None))
