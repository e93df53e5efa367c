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
)
