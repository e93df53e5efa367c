"""Measure understanding with our NLU evaluation set, written apart from the samples.

The set lives in ``tests/nlu/<locale>.csv`` in the annotation-set format of Amazon's
NLU Evaluation Tool (utterance, referenceTimestamp, intent, slot[name]...), so the same
files can be uploaded with the ASK CLI to test the real Alexa model. Here each
utterance goes through the offline matcher, which matches as virtual-alexa does.

An intent is right when the matcher picks it, or picks ``QuestionIntent`` with a topic
that is that answer's. A slot is right when both sides name the same content id (or,
for built-in types, the same words). Accuracy is reported per intent group: the
groups are what a person wants (relief, a red flag, a question...), and each must
reach ``PASS_MARK``.
"""

from __future__ import annotations

import csv
import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .. import content
from ..config import PROJECT_ROOT
from ..content import diary, guide, red_flags, routines
from . import nlu
from .model import expanded_slot_types
from .words import body_part_in, free_words_in, route_free_words

EVALUATION_DIR = PROJECT_ROOT / "tests" / "nlu"
PASS_MARK = 0.95

_SLOT_TYPE_OF = {
    "bodyPart": "BODY_PART", "symptom": "SYMPTOM", "person": "PERSON", "stretch": "STRETCH",
    "routine": "ROUTINE", "trigger": "TRIGGER", "topic": "TOPIC",
}


@dataclass(frozen=True)
class Case:
    locale: str
    utterance: str
    intent: str
    slots: dict[str, str]

    @property
    def held_out(self) -> bool:
        """Half the set, fixed by a hash, is never read while writing templates."""
        return hashlib.sha256(self.utterance.encode()).digest()[0] % 2 == 0


@dataclass
class Outcome:
    case: Case
    heard: str  # the intent the skill acts on, or "" for none (a "didn't catch that")
    slots: dict[str, str] = field(default_factory=dict)
    free_words: bool = False  # a catch-all took it, and our own code routed the words

    @property
    def intent_right(self) -> bool:
        return self.heard == self.case.intent

    @property
    def slots_right(self) -> bool:
        return all(
            _same_slot(self.case.locale, name, said, self.slots.get(name))
            for name, said in self.case.slots.items()
        )


def group_of(intent: str) -> str:
    """The intent group an evaluation row belongs to."""
    if intent.startswith("AMAZON."):
        return "builtin"
    if intent == content.RED_FLAG_INTENT:
        return "redflag"
    if content.answer_for_intent(intent) or intent == content.QUESTION_INTENT:
        return "question"
    for group, names in _GROUPS.items():
        if intent in names:
            return group
    return "other"


_GROUPS = {
    "relief": {"CrampReliefIntent", "CrampDurationIntent", "StillCrampingIntent",
               "CrampGoneIntent"},
    "stretch": {"StretchIntent", "WaitIntent", "ResumeStretchIntent", "OtherSideIntent"},
    "routine": {"RoutineIntent"},
    "diary": {"LogCrampIntent", "DiaryDurationIntent", "CrampCountIntent", "LastCrampIntent",
              "TriggerSummaryIntent", "DeleteDiaryIntent"},
}


def load_cases(locales: Iterable[str] | None = None,
               directory: Path = EVALUATION_DIR) -> list[Case]:
    cases = []
    wanted = set(locales) if locales else None
    for path in sorted(directory.glob("*.csv")):
        locale = path.stem
        if wanted and locale not in wanted:
            continue
        with path.open(newline="", encoding="utf-8") as file:
            for row in csv.DictReader(file):
                slots = {
                    key[len("slot["):-1]: value.strip()
                    for key, value in row.items()
                    if key and key.startswith("slot[") and value and value.strip()
                }
                cases.append(Case(locale, row["utterance"].strip(), row["intent"].strip(), slots))
    return cases


def _answer_intent(match: nlu.Match, locale: str) -> str:
    """The intent the skill acts on: QuestionIntent with a known topic is that answer's;
    free words are what ``route_words`` makes of them (as the handlers do)."""
    if match.intent == content.QUESTION_INTENT:
        topic = _slot_id(locale, "topic", match.slots.get("topic", ""))
        answer = content.answer_for_topic(topic)
        return answer.intent if answer else match.intent
    found = free_words_in(match.intent, match.slots)
    if found is None:
        return match.intent
    said = found.words
    route = route_free_words(found, locale)
    match.slots.clear()
    if route.flag is not None:
        match.slots["symptom"] = said
        return content.RED_FLAG_INTENT
    if route.intent:
        return route.intent
    if route.routine:
        return routines.ROUTINE_INTENT
    if route.diary_question:
        return route.diary_question
    if route.log:
        return diary.LOG_INTENT
    if route.stretch or route.stretch_unnamed:
        return guide.STRETCH_INTENT
    if route.relief:
        match.slots["bodyPart"] = said
        return content.RELIEF_INTENT
    return route.answer.intent if route.answer else ""


