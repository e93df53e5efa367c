"""Red flags and cramp duration. A red flag always wins, so these handlers come first."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_request_type
from ask_sdk_model import Response
from ask_sdk_model.interfaces.audioplayer import StopDirective

from .. import content, state
from ..duration import parse_duration_minutes
from ..respond import card_text, respond
from ..slots import resolved_id, slot_value
from ..ssml import join
from .base import IntentHandler

LONG_CRAMP_MINUTES = 10
RESUMABLE_PLAYER_STATES = ("PLAYING", "BUFFER_UNDERRUN", "PAUSED", "STOPPED")


def escalate(handler_input: HandlerInput, flag: content.RedFlag) -> Response:
    """Say the escalation now; end the session at the emergency tier."""
    state.session(handler_input).clear()
    if _audio_could_resume(handler_input):
        handler_input.response_builder.add_directive(StopDirective())
    emergency = flag.tier is content.Tier.EMERGENCY
    prompts = content.PROMPTS
    return respond(
        handler_input,
        flag.speech if emergency else join(flag.speech, prompts.anything_else),
        reprompt=None if emergency else prompts.anything_else,
        card_title=prompts.red_flag_card_title,
        card_body=card_text(handler_input, flag.speech),
        end_session=True if emergency else False,
    )


def _audio_could_resume(handler_input: HandlerInput) -> bool:
    """Speaking over a routine pauses it (Alexa reports STOPPED), and it would resume after
    the escalation; a Stop sent to a player that is already idle does nothing."""
    player = getattr(handler_input.request_envelope.context, "audio_player", None)
    activity = getattr(player, "player_activity", None)
    return getattr(activity, "value", activity) in RESUMABLE_PLAYER_STATES


class RedFlagHandler(IntentHandler):
    """Any intent that carries a known symptom escalates, whatever else is going on."""

    intents = (content.RED_FLAG_INTENT,)
    any_intent = True  # a symptom slot in any intent escalates

    def can_handle(self, handler_input: HandlerInput) -> bool:
        if get_request_type(handler_input) != "IntentRequest":
            return False
        return super().can_handle(handler_input) or self._flag(handler_input) is not None

    @staticmethod
    def _flag(handler_input: HandlerInput) -> content.RedFlag | None:
        return content.red_flag_by_id(resolved_id(handler_input, "symptom", "SYMPTOM"))

    def handle(self, handler_input: HandlerInput) -> Response:
        flag = self._flag(handler_input)
        if flag is None:
            prompts = content.PROMPTS
            return respond(
                handler_input,
                join(prompts.unknown_symptom, prompts.anything_else),
                reprompt=prompts.anything_else,
                card_title=prompts.red_flag_card_title,
            )
        return escalate(handler_input, flag)


class DurationHandler(IntentHandler):
    """"It has lasted twenty minutes": over ten minutes means see a doctor."""

    intents = (content.DURATION_INTENT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        prompts = content.PROMPTS
        minutes = parse_duration_minutes(slot_value(handler_input, "duration"))
        if minutes is None:
            unclear = prompts.duration_unclear
            return respond(handler_input, unclear, reprompt=unclear)
        if minutes > LONG_CRAMP_MINUTES:
            return escalate(handler_input, content.long_cramp_flag())
        return respond(
            handler_input,
            join(prompts.duration_within_limit, prompts.anything_else),
            reprompt=prompts.anything_else,
            card_title=prompts.card_title,
            card_body=card_text(handler_input, prompts.duration_within_limit),
        )


HANDLERS = [RedFlagHandler(), DurationHandler()]
