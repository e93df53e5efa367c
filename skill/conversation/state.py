"""Conversation state: what the skill is waiting for, small session attributes, and the
per-user flags kept across sessions.

What the skill waits for is one typed value, ``Pending``, read once per request by
``pending()`` and written only through the writers below. Its parts:

- ``asked``: the question the last response asked, one of
  ``Offer`` ("want me to guide you through a calf stretch?": yes does it),
  ``RoutinePart`` (a routine spoken in parts: "say next"),
  ``DiaryQuestion`` ("how long did it last?", with the cramp about to be logged) or
  ``Confirmation`` ("delete your diary?"). A diary question and a confirmation are
  answerable on the very next request only; an offer and a routine part stay until taken.
- ``stretch``: the ``GuideStep`` of a guided stretch in progress. A question asked in the
  middle of a stretch sits on top of it, so "next" after that question carries on.
- ``track``: the ``RoutineTrack`` in the speaker's player that the person is talking to.
  It is read from the request's AudioPlayer context (the stream token Alexa keeps), never
  from the session.

The request mapper routes by ``Pending.kinds``: the most immediate first.
Session attributes come back from the client, so anything malformed, or written by an
older version of the skill, is no pending at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any, ClassVar, Literal

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput

from .. import content
from ..audio import playback
from ..audio.playback import RoutinePosition
from ..content import diary as diary_content
from ..content import routines
from . import guidance

PENDING = "pending"  # the session attribute that holds the encoded Pending
LAST_SPEECH = "last_speech"
LAST_REPROMPT = "last_reprompt"
DISCLAIMER_GIVEN = "disclaimer_given"
# Session keys of the previous version's channels: dropped on sight, never read.
RETIRED_KEYS = ("offer", "guide", "diary_question")
_REQUEST_KEY = "pending"  # the request attributes' copy: what was pending when it arrived


# --- what can be pending ------------------------------------------------------------------

@dataclass(frozen=True)
class Offer:
    """What "yes" does next: start a stretch or speak an answer."""

    kind: ClassVar[str] = "offer"
    action: Literal["stretch", "answer"]
    target: str  # a stretch id or an answer id

    @classmethod
    def from_action(cls, action: str) -> Offer | None:
        """The content's declared follow-up ("stretch:calf", "answer:causes"); None for ""
        or anything the skill can't do."""
        verb, _, target = action.partition(":")
        return _offer({"action": verb, "target": target})


@dataclass(frozen=True)
class GuideStep:
    """Where a guided stretch is: the step just spoken, on one side."""

    kind: ClassVar[str] = "guide_step"
    stretch: str
    side: int
    step: int

    @property
    def position(self) -> guidance.Position:
        stretch = content.stretch_by_id(self.stretch)
        assert stretch is not None  # parsed: the id is known
        return guidance.Position(stretch, self.side, self.step)

    @classmethod
    def at(cls, position: guidance.Position) -> GuideStep:
        return cls(position.stretch.id, position.side, position.step)


@dataclass(frozen=True)
class RoutinePart:
    """A routine spoken in parts (no AudioPlayer): the part "next" speaks."""

    kind: ClassVar[str] = "routine_part"
    routine: str
    part: int


@dataclass(frozen=True)
class DiaryQuestion:
    """ "How long did it last?": the cramp about to be logged, content ids only."""

    kind: ClassVar[str] = "diary_question"
    body_part: str = diary_content.UNSPECIFIED_BODY_PART
    trigger: str | None = None
    unknown_part: bool = False  # a body part was said that we don't know
    unknown_trigger: bool = False
    tries: int = 0  # durations we could not read so far


@dataclass(frozen=True)
class Confirmation:
    """A yes/no question whose yes does something that can't be undone."""

    kind: ClassVar[str] = "confirmation"
    action: Literal["delete_diary"] = "delete_diary"


@dataclass(frozen=True)
class RoutineTrack:
    """The routine step in the speaker's player that "pause", "next"... are about."""

    kind: ClassVar[str] = "routine_track"
    position: RoutinePosition


class Anything:
    """In a handler's declaration: whatever is pending (the intent's fallback)."""

    kind: ClassVar[str] = "*"


Asked = Offer | RoutinePart | DiaryQuestion | Confirmation
PendingKind = type[Offer | GuideStep | RoutinePart | DiaryQuestion | Confirmation | RoutineTrack
                   | Anything]
