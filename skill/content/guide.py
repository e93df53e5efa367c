"""Guided stretches in conversation: every text the guide says or shows, and its intents.

The steps and hold times themselves live in ``stretches.py``; this module holds what the
guide says around them (count cues, questions, navigation replies), once for the day and
once, shorter, for the night. Templates carry ``{placeholders}`` that the guide fills in.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from .grammar import full
from .schema import IntentSpec, Slot, SlotType, Wide
from .templates import placeholders

# Screens need the APL interface declared in the skill manifest (skill.json).
MANIFEST_INTERFACES: tuple[str, ...] = ("ALEXA_PRESENTATION_APL",)

STRETCH_INTENT = "StretchIntent"
WAIT_INTENT = "WaitIntent"

# What the screen's touch targets send back (Alexa.Presentation.APL.UserEvent arguments).
SCREEN_EVENT_SOURCE = "guide"
SCREEN_NEXT = "next"
SCREEN_REPEAT = "repeat"

# How long "wait" or "no, not yet" holds on for, in seconds.
WAIT_EXTRA_SECONDS = 15
NOT_READY_SECONDS = 10
# A guide response keeps moving through steps while it stays under this (speech + pauses).
SEGMENT_BUDGET_SECONDS = 90

# Alexa's own sound library: a soft bell after each hold, by day only.
RELEASE_CHIME = "<audio src='soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01'/>"


@dataclass(frozen=True)
class GuideTexts:
    """What the guide says. Bare SSML fragments; ``{name}`` etc. are filled in by the guide."""

    intro: str  # before the first step: {name} is the stretch's name
    side_intro: str  # before a later side: {side}
    hold_start: str  # as a hold begins
    count_cue: str  # during a hold: {seconds} left
    release: str  # as a hold ends
    chime: str  # after the release; "" when no chimes may play
    ready_next: str  # the question after a step, mid-stretch
    finished: str  # after the last step of the last side: {name}
    again: str  # the question once finished: "yes" starts over
    finished_already: str  # "next" once finished
    first_step: str  # "previous" at the first step
    start_over: str  # "start over"
    wait_hold: str  # "wait" during a hold: then the extra hold
    wait_plain: str  # "wait" when no hold is running: then a pause
    not_ready: str  # "no" to "ready?": then a pause
    or_stop: str  # added to a repeated question: never a dead end
    paused: str  # "pause"
    pause_reprompt: str
    stopped: str  # "stop" during a stretch; the session ends
    unclear: str  # an answer the guide can't use
    help: str  # "help" during a stretch: {name}
    which_stretch: str  # a stretch request with no or an unknown stretch: {names}
    which_stretch_reprompt: str  # {example}
    unknown_stretch: str  # before which_stretch when we don't know the one asked for
    or_word: str  # joins the last two stretch names
    wait_outside: str  # "wait" when no stretch is running
    wait_outside_reprompt: str
    # Cards (the Alexa app) and screens
    card_step: str  # {number}. {text}
    card_hold: str  # {seconds}
    card_other_side: str  # {side}
    screen_progress: str  # {step} of {total}
    screen_hold: str  # {seconds}
    screen_next: str
    screen_repeat: str


DAY = GuideTexts(
    intro="Let's do a {name}. Say wait any time you need longer.",
    side_intro="Now the {side}.",
    hold_start="Breathe slowly.",  # the step itself says "hold it there"
    count_cue="{seconds} more seconds.",
    release="And release.",
    chime=RELEASE_CHIME,
    ready_next="Ready for the next step?",
    finished="That's the {name} finished. Good work.",
    again="Want to go again?",
    finished_already="That was the last step.",
    first_step="This is the first step.",
    start_over="From the top.",
    wait_hold="Take your time. Keep holding.",
    wait_plain="Take your time.",
    not_ready="No rush. Take a moment.",
    or_stop="Or say stop to finish.",
    paused="Paused. Say resume when you're ready.",
    pause_reprompt="Say resume to go on, or stop to finish.",
    stopped="Okay, I've stopped the stretch. Go easy on that muscle.",
    unclear="Sorry, I didn't catch that.",
    help=(
        "I'm walking you through a {name}. Say next, back, or repeat. "
        "Say wait for more time, or stop to finish."
    ),
    which_stretch="Which stretch would you like? I can guide you through {names}.",
    which_stretch_reprompt="Which stretch? For example, say {example}.",
    unknown_stretch="I don't have that stretch.",
    or_word="or",
    wait_outside="Sure, take your time. Tell me where it cramps when you're ready.",
    wait_outside_reprompt="Where is the cramp?",
    card_step="{number}. {text}",
    card_hold="Hold {seconds} seconds.",
    card_other_side="Then do the same on the {side}.",
    screen_progress="Step {step} of {total}",
    screen_hold="Hold {seconds} seconds",
    screen_next="Next",
    screen_repeat="Repeat",
)

# At night: fewer words around the steps, no chime. The steps and holds stay the same.
NIGHT = replace(
    DAY,
    intro="A gentle {name}.",
    hold_start="Breathe.",
    chime="",
    finished="All done.",
    again="Go again?",
    not_ready="No rush.",
    stopped="Okay. Rest easy.",
    help="Say next, back, repeat, wait, or stop.",
    wait_outside="Take your time.",
)


def texts(night: bool) -> GuideTexts:
    return NIGHT if night else DAY


STRETCH = Slot("stretch", "STRETCH")
OTHER_SIDE_INTENT = "OtherSideIntent"  # "the other leg": the answer to "ready for the other leg?"

INTENTS: tuple[IntentSpec, ...] = (
    IntentSpec(
        STRETCH_INTENT,
        slots=(STRETCH,),
        samples=full(
            # The stretch asked for by name, every way: "do the calf stretch with me".
            Wide("(guide me through|walk me through|take me through|talk me through|show me|teach me|start|do|lead me through|coach me through|help me with|help me do|give me|run me through|go through|let's do|can we do|i want|i'd like|i need|let's have a go at|try|let's try|guide me for|i want to do|can i do|time for) [(a|the|my|your|some)] {stretch} [(stretch|stretches|stretching|pose)]", 600),
            Wide("(guide me through|walk me through|take me through|show me|do|start|lead me through|coach me through|let's do|can we do|i want|i'd like|let's have a go at|guide me for) [(a|the|some)] {stretch} [(stretch|stretches)] (with me|for me|please|now|together|thanks|eh|mate|again|tonight)", 400),
            Wide("[(can you|could you|will you|please|okay|ok|right|alright)] (guide me through|walk me through|take me through|do|start|show me|lead me through) [(a|the)] {stretch} (stretch|stretches) [(with me|for me|please|now)]", 300),
            "{stretch} (stretch|stretches|stretching|pose) [(please|thanks|now|with me|mate|eh)]",
            # With a go-ahead: "knee to chest stretch, please start".
            "{stretch} [(stretch|stretches|pose)] [(please|now)] (start|begin|go|start it|let's go)",
            "{stretch} (please|thanks|now|with me|mate)",
            "[(how do i|how can i|how should i|help me|i want to|i need to|let's|can you help me|time to)] stretch (my|the|out my|out the) {stretch} [(please|now|out)]",
            "(give me|show me|teach me|i need|i want|find me) (a|some|the) (stretch|stretches) for (my|the) {stretch}",
            "(stretch|stretches|stretching) (for|of) (my|the|a) {stretch}",
            "how (do|should) (i|you) do [(a|the)] {stretch} stretch",
            "[(can you|please|could you)] (guide me through|walk me through|take me through|talk me through|do|start|lead|coach me through) [(a|the|some)] (stretch|stretches|stretching) [(with me|for me|together|please|now)]",
            "[(i want|i'd like|i need|let's)] [(to)] (stretch|do a stretch|do some stretching|do some stretches|a guided stretch)",
            "(help me stretch|a guided stretch|guided stretching|stretch with me|stretch along with me)",
            "(which|what) stretches (do you know|can you do|have you got|do you have)",
        ),
    ),
    IntentSpec(
        WAIT_INTENT,
        samples=full(
            "[(wait|hang on|hold on|hold up)] [(a|one)] (sec|second|minute|moment|mo|tick|jiffy|bit) [(please)]",
            "(wait|hang on|hold on|hold up|one sec|one second|one moment|just a sec|just a second|just a moment|one minute) [(please|a sec|a second|a minute|a moment|mate|i'm not ready)]",
            "(give me|i need) (a|a few|another|more|some) (second|seconds|sec|secs|minute|minutes|moment|moments|time|more time)",
            "(not yet|i'm not ready|not ready yet|i'm not there yet|i'm still getting into position|i'm getting there|still getting there|almost there)",
            "(more time|slow down|slower please|too fast|you're going too fast|can you slow down|not so fast)",
        ),
    ),
    IntentSpec(
        OTHER_SIDE_INTENT,
        samples=full(
            "[(now|okay|and|yes|ok|right)] [(do|switch to|change to|let's do|on to|onto|go to|try)] (the|my) other (leg|side|one|foot|calf|arm|shoulder|hamstring|thigh) [(now|please|too|as well|next)]",
            "(switch|swap|change) (sides|legs|over|to the other side|to the other leg) [(now|please)]",
            "[(now|and)] (the|my) (left|right) (leg|side|one|foot|calf|thigh|arm) [(now|please|too)]",
            "(other side|other leg|other one|the other side|the other leg|the other one) [(please|now|too|as well|next)]",
            "[(let's|now|okay)] (do|try) the (left|right) (one|leg|side) [(now|next|too)]",
            "(and|now) (the|my) other (one|side|leg)",
            "(both legs|both sides|do both|do both legs|do both sides)",
        ),
    ),
)
SLOT_TYPES: tuple[SlotType, ...] = ()


def _check_texts() -> None:
    """Fail at import on a template that names a placeholder the guide never fills."""
    allowed = {
        "intro": {"name"}, "side_intro": {"side"}, "count_cue": {"seconds"},
        "finished": {"name"}, "help": {"name"}, "which_stretch": {"names"},
        "which_stretch_reprompt": {"example"}, "card_step": {"number", "text"},
        "card_hold": {"seconds"}, "card_other_side": {"side"},
        "screen_progress": {"step", "total"}, "screen_hold": {"seconds"},
    }
    problems = []
    for variant_name, variant in (("day", DAY), ("night", NIGHT)):
        for f in fields(GuideTexts):
            text = getattr(variant, f.name)
            used = placeholders(text)
            if not used <= allowed.get(f.name, set()):
                problems.append(f"{variant_name} {f.name} uses {sorted(used)}")
    if DAY.count_cue == "" or DAY.release == "":
        problems.append("count cues and the release must be said")
    if problems:
        raise ValueError("guide texts are broken: " + "; ".join(problems))


_check_texts()
