"""Audio-guided routines through the AudioPlayer, and every AudioPlayer request Alexa sends.

Starting a routine plays its first track (REPLACE_ALL) and ends the session; each
PlaybackNearlyFinished enqueues the next track. Where the person is lives in the stream
token (skill.audio.playback), never in the session; ``state.pending`` reads it as a
``RoutineTrack``. The speaker's own controls ("Alexa, pause", "resume", "next", "previous",
"start over") and the PlaybackController buttons move through the routine. A speaker with no
AudioPlayer, or clips not built yet, gets the routine spoken in parts, holds as <break>s,
one stretch per response (the next part pending as a ``state.RoutinePart``).
"""

from __future__ import annotations

import logging

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name, get_request_type
from ask_sdk_model import Response
from ask_sdk_model.interfaces.audioplayer import (
    ClearBehavior,
    ClearQueueDirective,
    PlayBehavior,
    StopDirective,
)

from ... import content
from ...audio import playback
from ...audio.playback import RoutinePosition
from ...content import routines
from .. import state
from ..respond import respond
from ..slots import resolved_id, slot_value
from ..ssml import join
from .base import IntentHandler, RequestTypeHandler
from .disclaimer import with_first_use_disclaimer
from .guide import nothing_to_navigate
from .safety import with_safety_net

log = logging.getLogger(__name__)
P = routines.PROMPTS


# --- starting a routine ------------------------------------------------------------------

def start_routine(handler_input: HandlerInput, routine: routines.Routine) -> Response:
    """Play the routine through the AudioPlayer, or speak its first part where it can't."""
    first = RoutinePosition.start(routine)
    directive = None
    if playback.supports_audio_player(handler_input) and playback.routine_playable(routine):
        directive = playback.play_directive(first, PlayBehavior.REPLACE_ALL)
    if directive is None:
        return speak_part(handler_input, routine, 0, first_use=True)
    state.ask(handler_input, None)
    handler_input.response_builder.add_directive(directive)
    speech = with_first_use_disclaimer(handler_input, P.starting.format(routine=routine.name))
    return respond(
        handler_input, speech, card_title=routine.title, card_body=_card_body(routine),
        end_session=True,
    )


def speak_part(
    handler_input: HandlerInput, routine: routines.Routine, part: int, *, first_use: bool = False,
) -> Response:
    """One part of the routine as speech (or short <audio> clips), then "say next"."""
    parts = playback.fallback_parts(routine)
    part = min(max(part, 0), len(parts) - 1)
    speech = playback.part_ssml(routine, part)
    last = part == len(parts) - 1
    question = "" if last else P.fallback_continue
    if first_use:
        speech = with_first_use_disclaimer(handler_input, speech, question)
    else:
        speech = join(speech, question)
    state.ask(handler_input, None if last else state.RoutinePart(routine.id, part + 1))
    return respond(
        handler_input, speech,
        reprompt=None if last else P.fallback_continue_reprompt,
        card_title=routine.title, card_body=_card_body(routine),
        end_session=True if last else None,
    )


def _card_body(routine: routines.Routine) -> str:
    lines = [routine.summary]
    for step in routines.routine_steps(routine):
        line = P.card_step_side if step.side else P.card_step
        stretch = step.stretch.name[:1].upper() + step.stretch.name[1:]
        lines.append(line.format(number=step.index + 1, stretch=stretch, side=step.side))
    return "\n".join(lines)


