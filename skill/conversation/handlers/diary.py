"""The cramp diary by voice: log, count, last cramp, triggers, the see-a-doctor pattern,
resume a stretch, delete with confirmation, and erase when the skill is disabled.

Handlers only touch ``handler_input.attributes_manager``: they never see which store is in
use. A store outage gets a spoken apology (saying nothing was saved) and a logged error
that names the error type only, never stored data; the conversation goes on.
"""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass, replace
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name
from ask_sdk_model import Response

from ... import content
from ...content import diary as texts
from ...persistence import diary
from .. import activity, state
from ..duration import parse_duration_minutes
from ..respond import respond
from ..slots import resolved_id, slot_value
from ..ssml import join
from . import guide
from .base import IntentHandler, RequestTypeHandler
from .disclaimer import with_first_use_disclaimer
from .safety import LONG_CRAMP_MINUTES, with_safety_net

log = logging.getLogger(__name__)
T = texts.DIARY


def now() -> float:
    return time.time()


def _asked_duration(handler_input: HandlerInput) -> state.DiaryQuestion | None:
    """Our "how long did it last?", if the last response asked it (``state`` keeps a diary
    question for the very next request only)."""
    asked = state.pending(handler_input).asked
    return asked if isinstance(asked, state.DiaryQuestion) else None


def _store_failed(action: str, error: Exception) -> None:
    # The error type only: messages and tracebacks could carry stored values.
    cause = type(error.__cause__).__name__ if error.__cause__ else ""
    log.error("diary %s failed: store unavailable (%s %s)", action, type(error).__name__, cause)


@dataclass(frozen=True)
class Draft:
    """A cramp about to be logged: content ids only, never what was said."""

    body_part: str = texts.UNSPECIFIED_BODY_PART
    trigger: str | None = None
    unknown_part: bool = False  # a body part was said that we don't know
    unknown_trigger: bool = False
    tries: int = 0  # durations we could not read so far

    @classmethod
    def from_slots(cls, handler_input: HandlerInput) -> Draft:
        part = resolved_id(handler_input, "bodyPart", "BODY_PART")
        if part and content.relief_for(part).body_part != part:
            part = None  # not a body part the content knows
        trigger = resolved_id(handler_input, "trigger", "TRIGGER")
        if trigger and texts.trigger_by_id(trigger) is None:
            trigger = None
        part_said = slot_value(handler_input, "bodyPart") is not None
        trigger_said = slot_value(handler_input, "trigger") is not None
        return cls(
            body_part=part or texts.UNSPECIFIED_BODY_PART,
            trigger=trigger or (texts.OTHER_TRIGGER if trigger_said else None),
            unknown_part=part_said and part is None,
            unknown_trigger=trigger_said and trigger is None,
        )

    def completed_by(self, before: state.DiaryQuestion | None) -> Draft:
        """This draft, with what an earlier turn already said filled in (``state`` has
        checked that it carries known ids only)."""
        if before is None:
            return self
        said_part = self.body_part != texts.UNSPECIFIED_BODY_PART or self.unknown_part
        return replace(
            self,
            body_part=self.body_part if said_part else before.body_part,
            unknown_part=self.unknown_part if said_part else before.unknown_part,
            trigger=self.trigger if self.trigger else before.trigger,
            unknown_trigger=self.unknown_trigger if self.trigger else before.unknown_trigger,
            tries=before.tries,
        )


def _length(minutes: float) -> str:
    if minutes < 1:
        return T.length_under_minute
    whole = round(minutes)
    return T.length_one_minute if whole == 1 else T.length_minutes.format(minutes=whole)


