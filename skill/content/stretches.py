"""Stretches from the seeds, with their hold times.

``steps`` are one side's worth; where the seed says "switch" or "the other side", ``sides``
names them and the guide repeats the steps after ``switch_prompt``. Every hold sits inside
``seed_hold_range``, the range the seed gives (checked at import and in tests).
``synonyms`` fill the STRETCH slot and are unique across stretches.
"""

from .schema import Stretch, StretchStep

LEGS = ("first leg", "other leg")

STRETCHES: tuple[Stretch, ...] = (
    Stretch(
        id="calf",
        name="calf stretch",
        synonyms=("calf", "calves", "lower leg", "calf muscle", "wall"),
        seed_hold_range=(20, 30),
        sides=LEGS,
        switch_prompt="Ready for the other leg?",
        summary="Face a wall, step one leg back with the heel down, and lean in.",
        steps=(
            StretchStep("Stand facing a wall, and rest your hands on it."),
            StretchStep("Step one foot back. Keep that heel flat on the floor."),
            StretchStep(
                "Bend your front knee a little, until the back calf stretches. Hold it there.", 30
            ),
        ),
    ),
    Stretch(
        id="hamstring",
        name="hamstring stretch",
        synonyms=(
            "hamstring", "hamstrings", "back of my thigh", "back of the thigh", "hammy",
            "toe touch",
        ),
        seed_hold_range=(20, 30),
        sides=LEGS,
        switch_prompt="Ready for the other leg?",
        summary="Sit with one leg straight, and lean gently toward your toes.",
        steps=(
            StretchStep("Sit on the floor, with both legs out straight in front of you."),
            StretchStep("Bend one knee, and keep the other leg long."),
            StretchStep(
                "With your back straight, lean slowly toward the toes of your straight leg. "
                "Hold it there.",
                30,
            ),
        ),
    ),
    Stretch(
        id="quadriceps",
        name="thigh stretch",
        synonyms=(
            "quadriceps", "quad", "quads", "quadricep", "thigh", "front of my thigh",
            "front of the thigh",
        ),
        seed_hold_range=(20, 30),
        sides=LEGS,
        switch_prompt="Ready for the other leg?",
        summary="Stand tall, pull one foot up behind you, and keep your knees together.",
        steps=(
            StretchStep("Stand tall, and hold a wall or a chair for balance."),
            StretchStep("Bend one knee, and pull that foot up toward your bottom with your hand."),
            StretchStep("Keep your knees side by side, and your back straight. Hold it there.", 30),
        ),
    ),
    Stretch(
        id="neck",
        name="neck stretch",
        synonyms=("neck", "neck tilt", "side of my neck", "shoulder", "shoulders", "traps"),
        seed_hold_range=(15, 20),
        sides=("first shoulder", "other shoulder"),
        switch_prompt="Ready for the other side?",
        summary="Tilt your head slowly toward one shoulder, keeping that shoulder down.",
        steps=(
            StretchStep("Sit or stand tall, and let your shoulders drop."),
            StretchStep(
                "Tilt your head slowly toward one shoulder. Don't lift the shoulder to meet it. "
                "Hold it there.",
                20,
            ),
        ),
    ),
    Stretch(
        id="knee_to_chest",
        name="knee to chest stretch",
        synonyms=("knee to chest", "knees to chest", "knee hug", "back", "lower back"),
        seed_hold_range=(20, 30),
        summary="Lie on your back, and hug both knees to your chest.",
        steps=(
            StretchStep("Lie on your back."),
            StretchStep(
                "Hug both knees in toward your chest, until your lower back and hips feel "
                "a gentle pull. Hold it there.",
                30,
            ),
        ),
    ),
    Stretch(
        id="lower_back_rotation",
        name="lower back rotation",
        synonyms=(
            "lower back rotation", "back rotation", "lower back twist", "back twist",
            "knee roll", "knee rolls", "spinal twist",
        ),
        # The seed says "hold for a few seconds": we read that as three to five.
        seed_hold_range=(3, 5),
        sides=("first side", "other side"),
        switch_prompt="Ready for the other side?",
        summary="Lie on your back with knees bent, and let them roll to one side.",
        steps=(
            StretchStep("Lie on your back, with your knees bent and your feet flat."),
            StretchStep(
                "Keep both shoulders on the floor, and let your knees roll slowly to one side. "
                "Hold it there.",
                5,
            ),
        ),
    ),
    Stretch(
        id="cat_cow",
        name="cat cow stretch",
        synonyms=("cat cow", "cat and cow", "cat camel", "cat pose", "cow pose"),
        # The seed says "repeat for 30 seconds": one thirty-second stretch of movement.
        seed_hold_range=(30, 30),
        summary="On hands and knees, round your back up, then let it sink, slowly, for thirty seconds.",
        steps=(
            StretchStep("Get down on your hands and knees, hands under your shoulders."),
            StretchStep("Round your back up toward the ceiling, and tuck your chin."),
            StretchStep("Now let your belly sink, and lift your head and tailbone."),
            StretchStep("Keep moving slowly between the two, in time with your breath.", 30),
        ),
    ),
)
