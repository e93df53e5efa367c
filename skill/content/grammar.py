"""How people say things: shared phrase rules, and each locale's own phrasing.

Intents' samples (``IntentSpec.samples``, ``Answer.questions``) and slot synonyms are
templates (syntax in ``skill/language/grammar.py``): ``(a|b)`` one of, ``[a|b]``
optional, ``{slot}`` a slot, ``<rule>`` a rule below. ``cramp-coach build-model``
expands them per locale: the shared English below, then the locale's overlay.

Write what people say in pain or half-asleep, not the tidy version: fragments,
fillers, plurals, both word orders, present, past and "just".
"""

from __future__ import annotations

from ..language.grammar import DEFAULT_BUDGET
from .schema import Wide

# Shared rules, for every English locale.
RULES: dict[str, str] = {
    # What people say before the point, in pain or half-awake.
    "filler": "(um|uh|er|erm|oh|ow|ouch|ugh|argh|ah|oof|ow ow|ow ow ow|ouch ouch|oh god|oh no"
              "|god|jeez|damn|help|please|please help|help me|quick|hey|so|well|okay so|oh my god)",
    "my": "(my|the)",
    "a": "(a|an|this|the|some)",
    "bad": "(bad|really bad|terrible|horrible|awful|massive|huge|painful|nasty|big|sharp|sudden"
           "|crook|wicked|killer|bloody|proper|severe|stupid|little)",
    "cramp": "(cramp|cramps|spasm|spasms|muscle cramp|muscle spasm|charley horse|charlie horse"
             "|knot|cramping|catch|muscle catch|crick|twinge|stitch|muscle pull|pull|seizure"
             "|leg cramp|foot cramp)",
    # A body part cramping now, said every way: present, past, "just", plural.
    "cramping": "(is cramping|is cramping up|are cramping|are cramping up|cramped|cramped up"
                "|has cramped up|have cramped up|just cramped|just cramped up|is spasming"
                "|are spasming|spasmed|has gone into spasm|went into spasm|is in spasm"
                "|is seizing up|are seizing up|seized up|has seized up|just seized up"
                "|locked up|is locked up|has locked up|just locked up|is locking up"
                "|is in a knot|is all knotted up|knotted up|went into a cramp|is going into a cramp"
                "|is tight|is so tight|is really tight|is killing me|are killing me|hurts|hurt"
                "|is hurting|are hurting|is stuck|won't relax|won't let go|keeps cramping"
                "|is cramping again|are curling|are curling up|is curling|is curling up"
                "|curled up|is pulling|is twisting|is tensing up|tensed up|is rock hard"
                "|is hard as a rock|has gone hard|went hard|is clenched|is clenching"
                "|has a cramp|has cramp|got a cramp|has a knot|has a spasm"
                "|is paining|is paining a lot|are paining|is all seized up|is in a spasm|is catching"
                "|have seized up|have locked up|have curled right under|has gone into cramp"
                "|have gone into cramp|has gone into a spasm|<cramping_alone>)",
    "have": "(i have|i've got|i got|i've|got|i'm having|i am having|having|i've just got"
            "|i just got|there's|i get|i keep getting)",
    "now": "(right now|now|again|at the moment|this minute|tonight|in bed|in the night"
           "|at night|in my sleep|while sleeping|while running|after running|on my run"
           "|at the gym|while swimming|out of nowhere|all of a sudden|suddenly|really bad"
           "|so bad|big time|badly)",
    "stop": "(stop|get rid of|ease|relieve|fix|help|treat|deal with|handle|sort out|get over"
            "|calm|release|loosen|unlock|make go away|stop the pain of)",
    "what_do": "(what do i do|what should i do|what can i do|what do i do now|what now"
               "|what should i do now|what's the best thing to do)",
    "how_do": "(how do i|how can i|how should i|how to|how do you|what's the fastest way to"
              "|what's the best way to|what's the quickest way to|can you help me|help me)",
    "please": "(please|now|quickly|fast|right now)",
    # A short cry before the words.
    "ouch": "(ow|ouch|ugh|argh|ah|oh|oof|ow ow|ow ow ow|help|oh god|oh no|please|um|uh|erm|god"
             "|oh man|man|ah man|aw|aah|ooh|eek|crap|damn|bloody hell|jeez|oh my god|owww)",
    "hurts": "(hurts|hurts so much|hurts like hell|really hurts|is agony|is so painful|is killing me)",
    "person": "(my {person}|{person}|our {person})",
    # What people add at the end.
    "tail": "(please|help|help me|please help|now|quick|mate|eh|sir|ma'am|thanks|man|dude"
            "|what do i do|what should i do|what do i do now|ow|ouch|again)",
    "when": "(again|right now|now|so bad|really bad|very badly|too much|big time|tonight"
            "|in bed|at night|in the night|in my sleep|this morning|since morning|out of nowhere"
            "|all of a sudden|suddenly|<doing_when>)",
    # What they were doing: "after running", "while typing", "from shovelling snow".
    "doing_when": "((after|while|from|during|when|on|at) {trigger})",
    "doing_at": "(after|while|from|during|when|on|at|in the middle of|doing|playing|with|)",
    "what_do_they": "(what do i do|what should i do|what should he do|what should she do"
                    "|what do we do|what should we do|can you help|help)",
    "doing": "(asleep|sleeping|in bed|lying in bed|running|walking|swimming|at the gym"
             "|playing football|working out|driving|typing|stretching|on a flight|dancing)",
    # The words of <cramping> with no verb before them: "it's cramping", "calf's seized up".
    "cramping_alone": "(cramping|cramping up|cramping again|cramped|cramped up|cramped up again"
                      "|seizing up|seized up|spasming|in spasm|in a spasm|gone into spasm"
                      "|gone into cramp|locked up|locking up|happening again|started again"
                      "|come back|back again|killing me|so painful|agony|paining|all seized up"
                      "|tight|tightening|knotted up|caught|just caught)",
    "still_cramping": "(cramping|there|hurting|tight|painful|bad|locked|going|seized|paining"
                      "|in spasm|the same|knotted)",
    # Questions (answers.py): how people open, and the words they ask about.
    "q_lead": "(i was wondering|i want to know|i wanna know|i'd like to know|quick question"
              "|just wondering|do you know|any idea|i'm curious|so|um|hey|okay|can you explain)",
    "q_cramps": "(cramps|cramping|muscle cramps|leg cramps|spasms|muscle spasms|a cramp"
                "|charley horses)",
    "q_doctor": "(doctor|doc|g.p.|physician)",
    "q_physio": "(physical therapist|physio|physiotherapist|p.t.)",
}

