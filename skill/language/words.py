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
from ..content import answers, diary, red_flags, routines, utterances
from ..content.schema import Answer, RedFlag, Tier
from .model import expanded_slot_types
from .topics import answer_for_words

CRAMP_WORDS = re.compile(r"\b(?:cramp\w*|spasm\w*|seiz\w*|charley|charlie|knot\w*|twitch\w*"
                         r"|catching|just caught|caught suddenly)")  # "catch": a cramp, in en-IN
# Words of the body or of feeling unwell: with any of them, words are never "not ours".
HEALTH_WORDS = re.compile(
    r"\b(?:pain\w*|hurt\w*|ache\w*|aching|sore|sick|ill|unwell|dizz\w*|faint\w*|fever\w*"
    r"|blood\w*|heart\w*|breath\w*|chest|head\w*|stomach|muscle\w*|nerve\w*|numb\w*|weak\w*"
    r"|tired|doctor\w*|gp|hospital|ambulance|emergency|medic\w*|pill\w*|tablet\w*|injur\w*"
    r"|swell\w*|swollen|bleed\w*|vomit\w*|nause\w*|body|leg\w*|arm\w*|foot|feet|toe\w*"
    r"|stretch\w*|health\w*|symptom\w*|feel\w*|cut|wound|help)\b")


FALLBACK_INTENT = "AMAZON.FallbackIntent"


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
    # Words that answer as one of our intents without slots: "yeah go on then" is a yes,
    # "hang on a sec mate" a wait, "wipe the whole diary" the delete.
    intent: str | None = None


@dataclass(frozen=True)
class FreeWords:
    """What a catch-all intent passed on, put back together."""

    words: str
    theirs: bool = False  # said of someone else: "he ...", "my dad's ..."
    question: bool = False  # after a question word
    diary: bool = False  # after a word that puts something in the diary
    request: bool = False  # after a word people say to an assistant ("play ...")
    lead: bool = False  # after a word kept as said ("yeah ...", "okay ..."): see LEAD_WORDS


def free_words_in(intent: str, slots: Mapping[str, str | None]) -> FreeWords | None:
    """The words a catch-all intent took, or None for any other intent. A carrier that is
    itself a word of the message ("dark ...", "lots of ...") has its own slot; its word
    goes back in front."""
    def said(name: str) -> str:
        return (slots.get(name) or "").strip().lower()

    if intent == utterances.QUESTION_WORDS_INTENT:
        return FreeWords(said(utterances.QUESTION_WORDS.name), question=True)
    if intent == content.TOPIC_WORDS_INTENT:
        for slot, word in answers.TOPIC_CARRIERS:
            if slots.get(slot.name) is not None:
                return FreeWords(f"{word} {said(slot.name)}".strip(), question=True)
        return FreeWords("", question=True)
    if intent == diary.LOG_WORDS_INTENT:
        return FreeWords(said(diary.ENTRY.name), diary=True)
    if intent == utterances.OUT_OF_SCOPE_INTENT:
        return FreeWords(said(utterances.REQUEST_WORDS.name), request=True)
    if intent != red_flags.WORDS_INTENT:
        return None
    if theirs := said(red_flags.THEIR_WORDS.name):
        return FreeWords(theirs, theirs=True)
    for slot, word, _ in red_flags.KEPT_CARRIERS:
        # Present but empty: the carrier was all that was said ("calf", "yeah").
        if slots.get(slot.name) is not None:
            return FreeWords(f"{word} {said(slot.name)}".strip(),
                             question=word in red_flags.QUESTION_LEADS,
                             lead=word in red_flags.LEAD_WORDS)
    return FreeWords(said(red_flags.WORDS.name))


def route_free_words(found: FreeWords, locale: str) -> WordsRoute:
    route = route_words(found.words, locale, question=found.question, diary=found.diary,
                        request=found.request)
    if found.lead and (route.out_of_scope or route == WordsRoute()):
        # "Okay, I'm at the wall": a lead word we kept, then nothing we can place. Alexa
        # would have sent the fallback, which answers for what is going on (a stretch...).
        return WordsRoute(intent=FALLBACK_INTENT)
    return route


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


