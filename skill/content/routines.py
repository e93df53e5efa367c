"""Audio-guided routines: whole stretch sequences played hands-free through the AudioPlayer.

Everything a routine says lives here: the routines themselves (built from the stretches and
their seed hold times), the cues spoken during a hold, and the prompts of the AudioPlayer
handlers. ``skill.audio`` turns these into clips; the handlers only pick which one to play.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .grammar import full
from .schema import IntentSpec, Slot, SlotType, SlotValue, Stretch, Wide
from .stretches import STRETCHES
from .templates import fill

# The skill manifest (skill.json) must declare the interfaces a feature needs.
MANIFEST_INTERFACES: tuple[str, ...] = ("AUDIO_PLAYER",)


@dataclass(frozen=True)
class Routine:
    """A sequence of stretches played as one track per stretch side."""

    id: str  # slot id: "night_cramp"
    name: str  # how we say it: "night cramp routine"
    title: str  # cards and screens: "Night cramp routine"
    synonyms: tuple[str, ...]  # what people call it, for the ROUTINE slot
    stretches: tuple[str, ...]  # stretch ids, in order; each side of each stretch is one step
    rounds: int  # times through the whole list
    intro: str  # the first words of the first track
    outro: str  # the last words of the last track
    summary: str  # one short sentence for the card


@dataclass(frozen=True)
class RoutineStep:
    """One track of a routine: one side of one stretch, with the words that lead into it."""

    index: int  # 0-based position in the routine
    stretch: Stretch
    side: str  # the stretch's side label ("other leg"), or "" for a stretch without sides
    side_index: int
    round: int  # 0-based
    lead_in: str  # what is said first: the intro, "Next, the ...", "Switch to the ..."
    is_last: bool


@dataclass(frozen=True)
class AudioCues:
    """What the guide voice says around a timed hold, and the timing between the words."""

    hold: str  # said as the timed hold starts (the step itself already says "hold it")
    counts: tuple[tuple[int, str], ...]  # (seconds into the hold, what is said then)
    release: str  # said as the hold ends, after a soft chime
    switch_side: str  # template with {side}
    next_stretch: str  # template with {stretch}
    next_round: str
    step_gap_seconds: float  # time to move after an instruction without a hold
    lead_in_gap_seconds: float  # a breath after the lead-in words
    after_release_seconds: float  # rest at the end of a track, before the next one starts


@dataclass(frozen=True)
class RoutinePrompts:
    """What the skill says (or shows) around routine playback."""

    starting: str  # template with {routine}; spoken before the first track plays
    which_routine: str
    which_routine_reprompt: str
    not_for_routines: str  # loop and shuffle
    stopped: str  # stop or cancel while a routine plays
    fallback_continue: str  # after one spoken part, when the speaker can't play audio
    fallback_continue_reprompt: str
    last_step: str  # "next" on the last step
    card_step: str  # template with {number}, {stretch}: one line of the card's step list
    card_step_side: str  # template with {number}, {stretch}, {side}
    track_subtitle: str  # template with {step}, {total}, {stretch}
    track_subtitle_side: str  # template with {step}, {total}, {stretch}, {side}


ROUTINES: tuple[Routine, ...] = (
    Routine(
        id="night_cramp",
        name="night cramp routine",
        title="Night cramp routine",
        synonyms=(
            "night cramps", "night", "nighttime", "night time", "night cramp", "leg cramp",
            "middle of the night", "calf", "calves", "quick", "short", "cramp", "cramps",
            "three a.m.", "midnight", "night time cramp", "calf cramp",
        ),
        stretches=("calf",),
        rounds=2,
        intro=(
            "This is your night cramp routine: two slow calf stretches on each leg. "
            "Move gently, and stop if anything feels sharp."
        ),
        outro=(
            "That's the routine. Ease back into bed and rest. "
            "If cramps keep waking you, mention it to your doctor."
        ),
        summary="Two rounds of calf stretches, each leg, with timed holds.",
    ),
    Routine(
        id="bedtime_legs",
        name="bedtime leg routine",
        title="Bedtime leg routine",
        synonyms=(
            "bedtime", "bedtime legs", "before bed", "evening", "full leg",
            "whole leg", "leg", "legs", "long", "sleep", "bed time", "bedtime leg stretch",
            "pre bed", "wind down", "evening leg", "night time leg", "sleepy time",
        ),
        stretches=("calf", "quadriceps", "hamstring"),
        rounds=1,
        intro=(
            "This is your bedtime leg routine: calves, then thighs, then hamstrings, each leg. "
            "Breathe slowly, and never push into pain."
        ),
        outro="All done. Sip some water if you're thirsty, and sleep well.",
        summary="Calf, thigh and hamstring stretches for both legs before sleep.",
    ),
)

CUES = AudioCues(
    hold="Breathe slowly.",
    counts=((10, "Ten."), (20, "Twenty."), (30, "Thirty."), (40, "Forty."), (50, "Fifty.")),
    release="And release.",
    switch_side="Switch to the {side}.",
    next_stretch="Next, the {stretch}.",
    next_round="One more round.",
    step_gap_seconds=3.0,
    lead_in_gap_seconds=1.0,
    after_release_seconds=2.0,
)

PROMPTS = RoutinePrompts(
    starting="Here's your {routine}. To pause, just say Alexa, pause.",
    which_routine=(
        "I have a night cramp routine, and a bedtime leg routine. Which one would you like?"
    ),
    which_routine_reprompt="Say night cramp routine, or bedtime routine.",
    not_for_routines="Loop and shuffle don't work with routines. The steps always play in order.",
    stopped="Okay, stopped. Rest easy.",
    fallback_continue="When you're ready, say next. Or say stop.",
    fallback_continue_reprompt="Say next to keep going, or stop to finish.",
    last_step="This is the last step of the routine.",
    card_step="{number}. {stretch}",
    card_step_side="{number}. {stretch}, {side}",
    track_subtitle="Step {step} of {total}: {stretch}",
    track_subtitle_side="Step {step} of {total}: {stretch}, {side}",
)

ROUTINE_INTENT = "RoutineIntent"
ROUTINE_SLOT = Slot("routine", "ROUTINE")

INTENTS: tuple[IntentSpec, ...] = (
    IntentSpec(
        ROUTINE_INTENT,
        slots=(ROUTINE_SLOT,),
        samples=full(
            Wide("[<ouch>] [(can you|could you|please|will you)] (play|start|begin|do|put on|run|give me|guide me through|walk me through|take me through) [(the|my|a|your)] {routine} (routine|stretches|stretch routine|stretching|session|exercises|stretching routine) [(for me|with me|please|now|tonight)]", 300),
            "[(i want|i'd like|i need|let's do|can we do)] [(the|my|a)] {routine} (routine|stretches|stretch routine|session)",
            "[(the|my)] {routine} (routine|stretches|stretch routine)",
            "[(can you|please)] (play|start|begin|do|put on|run) [(a|my|the)] [(guided|audio|stretch|stretching|bedtime)] routine [(for me|please|now)]",
            "[(a|my|the)] [(guided|audio)] (stretch routine|stretching routine|routine)",
            "(i want|i'd like|i need) [(a|my|the)] [(guided|audio|stretch|stretching)] routine",
            "(stretches|stretching) (before bed|for bed|for bedtime|at bedtime|before sleep|for the night|to do in bed)",
            "(play|start|do) [(the|my|some)] (stretches|stretching) (before bed|for bed|for bedtime|at bedtime|before sleep|for tonight)",
        ),
    ),
    # Continuing a paused routine: Alexa sends these as ResumeIntent; our samples add to it.
    IntentSpec(
        "AMAZON.ResumeIntent",
        samples=full("(resume|continue|carry on with|go on with|restart|unpause) (my|the) [(stretch|bedtime|night cramp)] routine",),
    ),
    # AudioPlayer skills must handle these built-ins; routines answer them gracefully.
    IntentSpec("AMAZON.LoopOnIntent"),
    IntentSpec("AMAZON.LoopOffIntent"),
    IntentSpec("AMAZON.ShuffleOnIntent"),
    IntentSpec("AMAZON.ShuffleOffIntent"),
)

SLOT_TYPES: tuple[SlotType, ...] = (
    SlotType(
        "ROUTINE",
        tuple(SlotValue(r.id, r.name.removesuffix(" routine"), r.synonyms) for r in ROUTINES),
    ),
)

DEFAULT_ROUTINE_ID = "night_cramp"  # "play my routine" at 3 a.m. means the night cramp one

_STRETCHES = {s.id: s for s in STRETCHES}
_ROUTINES = {r.id: r for r in ROUTINES}


def routine_by_id(routine_id: str | None) -> Routine | None:
    return _ROUTINES.get(routine_id or "")


@cache  # content is frozen; AudioPlayer events ask for the steps several times each
def routine_steps(routine: Routine) -> tuple[RoutineStep, ...]:
    """The routine, one step per stretch side, in playing order."""
    plan: list[tuple[int, Stretch, int, str]] = []
    for round_index in range(routine.rounds):
        for stretch_id in routine.stretches:
            stretch = _STRETCHES[stretch_id]
            for side_index, side in enumerate(stretch.sides or ("",)):
                plan.append((round_index, stretch, side_index, side))
    steps: list[RoutineStep] = []
    for index, (round_index, stretch, side_index, side) in enumerate(plan):
        if index == 0:
            lead_in = routine.intro
        elif side_index > 0:
            lead_in = fill(CUES.switch_side, side=side)
        elif round_index != plan[index - 1][0]:
            lead_in = CUES.next_round
        else:
            lead_in = fill(CUES.next_stretch, stretch=stretch.name)
        steps.append(
            RoutineStep(
                index=index, stretch=stretch, side=side, side_index=side_index,
                round=round_index, lead_in=lead_in, is_last=index == len(plan) - 1,
            )
        )
    return tuple(steps)


def count_cues(hold_seconds: int) -> tuple[tuple[int, str], ...]:
    """The counts said during a hold: every mark strictly inside it."""
    return tuple((at, said) for at, said in CUES.counts if 0 < at < hold_seconds)


def _check_routines() -> None:
    """Fail at import on a routine that could not be played."""
    problems: list[str] = []
    ids = [r.id for r in ROUTINES]
    if len(set(ids)) != len(ids):
        problems.append("duplicate routine ids")
    if DEFAULT_ROUTINE_ID not in _ROUTINES:
        problems.append(f"default routine {DEFAULT_ROUTINE_ID} is not defined")
    for routine in ROUTINES:
        missing = [s for s in routine.stretches if s not in _STRETCHES]
        if missing:
            problems.append(f"routine {routine.id} uses unknown stretches {missing}")
        if routine.rounds < 1 or not routine.stretches:
            problems.append(f"routine {routine.id} has nothing to play")
    for stretch in STRETCHES:
        holds = [s.hold_seconds for s in stretch.steps if s.hold_seconds]
        if any(h > CUES.counts[-1][0] + 10 for h in holds):
            problems.append(f"stretch {stretch.id} holds longer than the counted cues reach")
    if problems:
        raise ValueError("routines are broken: " + "; ".join(problems))


_check_routines()
