"""A question no answer's samples place: "why do my feet cramp on long flights"?

Its words are what the person said after the question word. A red flag in them still
wins (a question never escalates: "what if I can't breathe" is caught as a question by
the detector); otherwise our topic matcher picks the answer, or we say we don't know.
"""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from .. import content
from ..content import utterances
from ..language.words import route_words
from ..respond import request_locale, respond
from ..slots import slot_value
from .base import IntentHandler
from .guide import start_stretch
from .questions import speak_answer
from .safety import escalate


class QuestionWordsHandler(IntentHandler):
    intents = (utterances.QUESTION_WORDS_INTENT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        words = slot_value(handler_input, utterances.QUESTION_WORDS.name)
        route = route_words(words, request_locale(handler_input), question=True)
        if route.flag is not None:
            return escalate(handler_input, route.flag)
        if route.stretch is not None:
            return start_stretch(handler_input, route.stretch)
        if route.answer is not None:
            return speak_answer(handler_input, route.answer)
        prompts = content.PROMPTS
        return respond(handler_input, prompts.unknown_topic, reprompt=prompts.fallback_reprompt,
                       card_title=prompts.card_title)


HANDLERS = [QuestionWordsHandler()]
