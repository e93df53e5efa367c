"""Typed shapes for everything Cramp Coach knows and says.

Every spoken text is a *bare* SSML fragment (no <speak> wrapper: the ASK SDK adds it).
Texts may carry ``{emergency_number}`` where the locale's number belongs, and
``{doctor}``, ``{physio}``, ``{pee}``... where the locales say it differently
(``locales.LOCALE_WORDS``); ``respond.localize`` fills both in one pass.
All classes are frozen: content is read-only at run time, and a missing field
fails at import, never mid-conversation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Tier(StrEnum):
    """How urgent a red flag is. Order matters: the first is the most urgent."""

    EMERGENCY = "emergency"  # call the local emergency number now
    URGENT = "urgent"  # get medical help today
    DOCTOR = "doctor"  # book a doctor's visit


@dataclass(frozen=True)
class Answer:
    """A spoken answer to one question people ask."""

    id: str  # "night_cramps"
    intent: str  # "NightCrampsIntent": the model intent for the full questions below
    title: str  # card title
    speech: str  # SSML fragment, 40 spoken words or fewer
    follow_up: str  # short offer spoken after the answer ("Want a calf stretch?")
    questions: tuple[str, ...]  # sample utterances that ask exactly this
    topics: tuple[str, ...]  # short names for the TOPIC slot ("pickle juice")
    # What "yes" to the follow-up does: "stretch:<id>", "answer:<id>", "relief:<id>" or "".
    yes_action: str = ""


@dataclass(frozen=True)
class Relief:
    """What to do right now for a cramp in one body part."""

    body_part: str  # slot id: "calf"
    name: str  # how we say it: "calf"
    synonyms: tuple[str, ...]  # what people say: "charley horse", "back of my leg"
    steps: tuple[str, ...]  # SSML fragments; the first sentence is the first action
    stretch: str  # id of the stretch to offer, or "" for none
    offer: str  # the closing question ("Want me to guide you through a calf stretch?")


@dataclass(frozen=True)
class StretchStep:
    """One spoken step of a stretch, then an optional timed hold."""

    instruction: str  # SSML fragment
    hold_seconds: int = 0  # 0: no hold after this step


@dataclass(frozen=True)
class Stretch:
    """A stretch from the seeds, with its hold times."""

    id: str  # slot id: "calf"
    name: str  # "calf stretch"
    synonyms: tuple[str, ...]  # for the STRETCH slot: "calf", "lower leg"
    steps: tuple[StretchStep, ...]
    seed_hold_range: tuple[int, int]  # the seed's hold range in seconds, e.g. (20, 30)
    sides: tuple[str, ...] = ()  # ("left leg", "right leg") when the seed says "switch"
    switch_prompt: str = ""  # "Ready for the other leg?"
    summary: str = ""  # one short sentence for cards and screens


@dataclass(frozen=True)
class RedFlag:
    """A symptom that means medical help, mapped from the seeds."""

    id: str  # slot id: "trouble_breathing"
    tier: Tier
    reason: str  # one line: why this tier (the reviewed tier table)
    synonyms: tuple[str, ...]  # templates of what people say: "can't breathe", "short of breath"
    speech: str  # the escalation, a few words; may hold {emergency_number}
    helper_speech: str  # the same, for someone helping another person ("call ... for them")


@dataclass(frozen=True)
class SlotValue:
    id: str
    value: str
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class SlotType:
    name: str
    values: tuple[SlotValue, ...]


@dataclass(frozen=True)
class Slot:
    name: str
    type: str


class Wide(str):
    """A template with its own bounds (the phrasings people say most).

    It is a ``str``, so it sits among plain templates. Up to ``whole`` combinations it
    expands in full; past that, ``budget`` bounds its covering set.
    """

    budget: int
    whole: int

    def __new__(cls, template: str, budget: int, whole: int = 0) -> Wide:
        made = super().__new__(cls, template)
        made.budget = budget
        made.whole = max(whole, budget)
        return made


@dataclass(frozen=True)
class IntentSpec:
    """One intent of the interaction model, with its sample utterances."""

    name: str
    samples: tuple[str, ...] = ()
    slots: tuple[Slot, ...] = ()


@dataclass(frozen=True)
class Locale:
    code: str  # "en-GB"
    emergency_number: str  # "999"
    spoken_emergency_number: str  # SSML for the number: "<say-as interpret-as='digits'>999</say-as>"
    # The locale's own words for what texts write as {doctor}, {physio}, {pee}, ...
    words: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SkillInfo:
    """Store-listing text for the skill manifest."""

    name: str
    invocation_name: str
    summary: str
    description: str  # carries the health disclaimer
    example_phrases: tuple[str, ...]
    keywords: tuple[str, ...] = field(default_factory=tuple)
    category: str = "HEALTH_AND_FITNESS"
    testing_instructions: str = ""  # for Amazon's certification testers


@dataclass(frozen=True)
class Section:
    """One headed part of a web page (privacy policy, terms of use)."""

    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class LegalPage:
    title: str
    updated: str  # ISO date of the last change
    sections: tuple[Section, ...]
