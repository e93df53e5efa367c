"""Guided stretches in conversation: one step and its timed hold per turn, with navigation.

Where the stretch is lives in what is pending (``state.GuideStep``: stretch, side, step).
The built-in intents (next, yes, stop, ...) are routed here only while a stretch is running;
otherwise the core conversation handlers answer them. What is said comes from
``skill.content.guide``; what comes next is worked out in ``skill.conversation.guidance``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_runtime.exceptions import DispatchException

from ... import content
from .. import activity, apl, guidance, night, state
from ..guidance import Position
from ..respond import respond
from ..slots import resolved_id, slot_value
from ..ssml import join, pause
from .base import IntentHandler, RequestTypeHandler
from .disclaimer import with_first_use_disclaimer
from .safety import with_safety_net

# --- state -----------------------------------------------------------------------------------

def active_position(handler_input: HandlerInput) -> Position | None:
    """The running stretch's position, or None."""
    step = state.pending(handler_input).stretch
    return step.position if step is not None else None


def _save(handler_input: HandlerInput, position: Position) -> None:
    state.guide_at(handler_input, state.GuideStep.at(position))  # "yes" now answers the guide
    activity.remember_position(handler_input, "stretch", position.stretch.id, position.linear)


def _clear(handler_input: HandlerInput) -> None:
    state.end_stretch(handler_input)


def _texts(handler_input: HandlerInput) -> content.GuideTexts:
    return content.guide_texts(night.is_night(handler_input))


# --- responses -------------------------------------------------------------------------------

def _speak_segment(
    handler_input: HandlerInput,
    first: Position,
    *,
    lead: str = "",
    single: bool = False,
    first_use: bool = False,
) -> Response:
    """Steps from ``first`` with their holds, then one question; card, screen and state."""
    is_night = night.is_night(handler_input)
    texts = content.guide_texts(is_night)
    segment = guidance.segment(first, texts, lead=lead, single=single)
    question = guidance.question(segment.end, texts)
    if first_use:
        speech = with_first_use_disclaimer(handler_input, segment.speech, question)
    else:
        speech = join(segment.speech, question)
    _save(handler_input, segment.end)
    stretch = first.stretch
    return respond(
        handler_input,
        speech,
        reprompt=guidance.reprompt(segment.end, texts),
        card_title=stretch.name.capitalize(),
        card_body=guidance.card_body(stretch, texts),
        screen=apl.step_screen(handler_input, segment.end, is_night),
    )


def start_stretch(handler_input: HandlerInput, stretch_id: str) -> Response:
    """Walk through a stretch from the content, from its first step."""
    stretch = content.stretch_by_id(stretch_id)
    if stretch is None:
        return _which_stretch(handler_input, unknown=True)
    texts = _texts(handler_input)
    return _speak_segment(
        handler_input, guidance.start(stretch),
        lead=content.fill(texts.intro, name=stretch.name), first_use=True,
    )


def resume_stretch(
    handler_input: HandlerInput, stretch_id: str, step: int, lead: str = ""
) -> Response:
    """Pick a stretch up again at a stored step (``activity`` positions are linear: side and
    step in one number), e.g. for "resume my stretch"."""
    stretch = content.stretch_by_id(stretch_id)
    if stretch is None:
        return _which_stretch(handler_input, unknown=True)
    return _speak_segment(handler_input, guidance.from_linear(stretch, step), lead=lead)


def _continue(handler_input: HandlerInput, position: Position) -> Response:
    """Move on from ``position``: the next step, the next side, or "that was the last"."""
    following = position.next()
    if following is None:
        return _ask_again(handler_input, position, _texts(handler_input).finished_already)
    return _speak_segment(handler_input, following)


def _ask_again(handler_input: HandlerInput, position: Position, lead: str) -> Response:
    """Something short, then the current question again. No step is spoken."""
    texts = _texts(handler_input)
    reprompt = guidance.reprompt(position, texts)
    return respond(handler_input, join(lead, reprompt), reprompt=reprompt)


def nothing_to_navigate(handler_input: HandlerInput) -> Response:
    """ "Next", "resume" or a screen button with no stretch or routine running."""
    prompts = content.PROMPTS
    return respond(handler_input, prompts.navigation_outside_guide,
                   reprompt=prompts.fallback_reprompt)


def ask_which_stretch(handler_input: HandlerInput) -> Response:
    """"Guide me through some stretches": which one, by name."""
    return _which_stretch(handler_input, unknown=False)


