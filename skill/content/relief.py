"""Immediate relief by body part: the first sentence is always the first action.

Each entry has two to four short steps, from the seeds' immediate relief: stop and breathe,
stretch the muscle long, rub it gently, warmth for tight and sore or cold for painful and
inflamed, then fluids with electrolytes. ``synonyms`` are what people really say; each
belongs to one body part only. ``offer`` closes the turn: a yes/no question only when
"yes" has something to do (a stretch), else a pointer to what they can say next.
"""

from dataclasses import dataclass

from .schema import Relief

GENERAL_BODY_PART = "general"


@dataclass(frozen=True)
class ReliefTexts:
    card_title: str  # the relief card's title; {part} is the body part's name, capitalised


RELIEF_TEXTS = ReliefTexts(card_title="{part} cramp: what to do now")

# For a cramp anywhere: what the seeds' immediate relief says, in order.
_GENERAL_STEPS = (
    "Stop what you're doing, and take a slow, deep breath.",
    "Gently stretch the muscle the opposite way it's pulling, and rub it.",
    "Warmth helps a tight, sore muscle. Cold helps one that's painful and inflamed.",
    "Then sip some water with electrolytes.",
)

RELIEFS: tuple[Relief, ...] = (
    Relief(
        body_part="calf",
        name="calf",
        synonyms=(
            "calves", "calf muscle", "calf muscles", "lower leg", "back of my leg",
            "back of my lower leg", "back of my calf", "leg", "legs", "charley horse",
            "charlie horse", "gastrocnemius",
        ),
        steps=(
            "Straighten your leg, and pull your toes up toward your shin.",
            "If you can stand, push your heel down into the floor with your knee straight.",
            "Breathe slowly, and rub the calf firmly.",
            "Once it lets go, sip some water with electrolytes.",
        ),
        stretch="calf",
        offer="Want me to guide you through a calf stretch?",
    ),
    Relief(
        body_part="foot",
        name="foot",
        synonyms=(
            "feet", "toes", "toe", "big toe", "little toe", "arch", "arches", "arch of my foot",
            "sole", "sole of my foot", "bottom of my foot", "instep", "ball of my foot",
            "top of my foot", "foot muscle",
        ),
        steps=(
            "Pull your toes up toward your shin, and hold them there.",
            "If you can, stand and press your foot flat on the floor.",
            "Rub the arch firmly with your thumb, in slow circles.",
            "Then sip some water with electrolytes.",
        ),
        stretch="calf",
        offer="A calf stretch eases the foot too. Want me to guide you through it?",
    ),
    Relief(
        body_part="hamstring",
        name="hamstring",
        synonyms=(
            "hamstrings", "back of my thigh", "back of my thighs", "back of the thigh",
            "back of thigh", "back of my upper leg", "hamstring muscle", "hammy", "hammies",
        ),
        steps=(
            "Sit down, and stretch your leg out straight in front of you.",
            "Lean forward slowly from your hips, back straight, reaching toward your toes.",
            "Breathe out, and gently rub the back of your thigh.",
        ),
        stretch="hamstring",
        offer="Want me to guide you through a hamstring stretch?",
    ),
    Relief(
        body_part="quadriceps",
        name="front thigh",
        synonyms=(
            "quad", "quads", "quadricep", "front of my thigh", "front of my thighs",
            "front of the thigh", "front of thigh", "front of my leg", "top of my thigh",
        ),
        steps=(
            "Hold a chair or a wall, bend your knee, and pull your foot up behind you.",
            "Keep your knees together, and stand tall.",
            "Breathe slowly, and rub the front of your thigh.",
        ),
        stretch="quadriceps",
        offer="Want me to guide you through a thigh stretch?",
    ),
    # "Thigh" alone could be the front or the back, and the stretch for one shortens the
    # other: give the move for each, and let them say which for a guided stretch.
    Relief(
        body_part="thigh",
        name="thigh",
        synonyms=("thighs", "upper leg", "upper legs", "inner thigh", "outer thigh"),
        steps=(
            "Stretch the muscle long, the opposite way it's pulling.",
            "For the back of your thigh, sit and straighten your leg. "
            "For the front, hold something steady and pull your foot up behind you.",
            "Breathe slowly, and rub the muscle.",
        ),
        stretch="",
        offer="For a guided stretch, say front of my thigh, or back of my thigh.",
    ),
    Relief(
        body_part="neck",
        name="neck",
        synonyms=(
            "side of my neck", "back of my neck", "neck muscle", "neck muscles", "stiff neck",
            "crick in my neck", "nape",
        ),
        steps=(
            "Drop your shoulders, and slowly tilt your head away from the tight side.",
            "Breathe out, and hold it there gently. Don't force it.",
            "Rub the sore spot with your fingertips, or lay a warm towel on it.",
        ),
        stretch="neck",
        offer="Want me to guide you through a neck stretch?",
    ),
    Relief(
        body_part="back",
        name="back",
        synonyms=(
            "lower back", "low back", "upper back", "middle back", "mid back",
            "small of my back", "back muscle", "back muscles", "lumbar", "spine",
        ),
        steps=(
            "Lie on your back, and slowly hug your knees toward your chest.",
            "Breathe slowly, and let your back sink into the floor.",
            "For a tight, sore back, warmth helps. Try a heat pad or a warm shower.",
        ),
        stretch="knee_to_chest",
        offer="Want me to guide you through a knee to chest stretch?",
    ),
    Relief(
        body_part="shoulder",
        name="shoulder",
        synonyms=(
            "shoulders", "shoulder blade", "shoulder blades", "top of my shoulder",
            "between my shoulders", "traps", "trap", "trapezius",
        ),
        steps=(
            "Let your arm hang loose, and roll your shoulder slowly backward a few times.",
            "Tilt your head gently away from the sore side.",
            "Breathe out slowly, and press into the knot with your fingers.",
        ),
        stretch="neck",
        offer="A neck stretch eases the shoulders too. Want me to guide you through it?",
    ),
    Relief(
        body_part="arm",
        name="arm",
        synonyms=(
            "arms", "upper arm", "forearm", "forearms", "bicep", "biceps", "tricep", "triceps",
        ),
        steps=(
            "Straighten your arm slowly, palm up.",
            "With your other hand, gently pull your fingers back toward you.",
            "Breathe slowly, and rub the muscle.",
        ),
        stretch="",
        offer="If it keeps coming back, ask me how to prevent cramps.",
    ),
    Relief(
        body_part="hand",
        name="hand",
        synonyms=(
            "hands", "fingers", "finger", "thumb", "thumbs", "palm", "wrist", "wrists",
            "writer's cramp",
        ),
        steps=(
            "Spread your fingers wide, as far as they go.",
            "Press your palm and fingers flat on a table, and hold.",
            "Rub your palm and the base of your thumb.",
            "Then sip some water with electrolytes.",
        ),
        stretch="",
        offer="If it keeps coming back, ask me how to prevent cramps.",
    ),
    Relief(
        body_part="abdomen",
        name="stomach muscle",
        synonyms=(
            "stomach", "belly", "tummy", "abs", "ab", "abdominal", "abdominals",
            "stomach muscles", "belly muscles", "core", "obliques", "six pack",
        ),
        steps=(
            "Stand tall or lie flat, and reach both arms slowly over your head.",
            "Breathe deep into your belly, and let it rise.",
            "Rub the tight spot gently, and lay something warm on it.",
            "If the pain feels deep inside, not in the muscle, see a doctor.",
        ),
        stretch="cat_cow",
        offer="Cat cow can ease your belly muscles. Want me to guide you through it?",
    ),
    Relief(
        body_part=GENERAL_BODY_PART,
        name="muscle",
        synonyms=(),
        steps=_GENERAL_STEPS,
        stretch="",
        offer="Tell me where the cramp is, and I can be more specific.",
    ),
    *(
        Relief(
            body_part=part,
            name=name,
            synonyms=synonyms,
            steps=_GENERAL_STEPS,
            stretch="",
            offer="If these keep coming back, say log it, and I'll note it in your diary.",
        )
        # Places people cramp that have no relief of their own: the general steps, by name.
        for part, name, synonyms in (
            ("side", "side", ("stitch", "a stitch", "side stitch", "a side stitch", "stitch in my side",
                              "sides", "my side", "flank", "waist")),
            ("hip", "hip", ("hips", "hip flexor", "hip flexors", "groin", "inner hip")),
            ("glute", "glute", ("glutes", "bum", "butt", "buttock", "buttocks", "bottom", "backside",
                                "bum cheek", "butt cheek", "behind")),
            ("shin", "shin", ("shins", "front of my shin", "shin muscle", "ankle", "ankles")),
            ("ribs", "rib", ("rib", "rib cage", "ribcage", "between my ribs", "under my ribs")),
        )
    ),
)
