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
from string import Formatter

from .schema import IntentSpec, Slot, SlotType, SlotValue

LOG_INTENT = "LogCrampIntent"
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
                  "sports", "lifting", "lifting weights", "yoga", "cycling", "a bike ride",
                  "swimming", "a swim", "football", "soccer", "tennis", "hiking", "a hike")),
    DiaryTrigger("walking", "walking", "after a walk",
                 ("a walk", "a long walk", "walking a lot")),
    DiaryTrigger("sleep", "sleep", "during sleep",
                 ("sleeping", "my sleep", "bed", "in bed", "the night", "night", "waking up",
                  "lying in bed", "lying down")),
    DiaryTrigger("sitting", "sitting a long time", "after sitting a long time",
                 ("sitting down", "sitting at my desk", "sitting too long", "a long drive",
                  "driving", "my desk", "work at my desk")),
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

BODY_PART = Slot("bodyPart", "BODY_PART")
TRIGGER = Slot("trigger", "TRIGGER")
DURATION = Slot("duration", "AMAZON.DURATION")

_LOG_VERBS = ("log", "note", "record", "track", "save")


def _log_samples() -> tuple[str, ...]:
    """Every way of naming the cramp, with every detail order people use."""
    cramps = ("a cramp", "a {bodyPart} cramp", "a cramp in my {bodyPart}")
    details = (
        "", " after {trigger}", " during {trigger}", " from {trigger}",
        " that lasted {duration}", " after {trigger} that lasted {duration}",
    )
    samples = [f"{verb} {cramp}{detail}" for verb in _LOG_VERBS for cramp in cramps
               for detail in details]
    samples += [f"{verb} my {{bodyPart}} cramp" for verb in _LOG_VERBS]
    samples += [
        "log a cramp for me",
        "log it",
        "log that",
        "log that cramp",
        "log this cramp",
        "log my cramp",
        "log a new cramp",
        "add a cramp to my diary",
        "add a {bodyPart} cramp to my diary",
        "add a cramp after {trigger} to my diary",
        "add it to my diary",
        "add that to my diary",
        "add that to my cramp diary",
        "put a cramp in my diary",
        "put it in my diary",
        "put that in my cramp diary",
        "write down a cramp",
        "write down a {bodyPart} cramp",
        "write down a cramp after {trigger}",
        "write it down",
        "i just had a cramp",
        "i just had a {bodyPart} cramp",
        "i just had a cramp in my {bodyPart}",
        "i just had a cramp after {trigger}",
        "i just had a {bodyPart} cramp after {trigger}",
        "i just had a cramp in my {bodyPart} after {trigger}",
        "i just had a cramp during {trigger}",
        "i just had a {bodyPart} cramp during {trigger}",
        "i just had a cramp that lasted {duration}",
        "i just had a {bodyPart} cramp that lasted {duration}",
        "i just had a cramp in my {bodyPart} that lasted {duration}",
        "i just had a {bodyPart} cramp after {trigger} that lasted {duration}",
        "i had a cramp after {trigger}",
        "i had a {bodyPart} cramp after {trigger}",
        "i had a cramp during {trigger}",
        "i had a {bodyPart} cramp during {trigger}",
        "i had a cramp that lasted {duration}",
        "i had a {bodyPart} cramp that lasted {duration}",
        "my {bodyPart} cramped after {trigger}",
        "my {bodyPart} cramped during {trigger}",
        "my {bodyPart} cramped up after {trigger}",
        "i cramped up after {trigger}",
        "i cramped up during {trigger}",
        "i got a cramp after {trigger}",
        "i got a {bodyPart} cramp after {trigger}",
        "i got a cramp during {trigger}",
        "i got a {bodyPart} cramp during {trigger}",
        "the cramp came after {trigger}",
        "it came after {trigger}",
        "it happened after {trigger}",
        "it happened during {trigger}",
    ]
    return tuple(samples)


