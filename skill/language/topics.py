"""Which answer a free-worded question is about, from the words of our own questions.

Behind the question words ("why ...", "how ...", "can ...") the model passes on what it
could not place as free text. Here each answer is a bag of the words its question
templates and topics use; a question goes to the answer whose words it shares most,
rare words counting more (each word weighs the log of how few answers use it). Too
little in common, and nothing is claimed: the caller says it didn't understand.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from .. import content
from ..content import grammar as phrasing
from ..content.schema import Answer
from .grammar import expand

# Words that say nothing about the topic.
_STOP = frozenset("""
a an the and or but if so of to in on at for with from by about as is are was were be been being
am do does did done doing have has had having i i'm i've me my mine you your it it's its this that
these those there there's what what's why how when where which who whom can could should would
will shall may might must get gets got getting make makes made really actually just um uh er
well okay ok please tell know want wondering wonder like need any some much many more most
very too also ever even still only all anything something thing things way one ones them they
their he she his her we our us cramp cramps cramping crampy spasm spasms muscle muscles help
anyway first place exactly
""".split())
_WORD = re.compile(r"[a-z']+")
PAIR_WEIGHT = 0.5  # a pair of words, against one word
MIN_SCORE = 1.2  # below this, nothing the question shares is specific to one answer
# Words that put a question in our field; without one, a question must share two words
# with an answer ("what's the weather like" shares only "weather" with cold as a trigger).
_FIELD = frozenset((
    "cramp", "spasm", "muscle", "charley", "charlie", "twitch", "stretch", "leg", "calf",
    "foot", "feet", "toe", "hamstring", "thigh", "neck", "back", "shoulder", "arm", "hand",
    "stomach", "tetanus", "magnesium", "potassium", "salt", "electrolyte", "pickle",
))


# Times of day share nothing with a topic on their own: "who won the game last night".
_WHEN = frozenset(("night", "last", "today", "tonight", "morning", "day", "week", "time",
                   "yesterday", "evening", "year", "month", "now"))


# Other names for a cramp say no more than "cramp" does: "what causes a charley horse".
_CRAMP_NAMES = re.compile(r"\bchar(?:ley|lie) horses?\b")


def stem(word: str) -> str:
    """A crude stem, enough to meet "calves" with "calf" and "cramping" with "cramp"."""
    word = word.removesuffix("'s")
    for suffix, keep in (("ies", "y"), ("ves", "f"), ("ing", ""), ("ed", ""), ("es", ""),
                         ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: len(word) - len(suffix)] + keep
    return word


def content_words(text: str) -> list[str]:
    """Stems of the words that say something, and each pair said side by side ("side
    effect", "dark chocolate"): a pair is more specific than either word."""
    text = _CRAMP_NAMES.sub("cramp", text.lower())
    stems = [stem(w) for w in _WORD.findall(text) if w not in _STOP]
    return stems + [f"{a}_{b}" for a, b in zip(stems, stems[1:], strict=False)]


@dataclass(frozen=True)
class _Index:
    weights: dict[str, dict[str, float]]  # answer id -> stem -> weight


@cache
def _index() -> _Index:
    bags: dict[str, Counter[str]] = {}
    rules = phrasing.rules_for(content.DEFAULT_LOCALE)
    for answer in content.ANSWERS:
        bag: Counter[str] = Counter()
        for template in (*answer.questions, *answer.topics):
            for sample in expand(template, rules, budget=40):
                bag.update(set(content_words(sample)))
        bag.update(content_words(" ".join(answer.topics)) * 3)
        bags[answer.id] = bag
    documents = Counter(word for bag in bags.values() for word in bag)
    total = len(bags)
    weights = {}
    for answer_id, bag in bags.items():
        biggest = max(bag.values(), default=1)
        weights[answer_id] = {
            word: math.log(1 + total / documents[word]) * (0.5 + 0.5 * count / biggest)
            * (PAIR_WEIGHT if "_" in word else 1.0)
            for word, count in bag.items()
        }
    return _Index(weights)


# A question in our field with nothing more specific in it: "what is muscle cramp" is
# what a cramp is; "why am I getting cramps again and again" has several causes.
_DEFINITION = re.compile(r"^(?:(?:even|actually|exactly|really) )?(?:is|are|was|'s|does|do"
                         r"|meant|exactly|an?|the)\b|\bmeaning of\b|\bmean by\b")


def _unspecific(words: str) -> Answer | None:
    said = words.lower().strip()
    if not any(stem(w) in _FIELD for w in _WORD.findall(said)):
        return None
    return content.answer_by_id("what_is_a_cramp" if _DEFINITION.search(said)
                                else "why_do_i_keep_cramping")


def answer_for_words(words: str | None) -> Answer | None:
    """The answer a free-worded question is most about, or None when none stands out."""
    said = set(content_words(words or ""))
    if not said:
        return _unspecific(words or "")
    scores = {
        answer_id: sum(weights.get(word, 0.0) for word in said)
        for answer_id, weights in _index().weights.items()
    }
    best = max(scores, key=lambda answer_id: scores[answer_id])
    shared = sum(1 for word in said
                 if word in _index().weights[best] and word not in _WHEN and "_" not in word)
    in_field = any(stem(w) in _FIELD for w in _WORD.findall((words or "").lower()))
    if scores[best] < MIN_SCORE or not (in_field or shared >= 2):
        return _unspecific(words or "")  # "what is meant by muscle spasm"
    return content.answer_by_id(best)

