"""Who answers free words: what the model passes on behind "my ...", "why ...", "he ...".

One place decides, for the handlers and for the evaluation alike: a red flag in the
words wins; then a body part or a cramp word means relief; a question goes to the answer
our topic matcher picks; anything else is not understood.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from .. import content
from ..content import diary, red_flags, routines, utterances
from ..content.schema import Answer, RedFlag, Tier
from .model import expanded_slot_types
from .topics import answer_for_words

CRAMP_WORDS = re.compile(r"\b(?:cramp\w*|spasm\w*|seiz\w*|charley|charlie|knot\w*|twitch\w*)")
# Words of the body or of feeling unwell: with any of them, words are never "not ours".
HEALTH_WORDS = re.compile(
    r"\b(?:pain\w*|hurt\w*|ache\w*|aching|sore|sick|ill|unwell|dizz\w*|faint\w*|fever\w*"
    r"|blood\w*|heart\w*|breath\w*|chest|head\w*|stomach|muscle\w*|nerve\w*|numb\w*|weak\w*"
    r"|tired|doctor\w*|gp|hospital|ambulance|emergency|medic\w*|pill\w*|tablet\w*|injur\w*"
    r"|swell\w*|swollen|bleed\w*|vomit\w*|nause\w*|body|leg\w*|arm\w*|foot|feet|toe\w*"
    r"|stretch\w*|health\w*|symptom\w*|feel\w*|cut|wound|help)\b")


@dataclass(frozen=True)
class WordsRoute:
    flag: RedFlag | None = None
    relief: bool = False
    body_part: str | None = None  # with relief or a log: the content id, if said
    answer: Answer | None = None
    stretch: str | None = None  # a stretch to guide, by id
    stretch_unnamed: bool = False  # a stretch asked for, none named: ask which
    routine: str | None = None  # an audio routine to play, by id
    log: bool = False  # put a cramp in the diary
    trigger: str | None = None  # with a log: what came before it, by id
    out_of_scope: bool = False  # plainly not about cramps or health: say what we do instead
    diary_question: str | None = None  # a question about the diary: its intent


@dataclass(frozen=True)
class FreeWords:
    """What a catch-all intent passed on, put back together."""

    words: str
    theirs: bool = False  # said of someone else: "he ...", "my dad's ..."
    question: bool = False  # after a question word
    diary: bool = False  # after a word that puts something in the diary
    request: bool = False  # after a word people say to an assistant ("play ...")


def free_words_in(intent: str, slots: Mapping[str, str | None]) -> FreeWords | None:
    """The words a catch-all intent took, or None for any other intent. A carrier that is
    itself a word of the message ("dark ...", "lots of ...") has its own slot; its word
    goes back in front."""
    def said(name: str) -> str:
        return (slots.get(name) or "").strip().lower()

    if intent == utterances.QUESTION_WORDS_INTENT:
        return FreeWords(said(utterances.QUESTION_WORDS.name), question=True)
    if intent == diary.LOG_WORDS_INTENT:
        return FreeWords(said(diary.ENTRY.name), diary=True)
    if intent == utterances.OUT_OF_SCOPE_INTENT:
        return FreeWords(said(utterances.REQUEST_WORDS.name), request=True)
    if intent != red_flags.WORDS_INTENT:
        return None
    if theirs := said(red_flags.THEIR_WORDS.name):
        return FreeWords(theirs, theirs=True)
    for slot, word, _ in red_flags.KEPT_CARRIERS:
        if kept := said(slot.name):
            return FreeWords(f"{word} {kept}")
    return FreeWords(said(red_flags.WORDS.name))


def route_free_words(found: FreeWords, locale: str) -> WordsRoute:
    return route_words(found.words, locale, question=found.question, diary=found.diary,
                       request=found.request)


@cache
def _phrases(locale: str, slot_type_name: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Every way of saying a slot type's values in the locale's model, longest first."""
    said = [(name.lower(), value.id)
            for slot_type in expanded_slot_types(locale) if slot_type.name == slot_type_name
            for value in slot_type.values for name in (value.value, *value.synonyms)]
    said.sort(key=lambda item: -len(item[0]))
    return tuple((re.compile(rf"\b{re.escape(name)}\b"), part) for name, part in said)


