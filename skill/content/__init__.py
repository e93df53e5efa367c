"""The shared content module: every fact and every spoken text Cramp Coach uses.

This package is the front door: handlers, cards, screens, audio scripts and the interaction
model import ``content`` and read the names below, never a module inside it. Facts come
from ``shared/seeds``; the sentences are our own, written for the ear. Which file holds what
is said when: ``README.md`` next to this file. The checks at the bottom run at import, so
broken content fails fast.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from . import answers as _answers
from . import diary, guide, people, routines
from . import red_flags as _red_flags
from .answers import ANSWERS, TOPIC_WORDS_INTENT
from .diary import (
    COUNT_INTENT,
    DELETE_INTENT,
    LAST_INTENT,
    LOG_DURATION_INTENT,
    LOG_INTENT,
    LOG_WORDS_INTENT,
    OTHER_TRIGGER,
    RESUME_INTENT,
    TRIGGERS_INTENT,
    UNSPECIFIED_BODY_PART,
    DiaryTexts,
    DiaryTrigger,
    trigger_by_id,
)
from .diary import DIARY as DIARY_TEXTS
from .diary import ENTRY as DIARY_ENTRY_SLOT
from .followups import FOLLOW_UPS as FOLLOW_UP_TEXTS
from .followups import FollowUpTexts
from .guide import DAY as GUIDE_TEXTS
from .guide import (
    NOT_READY_SECONDS,
    OTHER_SIDE_INTENT,
    SCREEN_EVENT_SOURCE,
    SCREEN_NEXT,
    SCREEN_REPEAT,
    SEGMENT_BUDGET_SECONDS,
    STRETCH_INTENT,
    WAIT_EXTRA_SECONDS,
    WAIT_INTENT,
    GuideTexts,
)
from .guide import texts as guide_texts
from .legal import LEGAL_PAGES, PRIVACY_PATH, TERMS_PATH
from .locales import DEFAULT_LOCALE, DISTRIBUTION_COUNTRIES, LOCALES
from .prompts import PROMPTS, Prompts
from .red_flags import (
    DOCTOR_NEXT,
    LONG_CRAMP_FLAG_ID,
    RED_FLAG_INTENT,
    RED_FLAGS,
    flag_in_words,
    most_urgent,
)
from .red_flags import THEIR_SYMPTOM as THEIR_SYMPTOM_SLOT
from .red_flags import THEIR_WORDS as THEIR_WORDS_SLOT
from .red_flags import WORDS as SYMPTOM_WORDS_SLOT
from .red_flags import WORDS_INTENT as SYMPTOM_WORDS_INTENT
from .relief import GENERAL_BODY_PART, RELIEF_TEXTS, RELIEFS, ReliefTexts
from .routines import CUES as ROUTINE_CUES
from .routines import (
    DEFAULT_ROUTINE_ID,
    ROUTINE_INTENT,
    Routine,
    RoutineStep,
    routine_by_id,
    routine_steps,
)
from .routines import PROMPTS as ROUTINE_TEXTS
from .schema import (
    Answer,
    IntentSpec,
    LegalPage,
    Locale,
    RedFlag,
    Relief,
    Slot,
    SlotType,
    SlotValue,
    Stretch,
    StretchStep,
    Tier,
)
from .scope import SCOPE as SCOPE_TEXTS
from .scope import ScopeTexts
from .skill_info import SKILL_INFO
from .slots import BODY_PART as BODY_PART_SLOT
from .slots import DURATION as DURATION_SLOT
from .slots import PERSON as PERSON_SLOT
from .slots import SYMPTOM as SYMPTOM_SLOT
from .slots import TRIGGER as TRIGGER_SLOT
from .stretches import STRETCHES
from .templates import fill, substitute
from .utterances import (
    BUILT_IN_INTENTS,
    BUILT_IN_PHRASES,
    CORE_INTENTS,
    CRAMP_GONE_INTENT,
    DURATION_INTENT,
    OUT_OF_SCOPE_INTENT,
    QUESTION_INTENT,
    QUESTION_WORDS_INTENT,
    RELIEF_INTENT,
    STILL_CRAMPING_INTENT,
)
from .utterances import QUESTION_WORDS as QUESTION_WORDS_SLOT
from .utterances import REQUEST_WORDS as REQUEST_WORDS_SLOT
from .utterances import TOPIC as TOPIC_SLOT

__all__ = [
    # Texts, one container per feature (README.md says which is said when).
    "PROMPTS", "RELIEF_TEXTS", "GUIDE_TEXTS", "guide_texts", "ROUTINE_TEXTS", "ROUTINE_CUES",
    "DIARY_TEXTS", "FOLLOW_UP_TEXTS", "SCOPE_TEXTS", "DOCTOR_NEXT", "SKILL_INFO", "LEGAL_PAGES",
    "Prompts", "ReliefTexts", "GuideTexts", "DiaryTexts", "FollowUpTexts", "ScopeTexts",
    # Facts.
    "ANSWERS", "RELIEFS", "GENERAL_BODY_PART", "STRETCHES", "RED_FLAGS", "LOCALES",
    "DEFAULT_LOCALE", "DISTRIBUTION_COUNTRIES", "DEFAULT_ROUTINE_ID", "UNSPECIFIED_BODY_PART",
    "OTHER_TRIGGER", "WAIT_EXTRA_SECONDS", "NOT_READY_SECONDS", "SEGMENT_BUDGET_SECONDS", "PRIVACY_PATH", "TERMS_PATH",
    "MANIFEST_INTERFACES", "MANIFEST_EVENTS",
    "Answer", "IntentSpec", "LegalPage", "Locale", "RedFlag", "Relief", "Routine", "RoutineStep", "Slot",
    "SlotType", "SlotValue", "Stretch", "StretchStep", "Tier", "DiaryTrigger",
    # Intents and slots.
    "RELIEF_INTENT", "RED_FLAG_INTENT", "SYMPTOM_WORDS_INTENT", "QUESTION_INTENT",
    "TOPIC_WORDS_INTENT",
    "QUESTION_WORDS_INTENT", "OUT_OF_SCOPE_INTENT", "DURATION_INTENT", "STILL_CRAMPING_INTENT",
    "CRAMP_GONE_INTENT", "STRETCH_INTENT", "WAIT_INTENT", "OTHER_SIDE_INTENT", "ROUTINE_INTENT",
    "LOG_INTENT", "LOG_WORDS_INTENT", "LOG_DURATION_INTENT", "COUNT_INTENT", "LAST_INTENT",
    "TRIGGERS_INTENT", "DELETE_INTENT", "RESUME_INTENT", "CATCH_ALL_INTENTS", "BUILT_IN_PHRASES",
    "BODY_PART_SLOT", "SYMPTOM_SLOT", "THEIR_SYMPTOM_SLOT", "PERSON_SLOT", "TRIGGER_SLOT",
    "DURATION_SLOT", "TOPIC_SLOT", "QUESTION_WORDS_SLOT", "REQUEST_WORDS_SLOT",
    "SYMPTOM_WORDS_SLOT", "THEIR_WORDS_SLOT", "DIARY_ENTRY_SLOT",
    "SCREEN_EVENT_SOURCE", "SCREEN_NEXT", "SCREEN_REPEAT",
    # Look-ups and templating.
    "all_intents", "all_slot_types", "answer_by_id", "answer_for_intent", "answer_for_topic",
    "emergency_number", "fill", "fill_locale", "flag_in_words", "locale_for",
    "long_cramp_flag", "most_urgent", "plain_text", "red_flag_by_id", "relief_for",
    "relief_steps_for", "routine_by_id", "routine_steps", "spoken_word_count", "stretch_by_id",
    "trigger_by_id",
]

MAX_ANSWER_WORDS = 40

# What skill.json declares for the features: interfaces (routines' AudioPlayer, the guide's
# screens) and the events the diary subscribes to.
MANIFEST_INTERFACES: tuple[str, ...] = routines.MANIFEST_INTERFACES + guide.MANIFEST_INTERFACES
MANIFEST_EVENTS: tuple[str, ...] = diary.MANIFEST_EVENTS

_ANSWERS_BY_ID = {a.id: a for a in ANSWERS}
_ANSWERS_BY_INTENT = {a.intent: a for a in ANSWERS}
_RELIEF_BY_PART = {r.body_part: r for r in RELIEFS}
_STRETCH_BY_ID = {s.id: s for s in STRETCHES}
_RED_FLAG_BY_ID = {f.id: f for f in RED_FLAGS}
_LOCALE_BY_CODE = {loc.code: loc for loc in LOCALES}


# Intents whose samples take free words behind a carrier ("my {words}", "why {question}"):
# our own code routes the words (skill/language/words.py).
CATCH_ALL_INTENTS = frozenset({
    _red_flags.WORDS_INTENT, QUESTION_WORDS_INTENT, OUT_OF_SCOPE_INTENT, diary.LOG_WORDS_INTENT,
    _answers.TOPIC_WORDS_INTENT,
})


def answer_by_id(answer_id: str) -> Answer | None:
    return _ANSWERS_BY_ID.get(answer_id)


def answer_for_intent(intent_name: str) -> Answer | None:
    return _ANSWERS_BY_INTENT.get(intent_name)


def answer_for_topic(topic_id: str | None) -> Answer | None:
    """The TOPIC slot's ids are answer ids."""
    return _ANSWERS_BY_ID.get(topic_id or "")


