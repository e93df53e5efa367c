"""Answers to questions: one handler for every answer intent and the topic question."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name
from ask_sdk_model import Response

from ... import content
from .. import state
from ..respond import card_text, respond
from ..slots import resolved_id
from .base import IntentHandler
from .disclaimer import with_first_use_disclaimer


def speak_answer(handler_input: HandlerInput, answer: content.Answer) -> Response:
    """The answer, then its follow-up offer; "yes" then does the offer's action."""
    state.ask(handler_input, state.Offer.from_action(answer.yes_action))
    speech = with_first_use_disclaimer(handler_input, answer.speech, answer.follow_up)
    return respond(
        handler_input,
        speech,
        reprompt=answer.follow_up,
        card_title=answer.title,
        card_body=card_text(handler_input, answer.speech),
    )


class QuestionHandler(IntentHandler):
    intents = (content.QUESTION_INTENT, *(a.intent for a in content.ANSWERS))

    def handle(self, handler_input: HandlerInput) -> Response:
        name = get_intent_name(handler_input)
        answer = content.answer_for_intent(name) or content.answer_for_topic(
            resolved_id(handler_input, "topic", "TOPIC")
        )
        if answer is None:
            prompts = content.PROMPTS
            return respond(
                handler_input, prompts.unknown_topic, reprompt=prompts.fallback_reprompt,
                card_title=prompts.card_title,
            )
        return speak_answer(handler_input, answer)


HANDLERS = [QuestionHandler()]
