"""What the skill says around the facts: greetings, help, fallbacks, goodbyes, errors.

Every reply that says we did not understand, and its reprompt, ends with ``SAFETY_NET``:
whatever went unheard might have been an emergency.
"""

from dataclasses import dataclass

# The last line of every "didn't understand" reply and of its reprompt.
SAFETY_NET = "If this is an emergency, call {emergency_number}."


@dataclass(frozen=True)
class Prompts:
    launch_greeting: str
    launch_question: str
    launch_reprompt: str
    # First use only. No digits: it comes with ordinary replies too, and a number in every
    # first reply would cry wolf; the number itself is said where a reply is unsure or urgent.
    disclaimer: str
    help: str
    help_reprompt: str
    fallback: str
    fallback_reprompt: str
    goodbye: str
    error: str  # the catch-all apology: never silent
    error_reprompt: str
    nothing_to_repeat: str
    anything_else: str  # reprompt after an answer
    unknown_body_part: str  # before the general relief
    unknown_topic: str
    unknown_symptom: str
    duration_within_limit: str
    duration_unclear: str
    no_thanks: str  # "no" to an offer
    card_title: str
    red_flag_card_title: str
    safety_net: str  # ends every "didn't understand" reply and its reprompt
    navigation_outside_guide: str  # next / previous / pause with nothing to move through


PROMPTS = Prompts(
    launch_greeting="Cramp Coach here.",
    launch_question="Where does it cramp? Say calf, or foot. Or ask me a question.",
    launch_reprompt="Where is the cramp? For example, say calf cramp.",
    disclaimer=(
        "A quick note: I'm not medical advice. In an emergency, call your local emergency number."
    ),
    help=(
        "Tell me where it cramps. Say calf cramp, or foot cramp. "
        "You can also ask why cramps come at night, or when to see a doctor."
    ),
    help_reprompt="Where is the cramp?",
    fallback=(
        "Sorry, I didn't catch that. Say where it cramps, like calf cramp. "
        "Or ask, does pickle juice work? " + SAFETY_NET
    ),
    fallback_reprompt="Where is the cramp? Or ask me a question. " + SAFETY_NET,
    goodbye="Take care. Go easy on that muscle.",
    error="Sorry, something went wrong on my side. Please say that again. " + SAFETY_NET,
    error_reprompt="Say where it cramps, or ask me a question. " + SAFETY_NET,
    nothing_to_repeat="I haven't said anything yet. Tell me where it cramps.",
    anything_else="Anything else? Tell me where it cramps, or ask me a question.",
    unknown_body_part="I don't have steps for that spot yet. Here's what helps most cramps.",
    unknown_topic=(
        "I don't have an answer on that yet. "
        "You can ask why cramps come at night, or when to see a doctor. " + SAFETY_NET
    ),
    unknown_symptom=(
        "I don't know that symptom, so I can't judge it. If it's getting worse, get medical "
        "help. " + SAFETY_NET
    ),
    duration_within_limit=(
        "That's within the usual range. Keep stretching gently. "
        "If it goes past ten minutes, see a doctor."
    ),
    duration_unclear=(
        "How long has it lasted? For example, say: it has lasted five minutes. " + SAFETY_NET
    ),
    no_thanks="Okay.",
    card_title="Cramp Coach",
    red_flag_card_title="Get medical help",
    safety_net=SAFETY_NET,
    navigation_outside_guide=(
        "There's nothing to move through right now. Say calf stretch to start one."
    ),
)