def relief_for(body_part: str | None) -> Relief:
    """Relief for a body part; the general relief for anything we don't know."""
    return _RELIEF_BY_PART.get(body_part or "", _RELIEF_BY_PART[GENERAL_BODY_PART])


def relief_steps_for(body_part: str | None) -> tuple[str, ...]:
    return relief_for(body_part).steps


def stretch_by_id(stretch_id: str | None) -> Stretch | None:
    return _STRETCH_BY_ID.get(stretch_id or "")


def red_flag_by_id(flag_id: str | None) -> RedFlag | None:
    return _RED_FLAG_BY_ID.get(flag_id or "")


def long_cramp_flag() -> RedFlag:
    return _RED_FLAG_BY_ID[LONG_CRAMP_FLAG_ID]


def locale_for(code: str | None) -> Locale:
    """The locale for a request; unknown English locales get the default's number."""
    return _LOCALE_BY_CODE.get(code or "", _LOCALE_BY_CODE[DEFAULT_LOCALE])


def emergency_number(code: str | None) -> str:
    return locale_for(code).emergency_number


def fill_locale(text: str, code: str | None, *, spoken: bool = True) -> str:
    """Fill ``{emergency_number}`` and the locale's words: the last step of every response.

    ``spoken`` gives the number as SSML read digit by digit; otherwise plain digits
    (cards). Unknown placeholders stay as they are, so a typo shows, never crashes.
    """
    locale = locale_for(code)
    number = locale.spoken_emergency_number if spoken else locale.emergency_number
    return substitute(
        text, lambda name: number if name == "emergency_number" else locale.words.get(name))


