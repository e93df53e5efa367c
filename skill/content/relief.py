"""Immediate relief by body part: the first sentence is always the first action."""

from .schema import Relief

GENERAL_BODY_PART = "general"

RELIEFS: tuple[Relief, ...] = (
    Relief(
        body_part="calf",
        name="calf",
        synonyms=("calves", "lower leg", "charley horse", "back of my leg", "leg"),
        steps=(
            "Straighten your leg and pull your toes up toward your knee.",
            "Press your heel down as if into the floor.",
            "Breathe slowly, and rub the muscle gently.",
        ),
        stretch="calf",
        offer="Want me to guide you through a calf stretch?",
    ),
    Relief(
        body_part=GENERAL_BODY_PART,
        name="muscle",
        synonyms=(),
        steps=(
            "Stop what you are doing, and breathe slowly.",
            "Gently stretch the muscle, and rub it.",
        ),
        stretch="",
        offer="Tell me where the cramp is, and I can be more specific.",
    ),
)