def routine_in(words: str, locale: str, loosely: bool = True) -> str | None:
    """A routine asked for: "put on the night cramp routine", "my bedtime stretches". Not
    ``loosely``: only a routine named as one (after "jot down ...", "one for last night" is
    a cramp to log, not the night routine)."""
    if not (_ROUTINE_WORD.search(words) or (loosely and _ROUTINE_LOOSELY.search(words))):
        return None
    return _first_value(words, _phrases(locale, "ROUTINE")) or routines.DEFAULT_ROUTINE_ID


# Questions about one's own diary ("how many cramps have I had", "when was my last one").
_DIARY_QUESTIONS = (
    (diary.COUNT_INTENT, re.compile(
        r"\b(?:many|often)\b.*\b(?:have i|did i|i've|i have|logged|in my diary"
        r"|this week|this month|so far|lately|recently|today|this year)\b"
        r"|\bcount (?:my|the|of my|of the)\b|\bcramp count\b|\bhave i had (?:a lot|lots|loads"
        r"|many|much)\b|^i had (?:a lot|lots|loads|many|so many)\b|\btotal (?:how many|number)\b"
        r"|\bmore cramps\b.*\bthan\b")),
    (diary.LAST_INTENT, re.compile(r"\b(?:my|the) (?:last|latest|most recent|previous)"
                                   r" (?:cramp|one|spasm|entry)|\bdid i last\b|\bi last\b"
                                   r"|\bi (?:get|got|had|have) (?:my |the )?last (?:cramp|one)\b"
                                   r"|\b(?:the )?last time i (?:had|got|cramped|was cramping"
                                   r"|logged|spasmed)\b|^(?:last|previous|latest)"
                                   r" (?:cramp|spasm|entry|one) (?:was|i had|when)\b"
                                   r"|\b(?:my|me) last one\b|\b(?:my|the) last charley horse\b"
                                   r"|\bthat last one\b|\blast one i (?:logged|had)\b"
                                   r"|\bsince (?:my|me) last (?:cramp|one|spasm)\b"
                                   r"|\b(?:got|had) (?:a |my |the )?cramp last time\b")),
    (diary.TRIGGERS_INTENT, re.compile(
        r"\bmy (?:cramp )?(?:triggers|patterns)\b|\b(?:triggers?|sets? off|caus\w*|brings? on)"
        r" my (?:cramps|spasms)\b.*\b(?:diary|logged|log)\b|\bmost common triggers\b"
        r"|\b(?:diary|log)\b.*\btrigger|\btrigger.*\b(?:diary|log)\b"
        r"|\b(?:diary|log)\b.*\bcaus\w+ my|\b(?:been|keeps?) (?:setting off|bringing on|bringing"
        r"|triggering|causing|setting) (?:my|me) (?:cramps|spasms)\b|\bpattern\b.*\btrigger"
        r"|\b(?:is|are) (?:triggering|setting off|bringing on) (?:my|me) (?:cramps|spasms)\b"
        r"|\bmy (?:most common|main|usual|biggest|common) (?:cramp )?triggers\b"
        r"|\bmy cramps have in common\b|\bwhat i (?:logged|noted|recorded)\b"
        r"|\b(?:setting|set|bring|brings|bringing) (?:mine|me) (?:off|on)\b"
        r"|\bsetting (?:my|me) (?:cramps?"
        r"|spasms?) off\b"
        r"|\b(?:as per|according to|going by|based on) (?:my |the )?(?:diary|log)\b")),
)


def diary_question_in(words: str) -> str | None:
    for intent, pattern in _DIARY_QUESTIONS:
        if pattern.search(words):
            return intent
    return None


_ROUTINE_WORD = re.compile(
    r"\broutines?\b|\b(?:bedtime|bed time|night time|nighttime|evening|before bed)\W+"
    r"(?:\w+\W+)?(?:stretch\w*|routine)"
    r"|\b(?:play|put on)\b.*\b(?:night|bedtime|bed|sleep)"
    r"|\b(?:queue|queue up)\b.*\b(?:night|bedtime|routine)"
    r"|^(?:the )?(?:bedtime|night(?: time)?|nighttime) (?:leg|legs|cramp|cramps)$")
