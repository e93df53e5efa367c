"""Red flags, mapped from the seeds, in tiers. A red flag always wins.

- EMERGENCY: the speech starts "Call {emergency_number} now." and the session ends.
- URGENT: get seen today.
- DOCTOR: book a visit; never a diagnosis ("That can have several causes; a doctor can check.").

``synonyms`` fill the SYMPTOM slot. They are said inside "I have {symptom}", "I'm {symptom}",
"it's {symptom}", "my {bodyPart} is {symptom}", "I {symptom}" or on their own, so they are
phrased to fit those: lowercase, no digits, each one belonging to one flag only.
"""

from .schema import IntentSpec, RedFlag, Slot, Tier

RED_FLAG_INTENT = "RedFlagIntent"
SYMPTOM = Slot("symptom", "SYMPTOM")
BODY_PART = Slot("bodyPart", "BODY_PART")

LONG_CRAMP_FLAG_ID = "long_cramp"  # what a cramp over ten minutes escalates to

# Said by every doctor-tier flag: we never diagnose.
SEVERAL_CAUSES = "That can have several causes; a doctor can check."

RED_FLAGS: tuple[RedFlag, ...] = (
    # --- Emergency: call now ----------------------------------------------------------------
    # Seed: spasms with difficulty breathing are an electrolyte emergency.
    RedFlag(
        id="trouble_breathing",
        tier=Tier.EMERGENCY,
        synonyms=(
            "trouble breathing", "difficulty breathing", "breathing trouble",
            "breathing problems", "can't breathe", "cannot breathe", "short of breath",
            "shortness of breath", "hard to breathe", "struggling to breathe",
            "struggling for breath", "can't catch my breath", "gasping for air", "wheezing",
        ),
        speech="Call {emergency_number} now. A cramp with trouble breathing needs help right away.",
    ),
    # Seed: slurred speech with spasms points to a neurological problem.
    RedFlag(
        id="slurred_speech",
        tier=Tier.EMERGENCY,
        synonyms=(
            "slurred speech", "slurring", "slurring my words", "slurring words",
            "slurred words", "my words are slurred", "my speech is slurred",
            "speech is slurred", "trouble speaking", "trouble talking", "can't speak properly",
            "can't speak clearly", "can't get my words out",
        ),
        speech="Call {emergency_number} now. Slurred speech needs emergency help right away.",
    ),
    # Seed: dark urine after intense exercise means rhabdomyolysis. EMERGENCY, not URGENT:
    # the seed lists it beside trouble breathing and slurred speech as the dangerous signs,
    # muscle breakdown can harm the kidneys within hours, and by voice we can't tell a mild
    # case from a severe one, so we take the safer tier.
    RedFlag(
        id="dark_urine",
        tier=Tier.EMERGENCY,
        synonyms=(
            "dark urine", "dark pee", "brown urine", "brown pee", "dark brown urine",
            "reddish brown urine", "cola colored urine", "tea colored urine",
            "dark urine after exercise", "dark urine after a workout",
            "dark pee after a workout", "my pee is dark", "my pee is brown", "my urine is dark",
            "my urine is brown", "peeing brown",
        ),
        speech=(
            "Call {emergency_number} now. Dark urine after hard exercise needs help right away. "
            "Stop exercising, and rest while you wait."
        ),
    ),
    # Seed: tetanus gets in through cuts and causes severe spasms. Stiffness or spasms after a
    # wound is EMERGENCY: once the toxin causes spasms, it can reach the muscles you breathe with.
    RedFlag(
        id="wound_stiffness",
        tier=Tier.EMERGENCY,
        synonyms=(
            "stiffness after a cut", "stiffness after a wound", "stiff after a cut",
            "stiff after a wound", "spasms after a cut", "spasms after a wound",
            "cramps after a cut", "cramps after a wound", "cramping after a cut",
            "stiff jaw after a cut", "stiff after stepping on a nail",
            "spasms after stepping on a nail", "lockjaw", "lock jaw", "my jaw is locked",
            "jaw locked up",
        ),
        speech=(
            "Call {emergency_number} now. Stiffness or spasms after a cut or wound "
            "need help right away."
        ),
    ),
    # --- Urgent: today ----------------------------------------------------------------------
    # A fresh wound with no stiffness yet: the tetanus route from the seed, caught early.
    RedFlag(
        id="recent_wound",
        tier=Tier.URGENT,
        synonyms=(
            "stepped on a nail", "stepped on a rusty nail", "rusty nail", "deep cut",
            "a deep cut", "puncture wound", "cut myself", "cut my foot", "cut my hand",
            "got a cut", "dirty wound", "animal bite", "dog bite", "bitten by a dog",
        ),
        speech=(
            "Get the wound checked today, by a doctor or urgent care. "
            "Ask whether you need a tetanus shot."
        ),
    ),
    # Seed: see a doctor when spasms cause swelling. URGENT rather than DOCTOR: a swollen,
    # painful limb can need prompt care, and by voice we can't tell which it is.
    RedFlag(
        id="swelling",
        tier=Tier.URGENT,
        synonyms=(
            "swelling", "swollen", "swelled up", "swollen up", "puffy", "puffed up",
            "swollen leg", "swollen calf", "swollen foot", "swollen ankle",
        ),
        speech=(
            "Get a doctor to check it today. A cramp with swelling needs a look. " + SEVERAL_CAUSES
        ),
    ),
    # --- See a doctor -----------------------------------------------------------------------
    # Seed: consult a doctor if cramps last longer than ten minutes.
    RedFlag(
        id=LONG_CRAMP_FLAG_ID,
        tier=Tier.DOCTOR,
        synonyms=(
            "won't stop", "it won't stop", "cramp won't stop", "a cramp that won't stop",
            "cramp that won't stop", "won't go away", "it won't go away", "won't let go",
            "it won't let go", "not stopping", "it's not stopping", "over ten minutes",
            "more than ten minutes", "longer than ten minutes",
            "still cramping after ten minutes",
        ),
        speech=(
            "Book a doctor's visit. A cramp that lasts over ten minutes is worth a check. "
            + SEVERAL_CAUSES
        ),
    ),
    # Seed: see a doctor if spasms happen daily, or often, without an obvious trigger.
    RedFlag(
        id="daily_cramps",
        tier=Tier.DOCTOR,
        synonyms=(
            "cramps every day", "cramping every day", "cramp every day", "daily cramps",
            "cramps daily", "cramps every night", "cramping every night", "cramp every night",
            "get cramps every day", "get cramps every night", "cramps all the time",
            "cramping all the time", "constant cramps", "cramps for no reason",
            "cramp for no reason", "keep getting cramps", "keep cramping", "it keeps happening",
            "it keeps coming back", "keeps coming back",
        ),
        speech=(
            "Book a doctor's visit. Cramps that come often with no clear trigger are worth "
            "a check. " + SEVERAL_CAUSES
        ),
    ),
    # Seed: see a doctor if spasms come with weakness or numbness, like dropping things.
    # Not from the seeds: weakness or numbness that comes on suddenly can't wait, so that
    # case is sent to the emergency number first.
    RedFlag(
        id="weakness_numbness",
        tier=Tier.DOCTOR,
        synonyms=(
            "numb", "numbness", "going numb", "gone numb", "weak", "weakness",
            "muscle weakness", "weak leg", "weak legs", "pins and needles", "tingling",
            "tingly", "can't feel my foot", "can't feel my leg", "can't feel my toes",
            "can't feel my hand", "can't feel my fingers", "lost feeling", "no feeling",
            "dropping things", "keep dropping things", "my leg gave out", "my leg gave way",
        ),
        speech=(
            "If it came on suddenly, call {emergency_number} now. If not, book a doctor's "
            "visit. " + SEVERAL_CAUSES
        ),
    ),
    # Seed: see a doctor if you notice skin changes along with spasms.
    RedFlag(
        id="skin_changes",
        tier=Tier.DOCTOR,
        synonyms=(
            "skin changes", "skin change", "skin changed color", "skin changed colour",
            "red skin", "skin is red", "skin looks red", "red", "redness", "discolored",
            "discoloured", "discolored skin", "pale", "pale skin", "blotchy", "blotchy skin",
            "bruised", "bruising", "a rash", "rash", "bluish", "turned blue", "gone blue", "shiny skin",
        ),
        speech=(
            "Book a doctor's visit. Skin changes along with cramps are worth a check. "
            + SEVERAL_CAUSES
        ),
    ),
    # Seed: see a doctor if spasms affect your face or mouth.
    RedFlag(
        id="face_or_mouth",
        tier=Tier.DOCTOR,
        synonyms=(
            "face twitching", "twitching face", "my face is twitching", "my face is cramping",
            "face cramp", "face spasm", "cramp in my face", "spasm in my face", "jaw cramp",
            "jaw spasm", "my jaw is cramping", "cramp in my jaw", "mouth cramp",
            "my mouth is twitching", "lip twitching", "my lip is twitching", "eye twitching",
            "eyelid twitching", "my eye is twitching", "my eyelid is twitching",
            "cheek twitching", "tongue cramp",
        ),
        speech=(
            "Book a doctor's visit. Spasms in your face or mouth are worth a check. "
            + SEVERAL_CAUSES
        ),
    ),
    # Seed: see a doctor if spasms follow a medication change; don't quit a medicine alone.
    RedFlag(
        id="medication_change",
        tier=Tier.DOCTOR,
        synonyms=(
            "new medication", "a new medication", "new medicine", "a new medicine", "new meds",
            "new pills", "new prescription", "medication change", "new dose",
            "on a new medication", "on new medication", "on a new medicine",
            "started new medication", "started a new medication", "started a new medicine",
            "started new meds", "changed my medication", "changed my medicine",
            "changed my meds", "changed my dose", "started a statin", "started statins",
            "started a water pill", "started water pills", "started blood pressure pills",
            "started blood pressure medicine",
        ),
        speech=(
            "Call your doctor, and don't stop the medicine on your own. Cramps after a change "
            "in medicine are worth a check. " + SEVERAL_CAUSES
        ),
    ),
)

# RedFlagIntent's templates: the carriers around {symptom} (grammar in content/grammar.py).
INTENTS: tuple[IntentSpec, ...] = (
    IntentSpec(
        RED_FLAG_INTENT,
        slots=(SYMPTOM, BODY_PART),
        samples=(
            "{symptom}",
            "I have {symptom}",
            "I've got {symptom}",
            "I'm having {symptom}",
            "I am having {symptom}",
            "I'm {symptom}",
            "I am {symptom}",
            "I feel {symptom}",
            "I {symptom}",
            "it's {symptom}",
            "it is {symptom}",
            "there's {symptom}",
            "there is {symptom}",
            "and {symptom}",
            "also {symptom}",
            "now {symptom}",
            "help {symptom}",
            "my {bodyPart} is {symptom}",
            "my {bodyPart} has {symptom}",
            "my {bodyPart} feels {symptom}",
            "the cramp comes with {symptom}",
            "I have a cramp with {symptom}",
            "what if I have {symptom}",
        ),
    ),
)