_TAG = re.compile(r"<[^>]+>")


@lru_cache(maxsize=2048)  # called on the same content texts on every request
def plain_text(ssml: str) -> str:
    """SSML fragment to card text: tags dropped, space folded."""
    return " ".join(_TAG.sub(" ", ssml).split())


def spoken_word_count(ssml: str) -> int:
    return len(plain_text(ssml).split())


def _slot_type(name: str, values: list[SlotValue]) -> SlotType:
    return SlotType(name, tuple(values))


def all_slot_types() -> tuple[SlotType, ...]:
    """Custom slot types, built from the content so samples and handlers agree."""
    types = [
        _slot_type(
            "BODY_PART",
            [SlotValue(r.body_part, r.name, r.synonyms) for r in RELIEFS
             if r.body_part != GENERAL_BODY_PART],
        ),
        _slot_type(
            "SYMPTOM",
            [SlotValue(f.id, f.synonyms[0], f.synonyms[1:]) for f in RED_FLAGS],
        ),
        _slot_type(
            "TOPIC",
            [SlotValue(a.id, a.topics[0], a.topics[1:]) for a in ANSWERS],
        ),
        _slot_type(
            "STRETCH",
            [SlotValue(s.id, s.synonyms[0], s.synonyms[1:]) for s in STRETCHES],
        ),
    ]
    for module in (guide, routines, diary, people, _red_flags):
        types.extend(getattr(module, "SLOT_TYPES", ()))
    return tuple(types)