_ROUTINE_LOOSELY = re.compile(
    # "the night cramp one", "that bedtime leg thing", "something I can follow along to".
    r"\b(?:night|nighttime|night time|bedtime|bed time)\b(?: \w+){0,2} (?:one|thing)\b"
    r"|\bfollow along\b|^on (?:something|that|the)\b.*\bnight"
    r"|\b(?:night|nighttime|night time|bedtime|bed time)\b(?: \w+){0,2} (?:audio|track|recording)\b"
    # After "play": "something for my legs before bed", "the one for night cramps".
    r"|^(?:something|that|the one|one|that one)\b.*\b(?:before bed|bedtime|night|sleep)"
    # Stretches to play, or for bedtime: the audio routines.
    r"|\bplay\b.*\bstretch\w*|\bstretch\w*\b.*\bbefore (?:bed|sleep\w*)\b"
    r"|\bstretch\w* for (?:bed|bedtime|sleep\w*)\b")
_STRETCH_WORD = re.compile(
    r"\b(?:stretch\w*|pose|cat cow|knees? to (?:the |my |your )?chest|knee hugs?|twist(?!ed)\w*"
    r"|rotation\w*|loosen up)\b|\b(?:take|walk|talk|guide|lead|coach) me through\b"
    r"|\bthe \w+(?: \w+)? one\b")


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
    if flag is not None and flag.tier is Tier.DOCTOR and (asked_diary := diary_question_in(said)):
        # "Have I had a lot of cramps lately?": the diary answers, with its own doctor advice.
        return WordsRoute(diary_question=asked_diary)
    if flag is not None and not asked:
        # "Why do I keep getting cramps at night?" asks; its answer names the doctor too.
        # Urgent and emergency flags escalate, asked or not.
        # A question inside a statement ("my cramps started on new pills, is that related")
        # gets its answer only when the answer itself sends them to the doctor.
        asks = question or bool(_ASKS_INSIDE.search(said))
        answer = answer_for_words(said) if asks and flag.tier is Tier.DOCTOR else None
        if answer is not None and (question or _names_the_doctor(answer)):
            return WordsRoute(answer=answer)
        # "Can you get lockjaw from a rusty nail?" asks what causes what, and reports nothing:
        # its answer, when that answer itself says to get help right away.
        if _ASKS_WHAT_CAUSES.search(said) and not _REPORTS.search(said):
            answer = answer_for_words(said)
            if answer is not None and _SENDS_FOR_HELP.search(answer.speech):
                return WordsRoute(answer=answer)
        return WordsRoute(flag=flag)
    if flag is not None and question:
        return WordsRoute(answer=content.answer_by_id(_DANGEROUS_SIGNS_ANSWER))
    part = body_part_in(said, locale)
    if (answered := _intent_said(said, part)) is not None:
        return WordsRoute(intent=answered)
    routine = routine_in(said, locale, loosely=not diary)
    if routine is not None:
        return WordsRoute(routine=routine)
    # "Which stretches help leg cramps?" asks for the answer, not the calf stretch.
    stretch = stretch_in(said, locale, by_body_part=not question)
    if question and _ASKS_WHICH_STRETCH.search(said) and not _HAPPENING_NOW.search(said):
        stretch = None  # "what stretches are good for back spasms": the answer lists them
    ours = bool(part or stretch or CRAMP_WORDS.search(said) or HEALTH_WORDS.search(said))
    if request and not ours:
        return WordsRoute(out_of_scope=True)
    if diary_asked := diary_question_in(said):
        return WordsRoute(diary_question=diary_asked)
    if diary or _LOGS.search(said):
        return WordsRoute(log=True, body_part=part, trigger=trigger_in(said, locale))
    if stretch is not None:
        return WordsRoute(stretch=stretch)
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


# A general question about what causes what: "can you get tetanus from a rusty nail",
# "could a cut give me tetanus", "are clonic spasms related to seizures".
# (The question word itself may have gone with the carrier: "can" + "you get tetanus ...".)
_ASKS_WHAT_CAUSES = re.compile(
    r"^(?:(?:can|could|does|do|will) )?(?:you|a cut|a wound|a nail|a rusty nail|people|one"
    r"|tetanus|lockjaw) (?:get|give|cause)\b"
    r"|^(?:(?:is|are) )?(?:\w+ ){1,3}(?:related to|linked to|a sign of|connected to)\b")
# Words that report something that happened to someone, not a question in general.
_REPORTS = re.compile(r"\b(?:i|i've|i'm|my|he|she|they|he's|she's|his|her|their|we)\b")
_SENDS_FOR_HELP = re.compile(r"\b(?:help right away|call|emergency|right away)\b")


def _names_the_doctor(answer: Answer) -> bool:
    return "doctor" in answer.speech  # "{doctor}", "{a_doctor}" or the word itself


