"""Answers to the questions people ask, written for the ear from the seeds' facts."""

from .schema import Answer

ANSWERS: tuple[Answer, ...] = (
    Answer(
        id="night_cramps",
        intent="NightCrampsIntent",
        title="Why cramps come at night",
        speech=(
            "Night cramps often come from two things together. "
            "You lost fluid during the day, and your muscles are tired. "
            "Try a glass of electrolyte water before bed, and stretch your calves."
        ),
        follow_up="Want me to guide you through a calf stretch?",
        yes_action="stretch:calf",
        questions=(
            "why do I cramp at night",
            "why do I get leg cramps at night",
            "why do my legs cramp at night",
        ),
        topics=("night cramps", "cramps at night", "night time cramps"),
    ),
)
