"""What the skill says to the answers people give after relief or mid-stretch.

"It's still cramping", "it's gone now", "the other leg": answers to our own questions
("How is it now?", "Ready for the other leg?"), which people also say unprompted.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class FollowUpTexts:
    still_cramping: str  # after relief, or at the top level: keep at it, and the ten-minute line
    still_cramping_reprompt: str
    still_holding: str  # mid-stretch: keep holding, then the stretch's own question
    gone: str  # the cramp let go
    gone_reprompt: str
    gone_mid_stretch: str  # the cramp let go during a stretch: finish or stop
    other_side_outside: str  # "the other leg" with no stretch running
    other_side_reprompt: str


FOLLOW_UPS = FollowUpTexts(
    still_cramping=(
        "Keep going. Stretch the muscle gently the other way, and rub it. "
        "Breathe slowly. If it lasts over ten minutes, or keeps coming back, see {a_doctor}."
    ),
    still_cramping_reprompt="Want me to guide you through a stretch for it?",
    still_holding="Stay with it. Keep holding, and breathe slowly.",
    gone=(
        "Good, it's let go. Sip some water with electrolytes, and move gently for a while."
    ),
    gone_reprompt="Anything else? You can say log it, to note it in your diary.",
    gone_mid_stretch="Good, it's eased. You can finish the stretch, or say stop.",
    other_side_outside="Which stretch? Say calf stretch, or hamstring stretch.",
    other_side_reprompt="Which stretch would you like? For example, say calf stretch.",
)
