"""An offline matcher from an utterance to an intent and slots, over the built model.

It matches the way virtual-alexa (our independent Alexa client in tests) does, so
``cramp-coach say`` and ``cramp-coach nlu-eval`` agree with it: each expanded sample
becomes a pattern with its slots as wildcards; a custom slot must hold one of its
type's values or synonyms exactly, a built-in AMAZON.* slot any words; the sample
with the most literal characters wins, then the one with more custom slots.
Real Alexa generalises beyond the samples, so a match here is a lower bound.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import content
from .language.model import expanded_intents, expanded_slot_types

_SLOT = re.compile(r"\{(\w+)\}")
# What virtual-alexa strips from an utterance before matching (it keeps apostrophes).
_STRIPPED = re.compile(r"[!\"¿?|#$%/()=+\-_<>*{}·¡\[\].,;:]")


@dataclass(frozen=True)
class Match:
    intent: str
    slots: dict[str, str]


@dataclass(frozen=True)
class _Sample:
    intent: str
    pattern: re.Pattern[str]
    slot_names: tuple[str, ...]
    slot_types: tuple[str, ...]


def normalise(utterance: str) -> str:
    return " ".join(_STRIPPED.sub("", utterance).split())


def _pattern(sample: str) -> re.Pattern[str]:
    # As virtual-alexa builds it: the text around a slot is trimmed, the slot is (.*).
    parts = _SLOT.split(sample)
    regex = ""
    for i, part in enumerate(parts):
        if i % 2:
            regex = regex.rstrip() + "(.*)"
        else:
            regex += re.escape(part.strip() if i else part.rstrip())
    return re.compile(f"^{regex}$", re.IGNORECASE)


@cache
def _samples(locale: str, lenient: bool) -> tuple[_Sample, ...]:
    compiled = []
    for intent in expanded_intents(locale, lenient):
        types = dict(intent.slots)
        phrases = intent.samples + content.BUILT_IN_PHRASES.get(intent.name, ())
        for sample in phrases:
            names = tuple(_SLOT.findall(sample))
            compiled.append(_Sample(intent.name, _pattern(sample), names,
                                    tuple(types.get(n, "") for n in names)))
    return tuple(compiled)


@cache
def _values(locale: str, slot_type: str, lenient: bool) -> frozenset[str]:
    for st in expanded_slot_types(locale, lenient):
        if st.name == slot_type:
            return frozenset(w.lower() for v in st.values for w in (v.value, *v.synonyms))
    return frozenset()


def _slot_fits(locale: str, slot_type: str, said: str, whole: str, lenient: bool) -> bool | None:
    """True for a typed match, False for a built-in's any-words match, None for no match."""
    if said != whole and said.strip() and not (said.startswith(" ") or said.endswith(" ")):
        return None  # the slot would cut a word in two
    if slot_type.startswith("AMAZON."):
        return False
    return True if said.strip().lower() in _values(locale, slot_type, lenient) else None


def match(utterance: str, locale: str = content.DEFAULT_LOCALE,
          lenient: bool = False) -> Match | None:
    """The best-matching intent, or None where no sample fits (Alexa would send Fallback)."""
    text = normalise(utterance)
    best: tuple[int, int, Match] | None = None
    for sample in _samples(locale, lenient):
        found = sample.pattern.match(text)
        if not found:
            continue
        values = found.groups()
        fits = [_slot_fits(locale, t, v, found.group(0), lenient)
                for t, v in zip(sample.slot_types, values, strict=True)]
        if any(f is None for f in fits):
            continue
        score = len(found.group(0)) - sum(len(v) for v in values)
        typed = sum(1 for f in fits if f)
        if best is None or score > best[0] or (score == best[0] and typed > best[1]):
            slots = {name: value.strip() for name, value in zip(sample.slot_names, values,
                                                                strict=True)}
            best = (score, typed, Match(sample.intent, slots))
    return best[2] if best else None
