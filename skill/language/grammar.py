"""Sample utterances written as compact templates, and their bounded expansion.

A template is words plus:
- ``(a|b|c)``: one of the alternatives;
- ``[a|b]``: one of them or nothing (``[just]`` is an optional word);
- ``{bodyPart}``: a slot, kept as it is in the expanded sample;
- ``<cramp>``: a named rule, itself a template (``RULES`` in the content).

Groups nest: ``my {bodyPart} (is|was) [(really|so)] tight``.

Expansion is deterministic and bounded. A template whose combinations fit its
budget expands in full. A larger one is covered, not multiplied out: every
alternative of every group appears in at least one sample, and the rest of the
budget is spread evenly across the whole space (a fixed stride through it), so
the same content always builds the same samples.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property

DEFAULT_BUDGET = 240


class GrammarError(ValueError):
    """A template that cannot be parsed or expanded; the message names it."""


@dataclass(frozen=True)
class _Text:
    words: str


@dataclass(frozen=True)
class _Slot:
    name: str


@dataclass(frozen=True)
class _Choice:
    options: tuple[_Seq, ...]
    optional: bool

    @cached_property
    def count(self) -> int:
        return sum(option.count for option in self.options) + (1 if self.optional else 0)

    @property
    def arity(self) -> int:
        return len(self.options) + (1 if self.optional else 0)


@dataclass(frozen=True)
class _Seq:
    items: tuple[_Text | _Slot | _Choice, ...]

    @cached_property
    def count(self) -> int:
        return math.prod(item.count for item in self.items if isinstance(item, _Choice))


_TOKEN = re.compile(r"\(|\)|\[|\]|\||\{\w+\}|<\w+>|[^()\[\]|{}<>]+")


class _Parser:
    def __init__(self, template: str, rules: Mapping[str, str], stack: tuple[str, ...]) -> None:
        self.template = template
        self.rules = rules
        self.stack = stack
        self.tokens = _TOKEN.findall(template)
        if "".join(self.tokens) != template:
            raise GrammarError(f"template {template!r}: stray character (braces or angle brackets)")
        self.at = 0

    def parse(self) -> _Seq:
        seq = self._seq()
        if self.at != len(self.tokens):
            raise GrammarError(f"template {self.template!r}: unbalanced {self.tokens[self.at]!r}")
        return seq

    def _seq(self) -> _Seq:
        items: list[_Text | _Slot | _Choice] = []
        while self.at < len(self.tokens) and self.tokens[self.at] not in ")]|":
            token = self.tokens[self.at]
            self.at += 1
            if token in "([":
                items.append(self._choice(optional=token == "["))
            elif token.startswith("{"):
                items.append(_Slot(token[1:-1]))
            elif token.startswith("<"):
                items.extend(self._rule(token[1:-1]).items)
            else:
                items.append(_Text(token))
        return _Seq(tuple(items))

    def _choice(self, optional: bool) -> _Choice:
        close = "]" if optional else ")"
        options = [self._seq()]
        while self.at < len(self.tokens) and self.tokens[self.at] == "|":
            self.at += 1
            options.append(self._seq())
        if self.at >= len(self.tokens) or self.tokens[self.at] != close:
            raise GrammarError(f"template {self.template!r}: a group is not closed with {close!r}")
        self.at += 1
        return _Choice(tuple(options), optional)

    def _rule(self, name: str) -> _Seq:
        if name not in self.rules:
            raise GrammarError(f"template {self.template!r}: unknown rule <{name}>")
        if name in self.stack:
            raise GrammarError(f"template {self.template!r}: rule <{name}> refers to itself")
        return _Parser(self.rules[name], self.rules, (*self.stack, name)).parse()


def parse(template: str, rules: Mapping[str, str] | None = None) -> _Seq:
    return _Parser(template, rules or {}, ()).parse()


def combinations(template: str, rules: Mapping[str, str] | None = None) -> int:
    """How many samples the full product of a template has."""
    return parse(template, rules).count


def slots_in(template: str, rules: Mapping[str, str] | None = None) -> set[str]:
    """Every slot name a template can produce."""
    found: set[str] = set()

    def walk(seq: _Seq) -> None:
        for item in seq.items:
            if isinstance(item, _Slot):
                found.add(item.name)
            elif isinstance(item, _Choice):
                for option in item.options:
                    walk(option)

    walk(parse(template, rules))
    return found


def _nth(seq: _Seq, index: int) -> Iterator[str]:
    """The index-th sample of the full product, in a fixed mixed-radix order."""
    for item in seq.items:
        if isinstance(item, _Text):
            yield item.words
        elif isinstance(item, _Slot):
            yield "{" + item.name + "}"
        else:
            index, digit = divmod(index, item.count)
            for option in item.options:
                if digit < option.count:
                    yield from _nth(option, digit)
                    break
                digit -= option.count


def _forced(seq: _Seq, round_: int) -> Iterator[str]:
    """A sample that takes alternative ``round_`` (wrapped) at every group it meets."""
    for item in seq.items:
        if isinstance(item, _Text):
            yield item.words
        elif isinstance(item, _Slot):
            yield "{" + item.name + "}"
        else:
            pick = round_ % item.arity
            if pick < len(item.options):
                # The rounds that pick this option count 0, 1, 2... for the groups inside it.
                yield from _forced(item.options[pick], round_ // item.arity)


def _widest(seq: _Seq) -> int:
    """Rounds of ``_forced`` that meet every alternative: the widest path of nested groups."""
    widest = 1
    for item in seq.items:
        if isinstance(item, _Choice):
            widest = max(widest, item.arity * max(_widest(option) for option in item.options))
    return widest


def normalise(sample: str) -> str:
    return " ".join(sample.split())


def expand(template: str, rules: Mapping[str, str] | None = None,
           budget: int = DEFAULT_BUDGET) -> list[str]:
    """The samples of one template: all of them within the budget, else a covering set."""
    seq = parse(template, rules)
    total = seq.count
    if total <= budget:
        samples = (normalise("".join(_nth(seq, i))) for i in range(total))
    else:
        covering = [normalise("".join(_forced(seq, r))) for r in range(_widest(seq))]
        # A stride coprime with the total visits evenly spread corners of the space.
        stride = _coprime_stride(total)
        spread = (normalise("".join(_nth(seq, (k * stride) % total))) for k in range(total))
        samples = _take_unique(covering, spread, budget)
    return [s for s in dict.fromkeys(samples) if s]


def _take_unique(first: list[str], then: Iterator[str], budget: int) -> Iterator[str]:
    seen: set[str] = set()
    for sample in first:
        if sample not in seen:
            seen.add(sample)
            yield sample
    for sample in then:
        if len(seen) >= max(budget, len(first)):
            return
        if sample not in seen:
            seen.add(sample)
            yield sample


def _coprime_stride(total: int) -> int:
    stride = max(1, int(total * 0.6180339887))  # the golden ratio spreads a stride well
    while math.gcd(stride, total) != 1:
        stride += 1
    return stride
