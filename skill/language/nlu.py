"""An offline matcher from an utterance to an intent and slots, over the built model.

It matches the way virtual-alexa (our independent Alexa client in tests) does, so
``cramp-coach say`` and ``cramp-coach nlu-eval`` agree with it: each expanded sample
becomes a pattern with its slots as wildcards; a custom slot must hold one of its
type's values or synonyms exactly, a built-in AMAZON.* slot any words; the sample
with the most literal characters wins, then the one with more custom slots.
Real Alexa generalises beyond the samples, so a match here is a lower bound.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .. import content
from .model import expanded_intents, expanded_slot_types

_SLOT = re.compile(r"\{(\w+)\}")
# virtual-alexa opens the skill (a LaunchRequest) on these anywhere, even inside a word.
_LAUNCH = re.compile(r"(ask|open|launch|talk to|tell)", re.IGNORECASE)
LAUNCH_REQUEST = "LaunchRequest"
# What virtual-alexa strips from an utterance before matching (it keeps apostrophes).
_STRIPPED = re.compile(r"[!\"¿?|#$%/()=+\-_<>*{}·¡\[\].,;:]")


@dataclass(frozen=True)
class Match:
    intent: str
    slots: dict[str, str]


@dataclass(frozen=True)
class _Sample:
    order: int  # its place in the model: on a tie, the earlier sample wins (as in virtual-alexa)
    intent: str
    source: str  # the sample, as written
    slot_names: tuple[str, ...]
    slot_types: tuple[str, ...]

    def groups(self, text: str) -> tuple[str, ...] | None:
        """The slot values virtual-alexa's pattern captures in ``text`` (lowercase), or None.

        Samples with no slot or one are matched by hand (no regex to build: the model has
        tens of thousands); with more slots, the pattern decides, as in virtual-alexa."""
        parts = _pieces(self.source)
        if len(parts) == 1:
            return () if text == parts[0] else None
        if len(parts) == 2:
            head, tail = parts
            fits = (len(text) >= len(head) + len(tail) and text.startswith(head)
                    and text.endswith(tail))
            return (text[len(head):len(text) - len(tail)],) if fits else None
        found = _pattern(self.source).match(text)
        return found.groups() if found else None


@cache
def _pieces(sample: str) -> tuple[str, ...]:
    """The literal text around each slot, trimmed as virtual-alexa trims it, lowercase."""
    parts = _SLOT.split(sample.lower())[::2]
    return tuple(p.strip() if 0 < i < len(parts) - 1 else (p.rstrip() if i == 0 else p.lstrip())
                 for i, p in enumerate(parts)) if len(parts) > 1 else (parts[0],)


@dataclass(frozen=True)
class _Samples:
    """The samples by their first word (an utterance can only match those that start with
    its own), and those that start with a slot."""

    by_first_word: dict[str, tuple[_Sample, ...]]
    slot_first: tuple[_Sample, ...]

    def could_match(self, text: str) -> Iterator[_Sample]:
        first = text.split(" ", 1)[0].lower()
        return heapq.merge(self.by_first_word.get(first, ()), self.slot_first,
                           key=lambda sample: sample.order)


def normalise(utterance: str) -> str:
    return " ".join(_STRIPPED.sub("", utterance).split())


@cache
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
def _samples(locale: str, lenient: bool) -> _Samples:
    by_first: dict[str, list[_Sample]] = {}
    slot_first: list[_Sample] = []
    for intent in expanded_intents(locale, lenient):
        types = dict(intent.slots)
        phrases = intent.samples + content.BUILT_IN_PHRASES.get(intent.name, ())
        for sample in phrases:
            names = tuple(_SLOT.findall(sample))
            compiled = _Sample(len(slot_first) + sum(map(len, by_first.values())),
                               intent.name, sample, names,
                               tuple(types.get(n, "") for n in names))
            first = sample.split(" ", 1)[0].lower()
            if first.startswith("{"):
                slot_first.append(compiled)
            else:
                by_first.setdefault(first, []).append(compiled)
    return _Samples({k: tuple(v) for k, v in by_first.items()}, tuple(slot_first))


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


def _recase(text: str, lower: str, values: tuple[str, ...]) -> tuple[str, ...]:
    if text == lower:
        return values
    out, start = [], 0
    for value in values:
        at = lower.find(value, start)
        out.append(text[at:at + len(value)] if at >= 0 else value)
        start = at + len(value) if at >= 0 else start
    return tuple(out)


def match(utterance: str, locale: str = content.DEFAULT_LOCALE,
          lenient: bool = False) -> Match | None:
    """The best-matching intent, or None where no sample fits (Alexa would send Fallback)."""
    if _LAUNCH.search(utterance):
        return Match(LAUNCH_REQUEST, {})
    text = normalise(utterance)
    lower = text.lower()
    best: tuple[int, int, Match] | None = None
    for sample in _samples(locale, lenient).could_match(text):
        values = sample.groups(lower)
        if values is None:
            continue
        fits = [_slot_fits(locale, t, v, lower, lenient)
                for t, v in zip(sample.slot_types, values, strict=True)]
        if any(f is None for f in fits):
            continue
        score = len(lower) - sum(len(v) for v in values)
        typed = sum(1 for f in fits if f)
        if best is None or score > best[0] or (score == best[0] and typed > best[1]):
            # Slot values as said (virtual-alexa keeps the utterance's case).
            said = _recase(text, lower, values)
            slots = {name: value.strip() for name, value in zip(sample.slot_names, said,
                                                                strict=True)}
            best = (score, typed, Match(sample.intent, slots))
    return best[2] if best else None
