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