# What someone in the middle of a cramp asks for: relief, even after a question word (the
# model keeps only what follows it: "what should I do ..." arrives as "should i do ...").
_ASKS_FOR_RELIEF = re.compile(
    r"^(?:should|do|can|shall) (?:i|we) do\b|^(?:do|can|should) (?:i|we) (?:stop|ease|relieve"
    r"|get rid|fix|release|loosen|make)\b|^to do\b"
    r"|\b(?:what (?:do|should|can|shall) (?:i|we) do|what to do|how (?:do|can|should) (?:i|we)"
    r" (?:stop|ease|relieve|get rid|fix|release|loosen|make)|how to (?:stop|ease|relieve|get rid"
    r"|release|loosen)|make it stop|right now|help me|please help|it's killing me|so much pain"
    r"|what now|now what)\b")
# A question after a statement: "I'm on a statin, could that be why my legs cramp", "my
# calves cramp when I walk to the shops, why's that", "I play soccer, how do I stop cramping
# during games".
_ASKS_INSIDE = re.compile(
    r"\b(?:is that why|could that be why|could that be|is it because|is that the reason"
    r"|(?<!know )(?<!knows )(?<!idea )(?<!sure )why|why's|how come|how often should"
    r"|how much should|how long should"
    r"|should i|could it be|can that cause|does that cause|what causes|could that cause"
    r"|could (?:that|this|it) (?:be|cause|give)|can (?:that|this|it) (?:cause|give)"
    r"|(?:is|was) (?:that|it|this) (?:related|from|because|due|linked|normal|overuse"
    r"|\w+ circulation|a sign)|be why|is there a link|are they linked|what's the go"
    r"|how (?:do|can|should) (?:i|we|you) (?:deal with|handle|manage|cope with|beat)\b"
    r"|how (?:do|can) i (?:stop|reduce|prevent|avoid|keep from) (?:\w+ )*?(?:during|in the"
    r"|when|every"
    r"|after|while|on)\b|how to (?:reduce|prevent|avoid)|could be (?:giving|causing|why|the"
    r" reason)|explain|tell me about|which|what is|what are"
    # A question whose question word a filler pushed off the front: "um can too many ...".
    r"|^(?:can|could|does|do|is|are|will|would|should) (?:i|you|it|there|too|a|an|the|my"
    r"|this|that|these|those|we|they|he|she|people|someone|anyone)|^(?:what|why|how|which)"
    # A topic asked for by name: "cramp causes", "leg cramp prevention tips".
    r"|^(?:\w+ )?(?:cramps?|spasms?) (?:causes?|prevention|tips|facts|info|information"
    r"|symptoms|types|triggers|meaning|definition)$"
    r"|^(?:\w+ )?(?:cramps?|spasms?) (?:\w+ )?(?:tips|facts|info|information)$"
    # A yes-or-no question about a thing: "is dark chocolate a good source of magnesium",
    # "does pickle juice fix cramps".
    r"|^(?:does|do|is|are|will|would|can|could) (?!\w+ing\b)(?:\w+ ){1,3}(?:help|helps|work"
    r"|works|fix|stop|prevent|cause|good|bad|better|worse|safe|okay|ok|source)"
    r"|is there any way|is it normal|what (?:\w+ )?is a|what's the deal with|is it$"
    r"|will (?:that|this|it) cause|(?:or|and) not$"
    r"|wants? to know|was wondering|is asking|how does (?:it|that|this) go|is (?:that|it) (?:legit"
    r"|true|possible|real|right)|or what$|what's up with|are (?:those|they|these) (?:connected"
    r"|linked|related)|(?:will|can|could|should) i (?:always|ever|still)|is it (?:\w+ ){0,2}\w+$"
    r"|am i (?:always|ever) going to|(?:always|every time|whenever) (?:i )?cramp\b.*\bwhat can i do"
    r"|is (?:that|it|this) (?:the|a|an|just|from|because)"
    r"|(?:do|does|can|could) (?:those|these|they|that|it|this) (?:cause|give|make))\b")
