"""Repeating a measurement until it is steady, so machine noise cannot decide a verdict.

The machine is shared: anything else running slows one sample and not the next. A figure
is therefore measured several times and quoted as the median with its spread (lowest and
highest run). Runs stop early once the spread is small, or once every run falls on the
same side of the target's limit (more runs could not change the verdict). When the runs
still fall on both sides at the end, the verdict is the median's, marked "noisy".
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

STEADY_SPREAD = 0.05  # (highest - lowest) / median: at most 5% and the runs agree


@dataclass(frozen=True)
class Limit:
    """A target's bound: ``value <= limit`` (``at_most``) or ``value >= limit``."""

    limit: float
    at_most: bool = True

    def passes(self, value: float) -> bool:
        return value <= self.limit if self.at_most else value >= self.limit


@dataclass(frozen=True)
class Repeated:
    """A figure measured ``len(runs)`` times."""

    runs: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def low(self) -> float:
        return min(self.runs)

    @property
    def high(self) -> float:
        return max(self.runs)

    @property
    def spread(self) -> float:
        """(highest - lowest) / median; 0 for one run."""
        return (self.high - self.low) / self.median if self.median else 0.0

    def steady_against(self, limit: Limit | None) -> bool:
        """True when every run gives the same verdict (or there is no limit and the spread
        is small)."""
        if limit is None:
            return self.spread <= STEADY_SPREAD
        return len({limit.passes(run) for run in self.runs}) == 1

    def as_json(self, digits: int = 3) -> dict[str, Any]:
        return {"median": round(self.median, digits), "low": round(self.low, digits),
                "high": round(self.high, digits), "runs": [round(r, digits) for r in self.runs],
                "spread": round(self.spread, 3)}


def repeat(measure: Callable[[], float], *, limit: Limit | None = None, min_runs: int = 3,
           max_runs: int = 9, max_seconds: float = 120.0) -> Repeated:
    """Run ``measure`` at least ``min_runs`` times, then until the runs are steady (small
    spread, or one verdict), ``max_runs`` or ``max_seconds``, whichever comes first."""
    started = time.monotonic()
    runs: list[float] = []
    while len(runs) < max_runs:
        runs.append(measure())
        if len(runs) < min_runs:
            continue
        found = Repeated(tuple(runs))
        if found.spread <= STEADY_SPREAD or (limit is not None and found.steady_against(limit)):
            break
        if time.monotonic() - started > max_seconds:
            break
    return Repeated(tuple(runs))