def body_part_in(words: str, locale: str) -> str | None:
    return _first_value(words, _phrases(locale, "BODY_PART"))


def trigger_in(words: str, locale: str) -> str | None:
    return _first_value(words, _phrases(locale, "TRIGGER"))


def stretch_in(words: str, locale: str, by_body_part: bool = True) -> str | None:
    """A stretch asked for by name ("do the cat cow with me", "a hamstring stretch"), or by
    the body part it is for ("lead me through a stretch for the back of my thigh")."""
    if not _STRETCH_WORD.search(words):
        return None
    named, named_length = _longest_value(words, _phrases(locale, "STRETCH"))
    part, part_length = _longest_value(words, _phrases(locale, "BODY_PART"))
    if by_body_part and part is not None and part_length > named_length:  # not just "back"
        return content.relief_for(part).stretch or named
    return named


def routine_in(words: str, locale: str) -> str | None:
    """A routine asked for: "put on the night cramp routine", "my bedtime stretches"."""
    if not _ROUTINE_WORD.search(words):
        return None
    return _first_value(words, _phrases(locale, "ROUTINE")) or routines.DEFAULT_ROUTINE_ID


# Questions about one's own diary ("how many cramps have I had", "when was my last one").
_DIARY_QUESTIONS = (
    (diary.COUNT_INTENT, re.compile(
        r"\b(?:many|often)\b.*\b(?:have i|did i|i've|i have|logged|in my diary"
        r"|this week|this month|so far|lately|recently|today|this year)\b"
        r"|\bcount (?:my|the)\b|\bcramp count\b")),
    (diary.LAST_INTENT, re.compile(r"\b(?:my|the) (?:last|latest|most recent|previous)"
                                   r" (?:cramp|one|spasm|entry)|\bdid i last\b|\bi last\b"
                                   r"|\bi (?:get|got|had|have) (?:my |the )?last (?:cramp|one)\b")),
    (diary.TRIGGERS_INTENT, re.compile(
        r"\bmy (?:cramp )?(?:triggers|patterns)\b|\b(?:triggers?|sets? off|caus\w*|brings? on)"
        r" my (?:cramps|spasms)\b.*\b(?:diary|logged|log)\b|\bmost common triggers\b")),
)


def diary_question_in(words: str) -> str | None:
    for intent, pattern in _DIARY_QUESTIONS:
        if pattern.search(words):
            return intent
    return None


_ROUTINE_WORD = re.compile(
    r"\broutines?\b|\b(?:bedtime|bed time|night time|nighttime|evening|before bed)\W+"
    r"(?:\w+\W+)?(?:stretch\w*|routine)"
    r"|\b(?:play|put on)\b.*\b(?:night|bedtime|bed|sleep)")
_STRETCH_WORD = re.compile(
    r"\b(?:stretch\w*|pose|cat cow|knees? to (?:the |my |your )?chest|knee hugs?|twist\w*"
    r"|rotation\w*)\b")


def _longest_value(words: str, phrases: tuple[tuple[re.Pattern[str], str], ...]
                   ) -> tuple[str | None, int]:
    """The value of the longest phrase said (phrases come longest first), and its length."""
    for phrase, value_id in phrases:
        if found := phrase.search(words):
            return value_id, len(found.group(0))
    return None, 0


def _first_value(words: str, phrases: tuple[tuple[re.Pattern[str], str], ...]) -> str | None:
    return _longest_value(words, phrases)[0]


