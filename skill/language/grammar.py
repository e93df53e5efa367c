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

import heapq
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property

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


def _covering(seq: _Seq) -> list[str]:
    """Few samples that, together, take every alternative of every group at least once.

    Each round walks the template and, at every group, takes an alternative not yet
    taken (or one whose inside still has some), else the most common one.
    """
    taken: set[tuple[int, int]] = set()

    def open_choices(node: _Seq) -> bool:
        return any(
            isinstance(item, _Choice) and (
                any((id(item), place) not in taken for place in range(item.arity))
                or any(open_choices(option) for option in item.options))
            for item in node.items
        )

    def walk(node: _Seq) -> Iterator[str]:
        for item in node.items:
            if isinstance(item, _Text):
                yield item.words
            elif isinstance(item, _Slot):
                yield "{" + item.name + "}"
            else:
                places = range(item.arity)
                pick = next((p for p in places if (id(item), p) not in taken), None)
                if pick is None:
                    pick = next((p for p in places[: len(item.options)]
                                 if open_choices(item.options[p])),
                                len(item.options) if item.optional else 0)
                taken.add((id(item), pick))
                if pick < len(item.options):
                    yield from walk(item.options[pick])

    samples = []
    while open_choices(seq):
        samples.append(normalise("".join(walk(seq))))
    return samples


def normalise(sample: str) -> str:
    return " ".join(sample.split())


def expand(template: str, rules: Mapping[str, str] | None = None,
           budget: int = DEFAULT_BUDGET, whole: int = 0) -> list[str]:
    """The samples of one template: all of them when there are at most ``whole`` (or
    ``budget``), else a covering set of ``budget``."""
    seq = parse(template, rules)
    if seq.count <= max(budget, whole):
        samples = [normalise("".join(_nth(seq, i))) for i in range(seq.count)]
    else:
        covering = _covering(seq)
        common = [normalise(text) for _, text in _cheapest(seq, budget + len(covering))]
        covered = set(covering)
        samples = covering + [s for s in common if s not in covered]
        samples = list(dict.fromkeys(samples))[: max(budget, len(covered))]
    return [s for s in dict.fromkeys(samples) if s]


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
    """The k cheapest concatenations of two cheapest-first lists (a best-first walk)."""
    if not left or not right:
        return []
    heap = [(left[0][0] + right[0][0], 0, 0)]
    seen = {(0, 0)}
    out: list[tuple[int, str]] = []
    while heap and len(out) < k:
        cost, i, j = heapq.heappop(heap)
        out.append((cost, left[i][1] + right[j][1]))
        for a, b in ((i + 1, j), (i, j + 1)):
            if a < len(left) and b < len(right) and (a, b) not in seen:
                seen.add((a, b))
                heapq.heappush(heap, (left[a][0] + right[b][0], a, b))
    return out
