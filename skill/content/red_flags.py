"""Red flags, mapped from the seeds, in tiers. A red flag always wins."""

from .schema import RedFlag, Tier

LONG_CRAMP_FLAG_ID = "long_cramp"  # what a cramp over ten minutes escalates to

RED_FLAGS: tuple[RedFlag, ...] = (
    RedFlag(
        id="trouble_breathing",
        tier=Tier.EMERGENCY,
        synonyms=("trouble breathing", "difficulty breathing", "can't breathe", "short of breath"),
        speech="Call {emergency_number} now. A cramp with trouble breathing needs help right away.",
    ),
    RedFlag(
        id=LONG_CRAMP_FLAG_ID,
        tier=Tier.DOCTOR,
        synonyms=("won't stop", "lasted over ten minutes"),
        speech=(
            "A cramp that lasts over ten minutes needs a doctor's check. "
            "That can have several causes; a doctor can check."
        ),
    ),
)
