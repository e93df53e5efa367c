"""Latency summaries: median and tail, by nearest rank (no interpolation)."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


def percentile(ordered: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile of an already sorted, non-empty sequence."""
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Summary:
    count: int
    median: float
    p90: float
    p99: float
    maximum: float
    mean: float

    def as_json(self, scale: float = 1.0, digits: int = 1) -> dict[str, Any]:
        """Figures multiplied by ``scale`` (1e6: seconds to microseconds)."""
        return {
            "count": self.count,
            **{name: round(getattr(self, name) * scale, digits)
               for name in ("median", "p90", "p99", "maximum", "mean")},
        }


def summarize(samples: Sequence[float]) -> Summary:
    if not samples:
        raise ValueError("no samples to summarize")
    ordered = sorted(samples)
    return Summary(
        count=len(ordered), median=statistics.median(ordered), p90=percentile(ordered, 0.90),
        p99=percentile(ordered, 0.99), maximum=ordered[-1], mean=statistics.fmean(ordered),
    )