ASKED_KINDS: tuple[PendingKind, ...] = (Offer, RoutinePart, DiaryQuestion, Confirmation)
KINDS: tuple[PendingKind, ...] = (RoutineTrack, *ASKED_KINDS, GuideStep, Anything)
ONE_TURN_KINDS = (DiaryQuestion, Confirmation)


@dataclass(frozen=True)
class Pending:
    """Everything the skill is waiting for on this request."""

    asked: Asked | None = None
    stretch: GuideStep | None = None
    track: RoutineTrack | None = None

    @property
    def kinds(self) -> tuple[PendingKind, ...]:
        """The routing order: the player being talked to, the last question, the stretch
        under it, and then the intent's fallback."""
        found = (self.track, self.asked, self.stretch)
        return (*(type(part) for part in found if part is not None), Anything)


NOTHING = Pending()


# --- the one parser ------------------------------------------------------------------------

def _count(value: object, below: int) -> int | None:
    """``value`` if it is a whole number from 0 up to ``below`` (a bool is not one)."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < below:
        return value
    return None


def _offer(raw: Mapping[str, Any]) -> Offer | None:
    action, target = raw.get("action"), raw.get("target")
    if not isinstance(target, str):
        return None
    if action == "stretch" and content.stretch_by_id(target):
        return Offer("stretch", target)
    if action == "answer" and content.answer_by_id(target):
        return Offer("answer", target)
    return None


def _guide_step(raw: Mapping[str, Any]) -> GuideStep | None:
    stretch_id = raw.get("stretch")
    stretch = content.stretch_by_id(stretch_id) if isinstance(stretch_id, str) else None
    if stretch is None:
        return None
    side = _count(raw.get("side"), guidance.start(stretch).side_count)
    step = _count(raw.get("step"), len(stretch.steps))
    if side is None or step is None:
        return None
    return GuideStep(stretch.id, side, step)


def _routine_part(raw: Mapping[str, Any]) -> RoutinePart | None:
    routine_id, part = raw.get("routine"), raw.get("part")
    if not isinstance(routine_id, str) or routines.routine_by_id(routine_id) is None:
        return None
    part = _count(part, 1000)
    return RoutinePart(routine_id, part) if part is not None else None


def _known_part(body_part: object) -> bool:
    if body_part == diary_content.UNSPECIFIED_BODY_PART:
        return True
    return isinstance(body_part, str) and content.relief_for(body_part).body_part == body_part


def _known_trigger(trigger: object) -> bool:
    if trigger is None or trigger == diary_content.OTHER_TRIGGER:
        return True
    return isinstance(trigger, str) and diary_content.trigger_by_id(trigger) is not None


def _diary_question(raw: Mapping[str, Any]) -> DiaryQuestion:
    """The question stands even when what it carries is forged: then it carries nothing."""
    body_part, trigger = raw.get("body_part"), raw.get("trigger")
    unknown_part, unknown_trigger = raw.get("unknown_part"), raw.get("unknown_trigger")
    tries = _count(raw.get("tries"), 100)
    if (isinstance(body_part, str) and _known_part(body_part) and _known_trigger(trigger)
            and (trigger is None or isinstance(trigger, str))
            and isinstance(unknown_part, bool) and isinstance(unknown_trigger, bool)
            and tries is not None):
        return DiaryQuestion(body_part, trigger, unknown_part, unknown_trigger, tries)
    return DiaryQuestion()


def _confirmation(raw: Mapping[str, Any]) -> Confirmation | None:
    return Confirmation() if raw.get("action") == "delete_diary" else None


_ASKED_PARSERS: dict[str, Callable[[Mapping[str, Any]], Asked | None]] = {
    Offer.kind: _offer, RoutinePart.kind: _routine_part,
    DiaryQuestion.kind: _diary_question, Confirmation.kind: _confirmation,
}


def parse_pending(attributes: Mapping[str, Any]) -> Pending:
    """The Pending that session attributes hold; ``NOTHING`` for anything else."""
    raw = attributes.get(PENDING)
    if not isinstance(raw, dict):
        return NOTHING
    asked_raw, stretch_raw = raw.get("asked"), raw.get("stretch")
    asked: Asked | None = None
    if isinstance(asked_raw, dict) and isinstance(asked_raw.get("kind"), str):
        parser = _ASKED_PARSERS.get(asked_raw["kind"])
        asked = parser(asked_raw) if parser else None
    stretch = _guide_step(stretch_raw) if isinstance(stretch_raw, dict) else None
    return Pending(asked=asked, stretch=stretch)


def encode_pending(pending: Pending) -> dict[str, Any] | None:
    """The session attribute for ``pending`` (its track is Alexa's, never stored)."""
    encoded: dict[str, Any] = {}
    if pending.asked is not None:
        encoded["asked"] = {"kind": pending.asked.kind, **asdict(pending.asked)}
    if pending.stretch is not None:
        encoded["stretch"] = asdict(pending.stretch)
    return encoded or None


# --- reading and writing it ----------------------------------------------------------------

def session(handler_input: HandlerInput) -> dict[str, Any]:
    return handler_input.attributes_manager.session_attributes


def pending(handler_input: HandlerInput) -> Pending:
    """What was pending when this request arrived (writes during the request don't change
    it). Read once: from the session and the player in the request's context."""
    cached = handler_input.attributes_manager.request_attributes.get(_REQUEST_KEY)
    if isinstance(cached, Pending):
        return cached
    found = NOTHING
    if handler_input.request_envelope.session is not None:
        found = parse_pending(session(handler_input))
    position = playback.controls_routine(handler_input)
    if position is not None:
        found = replace(found, track=RoutineTrack(position))
    handler_input.attributes_manager.request_attributes[_REQUEST_KEY] = found
    return found


def _write(handler_input: HandlerInput, value: Pending) -> None:
    attrs = session(handler_input)
    encoded = encode_pending(value)
    if encoded is None:
        attrs.pop(PENDING, None)
    else:
        attrs[PENDING] = encoded


def _stored(handler_input: HandlerInput) -> Pending:
    """What this request has left in the session so far."""
    return parse_pending(session(handler_input))


def ask(handler_input: HandlerInput, asked: Asked | None) -> None:
    """The response asks ``asked`` (None: asks nothing); a stretch in progress stays."""
    _write(handler_input, replace(_stored(handler_input), asked=asked))


def take_offer(handler_input: HandlerInput) -> Offer | None:
    """The pending offer, if the request arrived with one; whatever was asked is answered."""
    offered = pending(handler_input).asked
    ask(handler_input, None)
    return offered if isinstance(offered, Offer) else None


def guide_at(handler_input: HandlerInput, step: GuideStep) -> None:
    """The guide has spoken up to ``step`` and asked its own question."""
    _write(handler_input, Pending(stretch=step))


def end_stretch(handler_input: HandlerInput) -> None:
    _write(handler_input, replace(_stored(handler_input), stretch=None))


class PendingScope(AbstractRequestInterceptor):
    """Global request interceptor: reads what is pending once, and leaves in the session
    only what outlives this request. A diary question or a confirmation is answerable on
    the next request only, so a later "yes" to something else never deletes the diary."""

    def process(self, handler_input: HandlerInput) -> None:
        if handler_input.request_envelope.session is None:
            return  # skill events and player requests carry no session
        current = pending(handler_input)
        attrs = session(handler_input)
        for key in RETIRED_KEYS:
            attrs.pop(key, None)
        lasting = current.asked if not isinstance(current.asked, ONE_TURN_KINDS) else None
        _write(handler_input, Pending(asked=lasting, stretch=current.stretch))


# --- flags kept across sessions --------------------------------------------------------------

def has_persistence(handler_input: HandlerInput) -> bool:
    return handler_input.attributes_manager._persistence_adapter is not None


def persistent(handler_input: HandlerInput) -> dict[str, Any]:
    """The user's stored attributes, or an empty dict when no store is configured."""
    if not has_persistence(handler_input):
        return {}
    return handler_input.attributes_manager.persistent_attributes


def save_persistent(handler_input: HandlerInput) -> None:
    if has_persistence(handler_input):
        handler_input.attributes_manager.save_persistent_attributes()


def first_use(handler_input: HandlerInput) -> bool:
    """True once per user (per session without a store): the time to give the disclaimer."""
    attrs = session(handler_input)
    if attrs.get(DISCLAIMER_GIVEN):
        return False
    attrs[DISCLAIMER_GIVEN] = True
    if not has_persistence(handler_input):
        return True
    try:
        stored = persistent(handler_input)
        if stored.get(DISCLAIMER_GIVEN):
            return False
        stored[DISCLAIMER_GIVEN] = True
        save_persistent(handler_input)
    except Exception as error:  # a store outage must never cost the disclaimer or the answer
        logging.getLogger(__name__).warning(
            "could not read or save the disclaimer flag: %s", type(error).__name__)
    return True