class StartRoutineHandler(IntentHandler):
    """ "Play the night cramp routine", "start my bedtime routine"."""

    intents = (routines.ROUTINE_INTENT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        routine_id = resolved_id(handler_input, "routine", "ROUTINE")
        if routine_id is None and slot_value(handler_input, "routine"):  # one we don't know
            return respond(handler_input, with_safety_net(P.which_routine),
                           reprompt=with_safety_net(P.which_routine_reprompt))
        routine = routines.routine_by_id(routine_id or routines.DEFAULT_ROUTINE_ID)
        assert routine is not None
        return start_routine(handler_input, routine)


# --- the spoken fallback: next, previous, start over between parts ----------------------

class SpokenRoutineHandler(IntentHandler):
    """Between spoken parts: yes/next/resume go on, previous goes back, start over restarts."""

    intents = (
        "AMAZON.YesIntent", "AMAZON.NextIntent", "AMAZON.ResumeIntent",
        "AMAZON.PreviousIntent", "AMAZON.StartOverIntent",
    )
    pending = (state.RoutinePart,)

    def handle(self, handler_input: HandlerInput) -> Response:
        pending = state.pending(handler_input).asked
        assert isinstance(pending, state.RoutinePart)  # routed here for one
        routine = routines.routine_by_id(pending.routine)
        assert routine is not None  # parsed: the id is known
        part = pending.part
        intent = get_intent_name(handler_input)
        if intent == "AMAZON.PreviousIntent":
            part -= 2  # the pending part is the one after the part just heard
        elif intent == "AMAZON.StartOverIntent":
            part = 0
        return speak_part(handler_input, routine, part)


# --- the speaker's controls while a routine is in the player -----------------------------

def _replay(handler_input: HandlerInput, position: RoutinePosition, offset_ms: int = 0) -> Response:
    directive = playback.play_directive(position, PlayBehavior.REPLACE_ALL, offset_ms=offset_ms)
    if directive is not None:
        handler_input.response_builder.add_directive(directive)
    return handler_input.response_builder.set_should_end_session(True).response


class RoutineControlHandler(IntentHandler):
    """Base for intents about the routine in the player (see playback.controls_routine)."""

    pending = (state.RoutineTrack,)

    def position(self, handler_input: HandlerInput) -> RoutinePosition | None:
        track = state.pending(handler_input).track
        return track.position if track is not None else None


class PauseRoutineHandler(RoutineControlHandler):
    intents = ("AMAZON.PauseIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        handler_input.response_builder.add_directive(StopDirective())
        return handler_input.response_builder.set_should_end_session(True).response


class ResumeRoutineHandler(RoutineControlHandler):
    """Resume where the player stopped: same track, at the offset the context reports."""

    intents = ("AMAZON.ResumeIntent",)

    def position(self, handler_input: HandlerInput) -> RoutinePosition | None:
        position = super().position(handler_input)
        finished = playback.player_state(handler_input).activity == "FINISHED"
        if position is not None and finished:
            return position.next()  # the track ended: resuming means the next one
        return position

    def handle(self, handler_input: HandlerInput) -> Response:
        position = self.position(handler_input)
        if position is None:  # the last track has finished: nothing left to resume
            return nothing_to_navigate(handler_input)
        player = playback.player_state(handler_input)
        same_track = player.token == position.token and player.activity != "FINISHED"
        return _replay(handler_input, position, player.offset_ms if same_track else 0)


class NextRoutineStepHandler(RoutineControlHandler):
    intents = ("AMAZON.NextIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        position = self.position(handler_input)
        assert position is not None
        following = position.next()
        if following is None:
            return respond(handler_input, P.last_step, end_session=True)
        return _replay(handler_input, following)


class PreviousRoutineStepHandler(RoutineControlHandler):
    intents = ("AMAZON.PreviousIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        position = self.position(handler_input)
        assert position is not None
        return _replay(handler_input, position.previous())


class StartOverRoutineHandler(RoutineControlHandler):
    intents = ("AMAZON.StartOverIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        position = self.position(handler_input)
        assert position is not None
        return _replay(handler_input, position.first())


class RepeatRoutineStepHandler(RoutineControlHandler):
    """ "Repeat" during a routine plays the current step again from its start."""

    intents = ("AMAZON.RepeatIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        position = self.position(handler_input)
        assert position is not None
        return _replay(handler_input, position)


class StopRoutineHandler(RoutineControlHandler):
    intents = ("AMAZON.StopIntent", "AMAZON.CancelIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        builder = handler_input.response_builder
        builder.add_directive(StopDirective())
        builder.add_directive(ClearQueueDirective(clear_behavior=ClearBehavior.CLEAR_ENQUEUED))
        return respond(handler_input, P.stopped, end_session=True)


class LoopShuffleHandler(IntentHandler):
    """Loop and shuffle: routines play in order, said plainly, never an error."""

    intents = (
        "AMAZON.LoopOnIntent", "AMAZON.LoopOffIntent",
        "AMAZON.ShuffleOnIntent", "AMAZON.ShuffleOffIntent",
    )

    def handle(self, handler_input: HandlerInput) -> Response:
        if playback.routine_in_player(handler_input) is not None:
            return respond(handler_input, P.not_for_routines, end_session=True)
        anything_else = content.PROMPTS.anything_else
        return respond(
            handler_input, join(P.not_for_routines, anything_else), reprompt=anything_else
        )


# --- AudioPlayer and PlaybackController requests (no session, no speech allowed) ---------

def _silent(handler_input: HandlerInput) -> Response:
    return handler_input.response_builder.response


class PlaybackNearlyFinishedHandler(RequestTypeHandler):
    """Queue the next track behind the one about to end."""

    request_types = ("AudioPlayer.PlaybackNearlyFinished",)

    def handle(self, handler_input: HandlerInput) -> Response:
        token = getattr(handler_input.request_envelope.request, "token", None)
        current = RoutinePosition.from_token(token)
        following = current.next() if current else None
        if following is not None:
            directive = playback.play_directive(
                following, PlayBehavior.ENQUEUE, expected_previous_token=current.token
            )
            if directive is not None:
                handler_input.response_builder.add_directive(directive)
        return _silent(handler_input)


class PlaybackEventHandler(RequestTypeHandler):
    """Started, finished, stopped: nothing to do, the token already says where we are."""

    request_types = (
        "AudioPlayer.PlaybackStarted", "AudioPlayer.PlaybackFinished",
        "AudioPlayer.PlaybackStopped",
    )

    def handle(self, handler_input: HandlerInput) -> Response:
        return _silent(handler_input)


class PlaybackFailedHandler(RequestTypeHandler):
    request_types = ("AudioPlayer.PlaybackFailed",)

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        error = getattr(request, "error", None)
        log.warning(
            "routine playback failed: token=%s error=%s %s", getattr(request, "token", None),
            getattr(error, "object_type", None), getattr(error, "message", None),
        )
        return _silent(handler_input)


class PlaybackControllerHandler(RequestTypeHandler):
    """The speaker's or remote's buttons: play, pause, next, previous."""

    request_types = (
        "PlaybackController.PlayCommandIssued", "PlaybackController.PauseCommandIssued",
        "PlaybackController.NextCommandIssued", "PlaybackController.PreviousCommandIssued",
    )

    def handle(self, handler_input: HandlerInput) -> Response:
        command = get_request_type(handler_input)
        player = playback.player_state(handler_input)
        position = RoutinePosition.from_token(player.token)
        builder = handler_input.response_builder
        if command == "PlaybackController.PauseCommandIssued":
            builder.add_directive(StopDirective())
            return _silent(handler_input)
        if position is None:
            return _silent(handler_input)
        offset = 0
        if command == "PlaybackController.NextCommandIssued":
            position = position.next()
        elif command == "PlaybackController.PreviousCommandIssued":
            position = position.previous()
        else:
            offset = player.offset_ms
        directive = position and playback.play_directive(
            position, PlayBehavior.REPLACE_ALL, offset_ms=offset
        )
        if directive:
            builder.add_directive(directive)
        return _silent(handler_input)


class ExceptionEncounteredHandler(RequestTypeHandler):
    """Alexa reports that a response of ours failed on the device. Log it; no reply allowed."""

    request_types = ("System.ExceptionEncountered",)

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        error = getattr(request, "error", None)
        cause = getattr(request, "cause", None)
        log.error(
            "Alexa reported an exception: %s %s (request %s)",
            getattr(error, "object_type", None), getattr(error, "message", None),
            getattr(cause, "request_id", None),
        )
        return _silent(handler_input)


HANDLERS: list[RequestTypeHandler | IntentHandler] = [
    StartRoutineHandler(),
    SpokenRoutineHandler(),
    PauseRoutineHandler(),
    ResumeRoutineHandler(),
    NextRoutineStepHandler(),
    PreviousRoutineStepHandler(),
    StartOverRoutineHandler(),
    RepeatRoutineStepHandler(),
    StopRoutineHandler(),
    LoopShuffleHandler(),
    PlaybackNearlyFinishedHandler(),
    PlaybackEventHandler(),
    PlaybackFailedHandler(),
    PlaybackControllerHandler(),
    ExceptionEncounteredHandler(),
]
