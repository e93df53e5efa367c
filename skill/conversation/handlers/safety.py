"""Red flags and cramp duration. A red flag always wins, so these handlers come first.

A symptom in any intent escalates: "my calf is cramping and it's swollen and hot" is a
relief request, and the flag is answered first. At the emergency tier only the emergency
line is said and the session ends; below it, the advice comes first and the relief (for a
relief request) or what to do next follows. A symptom that is someone else's ("my dad",
"she") gets the helper's wording. Symptoms only asked about ("what if I...") arrive in a
``sign`` slot and are never read here.
"""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import IntentRequest, Response
from ask_sdk_model.interfaces.audioplayer import StopDirective
from ask_sdk_model.ui import SimpleCard

from ... import content
from ...content import diary as diary_content
from ...content import red_flags
from .. import state
from ..duration import parse_duration_minutes
from ..respond import card_text, respond
from ..slots import resolved_id, slot_value
from ..ssml import join
from .base import IntentHandler
from .relief import speak_relief

LONG_CRAMP_MINUTES = 10
RESUMABLE_PLAYER_STATES = ("PLAYING", "BUFFER_UNDERRUN", "PAUSED", "STOPPED")
# Slots that report a symptom: the speaker's own, or (after "he", "my dad") someone else's.
OWN_SYMPTOM = red_flags.SYMPTOM.name
THEIR_SYMPTOM = red_flags.THEIR_SYMPTOM.name
PERSON = red_flags.PERSON.name


def with_safety_net(text: str) -> str:
    """A "didn't understand" text, ending with the emergency line."""
    return join(text, content.PROMPTS.safety_net)


def escalate(
    handler_input: HandlerInput, flag: content.RedFlag, *, helper: bool = False
) -> Response:
    """Say the escalation now; end the session at the emergency tier."""
    state.session(handler_input).clear()
    if _audio_could_resume(handler_input):
        handler_input.response_builder.add_directive(StopDirective())
    speech = flag.helper_speech if helper else flag.speech
    prompts = content.PROMPTS
    card = {"card_title": prompts.red_flag_card_title,
            "card_body": card_text(handler_input, speech)}
    if flag.tier is content.Tier.EMERGENCY:
        return respond(handler_input, speech, end_session=True, **card)
    if _intent_name(handler_input) == content.RELIEF_INTENT:
        # Below the emergency tier, the relief they asked for follows the advice.
        response = speak_relief(
            handler_input, resolved_id(handler_input, "bodyPart", "BODY_PART"), lead=speech)
        # The red-flag card: it keeps the advice, and night mode leaves a red flag loud.
        handler_input.response_builder.set_card(
            SimpleCard(title=card["card_title"], content=card["card_body"]))
        return response
    return respond(
        handler_input, join(speech, red_flags.DOCTOR_NEXT), reprompt=red_flags.DOCTOR_NEXT,
        end_session=False, **card,
    )


def _intent_name(handler_input: HandlerInput) -> str | None:
    request = handler_input.request_envelope.request
    return request.intent.name if isinstance(request, IntentRequest) else None


def _audio_could_resume(handler_input: HandlerInput) -> bool:
    """Speaking over a routine pauses it (Alexa reports STOPPED), and it would resume after
    the escalation; a Stop sent to a player that is already idle does nothing."""
    player = getattr(handler_input.request_envelope.context, "audio_player", None)
    activity = getattr(player, "player_activity", None)
    return getattr(activity, "value", activity) in RESUMABLE_PLAYER_STATES


def reported_flag(handler_input: HandlerInput) -> tuple[content.RedFlag, bool] | None:
    """The red flag a request reports, and whether it is someone else's; None for none.

    The slot's resolved value first; else (a value Alexa passed through that is not ours)
    a flag named in its words. Two flags: the most urgent wins.
    """
    found = []
    for slot in (OWN_SYMPTOM, THEIR_SYMPTOM):
        flag = content.red_flag_by_id(resolved_id(handler_input, slot, "SYMPTOM"))
        found.append(flag or red_flags.flag_in_words(slot_value(handler_input, slot)))
    flag = red_flags.most_urgent([f for f in found if f is not None])
    if flag is None:
        return None
    helper = bool(slot_value(handler_input, THEIR_SYMPTOM) or slot_value(handler_input, PERSON))
    return flag, helper


class RedFlagHandler(IntentHandler):
    """Any intent that carries a known symptom escalates, whatever else is going on."""

    intents = (content.RED_FLAG_INTENT,)
    pre_empts = True  # a symptom slot in any intent escalates, before the routing table

    def pre_empts_request(self, handler_input: HandlerInput) -> bool:
        return reported_flag(handler_input) is not None

    def handle(self, handler_input: HandlerInput) -> Response:
        reported = reported_flag(handler_input)
        if reported is None:
            prompts = content.PROMPTS
            return respond(
                handler_input,
                prompts.unknown_symptom,
                reprompt=prompts.fallback_reprompt,
                card_title=prompts.red_flag_card_title,
            )
        flag, helper = reported
        return escalate(handler_input, flag, helper=helper)


class DurationHandler(IntentHandler):
    """"It has lasted twenty minutes": over ten minutes means see a doctor."""

    # Without the diary's "how long did it last?" pending, "it was five minutes" is about
    # the cramp happening now too.
    intents = (content.DURATION_INTENT, diary_content.LOG_DURATION_INTENT)

    def handle(self, handler_input: HandlerInput) -> Response:
        prompts = content.PROMPTS
        said = slot_value(handler_input, "duration")
        minutes = parse_duration_minutes(said)
        if minutes is None and (flag := red_flags.flag_in_words(said)) is not None:
            return escalate(handler_input, flag)  # "half an hour", "not stopping, ten minutes"
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
