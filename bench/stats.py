"""Latency summaries: median and tail, through the standard library's ``statistics``."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

_CUTS = 1000  # percentiles to a tenth of a percent: p99.9 is the finest a bench asks for


def percentile(samples: Sequence[float], fraction: float) -> float:
    """The ``fraction`` quantile of non-empty samples (in any order), interpolated between the
    samples either side (``statistics.quantiles``, inclusive method)."""
    if len(samples) == 1 or fraction <= 0:
        return min(samples)
    if fraction >= 1:
        return max(samples)
    cuts = statistics.quantiles(samples, n=_CUTS, method="inclusive")
    return cuts[max(1, round(fraction * _CUTS)) - 1]


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
    return Summary(
        count=len(samples), median=statistics.median(samples), p90=percentile(samples, 0.90),
        p99=percentile(samples, 0.99), maximum=max(samples), mean=statistics.fmean(samples),
    )
