"""Free words: what a catch-all sample took, routed by our own code (skill.language.words).

"Why do my feet cramp on long flights?", "play some music": the words after the question
word or the request word. A red flag in them always wins; then a stretch, an answer or
relief; words plainly not about cramps or health get what we do instead (no emergency
line: they were understood); anything else is a "didn't catch that", with the line.
"""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from .. import content
from ..content import routines, utterances
from ..content.scope import SCOPE
from ..language.words import WordsRoute, route_words
from ..respond import request_locale, respond
from ..slots import slot_value
from .audio_player import start_routine
from .base import IntentHandler
from .diary import answer_from_diary
from .guide import start_stretch
from .questions import speak_answer
from .relief import speak_relief
from .safety import escalate


def respond_to_words(handler_input: HandlerInput, route: WordsRoute) -> Response:
    """The one answer to routed free words."""
    if route.flag is not None:
        return escalate(handler_input, route.flag)
    if route.routine is not None:
        routine = routines.routine_by_id(route.routine)
        if routine is not None:
            return start_routine(handler_input, routine)
    if route.stretch is not None:
        return start_stretch(handler_input, route.stretch)
    if route.diary_question is not None:
        return answer_from_diary(handler_input, route.diary_question)
    if route.answer is not None:
        return speak_answer(handler_input, route.answer)
    if route.relief:
        return speak_relief(handler_input, route.body_part)
    if route.out_of_scope:
        return respond(handler_input, SCOPE.out_of_scope, reprompt=SCOPE.out_of_scope_reprompt)
    prompts = content.PROMPTS
    return respond(handler_input, prompts.unknown_topic, reprompt=prompts.fallback_reprompt,
                   card_title=prompts.card_title)


class QuestionWordsHandler(IntentHandler):
    intents = (utterances.QUESTION_WORDS_INTENT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        words = slot_value(handler_input, utterances.QUESTION_WORDS.name)
        return respond_to_words(
            handler_input, route_words(words, request_locale(handler_input), question=True))


class OutOfScopeHandler(IntentHandler):
    intents = (utterances.OUT_OF_SCOPE_INTENT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        words = slot_value(handler_input, utterances.REQUEST_WORDS.name)
        return respond_to_words(
            handler_input, route_words(words, request_locale(handler_input), request=True))


HANDLERS = [QuestionWordsHandler(), OutOfScopeHandler()]
