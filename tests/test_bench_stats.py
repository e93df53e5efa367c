"""bench/stats.py: the figures are the standard library's."""

from __future__ import annotations

import statistics

import pytest

from bench.stats import percentile, summarize


def test_percentiles_are_statistics_quantiles():
    samples = [0.9, 0.1, 0.5, 0.3, 0.7, 1.3, 0.2, 2.5, 0.4, 0.6]
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    assert percentile(samples, 0.90) == pytest.approx(cuts[89])
    assert percentile(samples, 0.99) == pytest.approx(cuts[98])
    assert percentile(samples, 0.50) == pytest.approx(statistics.median(samples))
    assert percentile(samples, 1.0) == max(samples) and percentile(samples, 0.0) == min(samples)


def test_summary_of_one_and_of_none():
    assert summarize([4.0]).p99 == 4.0
    summary = summarize(list(range(1, 101)))
    assert (summary.median, summary.maximum, summary.mean) == (50.5, 100, 50.5)
    with pytest.raises(ValueError):
        summarize([])


# --- bench/noise.py and the verdicts ---------------------------------------------------

from bench.noise import Limit, Repeated, repeat  # noqa: E402
from bench.targets import Target  # noqa: E402


def test_repeat_stops_once_every_run_gives_one_verdict():
    runs = iter([1.0, 1.3, 1.1, 1.05, 1.0, 1.0])
    found = repeat(lambda: next(runs), limit=Limit(1.5), min_runs=3, max_runs=6)
    assert found.runs == (1.0, 1.3, 1.1)  # all pass 1.5: more runs could not change it


def test_repeat_goes_on_while_runs_disagree_up_to_its_cap():
    runs = iter([1.1, 1.3, 1.25, 1.26, 1.27, 9.0])
    found = repeat(lambda: next(runs), limit=Limit(1.2), min_runs=3, max_runs=5)
    assert found.runs == (1.1, 1.3, 1.25, 1.26, 1.27)
    assert found.median == 1.26 and (found.low, found.high) == (1.1, 1.3)


def test_repeat_without_a_limit_stops_when_the_spread_is_small():
    runs = iter([1.0, 1.01, 1.02, 5.0])
    assert repeat(lambda: next(runs), min_runs=3, max_runs=4).runs == (1.0, 1.01, 1.02)


def test_a_split_verdict_is_the_medians_and_is_marked_noisy():
    target = Target("t", "<=", 1.2, "x", lambda r: r["figure"])
    figure = Repeated((1.1, 1.25, 1.3)).as_json()
    found = target.check({"figure": figure})
    assert found["pass"] is False and found["noisy"] is True
    assert (found["runs"], found["runs_passed"]) == (3, 1)
    steady = target.check({"figure": Repeated((1.1, 1.15, 1.0)).as_json()})
    assert steady["pass"] is True and steady["noisy"] is False
    assert target.check({})["pass"] is None  # not measured: neither pass nor fail


def test_limits_at_least_and_at_most():
    assert Limit(0.9, at_most=False).passes(0.95) and not Limit(0.9, at_most=False).passes(0.8)
    assert Repeated((1.0, 1.02)).spread == pytest.approx(0.02 / 1.01)
