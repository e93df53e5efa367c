"""The targets (issues 12 and 15), each checked against the figure it constrains.

A figure is one number, or a repeated measurement ({"median", "low", "high", "runs"}): the
verdict is the median's, and when the runs fall on both sides of the limit the verdict is
marked noisy, with how many runs passed (see ``bench.noise``).
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Results = dict[str, Any]
Figure = float | dict[str, Any] | None

_COMPARE: dict[str, Callable[[float, float], bool]] = {
    "<=": operator.le, "<": operator.lt, ">=": operator.ge, "==": operator.eq,
}


@dataclass(frozen=True)
class Target:
    name: str
    compare: str  # one of _COMPARE
    limit: float
    unit: str
    value: Callable[[Results], Figure]  # the figure, or None when not measured

    def check(self, results: Results) -> dict[str, Any]:
        try:
            figure = self.value(results)
        except (KeyError, TypeError):
            figure = None
        passes = _COMPARE[self.compare]
        found: dict[str, Any] = {"target": self.name,
                                 "limit": f"{self.compare} {self.limit:g} {self.unit}".strip(),
                                 "unit": self.unit}
        if isinstance(figure, dict):
            runs = [r for r in figure.get("runs", ()) if r is not None]
            verdicts = [passes(r, self.limit) for r in runs]
            found.update(value=figure["median"], low=figure.get("low"), high=figure.get("high"),
                         runs=len(runs), runs_passed=sum(verdicts),
                         noisy=len(set(verdicts)) > 1)
            figure = figure["median"]
        else:
            found.update(value=figure, low=None, high=None, runs=1 if figure is not None else 0,
                         runs_passed=None, noisy=False)
        found["pass"] = None if figure is None else passes(figure, self.limit)
        return found


def _errors(results: Results) -> float:
    """Requests without a 200 Alexa response, plus errors the servers logged."""
    http = results["http"]
    return float(sum(http[name]["errors"] + http[name]["logged_errors"]
                     for name in ("verified", "unverified")))


def _web(results: Results) -> Results:
    return results["inprocess"]["web"]


TARGETS: tuple[Target, ...] = (
    Target("in-process median vs floor, whole mix (web app)", "<=", 1.2, "x",
           lambda r: _web(r)["mix"]["median_ratio"]),
    Target("in-process median vs floor, worst kind (web app)", "<=", 1.5, "x",
           lambda r: _web(r)["worst_kind"]["median_ratio"]),
    Target("verified / unverified throughput", ">=", 0.9, "",
           lambda r: r["http"]["verified_unverified"]),
    Target("HTTP p99 (verified, 32 clients)", "<=", 50, "ms",
           lambda r: r["http"]["verified"]["p99_by_slice"]),
    Target("errors under load", "==", 0, "", _errors),
    Target("server cold start to first answer", "<=", 1.0, "s",
           lambda r: r["cold_start"]["seconds"]),
    Target("worker peak RSS", "<=", 100, "MB",
           lambda r: r["http"]["memory"]["verified"]["max_peak_rss_mb"]),
    Target("no-change audio rebuild (CPU)", "<", 1.0, "s",
           lambda r: r["audio"]["no_change_rebuild"]["cpu_s"]),
    Target("build-model, all locales (CPU)", "<", 5.0, "s",
           lambda r: r["model"]["cpu_s"]),
    Target("Lambda cold start vs hello-world (CPU)", "<=", 2.0, "x",
           lambda r: r["lambda"]["ratio"]),
)


def evaluate(results: Results) -> list[dict[str, Any]]:
    return [target.check(results) for target in TARGETS]
