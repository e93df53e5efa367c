"""What the skill says to requests that are plainly not about cramps.

"Play some music", "what's the weather": understood as not ours, so the reply says what
we do instead. It is not a "didn't catch that", so it carries no emergency line: a wolf
cried at every stray request would teach people to stop listening. Anything that names a
symptom or a health word never lands here (skill/language/words.py).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class ScopeTexts:
    out_of_scope: str
    out_of_scope_reprompt: str


SCOPE = ScopeTexts(
    out_of_scope=(
        "That's not something I can do. I'm Cramp Coach: tell me where a cramp is, "
        "or ask me about cramps."
    ),
    out_of_scope_reprompt="Where is the cramp? Or ask me a question about cramps.",
)
