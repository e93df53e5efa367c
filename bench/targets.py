"""The targets from issue 7, each checked against the figure it constrains."""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Results = dict[str, Any]

_COMPARE: dict[str, Callable[[float, float], bool]] = {
    "<=": operator.le, "<": operator.lt, ">=": operator.ge, "==": operator.eq,
}


@dataclass(frozen=True)
class Target:
    name: str
    compare: str  # one of _COMPARE
    limit: float
    unit: str
    value: Callable[[Results], float | None]  # the figure, or None when not measured

    def check(self, results: Results) -> dict[str, Any]:
        try:
            value = self.value(results)
        except (KeyError, TypeError):
            value = None
        passed = None if value is None else _COMPARE[self.compare](value, self.limit)
        return {"target": self.name, "limit": f"{self.compare} {self.limit:g} {self.unit}".strip(),
                "value": value, "unit": self.unit, "pass": passed}


def _errors(results: Results) -> float:
    """Requests without a 200 Alexa response, plus errors the servers logged."""
    http = results["http"]
    return float(sum(http[name]["errors"] + http[name]["logged_errors"]
                     for name in ("verified", "unverified")))


TARGETS: tuple[Target, ...] = (
    Target("in-process median vs floor", "<=", 1.3, "x",
           lambda r: r["inprocess"]["mix"]["median_ratio"]),
    Target("verified / unverified throughput", ">=", 0.85, "",
           lambda r: r["http"]["verified_unverified_ratio"]),
    Target("HTTP p99 (verified)", "<=", 50, "ms",
           lambda r: r["http"]["verified"]["latency_ms"]["p99"]),
    Target("errors under load", "==", 0, "", _errors),
    Target("cold start", "<=", 1.5, "s", lambda r: r["cold_start"]["median_s"]),
    Target("worker peak RSS", "<=", 120, "MB",
           lambda r: r["http"]["memory"]["verified"]["max_peak_rss_mb"]),
    Target("no-change audio rebuild", "<", 1.0, "s",
           lambda r: r["audio"]["no_change_rebuild_s"]),
)


def evaluate(results: Results) -> list[dict[str, Any]]:
    return [target.check(results) for target in TARGETS]