# Each locale's own rules override the shared ones of the same name.
LOCALE_RULES: dict[str, dict[str, str]] = {
    "en-GB": {"my": "(my|me|the)"},
    "en-AU": {"my": "(my|me|the)"},
    "en-IN": {"my": "(my|the)"},
}

# Each locale's own phrasing, added to the shared templates of an intent.
_GOT_CRAMP_GB = (
    "[<ouch>] (i've got|i have got|i've gone and got|i've just got|got) cramp [(in|in me|in my)]"
    " [<my>] {bodyPart} [(again|now|mate|love|bloody hell|help)]"
)
LOCALE_SAMPLES: dict[str, dict[str, tuple[str, ...]]] = {
    "en-GB": {
        "CrampReliefIntent": (
            _GOT_CRAMP_GB,
            "[<ouch>] (i've got|got|i have) cramp [(again|now|in bed|in the night|help)]",
            "[<ouch>] (me|my) {bodyPart} (has|is|) (gone|gone into cramp|gone again|gone tight"
            "|seized|knotted)",
            "[<ouch>] (cramp|cramps) in (me|my) {bodyPart} [(again|mate|love)]",
        ),
        "WhenToSeeDoctorIntent": (
            "(when should i|should i|do i need to) (see|ring|call|book) (my|the|a) (gp|doctor"
            "|surgery) (about|for|with) (my|these|this) (cramps|cramp|spasms)",
        ),
        "PhysicalTherapyIntent": (
            "(can|could|would|should) (a|my|the) physio (help|sort out|fix|look at) (my|these)"
            " (cramps|cramp|spasms)",
        ),
    },
    "en-AU": {
        "CrampReliefIntent": (
            "[<ouch>] (me|my) {bodyPart} (has|is|) (gone|gone on me|gone off|crook|carked it"
            "|seized up|locked up|cramping up) [(mate|again|help)]",
            "[<ouch>] (got|i've got|i got) (a|a crook|a shocking|a ripper of a) cramp in (me|my)"
            " {bodyPart} [(mate|again)]",
            "[<ouch>] (crook|bad|shocking) {bodyPart} [cramp] [mate]",
        ),
    },
    "en-IN": {
        "CrampReliefIntent": (
            "[<ouch>] (i am having|i'm having|i have|i am getting|i'm getting) (cramp|cramps"
            "|spasm|catch|muscle catch|pain) in my {bodyPart} [(since morning|since night"
            "|since yesterday|only|please help|what to do|doctor)]",
            "[<ouch>] my {bodyPart} (is paining|is catching|is pulling|got catch|has catch"
            "|is having cramp|is having spasm|nerve is pulled|is cramping badly) [(since morning"
            "|since night|very much|too much|what to do|please)]",
            "(what to do|please what to do|what should i do) (for|about) (cramp|catch) in my {bodyPart}",
        ),
    },
    "en-CA": {
        "CrampReliefIntent": (
            "[<ouch>] (i've got|i got|got) a (charley horse|charlie horse|wicked cramp|brutal"
            " cramp) in my {bodyPart} [(eh|again|buddy)]",
            "[<ouch>] my {bodyPart} (is|'s) (seized up|cramping up|locked up) [(eh|again|bud)]",
        ),
    },
}

# Each locale's own words for slot values: slot type -> value id -> synonym templates.
LOCALE_SYNONYMS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "en-GB": {"BODY_PART": {"glute": ("bum cheek", "arse"), "abdomen": ("tum", "belly button")}},
    "en-AU": {"BODY_PART": {"hamstring": ("hammy", "hammies"), "glute": ("bum", "backside")}},
    "en-IN": {"BODY_PART": {"calf": ("calf muscle", "leg muscle", "pindli")}},
}


# Slot types whose values people run into a verb: "my calf's cramping", "he's slurring".
# The model adds each value with 's, since Alexa's samples can't put 's after a slot.
CONTRACTED_SLOT_TYPES = frozenset({"BODY_PART", "PERSON"})


def budget_for(template: str) -> int:
    """How many samples one template may give: past it, it is covered, not multiplied out."""
    return getattr(template, "budget", DEFAULT_BUDGET)


def whole_for(template: str) -> int:
    """Up to how many combinations a template expands in full."""
    return getattr(template, "whole", DEFAULT_BUDGET)


def full(*templates: str, whole: int = 400, budget: int = 80) -> tuple[str, ...]:
    """Templates that expand in full when they have at most ``whole`` combinations (short,
    common phrasings, each one something people say), else into ``budget`` samples."""
    return tuple(template if isinstance(template, Wide) else Wide(template, budget, whole)
                 for template in templates)


def rules_for(locale: str) -> dict[str, str]:
    return RULES | LOCALE_RULES.get(locale, {})
