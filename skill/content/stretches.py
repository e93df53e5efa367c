"""Stretches from the seeds, with their hold times."""

from .schema import Stretch, StretchStep

STRETCHES: tuple[Stretch, ...] = (
    Stretch(
        id="calf",
        name="calf stretch",
        synonyms=("calf", "calves", "lower leg"),
        seed_hold_range=(20, 30),
        sides=("first leg", "other leg"),
        switch_prompt="Ready for the other leg?",
        summary="Face a wall, step one leg back, heel down, and lean in.",
        steps=(
            StretchStep("Stand facing a wall, and put your hands on it."),
            StretchStep("Step one leg back. Keep that heel flat on the floor."),
            StretchStep("Bend your front knee a little, until the back calf stretches.", 30),
        ),
    ),
)
