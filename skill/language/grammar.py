"""Sample utterances written as compact templates, and their bounded expansion.

A template is words plus:
- ``(a|b|c)``: one of the alternatives;
- ``[a|b]``: one of them or nothing (``[just]`` is an optional word);
- ``{bodyPart}``: a slot, kept as it is in the expanded sample;
- ``<cramp>``: a named rule, itself a template (``RULES`` in the content).

Groups nest: ``my {bodyPart} (is|was) [(really|so)] tight``.

Expansion is deterministic and bounded. A template whose combinations fit its
budget expands in full. A larger one is covered, not multiplied out: first every
alternative of every group appears in at least one sample, then the budget is
filled with the most common combinations. Alternatives are written most common
first, and leaving an optional group out is the most common of all; a
combination's cost adds up its alternatives' places (on a log scale), and the
cheapest come first. The same content always builds the same samples.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache

DEFAULT_BUDGET = 60


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


_RULE_REF = re.compile(r"<(\w+)>")
_Rules = tuple[tuple[str, str | None], ...]


def _rules_used(template: str, rules: Mapping[str, str]) -> _Rules:
    """The rules a template reaches, with their text (None: unknown): all its expansion
    depends on, so templates shared by locales with different rule sets expand once."""
    found: dict[str, str | None] = {}
    pending = _RULE_REF.findall(template)
    while pending:
        name = pending.pop()
        if name not in found:
            found[name] = text = rules.get(name)
            if text is not None:
                pending.extend(_RULE_REF.findall(text))
    return tuple(sorted(found.items()))


@lru_cache(maxsize=8192)
def _parse(template: str, used: _Rules) -> _Seq:
    rules = {name: text for name, text in used if text is not None}
    return _Parser(template, rules, ()).parse()


def parse(template: str, rules: Mapping[str, str] | None = None) -> _Seq:
    """The template's tree (shared and immutable: parsed once per template and rules)."""
    rules = rules or {}
    return _parse(str(template), _rules_used(template, rules))


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


def _product(node: _Seq | _Choice) -> list[str]:
    """Every sample of the full product, in a fixed mixed-radix order: the first group
    varies fastest; a group's alternatives in written order, the optional blank last."""
    if isinstance(node, _Choice):
        out = [text for option in node.options for text in _product(option)]
        return [*out, ""] if node.optional else out
    result = [""]
    for item in node.items:
        if isinstance(item, _Text):
            result = [text + item.words for text in result]
        elif isinstance(item, _Slot):
            slot = "{" + item.name + "}"
            result = [text + slot for text in result]
        else:
            result = [text + alternative for alternative in _product(item) for text in result]
    return result


def _covering(seq: _Seq) -> list[str]:
    """Few samples that, together, take every alternative of every group at least once.

    Each round walks the template and, at every group, takes an alternative not yet
    taken (or one whose inside still has some), else the most common one.
    """
    # A group's alternatives are taken in written order, so "taken" is a count per group;
    # a node with nothing left to take never opens again, so that is remembered too.
    taken: dict[int, int] = {}
    closed: set[int] = set()

    def seq_open(node: _Seq) -> bool:
        if id(node) in closed:
            return False
        if any(isinstance(item, _Choice) and choice_open(item) for item in node.items):
            return True
        closed.add(id(node))
        return False

    def choice_open(item: _Choice) -> bool:
        if id(item) in closed:
            return False
        if taken.get(id(item), 0) < item.arity or any(seq_open(o) for o in item.options):
            return True
        closed.add(id(item))
        return False

    def walk(node: _Seq, out: list[str]) -> None:
        for item in node.items:
            if isinstance(item, _Text):
                out.append(item.words)
            elif isinstance(item, _Slot):
                out.append("{" + item.name + "}")
            else:
                pick = taken.get(id(item), 0)
                if pick < item.arity:
                    taken[id(item)] = pick + 1
                else:
                    pick = next((p for p, option in enumerate(item.options) if seq_open(option)),
                                len(item.options) if item.optional else 0)
                if pick < len(item.options):
                    walk(item.options[pick], out)

    samples = []
    while seq_open(seq):
        words: list[str] = []
        walk(seq, words)
        samples.append(normalise("".join(words)))
    return samples


def normalise(sample: str) -> str:
    return " ".join(sample.split())


def expand(template: str, rules: Mapping[str, str] | None = None,
           budget: int = DEFAULT_BUDGET, whole: int = 0) -> list[str]:
    """The samples of one template: all of them when there are at most ``whole`` (or
    ``budget``), else a covering set of ``budget``."""
    used = _rules_used(template, rules or {})
    return list(_expand(str(template), used, budget, whole))


@lru_cache(maxsize=8192)
def _expand(template: str, used: _Rules, budget: int, whole: int) -> tuple[str, ...]:
    """``expand``, once per template and the rules it uses: most templates are shared by
    every locale, so a build of all locales expands each of them once."""
    seq = _parse(template, used)
    if seq.count <= max(budget, whole):
        samples = [normalise(text) for text in _product(seq)]
    else:
        covering = _covering(seq)
        common = [normalise(text) for _, text in _cheapest(seq, budget + len(covering))]
        covered = set(covering)
        samples = covering + [s for s in common if s not in covered]
        samples = list(dict.fromkeys(samples))[: max(budget, len(covered))]
    return tuple(s for s in dict.fromkeys(samples) if s)


# What taking the n-th alternative of a group costs: the first few differ most, and far
# down a long list the places cost nearly alike (a log scale, in tenths).
_RANK_COST = [round(10 * math.log2(1 + place)) for place in range(256)]


def _cheapest(node: _Seq | _Choice, k: int) -> list[tuple[int, str]]:
    """The k cheapest (cost, text) of a node, cheapest first (ties in written order)."""
    if isinstance(node, _Choice):
        merged: list[tuple[int, int, str]] = []
        offset = 0
        if node.optional:
            merged.append((0, -1, ""))
            offset = 1
        for place, option in enumerate(node.options):
            rank = _RANK_COST[min(place + offset, len(_RANK_COST) - 1)]
            merged.extend((cost + rank, place, text) for cost, text in _cheapest(option, k))
        merged.sort(key=lambda item: (item[0], item[1]))
        return [(cost, text) for cost, _, text in merged[:k]]
    result: list[tuple[int, str]] = [(0, "")]
    for item in node.items:
        if isinstance(item, _Text):
            result = [(cost, text + item.words) for cost, text in result]
        elif isinstance(item, _Slot):
            result = [(cost, text + "{" + item.name + "}") for cost, text in result]
        else:
            result = _cheapest_pairs(result, _cheapest(item, k), k)
    return result


def _cheapest_pairs(left: list[tuple[int, str]], right: list[tuple[int, str]],
                    k: int) -> list[tuple[int, str]]:
    """The k cheapest concatenations of two cheapest-first lists, ordered by (cost, left
    place, right place). Pair (i, j) comes after every pair (i' <= i, j' <= j), so it can be
    among the first k only when (i + 1) * (j + 1) <= k: only those are ranked."""
    if not left or not right:
        return []
    ranked = [(cost + right[j][0], i, j)
              for i, (cost, _) in enumerate(left[:k])
              for j in range(min(len(right), k // (i + 1)))]
    ranked.sort()
    return [(cost, left[i][1] + right[j][1]) for cost, i, j in ranked[:k]]