def _ago(seconds: float) -> str:
    seconds = max(0.0, seconds)
    if seconds < 120:
        return T.ago_just_now
    if seconds < 3600:
        return T.ago_minutes.format(count=int(seconds // 60))
    if seconds < 86400:
        hours = round(seconds / 3600)
        return T.ago_one_hour if hours <= 1 else T.ago_hours.format(count=hours)
    days = int(seconds // 86400)
    return T.ago_one_day if days == 1 else T.ago_days.format(count=days)


def _part_name(body_part: str) -> str | None:
    relief = content.relief_for(body_part)
    return relief.name if relief.body_part == body_part else None


def _advice_text(advice: diary.Advice, found: list[diary.DiaryEntry], at: float) -> str:
    if advice is diary.Advice.FREQUENT:
        return T.advice_frequent.format(days=diary.cramp_days(found, at))
    return T.advice_long


def _due_advice(attributes: dict[str, Any], at: float) -> str:
    """The see-a-doctor advice if it is due now (and marked as given), else ""."""
    advice = diary.advice_due(attributes, at, LONG_CRAMP_MINUTES)
    if advice is None:
        return ""
    diary.mark_advised(attributes, at)
    return _advice_text(advice, diary.entries(attributes), at)


def _read(handler_input: HandlerInput) -> tuple[dict[str, Any], list[diary.DiaryEntry]] | None:
    """The attributes and the diary entries, newest first; None when the store fails."""
    if not state.has_persistence(handler_input):
        _store_failed("read", RuntimeError("no store configured"))
        return None
    try:
        attributes = state.persistent(handler_input)
        # Here, not later: a store may read the diary only when it is first touched.
        return attributes, diary.entries(attributes)
    except Exception as error:  # any store failure: apologise, never a 500
        _store_failed("read", error)
        return None


def _answer_with_advice(handler_input: HandlerInput, attributes: dict, speech: str) -> Response:
    """A diary answer, plus the see-a-doctor advice when it is due."""
    advice = _due_advice(attributes, now())
    if advice:
        try:
            state.save_persistent(handler_input)
        except Exception as error:  # the advice is still right to say; it may come again
            _store_failed("save advice time", error)
    return respond(
        handler_input, join(speech, advice), reprompt=T.anything_else, card_title=T.card_title
    )


def log_cramp(
    handler_input: HandlerInput, draft: Draft, minutes: float | None, lead: str = ""
) -> Response:
    """Store the cramp, confirm it in one sentence, add the advice if due; end the session."""
    at = now()
    if not state.has_persistence(handler_input):
        _store_failed("log", RuntimeError("no store configured"))
        return respond(handler_input, T.unavailable_save, reprompt=T.anything_else)
    try:
        attributes = state.persistent(handler_input)
        diary.log_cramp(
            attributes, body_part=draft.body_part, trigger=draft.trigger, minutes=minutes, now=at
        )
        advice = _due_advice(attributes, at)
        state.save_persistent(handler_input)
    except Exception as error:  # any store failure: apologise, never a 500
        _store_failed("log", error)
        return respond(handler_input, T.unavailable_save, reprompt=T.anything_else)
    part = _part_name(draft.body_part)
    trigger = texts.trigger_by_id(draft.trigger)
    details = (T.detail_trigger.format(phrase=trigger.phrase) if trigger else "") + (
        T.detail_minutes.format(length=_length(minutes)) if minutes is not None else ""
    )
    logged = T.logged.format(
        cramp=T.cramp_in.format(part=part) if part else T.cramp_plain, details=details
    )
    speech = join(
        lead,
        T.unknown_body_part if draft.unknown_part else "",
        logged,
        T.unknown_trigger if draft.unknown_trigger else "",
        advice,
    )
    speech = with_first_use_disclaimer(handler_input, speech)
    return respond(handler_input, speech, card_title=T.card_title, end_session=True)


def _ask_duration(handler_input: HandlerInput, draft: Draft) -> Response:
    state.ask(handler_input, state.DiaryQuestion(**asdict(replace(draft, tries=draft.tries + 1))))
    return respond(handler_input, T.ask_duration, reprompt=T.ask_duration_reprompt)


def _log_with_duration(handler_input: HandlerInput, draft: Draft, said: str | None) -> Response:
    if said is None:
        return log_cramp(handler_input, draft, None)
    minutes = parse_duration_minutes(said)
    if minutes is not None:
        return log_cramp(handler_input, draft, minutes)
    if draft.tries >= 1:  # asked once already: log what we have rather than loop
        return log_cramp(handler_input, draft, None, lead=with_safety_net(T.duration_dropped))
    return _ask_duration(handler_input, draft)


class LogCrampHandler(IntentHandler):
    """"Log a cramp in my calf", "I just had a cramp", "log a cramp after running"."""

    intents = (texts.LOG_INTENT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        draft = Draft.from_slots(handler_input).completed_by(_asked_duration(handler_input))
        return _log_with_duration(handler_input, draft, slot_value(handler_input, "duration"))


def log_from_words(handler_input: HandlerInput, body_part: str | None,
                   trigger: str | None) -> Response:
    """Log a cramp read from free words ("jot down cramp after a night on the pints"): what
    we can't place is logged as unspecified, and the duration question follows as usual."""
    draft = Draft(body_part=body_part or texts.UNSPECIFIED_BODY_PART, trigger=trigger)
    draft = draft.completed_by(_asked_duration(handler_input))
    return _log_with_duration(handler_input, draft, None)


class DiaryDurationHandler(IntentHandler):
    """"It was five minutes": the answer to our "how long did it last?".

    Without that question pending it is about the cramp happening now: the core duration
    handler answers it (over ten minutes: see a doctor)."""

    intents = (texts.LOG_DURATION_INTENT,)
    pending = (state.DiaryQuestion,)

    def handle(self, handler_input: HandlerInput) -> Response:
        draft = Draft().completed_by(_asked_duration(handler_input))
        said = slot_value(handler_input, "duration") or ""
        return _log_with_duration(handler_input, draft, said)


def _count_answer(found: list[diary.DiaryEntry], at: float) -> str:
    """"How many cramps have I had this week?" (the last seven days)."""
    week = diary.recent(found, at)
    count, days = len(week), diary.cramp_days(week, at)
    if count == 0:
        return T.count_none
    if count == 1:
        return T.count_one
    if days == 1:
        return T.count_many_one_day.format(count=count)
    return T.count_many.format(count=count, days=days)


def _last_answer(found: list[diary.DiaryEntry], at: float) -> str:
    """"When was my last cramp?"."""
    if not found:
        return T.empty
    last = found[0]
    part = _part_name(last.body_part)
    trigger = texts.trigger_by_id(last.trigger)
    return T.last.format(
        when=_ago(at - last.at),
        where=T.last_where.format(part=part) if part else "",
        trigger=T.last_trigger.format(phrase=trigger.phrase) if trigger else "",
    )


def _triggers_answer(found: list[diary.DiaryEntry], at: float) -> str:
    """What came before the logged cramps, most often first. A pattern, never a cause."""
    if not found:
        return T.empty
    ranked, untriggered = diary.trigger_counts(found)
    if not ranked:
        return T.triggers_none
    ranked.sort(key=lambda item: item[0] == texts.OTHER_TRIGGER)  # "something else" last
    items = []
    for trigger_id, times in ranked:
        known = texts.trigger_by_id(trigger_id)
        name = known.name if known else T.trigger_other_name
        items.append(
            T.trigger_once.format(name=name) if times == 1
            else T.trigger_times.format(name=name, count=times)
        )
    if untriggered > 1:
        untriggered_text = T.triggers_untriggered.format(count=untriggered)
    else:
        untriggered_text = T.triggers_untriggered_one if untriggered == 1 else ""
    return join(
        T.triggers_list.format(items=T.list_separator.join(items)),
        untriggered_text,
        T.triggers_not_a_cause,
    )


_DIARY_ANSWERS = {
    texts.COUNT_INTENT: _count_answer,
    texts.LAST_INTENT: _last_answer,
    texts.TRIGGERS_INTENT: _triggers_answer,
}


def answer_from_diary(handler_input: HandlerInput, intent: str) -> Response:
    """Read the diary, answer ``intent``'s question from it, and add the see-a-doctor advice
    when it is due. An unreachable store gets the apology instead."""
    read = _read(handler_input)
    if read is None:
        return respond(handler_input, T.unavailable_read, reprompt=T.anything_else)
    attributes, found = read
    speech = _DIARY_ANSWERS[intent](found, now())
    return _answer_with_advice(handler_input, attributes, speech)


class DiaryQuestionHandler(IntentHandler):
    """"How many cramps this week?", "when was my last one?", "what sets them off?"."""

    intents = tuple(_DIARY_ANSWERS)

    def handle(self, handler_input: HandlerInput) -> Response:
        return answer_from_diary(handler_input, get_intent_name(handler_input))


def ask_to_delete(handler_input: HandlerInput) -> Response:
    """Ask first; only the next turn's yes deletes (a yes answers this, nothing older)."""
    state.ask(handler_input, state.Confirmation("delete_diary"))
    return respond(handler_input, T.delete_question, reprompt=T.delete_reprompt)


class DeleteDiaryHandler(IntentHandler):
    """"Delete my cramp diary"."""

    intents = (texts.DELETE_INTENT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        return ask_to_delete(handler_input)


class _AnswersDeleteQuestion(IntentHandler):
    """Yes/no/repeat while the delete question is pending."""

    pending = (state.Confirmation,)


class ConfirmDeleteHandler(_AnswersDeleteQuestion):
    intents = ("AMAZON.YesIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        try:
            handler_input.attributes_manager.delete_persistent_attributes()
        except Exception as error:  # any store failure: say nothing was deleted
            _store_failed("delete", error)
            return respond(handler_input, T.unavailable_delete, reprompt=T.anything_else)
        return respond(handler_input, T.deleted, card_title=T.card_title, end_session=True)


class KeepDiaryHandler(_AnswersDeleteQuestion):
    intents = ("AMAZON.NoIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        return respond(handler_input, T.delete_kept, reprompt=T.anything_else)


class RepeatDeleteQuestionHandler(_AnswersDeleteQuestion):
    intents = ("AMAZON.RepeatIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        return ask_to_delete(handler_input)


class ResumeStretchHandler(IntentHandler):
    """"Resume my stretch": the last stretch position stored in the last 30 minutes."""

    intents = (texts.RESUME_INTENT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        position = activity.recent_position(handler_input)
        if position and position.kind == "stretch" and content.stretch_by_id(position.item_id):
            return guide.resume_stretch(
                handler_input, position.item_id, position.step, lead=T.resume_lead
            )
        return respond(handler_input, T.resume_nothing, reprompt=T.anything_else)


class SkillDisabledHandler(RequestTypeHandler):
    """Disabling the skill erases everything stored for that user."""

    request_types = ("AlexaSkillEvent.SkillDisabled",)

    def handle(self, handler_input: HandlerInput) -> Response:
        try:
            handler_input.attributes_manager.delete_persistent_attributes()
        except Exception as error:
            _store_failed("erase on skill disabled", error)
        return handler_input.response_builder.response


HANDLERS = [
    ConfirmDeleteHandler(), KeepDiaryHandler(), RepeatDeleteQuestionHandler(),
    LogCrampHandler(), DiaryDurationHandler(), DiaryQuestionHandler(),
    DeleteDiaryHandler(), ResumeStretchHandler(),
    SkillDisabledHandler(),
]
