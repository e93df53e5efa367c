"""Alexa's published limits for a custom interaction model, and the sample-text rules.

Source: Amazon, "Create the Interaction Model for Your Skill", section "Interaction
model limits" (developer.amazon.com/docs/alexa/custom-skills/
create-the-interaction-model-for-your-skill.html#limits), and the sample-utterance
rules in "Create Intents, Utterances, and Slots".
"""

from __future__ import annotations

import re
from functools import lru_cache

# Published limits (per locale model).
MAX_MODEL_BYTES = 1_500_000  # "total size of the interaction model: 1.5 MB"
MAX_INTENTS = 250  # intents per skill, custom and built-in together
MAX_INTENTS_AND_SLOT_TYPES = 350  # intents plus custom slot types
MAX_SLOT_VALUE_CHARS = 140  # one slot value, and one synonym

# Our own cap, tighter than anything Alexa accepts: a sample longer than this is not
# something a person says in one breath, and it slows virtual-alexa's matching.
MAX_SAMPLE_CHARS = 200

# Sample text: letters, spaces, apostrophes, and periods only in spelled initialisms;
# slots as {name} with a space (or the edge) on each side; numbers spelled out.
_WORD = r"(?:[a-z']+|\{[A-Za-z]\w*\}|[a-z]\.(?:[a-z]\.)+)"
_SAMPLE = re.compile(rf"^{_WORD}(?: {_WORD})*$")
_SLOT_VALUE = re.compile(r"^[a-z'][a-z' .]*$")
# virtual-alexa turns any of these into a LaunchRequest, and so can Alexa itself.
_LAUNCH_WORDS = re.compile(r"\b(ask|tell|open|launch|talk to)\b")
_PRONOUN_I = re.compile(r"\bI\b")
_SLOT = re.compile(r"\{\w+\}")


@lru_cache(maxsize=1 << 16)  # every locale's model repeats most samples of the others
def sample_problem(sample: str) -> str | None:
    """Why a sample breaks Alexa's rules (or ours), or None."""
    if len(sample) > MAX_SAMPLE_CHARS:
        return f"longer than {MAX_SAMPLE_CHARS} characters"
    text = _PRONOUN_I.sub("i", sample)
    if not _SAMPLE.match(text):
        return "only lowercase letters, apostrophes, spaces and {slots} (numbers spelled out)"
    if _LAUNCH_WORDS.search(_SLOT.sub("", text)):
        return "says ask, tell, open, launch or talk to"
    return None


def slot_value_problem(value: str) -> str | None:
    if len(value) > MAX_SLOT_VALUE_CHARS:
        return f"longer than {MAX_SLOT_VALUE_CHARS} characters"
    if not _SLOT_VALUE.match(_PRONOUN_I.sub("i", value)):
        return "only lowercase letters, apostrophes, periods and spaces"
    return None