def _slot_id(locale: str, name: str, said: str) -> str:
    slot_type = _SLOT_TYPE_OF.get(name)
    if not slot_type:
        return said.lower()
    if name == "symptom":  # a flag is the same flag however it is worded
        flag = red_flags.flag_in_words(said)
        if flag is not None:
            return flag.id
    if name == "bodyPart":
        part = body_part_in(said.lower(), locale)
        if part is not None and not _is_value(locale, slot_type, said):
            return part
    for st in expanded_slot_types(locale, lenient=True):
        if st.name == slot_type:
            for value in st.values:
                if said.lower() in (w.lower() for w in (value.value, *value.synonyms)):
                    return value.id
    return said.lower()


def _is_value(locale: str, slot_type: str, said: str) -> bool:
    return any(said.lower() in (w.lower() for w in (v.value, *v.synonyms))
               for st in expanded_slot_types(locale, lenient=True) if st.name == slot_type
               for v in st.values)


def _same_slot(locale: str, name: str, expected: str, heard: str | None) -> bool:
    if heard is None:
        return False
    return _slot_id(locale, name, expected) == _slot_id(locale, name, heard)


# What a hearer does: the locale and its utterances in, a match (or None) for each out.
Hearer = Callable[[str, list[str]], list["nlu.Match | None"]]


def offline_hearer(lenient: bool = False) -> Hearer:
    """Our own matcher (``cramp-coach say``), which matches as virtual-alexa does."""
    def hear(locale: str, utterances: list[str]) -> list[nlu.Match | None]:
        return [nlu.match(u, locale, lenient) for u in utterances]
    return hear


def evaluate(cases: Iterable[Case], lenient: bool = False,
             hear: Hearer | None = None) -> list[Outcome]:
    hear = hear or offline_hearer(lenient)
    cases = list(cases)
    heard: dict[int, nlu.Match | None] = {}
    for locale in sorted({c.locale for c in cases}):
        mine = [i for i, c in enumerate(cases) if c.locale == locale]
        for i, found in zip(mine, hear(locale, [cases[i].utterance for i in mine]), strict=True):
            heard[i] = found
    outcomes = []
    for i, case in enumerate(cases):
        found = heard[i]
        if found is None:
            outcomes.append(Outcome(case, ""))
        else:
            free = free_words_in(found.intent, {}) is not None
            outcomes.append(Outcome(case, _answer_intent(found, case.locale), found.slots, free))
    return outcomes


@dataclass(frozen=True)
class Score:
    right: int
    total: int

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 1.0


def scores(outcomes: Iterable[Outcome], key: str = "group") -> dict[str, Score]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for outcome in outcomes:
        name = group_of(outcome.case.intent) if key == "group" else outcome.case.intent
        total[name] += 1
        right[name] += outcome.intent_right
    return {name: Score(right[name], total[name]) for name in sorted(total)}


def report(outcomes: list[Outcome], show_misses: bool = True) -> Iterator[str]:
    """Lines for the terminal: per group, per intent, then the misses."""
    by_group = scores(outcomes)
    yield "intent group      right / total   share"
    for name, score in by_group.items():
        mark = "ok" if score.share >= PASS_MARK else "BELOW"
        yield f"{name:<16} {score.right:>6} / {score.total:<6} {score.share:6.1%}  {mark}"
    overall = Score(sum(o.intent_right for o in outcomes), len(outcomes))
    slot_cases = [o for o in outcomes if o.intent_right and o.case.slots]
    slots = Score(sum(o.slots_right for o in slot_cases), len(slot_cases))
    yield f"{'all':<16} {overall.right:>6} / {overall.total:<6} {overall.share:6.1%}"
    yield (f"{'slots':<16} {slots.right:>6} / {slots.total:<6} {slots.share:6.1%}"
           "  (of the rows whose intent was right)")
    yield ""
    yield "intent                          right / total"
    for name, score in scores(outcomes, key="intent").items():
        yield f"{name:<30} {score.right:>4} / {score.total:<4} {score.share:6.1%}"
    if show_misses:
        misses = [o for o in outcomes if not o.intent_right]
        by_intent: dict[str, list[Outcome]] = defaultdict(list)
        for miss in misses:
            by_intent[miss.case.intent].append(miss)
        yield ""
        yield f"misses ({len(misses)}):"
        for intent, items in sorted(by_intent.items()):
            for miss in items:
                heard = miss.heard or ("(free words, placed nowhere)" if miss.free_words
                                       else "(no sample: Fallback)")
                yield f"  {miss.case.locale} {intent} <- {miss.case.utterance!r}: heard {heard}"


def failing_groups(outcomes: list[Outcome]) -> dict[str, Score]:
    return {name: s for name, s in scores(outcomes).items() if s.share < PASS_MARK}