def all_intents() -> tuple[IntentSpec, ...]:
    """Every intent of the interaction model; specs that share a name are merged."""
    answer_intents = tuple(IntentSpec(a.intent, samples=a.questions) for a in ANSWERS)
    merged: dict[str, IntentSpec] = {}
    for spec in (
        # Built-ins first: on a tie ("help" against "help {words}"), the first intent wins.
        BUILT_IN_INTENTS + CORE_INTENTS + _red_flags.INTENTS + answer_intents + guide.INTENTS
        + routines.INTENTS + diary.INTENTS + _answers.INTENTS
    ):
        if spec.name in merged:
            known = merged[spec.name]
            spec = IntentSpec(
                spec.name,
                samples=known.samples + tuple(s for s in spec.samples if s not in known.samples),
                slots=known.slots + tuple(s for s in spec.slots if s not in known.slots),
            )
        merged[spec.name] = spec
    # Catch-alls last: on a tie ("wait" against "wait {words}") the earlier intent wins.
    return tuple(sorted(merged.values(), key=lambda spec: spec.name in CATCH_ALL_INTENTS))


def _check_content() -> None:
    """Fail at import on content that would break a conversation."""
    problems: list[str] = []
    for name, items, key in (
        ("answer", ANSWERS, "id"), ("relief", RELIEFS, "body_part"),
        ("stretch", STRETCHES, "id"), ("red flag", RED_FLAGS, "id"),
    ):
        ids = [getattr(item, key) for item in items]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            problems.append(f"duplicate {name} ids: {sorted(dupes)}")
    if GENERAL_BODY_PART not in _RELIEF_BY_PART:
        problems.append("no general relief")
    if LONG_CRAMP_FLAG_ID not in _RED_FLAG_BY_ID:
        problems.append("no red flag for a cramp over ten minutes")
    if DEFAULT_LOCALE not in _LOCALE_BY_CODE:
        problems.append("no default locale")
    for answer in ANSWERS:
        if spoken_word_count(answer.speech) > MAX_ANSWER_WORDS:
            problems.append(f"answer {answer.id} is over {MAX_ANSWER_WORDS} words")
        if not answer.questions or not answer.topics:
            problems.append(f"answer {answer.id} needs questions and topics")
        kind, _, target = answer.yes_action.partition(":")
        finders: dict[str, Callable[[str], object]] = {
            "stretch": stretch_by_id, "answer": answer_by_id, "relief": _RELIEF_BY_PART.get,
        }
        if answer.yes_action and not finders.get(kind, lambda _t: None)(target):
            problems.append(f"answer {answer.id} has a broken yes_action {answer.yes_action!r}")
    for relief in RELIEFS:
        if relief.stretch and relief.stretch not in _STRETCH_BY_ID:
            problems.append(f"relief {relief.body_part} offers unknown stretch {relief.stretch}")
        if not relief.steps:
            problems.append(f"relief {relief.body_part} has no steps")
    for stretch in STRETCHES:
        low, high = stretch.seed_hold_range
        for step in stretch.steps:
            if step.hold_seconds and not low <= step.hold_seconds <= high:
                problems.append(f"stretch {stretch.id} holds outside the seed's {low}-{high} s")
        if stretch.sides and not stretch.switch_prompt:
            problems.append(f"stretch {stretch.id} has sides but no switch prompt")
    for flag in RED_FLAGS:
        if flag.tier is Tier.EMERGENCY and "{emergency_number}" not in flag.speech:
            problems.append(f"emergency flag {flag.id} does not say the number")
    if problems:
        raise ValueError("content is broken: " + "; ".join(problems))


_check_content()
