"""One locale's language model: the content's templates expanded, checked, and laid out.

The shared English grammar (each intent's templates in the content) plus the locale's
overlay (``content.grammar.LOCALE_SAMPLES`` and ``LOCALE_SYNONYMS``) give the samples;
slot types come from the content with their synonyms expanded the same way.
``ModelError`` names the template behind every problem, so a broken build says
what to fix.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .. import content
from ..content import grammar as phrasing
from ..content.schema import IntentSpec, SlotType, SlotValue
from . import limits
from .grammar import GrammarError, expand, normalise, slots_in


class ModelError(ValueError):
    """The content builds a model Alexa would refuse, or that routes one sample two ways."""

    def __init__(self, locale: str, problems: list[str]) -> None:
        self.problems = problems
        shown = "\n  ".join(problems[:40])
        more = f"\n  (+{len(problems) - 40} more)" if len(problems) > 40 else ""
        super().__init__(f"interaction model {locale}: {len(problems)} problem(s)\n  {shown}{more}")


@dataclass(frozen=True)
class ExpandedIntent:
    name: str
    slots: tuple[tuple[str, str], ...]  # (slot name, slot type)
    samples: tuple[str, ...]
    templates: dict[str, str]  # sample -> the template it came from


def templates_for(spec: IntentSpec, locale: str) -> tuple[str, ...]:
    """The shared templates of an intent, then the locale's own."""
    return spec.samples + phrasing.LOCALE_SAMPLES.get(locale, {}).get(spec.name, ())


@cache
def expanded_intents(locale: str, lenient: bool = False) -> tuple[ExpandedIntent, ...]:
    """Every intent with its expanded samples; raises ModelError on any problem.

    ``lenient`` drops the broken samples instead, for trying out a half-written grammar.
    """
    problems: list[str] = []
    intents: list[ExpandedIntent] = []
    owner: dict[str, tuple[str, str]] = {}  # sample -> (intent, template)
    rules = phrasing.rules_for(locale)
    for spec in content.all_intents():
        declared = {slot.name for slot in spec.slots}
        samples: dict[str, str] = {}
        for template in templates_for(spec, locale):
            try:
                undeclared = slots_in(template, rules) - declared
                expanded = expand(template, rules, phrasing.budget_for(template),
                                  phrasing.whole_for(template))
            except GrammarError as error:
                problems.append(f"{spec.name}: {error}")
                continue
            if undeclared:
                problems.append(f"{spec.name}: template {template!r} uses undeclared slot(s) "
                                f"{sorted(undeclared)}")
                continue
            for sample in expanded:
                problem = limits.sample_problem(sample)
                if problem:
                    problems.append(
                        f"{spec.name}: template {template!r} gives {sample!r}: {problem}")
                    continue
                key = sample.lower()
                other = owner.get(key)
                if other and other[0] != spec.name:
                    problems.append(
                        f"sample {sample!r} is in {other[0]} (template {other[1]!r}) and in "
                        f"{spec.name} (template {template!r})"
                    )
                    continue
                if key not in owner:  # the same words twice in one intent: keep the first
                    samples[sample] = template
                owner[key] = (spec.name, template)
        intents.append(ExpandedIntent(
            spec.name, tuple((s.name, s.type) for s in spec.slots), tuple(samples), samples,
        ))
    if problems and not lenient:
        raise ModelError(locale, problems)
    return tuple(intents)


def _expanded_values(
    slot_type: SlotType, locale: str, problems: list[str]
) -> tuple[SlotValue, ...]:
    overlay = phrasing.LOCALE_SYNONYMS.get(locale, {}).get(slot_type.name, {})
    rules = phrasing.rules_for(locale)
    values = []
    for value in slot_type.values:
        said_all: dict[str, None] = {}
        for template in (value.value, *value.synonyms, *overlay.get(value.id, ())):
            try:
                expanded = expand(template, rules, phrasing.budget_for(template))
                said_all.update(dict.fromkeys(expanded))
            except GrammarError as error:
                problems.append(f"{slot_type.name}.{value.id}: {error}")
        # The value's own template gives the name first; everything else is a synonym.
        name = next(iter(said_all), value.value)
        synonyms = {said: None for said in said_all if said.lower() != name.lower()}
        if slot_type.name in phrasing.CONTRACTED_SLOT_TYPES:
            # "my calf's cramping", "he's slurring": the 's rides on the slot value.
            for said in (name, *list(synonyms)):
                if not said.endswith("s"):
                    synonyms.setdefault(f"{said}'s", None)
        for said in (name, *synonyms):
            problem = limits.slot_value_problem(said)
            if problem:
                problems.append(f"{slot_type.name}.{value.id}: value {said!r}: {problem}")
        values.append(SlotValue(value.id, name, tuple(synonyms)))
    return tuple(values)


