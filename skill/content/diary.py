"""The cramp diary: every text it says, its triggers, and its intents.

The seeds say to notice when and where cramps happen (after activities, with a new
medication, in stressful times), and that cramps coming daily deserve a doctor's look.
The diary remembers that for the person. It reports patterns in what was logged; it never
says what causes them.

Templates carry ``{placeholders}`` the diary handlers fill in; the check at the bottom
fails at import on a placeholder nobody fills.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from .grammar import full
from .schema import IntentSpec, Slot, SlotType, SlotValue, Wide
from .slots import BODY_PART, DURATION, TRIGGER
from .templates import placeholders

LOG_INTENT = "LogCrampIntent"
# "Log <anything>": the words after a diary verb, read by our own code for a body part
# and a trigger (skill/language/words.py), as a note-taking skill reads a note.
LOG_WORDS_INTENT = "LogWordsIntent"
LOG_DURATION_INTENT = "DiaryDurationIntent"  # "it was five minutes": the answer to our question
COUNT_INTENT = "CrampCountIntent"
LAST_INTENT = "LastCrampIntent"
TRIGGERS_INTENT = "TriggerSummaryIntent"
DELETE_INTENT = "DeleteDiaryIntent"
RESUME_INTENT = "ResumeStretchIntent"

# Skill events the manifest subscribes to: disabling the skill erases the user's data.
MANIFEST_EVENTS: tuple[str, ...] = ("SKILL_DISABLED",)

# Stored ids for what we could not name. Never free text: only these and content ids.
UNSPECIFIED_BODY_PART = "unspecified"
OTHER_TRIGGER = "other"


@dataclass(frozen=True)
class DiaryTrigger:
    """Something people notice before a cramp. ``id`` is what the diary stores."""

    id: str  # "new_medication"
    name: str  # how a summary names it: "a new medication"
    phrase: str  # how a sentence places it: "after a new medication"
    synonyms: tuple[str, ...]  # what people say, for the TRIGGER slot


TRIGGERS: tuple[DiaryTrigger, ...] = (
    DiaryTrigger("running", "running", "after running",
                 ("a run", "my run", "jogging", "a jog", "sprinting", "a race", "a marathon")),
    DiaryTrigger("exercise", "exercise", "after exercise",
                 ("exercising", "working out", "a workout", "my workout", "the gym", "training",
                  "sports", "lifting", "lifting weights", "squats", "a game", "the match",
                  "a match", "a spin class", "spin class", "leg day", "cardio", "a long run",
                  "doing squats", "crunches", "doing crunches", "sit ups", "a sit up", "push ups",
                  "that run", "the run", "running for the bus", "playing sport", "stretching",
                  "deadlifts")),
    # A named sport or activity keeps its own name, so a summary says what was said
    # ("hockey, twice"), and what is stored is still one of our ids, never free text.
    *(DiaryTrigger(_id, name, f"after {name}", synonyms) for _id, name, synonyms in (
        ("hockey", "hockey", ("playing hockey", "a hockey game", "ice hockey")),
        ("football", "football", ("footy", "the footy", "five a side", "playing football")),
        ("soccer", "soccer", ("a soccer game", "playing soccer")),
        ("tennis", "tennis", ("playing tennis",)),
        ("cricket", "cricket", ("playing cricket",)),
        ("basketball", "basketball", ("playing basketball",)),
        ("rugby", "rugby", ("playing rugby",)),
        ("netball", "netball", ("playing netball",)),
        ("badminton", "badminton", ("playing badminton",)),
        ("cycling", "cycling", ("a bike ride", "biking")),
        ("swimming", "swimming", ("a swim",)),
        ("hiking", "hiking", ("a hike",)),
        ("skiing", "skiing", ()),
        ("skating", "skating", ()),
        ("surfing", "surfing", ()),
        ("climbing", "climbing", ()),
        ("yoga", "yoga", ()),
        ("pilates", "pilates", ()),
        ("dancing", "dancing", ()),
        ("gardening", "gardening", ()),
        ("shovelling", "shovelling snow", ("shoveling snow", "shovelling the driveway",
                                           "shoveling the driveway")),
    )),
    DiaryTrigger("walking", "walking", "after a walk",
                 ("a walk", "a long walk", "walking a lot")),
    DiaryTrigger("sleep", "sleep", "during sleep",
                 ("sleeping", "my sleep", "bed", "in bed", "the night", "night", "waking up",
                  "lying in bed", "lying down", "sleeping funny", "sleeping wrong",
                  "sleeping awkwardly")),
    DiaryTrigger("sitting", "sitting a long time", "after sitting a long time",
                 ("sitting down", "sitting at my desk", "sitting too long", "a long drive",
                  "driving", "my desk", "work at my desk")),
    DiaryTrigger("hand_use", "using your hands a lot", "after using your hands a lot",
                 ("typing", "writing", "writing an exam", "texting", "holding a pen",
                  "playing guitar", "playing piano", "using my phone", "gaming", "knitting",
                  "painting", "holding the steering wheel", "carrying shopping",
                  "lifting the shopping", "holding the fishing rod", "carrying the groceries",
                  "holding my phone", "using the mouse", "writing my exam", "writing exam")),
    DiaryTrigger("standing", "standing a long time", "after standing a long time",
                 ("standing all day", "standing too long", "being on my feet")),
    DiaryTrigger("stress", "stress", "at a stressful time",
                 ("stressed", "being stressed", "a stressful day", "anxiety", "being anxious",
                  "worry", "an argument")),
    DiaryTrigger("new_medication", "a new medication", "after a new medication",
                 ("new medication", "a new medicine", "new medicine", "new pills",
                  "a new prescription", "a medication change", "changing my medication",
                  "starting a new medication")),
    DiaryTrigger("sweating", "heavy sweating", "after heavy sweating",
                 ("sweating", "sweating a lot", "a lot of sweating")),
    DiaryTrigger("heat", "heat", "in the heat",
                 ("the heat", "hot weather", "a hot day", "a sauna", "a hot bath")),
    DiaryTrigger("cold", "cold", "in the cold",
                 ("the cold", "cold weather", "a cold day", "cold water")),
    DiaryTrigger("flight", "a flight", "after a flight",
                 ("flying", "a long flight", "the plane", "a plane ride", "a long trip",
                  "travelling", "traveling")),
    DiaryTrigger("dehydration", "not drinking enough", "after not drinking enough",
                 ("dehydration", "being dehydrated", "not enough water",
                  "not drinking enough water")),
    DiaryTrigger("caffeine", "caffeine", "after caffeine",
                 ("coffee", "too much coffee", "energy drinks", "an energy drink")),
    DiaryTrigger("alcohol", "alcohol", "after alcohol",
                 ("drinking", "a few drinks", "drinks", "a night out", "beer", "wine")),
)


@dataclass(frozen=True)
class DiaryTexts:
    """Everything the diary says. Bare SSML fragments."""

    card_title: str
    # Logging: one sentence. {cramp} is cramp_in/cramp_plain; {details} is built from the
    # detail fragments below ("" when there are none).
    logged: str  # {cramp}{details}
    cramp_in: str  # {part}
    cramp_plain: str
    detail_trigger: str  # {phrase}
    detail_minutes: str  # {length}
    unknown_body_part: str  # said before ``logged``
    unknown_trigger: str  # said after ``logged``
    ask_duration: str  # a duration we couldn't read
    ask_duration_reprompt: str
    duration_dropped: str  # a second unreadable answer: logged without one
    # Lengths and times
    length_under_minute: str
    length_one_minute: str
    length_minutes: str  # {minutes}
    ago_just_now: str
    ago_minutes: str  # {count}
    ago_one_hour: str
    ago_hours: str  # {count}
    ago_one_day: str
    ago_days: str  # {count}
    # "How many this week?"
    count_none: str
    count_one: str
    count_many_one_day: str  # {count}
    count_many: str  # {count} {days}
    # "When was my last cramp?"
    empty: str
    last: str  # {when}{where}{trigger}
    last_where: str  # {part}
    last_trigger: str  # {phrase}
    # "What seems to trigger my cramps?"
    triggers_none: str
    triggers_list: str  # {items}
    trigger_once: str  # {name}
    trigger_times: str  # {name} {count}
    list_separator: str
    trigger_other_name: str  # how a summary names triggers we had no name for
    triggers_untriggered_one: str
    triggers_untriggered: str  # {count}
    triggers_not_a_cause: str
    # The frequency red flag: see a doctor. Spoken once, then at most once a week.
    advice_frequent: str  # {days}
    advice_long: str
    # Delete my diary
    delete_question: str
    delete_reprompt: str
    deleted: str
    delete_kept: str
    # Resume
    resume_lead: str  # before the stretch picks up again
    resume_nothing: str
    # The store could not be reached
    unavailable_save: str
    unavailable_read: str
    unavailable_delete: str
    anything_else: str  # reprompt after a diary answer


DIARY = DiaryTexts(
    card_title="Cramp diary",
    logged="Logged {cramp}{details}.",
    cramp_in="a {part} cramp",
    cramp_plain="a cramp",
    detail_trigger=" {phrase}",
    detail_minutes=", lasting {length}",
    unknown_body_part="I don't know that body part, so I've noted it as unspecified.",
    unknown_trigger="I noted the trigger as other.",
    ask_duration="How long did that cramp last? You can say, it was five minutes.",
    ask_duration_reprompt="How long did it last? Say, for example, it was two minutes.",
    duration_dropped="I couldn't catch how long it lasted, so I left that out.",
    length_under_minute="under a minute",
    length_one_minute="one minute",
    length_minutes="{minutes} minutes",
    ago_just_now="just now",
    ago_minutes="{count} minutes ago",
    ago_one_hour="about an hour ago",
    ago_hours="about {count} hours ago",
    ago_one_day="a day ago",
    ago_days="{count} days ago",
    count_none="You haven't logged any cramps in the last seven days.",
    count_one="You've logged one cramp in the last seven days.",
    count_many_one_day="You've logged {count} cramps in the last seven days, all on one day.",
    count_many="You've logged {count} cramps in the last seven days, on {days} different days.",
    empty="Your cramp diary is empty. After a cramp, say: log a cramp in my calf.",
    last="Your last logged cramp was {when}{where}{trigger}.",
    last_where=", in your {part}",
    last_trigger=", {phrase}",
    triggers_none=(
        "You haven't logged a trigger yet. Next time, add one. "
        "Say, log a cramp after running."
    ),
    triggers_list="Here's what you noted before your cramps: {items}.",
    trigger_once="{name}, once",
    trigger_times="{name}, {count} times",
    list_separator="; ",
    trigger_other_name="something else",
    triggers_untriggered_one="One cramp had no trigger noted.",
    triggers_untriggered="{count} cramps had no trigger noted.",
    triggers_not_a_cause=(
        "That's a pattern in your notes, not a cause. "
        "Cramps can have several causes; a doctor can check."
    ),
    advice_frequent=(
        "You've had cramps on {days} of the last seven days. "
        "Cramps that often are worth seeing a doctor about. "
        "There can be several causes, and a doctor can check."
    ),
    advice_long=(
        "You logged a cramp that lasted over ten minutes. "
        "That's worth seeing a doctor about. A doctor can check what's behind it."
    ),
    delete_question=(
        "This erases your whole cramp diary, and everything else I keep for you. "
        "Should I delete it?"
    ),
    delete_reprompt="Should I delete your cramp diary? Say yes or no.",
    deleted="Done. Your cramp diary is erased, and I've forgotten everything else I kept.",
    delete_kept="Okay, I kept your diary.",
    resume_lead="Picking up where you left off.",
    resume_nothing=(
        "There's no stretch to pick up from the last half hour. "
        "Say calf stretch to start a new one."
    ),
    unavailable_save=(
        "Sorry, I can't reach your diary right now, so nothing was saved. "
        "Please try again later."
    ),
    unavailable_read="Sorry, I can't reach your diary right now. Please try again later.",
    unavailable_delete=(
        "Sorry, I can't reach your diary right now, so nothing was deleted yet. "
        "Please try again later."
    ),
    anything_else="Anything else? Tell me where it cramps, or ask about your diary.",
)

ENTRY = Slot("entry", "AMAZON.SearchQuery")

# How people put a cramp in the diary, and how they name it.
_LOG = ("(log|note|note down|record|track|save|add|put down|write down|jot down|pop|stick"
        "|chuck|enter|mark down|put|make a note of|keep a note of)")
_A_CRAMP = ("(a cramp|another cramp|a {bodyPart} cramp|another {bodyPart} cramp"
            "|a cramp in my {bodyPart}|another one for my {bodyPart}|another one in my {bodyPart}"
            "|one for my {bodyPart}|a cramp for my {bodyPart}|another one|one|that cramp|this cramp"
            "|my cramp|it|that|this|cramp|{bodyPart} cramp|a new cramp|the cramp|my {bodyPart}"
            "|my {bodyPart} cramp|one in|one down|another|a spasm|a charley horse)")
_IN_DIARY = "(in|into|to|on|for) (my|the|me) (diary|cramp diary|log|cramp log|journal|records)"
_WHEN = "(after|during|from|while|in|on|with) {trigger}"
_LASTED = "(that lasted|it lasted|lasting|for) {duration}"


def _log_samples() -> tuple[str, ...]:
    """Every way of naming the cramp, with the details in the orders people use."""
    return full(
        Wide(f"{_LOG} {_A_CRAMP}", 400),
        Wide(f"[(can you|could you|please|okay)] {_LOG} {_A_CRAMP} {_IN_DIARY} [(please|for me)]", 400),
        Wide(f"{_LOG} {_A_CRAMP} {_WHEN} [{_IN_DIARY}]", 400),
        Wide(f"{_LOG} {_A_CRAMP} {_IN_DIARY} {_WHEN}", 300),
        Wide(f"{_LOG} {_A_CRAMP} {_LASTED} [{_IN_DIARY}]", 300),
        Wide(f"{_LOG} {_A_CRAMP} {_WHEN} {_LASTED}", 200),
        Wide(f"{_LOG} {_A_CRAMP} (for me|please|thanks|mate)", 200),
        "[(can you|please)] (log|note|record|save|track) (it|that|this|one|a cramp) for me",
        "(diary|log|record) (it|that|this|a cramp|a {bodyPart} cramp) [please]",
        "(i|i've) (just|) (had|got) [a|another] [{bodyPart}] cramp [(in my {bodyPart})] [(can you|please)] (log|note|record|save) (it|that)",
        "(i|i've) (just|) had (a|another) [{bodyPart}] cramp [(in my {bodyPart})] that lasted {duration}",
        Wide("[(so|okay|um)] (i|i've) (just|) had (a|another|one more) [(bad|little|small|quick)] [{bodyPart}] (cramp|spasm|charley horse) [(in my {bodyPart})] [((after|during|from|while) {trigger})]", 300),
        "(put|pop|stick|chuck) (it|that|a cramp|a {bodyPart} cramp|another one|one) (down|in) [(for me)]",
        "(log|note|record|add) (a new|a fresh) (cramp|entry)",
        "(write down|note down|log|jot down) [a] [{bodyPart}] cramp i had (in my sleep|last night|this morning|earlier|today|yesterday)",
    )


INTENTS: tuple[IntentSpec, ...] = (
    IntentSpec(LOG_INTENT, slots=(BODY_PART, TRIGGER, DURATION), samples=_log_samples()),
    IntentSpec(
        LOG_WORDS_INTENT,
        slots=(ENTRY,),
        samples=full(
            "(log|note|note down|record|jot down|write down|put down|put|pop|chuck|stick|enter"
            "|mark down|make a note of|make a note that|save|add|track) {entry}",
            "(diary|in my diary|for my diary|cramp diary) {entry}",
        ),
    ),
    IntentSpec(
        LOG_DURATION_INTENT,
        slots=(DURATION,),
        samples=full(
            "(it was|it lasted|that was|lasted|it went on for|it went for|i think it was|maybe|probably|roughly|about|around|like|nearly|almost|just over|just under|i'd say|it was about|it was around|it lasted about|it lasted around|for about|for around) {duration} [(or so|i think|i guess|or something|long|tops|at most)]",
            "(it|the cramp) (lasted|went on for|went on|was going for) [(about|around|roughly|maybe|like)] {duration}",
            # Unsure, or said in passing: "dunno, about a minute I reckon", "two minutes tops".
            # A qualifier always stands before the duration: in a model matched by its words
            # (virtual-alexa), "dunno {duration}" would take "dunno what to do" as a duration.
            "(dunno|i dunno|don't know|not sure|ages|oh ages) (about|around|like|maybe|roughly|nearly|a good|maybe like|maybe about) {duration} [(i reckon|i think|tops|max|or so|ish|or something|at most|or thereabouts)]",
            Wide("(i think it lasted|i think it went on|i think it went for|went for|went on for) [(about|around|like|maybe|roughly|nearly|a good)] {duration} [(i reckon|i think|tops|max|or so|ish|or something|at most|or thereabouts)]", 80, 80),
            "{duration} (tops|max|or so|ish|at most|or thereabouts)",
            "(oh|ooh|um|uh|hmm|dunno|reckon|approximately|approx) (about|around|like|maybe|a good) {duration} (i reckon|i think|i'd say|i guess)",
            "(about|around|like|maybe|a good|round about|roundabout) {duration} (i reckon|i think|i'd say|i guess)",
            "(round about|roundabout) {duration}",
            "(reckon|i reckon) (about|around|like|maybe) {duration}",
            "(reckon|i reckon|i think) (it was|it lasted|it went for) [(about|around|like)] {duration}",
            "(approximately|approx|a good|a solid) {duration}",
            "{duration} approximately",
            "(it|the cramp) (lasted|went on for|went for) (a good|a solid|about a|like a) {duration}",
        ),
    ),
    IntentSpec(
        COUNT_INTENT,
        samples=full(
            Wide("[(how many|how often|how much)] (cramps|cramp|spasms|times) (have i had|did i have|have i got|have i logged|did i log|are in my diary|are logged|have i cramped|did i get|have i been getting) [(this week|this month|lately|recently|so far|today|this year|in total|altogether|in my diary)]", 200),
            "how (often|many times) (have i|did i|do i) (cramp|cramped|get cramps|had a cramp|had cramps) [(this week|this month|lately|recently)]",
            "(count|number of|total) [(my)] (cramps|cramp entries|diary entries) [(this week|this month|so far)]",
            "[(my)] (cramp|cramps|diary) (count|total|tally) [(this week|this month|so far|please)]",
            "count [up] (my|the) (cramps|entries|diary entries|spasms) [(for|from|in)] [(this week|this month|so far|the week|the month)]",
            "how many (cramps|spasms|cramp entries|entries) [(this week|this month|so far|lately|recently|today|in my diary|in the diary)]",
            "(how many|how many cramps|how many entries) (in|are in|are there in) (my|the) (diary|cramp diary|log)",
            "(how is|how's|what does) my (diary|cramp diary|week) (look|looking|say) [(this week|lately)]",
        ),
    ),
    IntentSpec(
        LAST_INTENT,
        samples=full(
            "when (was|did i have|did i get|did i log|was the last time i had) (my|the|a) (last|latest|most recent|previous) (cramp|spasm|one|entry)",
            "when (was|did i have|did i last have|did i last get) (my last cramp|a cramp|the last one|my last one|the last time i had a cramp|i last cramped)",
            "(my|the) (last|latest|most recent|previous) (cramp|spasm|entry|diary entry)",
            "(what was|read me|remind me of) (my|the) (last|latest|most recent) (cramp|entry|diary entry)",
            "when did i (last cramp|last have a cramp|last log a cramp|cramp last)",
        ),
    ),
    IntentSpec(
        TRIGGERS_INTENT,
        samples=full(
            "what (seems to|tends to|might|could) (trigger|set off|bring on|cause|start) <my> (cramps|spasms|cramp)",
            "what [(usually|normally|mostly|most often|often)] (triggers|sets off|brings on|starts) <my> (cramps|spasms|cramp)",
            "what [(usually|normally|mostly|most often|often|seems to)] (sets|set) <my> (cramps|spasms|cramp) off [(most|most often|the most)]",
            "what's [been] (triggering|setting off|bringing on|starting) <my> (cramps|spasms|cramp)",
            "what (triggers|sets off|brings on|is causing|has been causing|causes|starts) my (cramps|spasms) [(according to my diary|going by my diary|from my diary|from the diary|in my diary|lately)]",
            "(what are|show me|give me|list) my (triggers|cramp triggers|patterns|cramp patterns)",
            "(any|do you see any|is there a|are there any) (pattern|patterns|triggers) in my (cramps|diary|cramp diary)",
            "what do my cramps have in common",
            "(my triggers|cramp triggers|trigger summary|my cramp patterns)",
        ),
    ),
    IntentSpec(
        DELETE_INTENT,
        samples=full(
            "[(please|can you|could you)] (delete|erase|wipe|clear|remove|reset|empty) (all|all the|all my|every) (diary entries|entries|cramp entries|cramps|records|logs)",
            "[(please|can you|could you)] (delete|erase|wipe|clear|remove|get rid of|reset|empty|scrap|bin|clear out|wipe out|clean out|clear down) (<my>|the|all <my>|all of <my>|everything in <my>) (diary|cramp diary|cramp log|log|entries|cramp entries|data|records|history) [(please)]",
            "(delete|erase|wipe|clear|clear out|wipe out|empty|reset) <my> (diary|cramp diary"
            "|cramp log|log|history)",
            "(start|begin) (my|the) (diary|cramp diary|log) (over|again|fresh|from scratch)",
            "(forget|delete|erase) (everything|all my cramps|all my data|my data|what you know about me)",
        ),
    ),
    IntentSpec(
        RESUME_INTENT,
        samples=full(
            Wide("[(can we|let's|please|okay|ok|right|righto|alright)] (resume|continue|pick up|finish|get back to|go back to|back to|carry on with|keep going with|go on with|return to|restart) (my|the|that|) (stretch|stretching|stretches)", 500, 500),
            "[(can we|let's|please)] (pick up|continue|carry on|go on) (where|from where) (i|we) (left off|stopped|were)",
            "(where was i|where were we)",
        ),
    ),
)

SLOT_TYPES: tuple[SlotType, ...] = (
    SlotType("TRIGGER", tuple(SlotValue(t.id, t.name, t.synonyms) for t in TRIGGERS)),
)

_TRIGGERS_BY_ID = {t.id: t for t in TRIGGERS}


def trigger_by_id(trigger_id: str | None) -> DiaryTrigger | None:
    return _TRIGGERS_BY_ID.get(trigger_id or "")


def _check() -> None:
    """Fail at import on a template whose placeholders the handlers would not fill."""
    allowed = {
        "logged": {"cramp", "details"}, "cramp_in": {"part"}, "detail_trigger": {"phrase"},
        "detail_minutes": {"length"}, "length_minutes": {"minutes"},
        "ago_minutes": {"count"}, "ago_hours": {"count"}, "ago_days": {"count"},
        "count_many_one_day": {"count"}, "count_many": {"count", "days"},
        "last": {"when", "where", "trigger"}, "last_where": {"part"},
        "last_trigger": {"phrase"}, "triggers_list": {"items"}, "trigger_once": {"name"},
        "trigger_times": {"name", "count"}, "triggers_untriggered": {"count"},
        "advice_frequent": {"days"},
    }
    problems = []
    for f in fields(DiaryTexts):
        text = getattr(DIARY, f.name)
        used = placeholders(text)
        if used != allowed.get(f.name, set()):
            problems.append(f"diary text {f.name} fills {sorted(used)}")
    ids = [t.id for t in TRIGGERS]
    if len(set(ids)) != len(ids) or OTHER_TRIGGER in ids:
        problems.append("diary trigger ids must be unique and not 'other'")
    said = [s for t in TRIGGERS for s in (t.name, *t.synonyms)]
    if len(set(said)) != len(said):
        problems.append("a trigger synonym is listed twice")
    if problems:
        raise ValueError("diary content is broken: " + "; ".join(problems))


_check()