# A cramp to put in the diary, said inside the words: "kindly add a calf cramp in my diary",
# "new entry, toes cramping after coffee", "record one cramp in my foot".
_LOGS = re.compile(
    r"^(?:(?:please |kindly |can you |could you |you )?(?:record|log|note|note down|write down"
    r"|jot down|put down|add) (?:(?:a |an |one |another |that |i |my )|(?:\w+ )?(?:cramp|spasm))"
    r"|new entry|add entry"
    r"|add an entry|(?:write )?(?:one|it|that|this) down\b|down (?:that|a|one|my)\b"
    r"|(?:in|into|to) (?:my |the )?diary\b|(?:please |kindly )?enter (?:a|one|an|my)\b"
    r"|(?:another|one more|a|one) .*\bfor (?:my|the) diary\b)"
    r"|\b(?:log|save|record|note) (?:it|that|this)(?: down| please| for me)?$"
    r"|\b(?:need|want|like) to (?:log|record|add|note|write down)\b"
    r"|\b(?:add|put|pop|record|log|write|note|save|keep)\b.*\b(?:in|into|to|on) (?:my|the)"
    r" (?:diary|log|cramp diary)\b")
# A cramp going on as they speak.
_HAPPENING_NOW = re.compile(
    r"\b(?:right now|now|it's cramping|is cramping|am cramping|i'm cramping|this cramp"
    r"|make it stop|killing me|so bad|so much|hurts|seized|locked)\b"
    r"|^to do (?:for|about|with) (?:a |the |my |this )?(?:cramp|spasm|catch)s?$"
    r"|\bwhat (?:do|should|can) i do (?:with|for|about) (?:a |the |my |this )?(?:cramp|spasm"
    r"|catch)s?$")
# Asking which stretch helps, not asking to be walked through one.
_ASKS_WHICH_STRETCH = re.compile(
    r"\b(?:good|best|any|which|what|helpful|useful) stretch(?:es)?\b(?: \w+){0,3} (?:for|help"
    r"|helps)\b|\bstretch(?:es)? (?:are|is|that) (?:good|best|help\w*) for\b")
_PRONOUNS = re.compile(r"\b(?:he|she|they|he's|she's|they're|him|her|them|his|their)\b")


def _names_someone(said: str, locale: str) -> bool:
    named = _first_value(said, _phrases(locale, "PERSON"))
    return bool(_PRONOUNS.search(said)) or named is not None


# --- words that answer as one of our intents without slots ----------------------------------

_POLITE = (r"(?: (?:please|mate|eh|then|thanks|thank you|na|ji|now|love|buddy|bud|sir|ma'am"
           r"|man|dude|cheers|yaar|again|ta))*")
_YES = (r"(?:yeah|yes|yep|yup|sure|okay|ok|alright|all right|righto|aye|haan|haan ji|ji|of course"
        r"|go on|go ahead|do it|let's go|let's do it|let's do that|why not|please|course|definitely"
        r"|absolutely|fine|accha|achha|sounds good|go for it|too easy|uh huh|you bet|yes please"
        r"|let's|do that)")
_NO = (r"(?:no|nah|nope|not now|not really|not tonight|not today|maybe later|later|no thanks"
       r"|no thank you|i'm good|i'm fine|i'm okay|i'm alright|nahi|no need|not right now|yeah nah"
       r"|i'm right|not just now|not needed|not yet|not for now)")
