"""Store listing for the skill manifest."""

from .schema import SkillInfo

SKILL_INFO = SkillInfo(
    name="Cramp Coach",
    invocation_name="cramp coach",
    summary="Hands-free help for a muscle cramp: what to do now, guided stretches, and when to get help.",
    description=(
        "Cramp Coach talks you through a muscle cramp or spasm, hands-free. "
        "Say where it cramps and hear what to do right now, then follow a guided stretch "
        "with timed holds. Ask why cramps happen, whether pickle juice works, "
        "or when to see a doctor. "
        "Cramp Coach is not a substitute for professional medical advice, diagnosis or "
        "treatment. In an emergency, call your local emergency number."
    ),
    example_phrases=(
        "Alexa, ask cramp coach, help, calf cramp",
        "Alexa, open cramp coach",
        "Alexa, ask cramp coach why do I cramp at night",
    ),
    keywords=("cramp", "muscle spasm", "charley horse", "stretch", "leg cramp"),
    testing_instructions=(
        "No account linking and no permissions are needed. "
        "1) Say: Alexa, ask cramp coach, help, calf cramp. You hear what to do now, then an "
        "offer of a guided stretch; say yes. Say next, repeat, wait or stop during the stretch. "
        "On a device with a screen the step, its hold time and Next and Repeat buttons are shown. "
        "2) Say: Alexa, ask cramp coach why do I cramp at night. "
        "3) Red flags: Alexa, ask cramp coach, my leg is numb, or, I can't breathe. Emergency "
        "symptoms give the local emergency number and end the session. "
        "4) The cramp diary stores personal health data: say, log a cramp in my calf after "
        "running, then, how many cramps have I had this week, then, delete my cramp diary, and "
        "answer yes; everything stored for the user is erased. Disabling the skill erases it too. "
        "5) Audio routines: Alexa, ask cramp coach to play the night cramp routine; then pause, "
        "resume, next. "
        "The skill never diagnoses; supplement answers give general figures and say to check "
        "with a doctor first."
    ),
)
