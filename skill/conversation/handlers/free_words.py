"""Free words: what a catch-all sample took, routed by our own code (skill.language.words).

"Why do my feet cramp on long flights?", "play some music": the words after the question
word or the request word. A red flag in them always wins; then a stretch, an answer or
relief; words plainly not about cramps or health get what we do instead (no emergency
line: they were understood); anything else is a "didn't catch that", with the line.
"""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from ... import content
from ...language.model import expanded_slot_types
from ...language.words import WordsRoute
from ..respond import request_locale, respond
from ..slots import intent_name
from ..understood import read_words
from .audio_player import start_routine
from .base import IntentHandler
from .diary import answer_from_diary, log_from_words
from .guide import ask_which_stretch, start_stretch
from .questions import speak_answer
from .relief import speak_relief
from .safety import escalate


def respond_to_words(handler_input: HandlerInput, route: WordsRoute) -> Response:
    """The one answer to routed free words."""
    if route.flag is not None:
        return escalate(handler_input, route.flag)
    if route.routine is not None:
        routine = content.routine_by_id(route.routine)
        if routine is not None:
            return start_routine(handler_input, routine)
    if route.stretch is not None:
        return start_stretch(handler_input, route.stretch)
    if route.stretch_unnamed:
        return ask_which_stretch(handler_input)
    if route.log:
        return log_from_words(handler_input, route.body_part, route.trigger)
    if route.diary_question is not None:
        return answer_from_diary(handler_input, route.diary_question)
    if route.answer is not None:
        return speak_answer(handler_input, route.answer)
    if route.relief:
        return speak_relief(handler_input, route.body_part)
    if route.out_of_scope:
        return respond(handler_input, content.SCOPE_TEXTS.out_of_scope,
                       reprompt=content.SCOPE_TEXTS.out_of_scope_reprompt)
    prompts = content.PROMPTS
    return respond(handler_input, prompts.unknown_topic, reprompt=prompts.fallback_reprompt,
                   card_title=prompts.card_title)


class FreeWordsHandler(IntentHandler):
    """The catch-alls: "why ...", "play ...", "jot down ...", and the second net ("my ...",
    "he ...", "dark ..."): words the grammar could not place, routed by the one words
    router; a flag said of someone else is worded for the helper."""

    intents = (content.QUESTION_WORDS_INTENT, content.OUT_OF_SCOPE_INTENT,
               content.LOG_WORDS_INTENT, content.SYMPTOM_WORDS_INTENT, content.TOPIC_WORDS_INTENT)

    def handle(self, handler_input: HandlerInput) -> Response:
        reading = read_words(handler_input)
        assert reading is not None  # routed here for a catch-all only
        found, route = reading.found, reading.route
        if route.flag is not None and intent_name(handler_input) == content.SYMPTOM_WORDS_INTENT:
            helper = found.theirs or _names_someone(found.words, request_locale(handler_input))
            return escalate(handler_input, route.flag, helper=helper)
        return respond_to_words(handler_input, route)


def _names_someone(words: str, locale: str) -> bool:
    """"dad's cramping and he...", "wife is...": after "my" the words start with the person."""
    first = words.split()[0].removesuffix("'s") if words.split() else ""
    return first in {name.lower() for st in expanded_slot_types(locale) if st.name == "PERSON"
                     for value in st.values for name in (value.value, *value.synonyms)}


HANDLERS = [FreeWordsHandler()]