# Each: the intent, and the words that say it (the whole utterance, or how it starts).
_SAID_AS_INTENT: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("AMAZON.YesIntent", re.compile(rf"{_YES}(?: {_YES})*{_POLITE}")),
    ("AMAZON.NoIntent", re.compile(rf"{_NO}(?: {_NO})*{_POLITE}")),
    ("AMAZON.HelpIntent", re.compile(
        r"(?:help|help me|help me out|help please|i need help)(?: how to use (?:this|it))?"
        r"|(?:all )?(?:you can|can you|can i|do you|all can you|all you can)(?: even| actually)?"
        r" (?:do|say)(?: for me| here| now| to you)?|(?:what )(?:can you|can i|do you)(?: even)?"
        r" (?:do|say)(?: for me| here| now)?|(?:kinda |a bit |so |totally |really )?(?:lost"
        r"|confused)(?: here| now)?"
        r"|(?:how(?:'s| does) )?(?:this|it|this thing) works?|how (?:do|can) i use (?:this|it|you)"
        r"(?: thing)?|(?:what )?(?:am i|do i|should i)"
        r" (?:meant to |supposed to )?say(?: here)?")),
    ("AMAZON.CancelIntent", re.compile(r"(?:cancel(?: that| it| this)?|forget (?:it|that|about it"
                                       r"|about that))" + _POLITE)),
    ("AMAZON.PauseIntent", re.compile(
        r"(?:can you |could you |please )?pause(?: it| that| this| the audio| the routine"
        r"| the stretch| for a (?:sec|second|moment|bit))?" + _POLITE)),
    ("AMAZON.RepeatIntent", re.compile(
        r"(?:(?:sorry|wait|huh|what) )?(?:pardon|come again|what'd you say|what did you say"
        r"|what was that"
        r"|say (?:that|it) again"
        r"|once more|one more time|repeat(?: that| it)?)" + _POLITE)),
    ("AMAZON.ResumeIntent", re.compile(r"(?:keep playing|carry on playing|play on|unpause)"
                                       + _POLITE)),
    ("AMAZON.StopIntent", re.compile(
        r"(?:(?:okay|ok|right|alright|shush) )?(?:that's me done|that's me|i'm done|i'm finished"
        r"|that's enough|that's all|stop|quit|enough|bye|goodbye|good night|night night|ta ra"
        r"|cheerio|shush|be quiet|quiet|you can stop)(?: (?:now|stop|stop talking|thanks|please))*"
        + _POLITE)),
    ("AMAZON.StartOverIntent", re.compile(
        r"(?:let's |can we |please |we )?(?:start (?:over|again|afresh|from (?:the )?(?:beginning"
        r"|top|start|scratch))|restart|begin again|from the (?:top|beginning|start)).*"
        # After "start", a request word the model keeps apart: "start again from the top".
        r"|(?:over|again|afresh) from the (?:top|beginning|start)"
        r"|(?:again )?from (?:the )?(?:beginning|top|start|first)|it (?:again|over)"
        r"|again from (?:the )?(?:first|beginning|top|start)")),
    ("AMAZON.PreviousIntent", re.compile(
        r"(?:previous|the one before|one before)(?: one| step| that| stretch)?" + _POLITE
        + r"|(?:go |take me |step |skip )?back(?: up)?(?: (?:a bit|a step|one|one step|a stretch"
        r"|to the (?:last|previous|one before)(?: one| step| bit)?))?" + _POLITE)),
    ("AMAZON.NextIntent", re.compile(
        # "Okay, I'm at the wall, what next": done what was asked, and on.
        r"(?:.* )?(?:what next|what's next|what now|and now what|then what|what do i do next)"
        + _POLITE
        + r"|(?:(?:go|skip|move|jump)(?: on)?(?: to)?(?: the)? )?next(?: one| thing| step| bit"
        r"| stretch| part)?" + _POLITE + r"|skip(?: it| this| this one| that| ahead)?"
        + _POLITE + r"|(?:skip|move|go) (?:on|ahead)(?: to the next one)?" + _POLITE)),
    (content.WAIT_INTENT, re.compile(
        r"(?:wait|hang on|hold on|hold up|hang about|hold your horses|gimme a|one sec|one second"
        r"|one minute|one moment|give me a|just a (?:sec|second|minute|moment)"
        r"|a (?:sec|second|moment|minute)|half a (?:mo|sec|second|minute|tick))"
        r"\b(?!.*\b(?:what|why|how|which|about|is it|does)\b).*")),
    (content.RESUME_INTENT, re.compile(
        r".*\b(?:continue|carry on|pick up|keep|go on|back to|resume|where were we|get on)\b"
        r".*\bstretch\w*.*"
        r"|.*\b(?:i'm|i am) (?:ready|in position|set|back)\b.*\b(?:carry on|go on|continue"
        r"|keep going|go ahead)\b.*|.*\bkeep going with (?:it|the stretch|that)\b.*"
        r"|(?:were we|was i) with (?:the|that|my) stretch\w*.*"
        r"|.*\b(?:go ahead|carry on|continue)\b.*\b(?:i'm|i am)"
        r" (?:in position|ready|set)\b.*|.*\b(?:where was i|back into it|where were we)\b.*")),
    (content.OTHER_SIDE_INTENT, re.compile(
        r"(?:okay |ok |right |now |and )?(?:switch|swap|change)(?: over| sides| legs| now)?"
        + _POLITE + r"|(?:(?:righto|okay|ok|right|now|and|yeah) )*(?:the|my) (?:left|right)"
        r"(?: one| side| leg| foot)?" + _POLITE
        + r"|.*\b(?:(?:other|opposite) (?:side|leg|one|foot|arm)|(?:switch|swap|change) (?:the )?"
        r"(?:sides?|legs?|over)|(?:switch|swap|change) to (?:the |my )?(?:other|left|right)"
        r"|(?:left|right) (?:leg|side|foot) now|do my (?:left|right) (?:leg|side|foot))\b.*")),
    (content.STILL_CRAMPING_INTENT, re.compile(
        r"(?:(?:no|nope|nah|not really|not yet|uh|um|yeah|ugh|ow|oh|and|sorry|a little better"
        r"|a bit better|better) )*(?:but )?(?:it's |it is"
        r" |it |this |the"
        r" cramp's |the cramp is |my \w+(?:'s| is) )?(?:still (?:\w+ )?(?:cramping|there|going"
        r"|hurting|hurts|painful|paining|tight|bad|the same|locked|seized|sore|on|happening"
        r"|giving me grief|killing me|bugging me|at it|cramping|crook)"
        r"|still it is|not (?:gone|better|easing|stopping|letting go|let go|going)(?: yet)?"
        r"|hasn't (?:gone|stopped|eased|let up|let go)|no better|not really)\b.*")),
    (content.CRAMP_GONE_INTENT, re.compile(
        # Gone, eased, sorted: said with no "not", "still" or question in it.
        r"(?!.*\b(?:not|no|never|still|why|what|how|when|does|can|will|should|if|again|into"
        r"|hard|tight|stiff|on me|numb|weak|blue|cold|pale|swollen)\b|.*n't\b)"
        r".*\b(?:gone|stopped|eased|eased off|easing off|easing|let up|passed|settled|relaxed"
        r"|released|sorted|all good|better now|fine now|okay now|ok now|good now|a lot better"
        r"|calmed down|calmed|that's better|let go"
        r"|much better|(?:that|it|this)(?: \w+)? (?:worked|helped|did it|did the trick|sorted it))"
        r"\b.*|(?:(?:phew|okay|ok|oh|yeah|ah) )*(?:it's|it is|that's|the cramp's|the cramp is"
        r"|feels|feeling) (?:fine|okay|ok|good|better)"
        + _POLITE)),
    (content.DELETE_INTENT, re.compile(
        r".*\b(?:delete|wipe|clear|erase|bin|ditch|scrap|remove|rid of|empty|reset|nuke|scrub)\b.*"
        r"\b(?:diary|entries|log|records|history)\b.*|(?:delete|wipe|clear|erase|bin|nuke|scrub)"
        r" (?:the lot|everything|it all|all of it)" + _POLITE)),
)
# The cramp itself gone: "cramp is released now" (not "it cramped after I stopped running").
_THE_CRAMP_GONE = re.compile(
    r"\b(?:cramp|spasm|pain|it)(?:'s| is| has| has finally| is finally)? (?:gone|stopped|eased"
    r"|passed|released|let go|settled|relaxed|eased off|calmed down)\b")
