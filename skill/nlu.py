"""A small offline matcher from an utterance to an intent and slots, using the model's samples.

It serves the ``cramp-coach say`` tool: good enough to try the skill from a terminal,
not a replacement for Alexa's NLU. Custom slots match only their values and synonyms;
built-in AMAZON.* slots match any words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import content

_SLOT = re.compile(r"\{(\w+)\}")
_PUNCTUATION = re.compile(r"[^\w\s']")


@dataclass(frozen=True)
class Match:
    intent: str
    slots: dict[str, str]


def normalise(utterance: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", utterance.lower()).split())


@cache
def _compiled() -> tuple[tuple[str, re.Pattern[str], tuple[str, ...], int], ...]:
    compiled = []
    for spec in content.all_intents():
        samples = spec.samples + content.BUILT_IN_PHRASES.get(spec.name, ())
        for sample in samples:
            parts = _SLOT.split(sample)  # literal, slot name, literal, slot name, ...
            names = tuple(parts[1::2])
            pattern = r"\s+".join(
                r"(.+?)" if i % 2 else r"\s+".join(map(re.escape, normalise(part).split()))
                for i, part in enumerate(parts)
                if i % 2 or normalise(part)
            )
            literal_length = len(normalise(_SLOT.sub("", sample)))
            compiled.append((spec.name, re.compile(f"^{pattern}$"), names, literal_length))
    return tuple(compiled)


@cache
def _slot_types() -> dict[str, str]:
    return {slot.name: slot.type for spec in content.all_intents() for slot in spec.slots}


@cache
def _values(slot_type: str) -> frozenset[str]:
    for st in content.all_slot_types():
        if st.name == slot_type:
            return frozenset(w.lower() for v in st.values for w in (v.value, *v.synonyms))
    return frozenset()


def _slot_fits(slot_name: str, said: str) -> bool:
    slot_type = _slot_types().get(slot_name, "")
    if slot_type.startswith("AMAZON."):
        return bool(said)
    return said.lower() in _values(slot_type)


def match(utterance: str) -> Match | None:
    """The best-matching intent: the sample with the most literal words wins."""
    text = normalise(utterance)
    best: tuple[int, Match] | None = None
    for intent, pattern, names, literal_length in _compiled():
        found = pattern.match(text)
        if not found:
            continue
        slots = dict(zip(names, (g.strip() for g in found.groups()), strict=True))
        if not all(_slot_fits(name, said) for name, said in slots.items()):
            continue
        if best is None or literal_length > best[0]:
            best = (literal_length, Match(intent, slots))
    return best[1] if best else None