def route_words(words: str | None, locale: str, *, question: bool = False,
                diary: bool = False, request: bool = False) -> WordsRoute:
    """What free words ask for. ``question``: they followed a question word; ``diary``: a
    word that puts something in the diary ("log ...", "jot down ..."); ``request``: a word
    people say to an assistant ("play ...", "order ...")."""
    said = (words or "").lower()
    flag, asked = red_flags.sign_in_words(said)
    if flag is not None and not asked:
        # "Why do I keep getting cramps at night?" asks; its answer names the doctor too.
        # Urgent and emergency flags escalate, asked or not.
        answer = answer_for_words(said) if question and flag.tier is Tier.DOCTOR else None
        return WordsRoute(answer=answer) if answer is not None else WordsRoute(flag=flag)
    if flag is not None and question:
        return WordsRoute(answer=content.answer_by_id(_DANGEROUS_SIGNS_ANSWER))
    routine = routine_in(said, locale)
    if routine is not None:
        return WordsRoute(routine=routine)
    part = body_part_in(said, locale)
    ours = bool(part or CRAMP_WORDS.search(said) or HEALTH_WORDS.search(said))
    if request and not ours:
        return WordsRoute(out_of_scope=True)
    if diary:
        return WordsRoute(log=True, body_part=part, trigger=trigger_in(said, locale))
    # "Which stretches help leg cramps?" asks for the answer, not the calf stretch.
    stretch = stretch_in(said, locale, by_body_part=not question)
    if stretch is not None:
        return WordsRoute(stretch=stretch)
    if diary_asked := diary_question_in(said):
        return WordsRoute(diary_question=diary_asked)
    cramp = part is not None or bool(CRAMP_WORDS.search(said))
    asks_for_relief = cramp and bool(_ASKS_FOR_RELIEF.search(said))
    # "What do I do, my calf": relief. "What do I do about cramps at night": the answer.
    if asks_for_relief and (part or _HAPPENING_NOW.search(said)):
        return WordsRoute(relief=True, body_part=part)
    if question or _ASKS_INSIDE.search(said):
        answer = answer_for_words(said)
        if answer is not None:
            return WordsRoute(answer=answer)
        if asks_for_relief:
            return WordsRoute(relief=True)
    elif cramp:
        return WordsRoute(relief=True, body_part=part)
    elif _STRETCH_WORD.search(said):  # "coach me through some stretches"
        return WordsRoute(stretch_unnamed=True)
    # Nothing of ours and nobody named: plainly not about cramps or health ("my car
    # battery is dead"). Someone named keeps the emergency line: "my wife won't wake up".
    return WordsRoute(out_of_scope=not ours and not _names_someone(said, locale)
                      and not said.startswith(("no ", "not ")))


_DANGEROUS_SIGNS_ANSWER = "dangerous_signs"
# What someone in the middle of a cramp asks for: relief, even after a question word (the
# model keeps only what follows it: "what should I do ..." arrives as "should i do ...").
_ASKS_FOR_RELIEF = re.compile(
    r"^(?:should|do|can|shall) (?:i|we) do\b|^(?:do|can|should) (?:i|we) (?:stop|ease|relieve"
    r"|get rid|fix|release|loosen|make)\b|^to do\b"
    r"|\b(?:what (?:do|should|can|shall) (?:i|we) do|what to do|how (?:do|can|should) (?:i|we)"
    r" (?:stop|ease|relieve|get rid|fix|release|loosen|make)|how to (?:stop|ease|relieve|get rid"
    r"|release|loosen)|make it stop|right now|help me|please help|it's killing me|so much pain"
    r"|what now|now what)\b")
# A question after a statement: "I'm on a statin, could that be why my legs cramp".
_ASKS_INSIDE = re.compile(
    r"\b(?:is that why|could that be why|could that be|is it because|is that the reason"
    r"|why do|why does|why am|why is|how often should|how much should|how long should"
    r"|should i|could it be|can that cause|does that cause|what causes)\b")
# A cramp going on as they speak.
_HAPPENING_NOW = re.compile(
    r"\b(?:right now|now|it's cramping|is cramping|am cramping|i'm cramping|this cramp"
    r"|make it stop|killing me|so bad|so much|hurts|seized|locked)\b")
_PRONOUNS = re.compile(r"\b(?:he|she|they|he's|she's|they're|him|her|them|his|their)\b")


def _names_someone(said: str, locale: str) -> bool:
    named = _first_value(said, _phrases(locale, "PERSON"))
    return bool(_PRONOUNS.search(said)) or named is not None