@cache
def expanded_slot_types(locale: str, lenient: bool = False) -> tuple[SlotType, ...]:
    problems: list[str] = []
    types = tuple(
        SlotType(st.name, _expanded_values(st, locale, problems)) for st in content.all_slot_types()
    )
    said_by: dict[tuple[str, str], str] = {}
    for st in types:
        for value in st.values:
            for said in (value.value, *value.synonyms):
                other = said_by.setdefault((st.name, said.lower()), value.id)
                if other != value.id:
                    problems.append(
                        f"{st.name}: {said!r} is a synonym of both {other} and {value.id}")
    if problems and not lenient:
        raise ModelError(locale, problems)
    return types


def language_model(locale: str) -> dict[str, object]:
    """The skill-package interaction model for one locale, checked against Alexa's limits."""
    intents = expanded_intents(locale)
    used_types = {slot_type for intent in intents for _, slot_type in intent.slots}
    types = [st for st in expanded_slot_types(locale) if st.name in used_types]
    defined = [st.name for st in types]
    missing = {t for t in used_types if not t.startswith("AMAZON.")} - set(defined)
    twice = {name for name in defined if defined.count(name) > 1}
    if missing or twice:
        raise ModelError(locale, [f"slot type {name} is not defined" for name in sorted(missing)]
                         + [f"slot type {name} is defined twice" for name in sorted(twice)])
    model: dict[str, object] = {
        "interactionModel": {
            "languageModel": {
                "invocationName": content.SKILL_INFO.invocation_name,
                "intents": [_intent_json(intent) for intent in intents],
                "types": [
                    {
                        "name": st.name,
                        "values": [
                            {"id": v.id, "name": {"value": v.value, "synonyms": list(v.synonyms)}}
                            for v in st.values
                        ],
                    }
                    for st in types
                ],
            }
        },
        "version": "1",
    }
    problems = limit_problems(model, len(intents), len(types))
    if problems:
        raise ModelError(locale, problems)
    return model


def _intent_json(intent: ExpandedIntent) -> dict[str, object]:
    data: dict[str, object] = {"name": intent.name}
    if intent.slots:
        data["slots"] = [{"name": name, "type": slot_type} for name, slot_type in intent.slots]
    data["samples"] = list(intent.samples)
    return data


def render_json(data: dict[str, object]) -> str:
    """The text of a skill-package file: one item a line, no indent (the models are large,
    and Alexa's size limit counts every byte). Byte for byte ``json.dumps(data, indent=0,
    ensure_ascii=False)``, but with the C string encoder: the indenting encoder is pure
    Python, and a build renders about 7 MB."""
    return _one_item_a_line(data) + "\n"


_encode_text = json.encoder.encode_basestring  # what json.dumps uses with ensure_ascii=False


def _one_item_a_line(value: object) -> str:
    if isinstance(value, str):
        return _encode_text(value)
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        if not value:
            return "{}"
        return "{\n" + ",\n".join(f"{_encode_text(key)}: {_one_item_a_line(item)}"
                                   for key, item in value.items()) + "\n}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        if all(isinstance(item, str) for item in value):  # samples and synonyms: most of it
            return "[\n" + ",\n".join(map(_encode_text, value)) + "\n]"
        return "[\n" + ",\n".join(_one_item_a_line(item) for item in value) + "\n]"
    return json.dumps(value, indent=0, ensure_ascii=False)


def limit_problems(model: dict[str, object], intent_count: int, type_count: int) -> list[str]:
    problems = []
    size = len(render_json(model).encode())
    if size > limits.MAX_MODEL_BYTES:
        problems.append(f"model is {size:,} bytes, over Alexa's {limits.MAX_MODEL_BYTES:,}")
    if intent_count > limits.MAX_INTENTS:
        problems.append(f"{intent_count} intents, over Alexa's {limits.MAX_INTENTS}")
    if intent_count + type_count > limits.MAX_INTENTS_AND_SLOT_TYPES:
        problems.append(f"{intent_count} intents and {type_count} slot types, over Alexa's "
                        f"{limits.MAX_INTENTS_AND_SLOT_TYPES}")
    return problems


def samples_of(locale: str, intent: str) -> tuple[str, ...]:
    for expanded in expanded_intents(locale):
        if expanded.name == intent:
            return expanded.samples
    return ()


def all_samples(locale: str) -> Iterable[tuple[str, str]]:
    """(intent, sample) for every sample of the locale's model."""
    for expanded in expanded_intents(locale):
        for sample in expanded.samples:
            yield expanded.name, sample


__all__ = ["ExpandedIntent", "ModelError", "all_samples", "expanded_intents",
           "expanded_slot_types", "language_model", "normalise", "samples_of", "templates_for"]
