"""Where a guided stretch is, and what the guide says from there. Pure functions on the content.

A stretch is walked side by side: every side repeats the stretch's steps. A position is
(side, step). One response speaks a *segment*: steps in order, each followed by its timed
hold, moving on by itself while the whole stays under the segment budget, and never past
the end of a side. Then one short question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import content
from ..content import guide as guide_content
from ..content.guide import GuideTexts
from .ssml import join, pause

WORDS_PER_SECOND = 2.5  # Alexa's usual speaking rate, about 150 words a minute
CHIME_SECONDS = 1.5


@dataclass(frozen=True)
class Position:
    stretch: content.Stretch
    side: int
    step: int

    @property
    def side_count(self) -> int:
        return max(1, len(self.stretch.sides))

    @property
    def linear(self) -> int:
        """One number for (side, step), as the diary stores it."""
        return self.side * len(self.stretch.steps) + self.step

    @property
    def last_of_side(self) -> bool:
        return self.step == len(self.stretch.steps) - 1

    @property
    def finished(self) -> bool:
        return self.last_of_side and self.side == self.side_count - 1

    @property
    def hold_seconds(self) -> int:
        return self.stretch.steps[self.step].hold_seconds

    @property
    def side_name(self) -> str:
        return self.stretch.sides[self.side] if self.stretch.sides else ""

    def next(self) -> Position | None:
        """The step after this one, across sides; None when the stretch is done."""
        if not self.last_of_side:
            return Position(self.stretch, self.side, self.step + 1)
        if self.side + 1 < self.side_count:
            return Position(self.stretch, self.side + 1, 0)
        return None

    def previous(self) -> Position | None:
        """The step before this one, across sides; None at the very first step."""
        if self.step > 0:
            return Position(self.stretch, self.side, self.step - 1)
        if self.side > 0:
            return Position(self.stretch, self.side - 1, len(self.stretch.steps) - 1)
        return None


def start(stretch: content.Stretch) -> Position:
    return Position(stretch, 0, 0)


def from_linear(stretch: content.Stretch, linear: int) -> Position:
    """The position for a stored linear index, clamped into the stretch."""
    count = len(stretch.steps)
    sides = max(1, len(stretch.sides))
    linear = min(max(0, linear), count * sides - 1)
    return Position(stretch, linear // count, linear % count)


def hold(seconds: float, texts: GuideTexts, opening: str | None = None) -> str:
    """A timed hold: ``opening`` (default: the usual "hold it there"), pauses that add up to
    ``seconds`` with a count cue at each round ten seconds left, then the release (and the
    chime, by day)."""
    if seconds <= 0:
        return ""
    parts = [texts.hold_start if opening is None else opening]
    remaining = seconds
    while remaining > 0:
        chunk = remaining % 10 or 10  # so the cues land on round numbers
        parts.append(pause(chunk))
        remaining -= chunk
        if remaining > 0:
            parts.append(texts.count_cue.format(seconds=_spoken_number(remaining)))
    parts += [texts.release, texts.chime]
    return join(*parts)


def _spoken_number(seconds: float) -> str:
    return str(int(seconds)) if float(seconds).is_integer() else f"{seconds:g}"


def step_speech(position: Position, texts: GuideTexts) -> str:
    """One step: its instruction, then its hold."""
    step = position.stretch.steps[position.step]
    return join(step.instruction, hold(step.hold_seconds, texts))


def estimated_seconds(ssml: str) -> float:
    """How long Alexa takes to say a fragment: words at the usual rate, plus its pauses."""
    words = len(content.plain_text(ssml).split())
    pauses = sum(_break_seconds(ssml))
    chimes = ssml.count("<audio") * CHIME_SECONDS
    return words / WORDS_PER_SECOND + pauses + chimes


_BREAK = re.compile(r'<break time="(\d+(?:\.\d+)?)(ms|s)"')


def _break_seconds(ssml: str) -> list[float]:
    return [float(amount) / (1000 if unit == "ms" else 1) for amount, unit in _BREAK.findall(ssml)]


@dataclass(frozen=True)
class Segment:
    speech: str  # the steps and holds, without the closing question
    end: Position  # the last step spoken: where the person now is


def segment(
    first: Position,
    texts: GuideTexts,
    *,
    lead: str = "",
    single: bool = False,
    budget: float = guide_content.SEGMENT_BUDGET_SECONDS,
) -> Segment:
    """Steps from ``first`` on, each with its hold, while the speech stays under ``budget``
    seconds and on the same side. ``single`` speaks just the one step."""
    parts = [lead]
    if first.step == 0 and first.side > 0:
        parts.append(texts.side_intro.format(side=first.side_name))
    parts.append(step_speech(first, texts))
    end = first
    spent = estimated_seconds(join(*parts))
    while not single and not end.last_of_side:
        following = Position(end.stretch, end.side, end.step + 1)
        speech = step_speech(following, texts)
        cost = estimated_seconds(speech)
        if spent + cost > budget:
            break
        parts.append(speech)
        spent += cost
        end = following
    return Segment(join(*parts), end)


def question(position: Position, texts: GuideTexts) -> str:
    """The one short question after a segment ending at ``position``."""
    if position.finished:
        return join(texts.finished.format(name=position.stretch.name), texts.again)
    if position.last_of_side:
        return position.stretch.switch_prompt
    return texts.ready_next


def reprompt(position: Position, texts: GuideTexts) -> str:
    """The question again, short, with a way out: an unclear answer never dead-ends."""
    if position.finished:
        return join(texts.again, texts.or_stop)
    return join(question(position, texts), texts.or_stop)


def card_body(stretch: content.Stretch, texts: GuideTexts) -> str:
    """Every step, numbered, with its hold; then the other sides. Plain text."""
    lines = []
    for number, step in enumerate(stretch.steps, start=1):
        line = texts.card_step.format(number=number, text=content.plain_text(step.instruction))
        if step.hold_seconds:
            line = f"{line} {texts.card_hold.format(seconds=step.hold_seconds)}"
        lines.append(line)
    lines += [texts.card_other_side.format(side=side) for side in stretch.sides[1:]]
    return "\n".join(lines)


def stretch_names(texts: GuideTexts) -> str:
    """ "calf stretch, hamstring stretch, or neck stretch" """
    names = [s.name for s in content.STRETCHES]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])}, {texts.or_word} {names[-1]}"