INTENTS: tuple[IntentSpec, ...] = (
    IntentSpec(LOG_INTENT, slots=(BODY_PART, TRIGGER, DURATION), samples=_log_samples()),
    IntentSpec(
        LOG_DURATION_INTENT,
        slots=(DURATION,),
        samples=(
            "it was {duration}",
            "it was about {duration}",
            "it was around {duration}",
            "it was maybe {duration}",
            "it went on for {duration}",
            "it went on for about {duration}",
            "that one lasted {duration}",
            "that one was {duration}",
            "that cramp lasted {duration}",
            "that cramp was {duration}",
            "it only lasted {duration}",
            "it lasted about {duration}",
            "it lasted around {duration}",
        ),
    ),
    IntentSpec(
        COUNT_INTENT,
        samples=(
            "how many cramps have i had this week",
            "how many cramps did i have this week",
            "how many cramps have i had",
            "how many cramps have i had lately",
            "how many cramps have i logged",
            "how many cramps did i log this week",
            "how many cramps have i logged this week",
            "how many cramps this week",
            "how many cramps in the last seven days",
            "how many cramps in the past week",
            "how many cramps are in my diary",
            "how many times have i cramped this week",
            "how many times did i cramp this week",
            "how many times have i had a cramp this week",
            "how often have i cramped this week",
            "how often have i had cramps this week",
            "how often did i get cramps this week",
            "count my cramps",
            "count my cramps this week",
            "my cramp count",
            "what's my cramp count",
            "cramp count",
            "this week's cramps",
            "my cramps this week",
        ),
    ),
    IntentSpec(
        LAST_INTENT,
        samples=(
            "when was my last cramp",
            "when was my most recent cramp",
            "when was the last time i had a cramp",
            "when was the last time i cramped",
            "when did i last have a cramp",
            "when did i last cramp",
            "when did i have my last cramp",
            "when did my last cramp happen",
            "what was my last cramp",
            "what was my most recent cramp",
            "how long ago was my last cramp",
            "how long since my last cramp",
            "how long has it been since my last cramp",
            "my last cramp",
            "last cramp",
            "my last logged cramp",
            "where was my last cramp",
        ),
    ),
    IntentSpec(
        TRIGGERS_INTENT,
        samples=(
            "what seems to trigger my cramps",
            "what triggers my cramps",
            "what sets off my cramps",
            "what sets my cramps off",
            "what are my triggers",
            "what are my cramp triggers",
            "what did i log as triggers",
            "what comes before my cramps",
            "what do my cramps have in common",
            "when do my cramps happen",
            "is there a pattern in my cramps",
            "is there a pattern to my cramps",
            "any pattern in my cramps",
            "what patterns do you see in my cramps",
            "my cramp triggers",
            "my triggers",
            "trigger summary",
            "summarize my triggers",
            "summarise my triggers",
            "sum up my triggers",
        ),
    ),
    IntentSpec(
        DELETE_INTENT,
        samples=(
            "delete my cramp diary",
            "delete my diary",
            "delete the diary",
            "delete my cramps",
            "delete all my cramps",
            "delete my data",
            "delete all my data",
            "delete everything you know about me",
            "delete everything you have on me",
            "erase my cramp diary",
            "erase my diary",
            "erase my data",
            "erase everything",
            "clear my cramp diary",
            "clear my diary",
            "wipe my diary",
            "wipe my data",
            "remove my diary",
            "reset my diary",
            "forget my cramps",
            "forget everything about me",
            "forget my data",
        ),
    ),
    IntentSpec(
        RESUME_INTENT,
        samples=(
            "resume my stretch",
            "resume the stretch",
            "resume stretching",
            "continue my stretch",
            "continue the stretch",
            "continue stretching",
            "pick up my stretch",
            "pick up the stretch",
            "pick up where i left off",
            "pick up where we left off",
            "continue where i left off",
            "continue where we left off",
            "go on where we stopped",
            "finish my stretch",
            "finish the stretch",
            "go back to my stretch",
            "back to my stretch",
            "get back to my stretch",
            "carry on with my stretch",
            "carry on with the stretch",
            "keep going with my stretch",
            "where was i",
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
        used = {name for _, name, _, _ in Formatter().parse(text) if name is not None}
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