# Words that make an utterance about a cramp, not a control: "hang on, my calf's going".
_NOT_A_CONTROL = re.compile(r"\b(?:again|into|numb|blue|cold|pale|swollen|weak)\b")


def intent_in_words(said: str, locale: str) -> str | None:
    """The slotless intent the whole of ``said`` answers as, or None. A cramp or a body part
    in the words keeps them for relief, except where they say how it is now."""
    return _intent_said(said, body_part_in(said, locale))


def _intent_said(said: str, part: str | None) -> str | None:
    """``intent_in_words``, given the body part found in the words (or None)."""
    about_a_cramp = bool(CRAMP_WORDS.search(said) or part or _NOT_A_CONTROL.search(said))
    for intent, pattern in _SAID_AS_INTENT:
        if not pattern.fullmatch(said):
            continue
        if about_a_cramp and intent not in _SAID_OF_A_CRAMP and not (
                intent == content.CRAMP_GONE_INTENT and _THE_CRAMP_GONE.search(said)):
            continue
        return intent
    return None


# These say how the cramp is, or which leg: a body part or a cramp word belongs in them.
_SAID_OF_A_CRAMP = frozenset((content.STILL_CRAMPING_INTENT, content.OTHER_SIDE_INTENT,
                              content.RESUME_INTENT, content.DELETE_INTENT,
                              "AMAZON.PreviousIntent"))  # "go back a bit": not the back