def _which_stretch(handler_input: HandlerInput, unknown: bool) -> Response:
    texts = _texts(handler_input)
    names = guidance.stretch_names(texts)
    speech = join(
        texts.unknown_stretch if unknown else "", content.fill(texts.which_stretch, names=names))
    reprompt = content.fill(texts.which_stretch_reprompt, example=content.STRETCHES[0].name)
    if unknown:  # we didn't understand which one: it may have been something worse
        speech, reprompt = with_safety_net(speech), with_safety_net(reprompt)
    return respond(handler_input, speech, reprompt=reprompt)


# --- handlers --------------------------------------------------------------------------------

class ActiveGuideHandler(IntentHandler):
    """Answers its intents while a stretch is running (under any question asked since that
    does not take the intent itself)."""

    pending = (state.GuideStep,)

    def handle(self, handler_input: HandlerInput) -> Response:
        position = active_position(handler_input)
        assert position is not None  # can_handle checked
        return self.handle_at(handler_input, position)

    def handle_at(self, handler_input: HandlerInput, position: Position) -> Response:
        raise NotImplementedError


class StretchHandler(IntentHandler):
    """"Guide me through a hamstring stretch", "how do I stretch my neck"."""

    intents = (content.STRETCH_INTENT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        stretch_id = resolved_id(handler_input, "stretch", "STRETCH")
        if stretch_id and content.stretch_by_id(stretch_id):
            return start_stretch(handler_input, stretch_id)
        said = slot_value(handler_input, "stretch")
        return _which_stretch(handler_input, unknown=said is not None)


class WaitOutsideGuideHandler(IntentHandler):
    """"Wait" with no stretch running."""

    intents = (content.WAIT_INTENT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        texts = _texts(handler_input)
        return respond(handler_input, texts.wait_outside, reprompt=texts.wait_outside_reprompt)


class WaitHandler(ActiveGuideHandler):
    """"Wait", "hold on": during a stretch, the current hold goes on longer."""

    intents = (content.WAIT_INTENT,)

    def handle_at(self, handler_input: HandlerInput, position: Position) -> Response:
        texts = _texts(handler_input)
        extra = content.WAIT_EXTRA_SECONDS
        if position.hold_seconds:
            more = guidance.hold(extra, texts, opening=texts.wait_hold)
        else:
            more = join(texts.wait_plain, pause(extra))
        reprompt = guidance.reprompt(position, texts)
        return respond(
            handler_input, join(more, guidance.question(position, texts)), reprompt=reprompt,
        )


class NextHandler(ActiveGuideHandler):
    """Next, skip, resume, continue: move on."""

    intents = ("AMAZON.NextIntent", "AMAZON.ResumeIntent", content.OTHER_SIDE_INTENT)

    def handle_at(self, handler_input: HandlerInput, position: Position) -> Response:
        return _continue(handler_input, position)


class YesHandler(ActiveGuideHandler):
    intents = ("AMAZON.YesIntent",)

    def handle_at(self, handler_input: HandlerInput, position: Position) -> Response:
        if position.finished:  # "Want to go again?"
            return _speak_segment(handler_input, guidance.start(position.stretch),
                                  lead=_texts(handler_input).start_over)
        return _continue(handler_input, position)


class NoHandler(ActiveGuideHandler):
    intents = ("AMAZON.NoIntent",)

    def handle_at(self, handler_input: HandlerInput, position: Position) -> Response:
        if position.finished:  # "Want to go again?" No: the stretch is over.
            _clear(handler_input)
            prompts = content.PROMPTS
            return respond(handler_input, join(prompts.no_thanks, prompts.anything_else),
                           reprompt=prompts.anything_else)
        # "Ready for the other leg?" No: not yet. Give them time, then ask again.
        texts = _texts(handler_input)
        return _ask_again(handler_input, position,
                          join(texts.not_ready, pause(content.NOT_READY_SECONDS)))


class StillCrampingHandler(ActiveGuideHandler):
    """"It's still cramping" mid-stretch: keep holding, then the same question."""

    intents = (content.STILL_CRAMPING_INTENT,)

    def handle_at(self, handler_input: HandlerInput, position: Position) -> Response:
        return _ask_again(handler_input, position, content.FOLLOW_UP_TEXTS.still_holding)


class CrampGoneHandler(ActiveGuideHandler):
    """"It's gone" mid-stretch: finish or stop, their choice."""

    intents = (content.CRAMP_GONE_INTENT,)

    def handle_at(self, handler_input: HandlerInput, position: Position) -> Response:
        return _ask_again(handler_input, position, content.FOLLOW_UP_TEXTS.gone_mid_stretch)


class PreviousHandler(ActiveGuideHandler):
    intents = ("AMAZON.PreviousIntent",)

    def handle_at(self, handler_input: HandlerInput, position: Position) -> Response:
        earlier = position.previous()
        if earlier is None:
            return _speak_segment(handler_input, position, single=True,
                                  lead=_texts(handler_input).first_step)
        return _speak_segment(handler_input, earlier, single=True)


class RepeatHandler(ActiveGuideHandler):
    intents = ("AMAZON.RepeatIntent",)

    def handle_at(self, handler_input: HandlerInput, position: Position) -> Response:
        return _speak_segment(handler_input, position, single=True)


class StartOverHandler(ActiveGuideHandler):
    intents = ("AMAZON.StartOverIntent",)

    def handle_at(self, handler_input: HandlerInput, position: Position) -> Response:
        return _speak_segment(handler_input, guidance.start(position.stretch),
                              lead=_texts(handler_input).start_over)


class PauseHandler(ActiveGuideHandler):
    intents = ("AMAZON.PauseIntent",)

    def handle_at(self, handler_input: HandlerInput, position: Position) -> Response:
        texts = _texts(handler_input)
        return respond(handler_input, texts.paused, reprompt=texts.pause_reprompt)


class StopHandler(ActiveGuideHandler):
    intents = ("AMAZON.StopIntent", "AMAZON.CancelIntent")

    def handle_at(self, handler_input: HandlerInput, position: Position) -> Response:
        _clear(handler_input)
        return respond(handler_input, _texts(handler_input).stopped, end_session=True)


class HelpHandler(ActiveGuideHandler):
    intents = ("AMAZON.HelpIntent",)

    def handle_at(self, handler_input: HandlerInput, position: Position) -> Response:
        texts = _texts(handler_input)
        return _ask_again(
            handler_input, position, content.fill(texts.help, name=position.stretch.name))


class UnclearHandler(ActiveGuideHandler):
    """Something the guide can't use: say so, and ask again."""

    intents = ("AMAZON.FallbackIntent",)

    def handle_at(self, handler_input: HandlerInput, position: Position) -> Response:
        texts = _texts(handler_input)
        reprompt = with_safety_net(guidance.reprompt(position, texts))  # it may have been a cry
        return respond(handler_input, join(texts.unclear, reprompt), reprompt=reprompt)


_SCREEN_COMMANDS: dict[str, Callable[[HandlerInput, Position], Response]] = {
    content.SCREEN_NEXT: _continue,
    content.SCREEN_REPEAT: lambda hi, position: _speak_segment(hi, position, single=True),
}


def _screen_command(handler_input: HandlerInput) -> Callable[[HandlerInput, Position], Response]:
    """The button pressed. Anything else is no request of ours: as before the table, the
    exception handler answers it (a DispatchException, logged as a warning)."""
    arguments = getattr(handler_input.request_envelope.request, "arguments", None)
    if (isinstance(arguments, list) and len(arguments) >= 2
            and arguments[0] == content.SCREEN_EVENT_SOURCE
            and arguments[1] in _SCREEN_COMMANDS):
        return _SCREEN_COMMANDS[arguments[1]]
    raise DispatchException("not a screen event of ours")


class ScreenEventHandler(RequestTypeHandler):
    """The screen's Next and Repeat buttons (APL UserEvents sent by the documents of apl.py)."""

    request_types = ("Alexa.Presentation.APL.UserEvent",)
    pending = (state.GuideStep,)
    commands: ClassVar[dict[str, Callable[[HandlerInput, Position], Response]]] = (
        _SCREEN_COMMANDS)

    def handle(self, handler_input: HandlerInput) -> Response:
        command = _screen_command(handler_input)
        position = active_position(handler_input)
        assert position is not None  # routed here for a stretch
        return command(handler_input, position)


class ScreenEventOutsideGuideHandler(RequestTypeHandler):
    """A button on a screen left over from an earlier session."""

    request_types = ("Alexa.Presentation.APL.UserEvent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        _screen_command(handler_input)
        return nothing_to_navigate(handler_input)


HANDLERS = [
    StretchHandler(), WaitOutsideGuideHandler(), WaitHandler(), NextHandler(), YesHandler(),
    NoHandler(),
    StillCrampingHandler(), CrampGoneHandler(),
    PreviousHandler(), RepeatHandler(), StartOverHandler(), PauseHandler(), StopHandler(),
    HelpHandler(), UnclearHandler(), ScreenEventHandler(), ScreenEventOutsideGuideHandler(),
]
